// SPDX-License-Identifier: MIT
// libFuzzer target: readEdgar (see fuzzentries.h).
#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fl::fuzz::readEdgar(data, size);
    return 0;
}

// SPDX-License-Identifier: MIT
// libFuzzer target: detectItems (see fuzzentries.h).
#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fl::fuzz::detectItems(data, size);
    return 0;
}

// SPDX-License-Identifier: MIT
// libFuzzer target: convertHtml (see fuzzentries.h).
#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fl::fuzz::convertHtml(data, size);
    return 0;
}

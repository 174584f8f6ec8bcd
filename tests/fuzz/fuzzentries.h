// SPDX-License-Identifier: MIT
// The entry points the fuzzers drive, shared with tst_fuzzregressions, which replays every
// input a fuzzer ever crashed on through the same code in the normal build.
#pragma once

#include <cstddef>
#include <cstdint>

namespace fl::fuzz {

// Each checks the invariants of its stage and aborts when one does not hold.
void parseWholeFile(const uint8_t *data, size_t size); // parseBytes(), JSON, field tree
void parseHeader(const uint8_t *data, size_t size);    // the SEC header reader on decoded text
void convertHtml(const uint8_t *data, size_t size);    // libxml2 HTML to text
void detectItems(const uint8_t *data, size_t size);    // items, report parts, cover, ...
void diffTexts(const uint8_t *data, size_t size);      // the text diff of two halves
void writeCsv(const uint8_t *data, size_t size);       // CSV writing, read back
void transformFacts(const uint8_t *data, size_t size); // inline-XBRL formats, scale, facts
void readEdgar(const uint8_t *data, size_t size);      // EDGAR JSON responses, file names

// Aborts with `what` on stderr unless `condition` holds.
void require(bool condition, const char *what);

} // namespace fl::fuzz

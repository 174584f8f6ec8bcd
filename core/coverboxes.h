// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

namespace fl {

class TextLines;

// The Rule 425 / 14a-12 / 14d-2(b) / 13e-4(c) and emerging-growth-company boxes of a cover: the
// box on the caption's line, or alone on the line before or after it.
void readCheckBoxes(const TextLines &lines, CoverPage &cover);

// The securities registered under Section 12(b): the rows of the table below its caption
// (title, trading symbol, exchange), up to the next statement of the cover.
void readSecurities12b(const TextLines &lines, CoverPage &cover);

} // namespace fl

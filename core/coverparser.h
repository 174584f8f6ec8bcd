// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

namespace fl {

class TextLines;

// Reads the cover page fields from the lines before the first Item. On 8-K covers the caption
// usually stands under its value ("BTU INTERNATIONAL, INC." above "(Exact name of registrant
// as specified in its charter)"), several values share a line in columns above their
// captions, and captions vary and have typos; the reader looks for each caption and then for a
// value of the right shape beside, above or below it. Linear in the cover's lines.
// `eightK` allows guesses only an 8-K's layout makes safe (a registrant name without caption).
CoverPage parseCover(const TextLines &lines, QList<Warning> &warnings, bool eightK = true);

// "FORM 8-K", "Form 10-K/A" heading line in the first lines of a document.
Field findFormType(const TextLines &lines, int maxLines = 80);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

namespace fl {

class TextLines;

// Reads what only the cover of a periodic report (10-K, 10-Q, 10-KSB, 20-F) carries: the
// period, the transition period, the check boxes and Yes/No questions, the filer category, the
// public float, the shares outstanding per class and the documents incorporated by reference.
// The cover is read as one running text (lines joined, each read at most 1,000 characters
// wide), cut into the questions that "Indicate by check mark" starts; linear in its length.
void readReportCover(const TextLines &lines, CoverPage &cover);

} // namespace fl

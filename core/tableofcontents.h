// SPDX-License-Identifier: MIT
#pragma once

#include "reportcandidates.h"
#include "sourcerange.h"

namespace fl {

// Marks the candidates that stand in a table of contents: runs of item headings close
// together whose items come again further on (a front table, also one without page numbers),
// or that repeat word for word headings read before (a closing index of links).
void markTableOfContents(const TextLines &lines, const FormSchema &schema,
                         QList<HeadingCandidate> &cands);

// The range of the table of contents before `firstHeadingLine` (the first heading of the
// text): the first run of marked candidates there, from a "Table of Contents" line just above
// it; else a block of lines that end with page numbers (a table of titles without item
// numbers). Invalid when there is none.
SourceRange tableOfContentsRange(const TextLines &lines, const QList<HeadingCandidate> &cands,
                                 int firstHeadingLine);

} // namespace fl

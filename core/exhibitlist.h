// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QList>

namespace fl {

class TextLines;

// First "EXHIBIT INDEX" / "INDEX TO EXHIBITS" heading at or after `fromLine`, -1 if none.
int findExhibitIndexLine(const TextLines &lines, int fromLine);

// Lines that head an exhibit list on their own: "Exhibits", "(c) Exhibits.", "EXHIBITS".
QList<int> findExhibitsHeadings(const TextLines &lines);

// Exhibit list lines ("99.1  News release dated ...") in a range: an Item 9.01 / Item 7 body
// or an exhibit index. `inIndex` says which, so the right range of each exhibit gets set.
QList<Exhibit> parseExhibitList(const TextLines &lines, bool inIndex);

// Adds `more` into `exhibits`, pairing equal exhibit numbers.
void mergeExhibits(QList<Exhibit> &exhibits, const QList<Exhibit> &more);

} // namespace fl

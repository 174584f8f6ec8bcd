// SPDX-License-Identifier: MIT
#pragma once

#include "textdiff.h"

#include <QList>

namespace fl {

// One row of a side-by-side view: a line of each side, or a filler (-1) on the side that has
// no line there. `hunk` is the index of the diff hunk the row belongs to.
struct AlignedRow
{
    int left = -1;
    int right = -1;
    int hunk = -1;

    bool isFillerLeft() const { return left < 0; }
    bool isFillerRight() const { return right < 0; }
};

// The two texts of a diff laid out in rows, as kdiff3 and Meld's aligned mode do: equal lines
// stand level, and the shorter side of a change gets filler rows so that what follows stands
// level again. Every line of each text appears in exactly one row, in order.
struct DiffAlignment
{
    QList<AlignedRow> rows;
    QList<int> hunkFirstRow; // per hunk: its first row (a hunk always has at least one row)
    QList<int> leftRow;      // per left line: its row
    QList<int> rightRow;     // per right line: its row

    int rowCount() const { return int(rows.size()); }
    // The rows a hunk spans: [first, first + count).
    int hunkRowCount(int hunk) const;
    // The row of a line, or of the line nearest before it for a line past the end.
    int rowForLeftLine(int line) const;
    int rowForRightLine(int line) const;
    // The hunk shown at a row, or -1 outside the rows.
    int hunkAt(int row) const;
};

// Linear in the number of lines.
DiffAlignment alignDiff(const TextDiff &diff, int leftLineCount, int rightLineCount);

} // namespace fl

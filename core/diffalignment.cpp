// SPDX-License-Identifier: MIT
#include "diffalignment.h"

#include <algorithm>

namespace fl {

namespace {

int rowOf(const QList<int> &rowsByLine, int line)
{
    if (rowsByLine.isEmpty())
        return 0;
    return rowsByLine[std::clamp(line, 0, int(rowsByLine.size()) - 1)];
}

} // namespace

int DiffAlignment::hunkRowCount(int hunk) const
{
    if (hunk < 0 || hunk >= hunkFirstRow.size())
        return 0;
    const int end = hunk + 1 < hunkFirstRow.size() ? hunkFirstRow[hunk + 1] : rowCount();
    return end - hunkFirstRow[hunk];
}

int DiffAlignment::rowForLeftLine(int line) const
{
    return rowOf(leftRow, line);
}

int DiffAlignment::rowForRightLine(int line) const
{
    return rowOf(rightRow, line);
}

int DiffAlignment::hunkAt(int row) const
{
    return row >= 0 && row < rowCount() ? rows[row].hunk : -1;
}

DiffAlignment alignDiff(const TextDiff &diff, int leftLineCount, int rightLineCount)
{
    DiffAlignment a;
    a.leftRow.resize(leftLineCount, 0);
    a.rightRow.resize(rightLineCount, 0);
    a.hunkFirstRow.reserve(diff.hunks.size());
    a.rows.reserve(std::max(leftLineCount, rightLineCount));
    auto add = [&](int left, int right, int hunk) {
        const int row = a.rowCount();
        if (left >= 0 && left < leftLineCount)
            a.leftRow[left] = row;
        else
            left = -1;
        if (right >= 0 && right < rightLineCount)
            a.rightRow[right] = row;
        else
            right = -1;
        a.rows.append(AlignedRow{left, right, hunk});
    };
    for (int h = 0; h < diff.hunks.size(); ++h) {
        const DiffHunk &hunk = diff.hunks[h];
        a.hunkFirstRow.append(a.rowCount());
        // Both sides' lines pair up from the top of the hunk (equal lines one to one, a
        // replaced block line by line); the longer side's rest faces fillers.
        const int rows = std::max({hunk.leftCount, hunk.rightCount, 1});
        for (int i = 0; i < rows; ++i)
            add(i < hunk.leftCount ? hunk.leftStart + i : -1,
                i < hunk.rightCount ? hunk.rightStart + i : -1, h);
    }
    return a;
}

} // namespace fl

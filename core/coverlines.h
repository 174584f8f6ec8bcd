// SPDX-License-Identifier: MIT
#pragma once

// The layout of cover lines: cells of converted HTML tables and columns of text covers, shared
// by the cover readers (coverparser.cpp, coverboxes.cpp).

#include <QList>
#include <QStringView>

namespace fl {

struct Cell
{
    QStringView text;
    qsizetype column;
};

// A line of a converted HTML table: cells separated by tabs, no runs of spaces.
bool isCellLine(QStringView line);

// Column of a position: the cell index on tab-separated lines (converted HTML tables),
// the character column with tab stops of eight otherwise.
qsizetype columnOf(QStringView line, qsizetype pos);

// Cells of a line with their columns (splitCells). Addresses use a gap of three because some
// filers justify text with double spaces between words.
QList<Cell> cellsOf(QStringView line, int gap = 2);

} // namespace fl

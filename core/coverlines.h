// SPDX-License-Identifier: MIT
#pragma once

// The layout of cover lines: cells of converted HTML tables and columns of text covers, shared
// by the cover readers (coverparser.cpp, coverboxes.cpp).

#include <QList>
#include <QRegularExpressionMatch>
#include <QStringView>

namespace fl {

struct Cell
{
    QStringView text;
    qsizetype column;
};

// A line of a converted HTML table: cells separated by tabs, no runs of spaces.
bool isCellLine(QStringView line);

// A line of EDGAR's SGML table markup in a text filing: "<TABLE>", "<CAPTION>", "<S>   <C>".
bool isTableMarkupLine(QStringView line);

// Column of a position: the cell index on tab-separated lines (converted HTML tables),
// the character column with tab stops of eight otherwise.
qsizetype columnOf(QStringView line, qsizetype pos);

// Cells of a line with their columns (splitCells). Addresses use a gap of three because some
// filers justify text with double spaces between words.
QList<Cell> cellsOf(QStringView line, int gap = 2);

// The text before `position` in its own cell: after the last tab or run of three spaces
// ("Beaverton, Oregon 97005-6453 | (Registrant's Telephone Number ...").
QStringView cellBefore(QStringView line, qsizetype position);

// The end of a caption wrapped over lines: "organization)", "Identification No.)".
bool isCaptionFragment(QStringView t);

// Letters and the punctuation of a place name, as a state or country is written.
bool isStateLike(QStringView t);

// A cell holding only a telephone number ("(401) 421-2800", "203/373-2459") of `phone`.
bool isPhoneCell(const QRegularExpression &phone, QStringView t);

// The first telephone number in `text` that is not labelled as a fax ("Tel. (212) 555-0100
// Fax. (212) 555-0199").
QRegularExpressionMatch firstNonFax(const QRegularExpression &phone, QStringView text);

// Where the first match of any of `patterns` in `text` starts, or -1.
qsizetype firstMatchStart(std::initializer_list<const QRegularExpression *> patterns,
                          QStringView text);

} // namespace fl

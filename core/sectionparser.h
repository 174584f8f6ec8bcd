// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QList>
#include <optional>

namespace fl {

class TextLines;

struct ItemHeading
{
    QList<QStringView> numbers; // as written, views into the line
    QStringView title;          // rest of the line after the numbers, possibly empty
};

// Recognizes an Item heading line ("ITEM 7. FINANCIAL STATEMENTS", "Items 2.02 and 9.01",
// "Item 9.01\tFinancial Statements and Exhibits."). Mentions inside a sentence ("under Item 12
// - Results") are not headings: the line must start with the word Item and the title must not
// continue a sentence.
std::optional<ItemHeading> parseItemHeading(QStringView line);

// Line of the first Item heading, -1 if none.
int findFirstItemLine(const TextLines &lines);

// Finds the Item headings of an 8-K's main document and their bodies. Items end where the next
// item, `stop` (the signatures, exhibit index) or the range ends. Linear in the lines.
QList<Item> findItems(const TextLines &lines, QList<Warning> &warnings);

} // namespace fl

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

// First "SIGNATURE(S)" heading at or after `fromLine`, else the start of the "Pursuant to the
// requirements of the Securities Exchange Act" paragraph; -1 if none.
int findSignaturesLine(const TextLines &lines, int fromLine);

// First "EXHIBIT INDEX" / "INDEX TO EXHIBITS" heading at or after `fromLine`, -1 if none.
int findExhibitIndexLine(const TextLines &lines, int fromLine);

// Lines that head an exhibit list on their own: "Exhibits", "(c) Exhibits.", "EXHIBITS".
QList<int> findExhibitsHeadings(const TextLines &lines);

// Signer, title, date and registrant of each signature in a signatures section.
QList<Signature> parseSignatures(const TextLines &lines, const QString &registrantHint);

// Exhibit list lines ("99.1  News release dated ...") in a range: an Item 9.01 / Item 7 body
// or an exhibit index. `inIndex` says which, so the right range of each exhibit gets set.
QList<Exhibit> parseExhibitList(const TextLines &lines, bool inIndex);

// Adds `more` into `exhibits`, pairing equal exhibit numbers.
void mergeExhibits(QList<Exhibit> &exhibits, const QList<Exhibit> &more);

// <PAGE> lines, <!-- PAGEBREAK --> and form feeds in the whole text, using its line index; at
// most one page break of each kind per line. Linear in the text.
QList<SourceRange> findPageBreaks(const QString &text, const QList<qsizetype> &lineStarts);

} // namespace fl

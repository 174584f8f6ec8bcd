// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fl {

// An Item heading of a periodic report: "Item 1A. Risk Factors", "ITEM 7A.\tQUANTITATIVE ...",
// "Items 1 and 2. Business and Properties", "Item No. 5", "I T E M 1", "Items 10 through 14".
struct ReportItemHeading
{
    QStringList codes;          // normalized: "1A", "7", ... (a range is expanded)
    QList<QStringView> numbers; // as written, views into the line, one per number written
    QStringView title;          // the rest of the line, possibly empty
};

// Recognizes an item heading at the start of a line. A mention inside a sentence ("Item 7 of
// this report", "Item 1A, Risk Factors, describes") is not a heading: the line must start with
// the word Item and the title must not continue a sentence.
std::optional<ReportItemHeading> parseReportItemHeading(QStringView line);

// A part heading: "PART II", "Part II. Other Information", "PART I — FINANCIAL INFORMATION",
// "P A R T  III", "PART 1". Returns the part's roman numeral ("II") and sets `title` to the
// rest of the line.
std::optional<QString> parsePartHeading(QStringView line, QStringView *title = nullptr);

// A line that ends with a page reference set apart ("Risk Factors\t\t14", "Business ..... 3",
// "Properties   F-1"): a table-of-contents entry.
bool endsWithPageReference(QStringView line);

// The status an item states instead of content: "not applicable", "none", "reserved",
// "omitted", "incorporated by reference", or empty. `title` is the title as written, `body`
// the item's text after it.
QString itemStatus(QStringView title, QStringView body);

// How well a title as written matches an official title: the share of the official title's
// words (lower-cased letters and digits, short words left out) that the written one holds.
double titleMatch(QStringView written, QStringView official);

} // namespace fl

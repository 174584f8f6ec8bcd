// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QDate>
#include <QList>

namespace fl {

class TextLines;
struct FormSchema;

// The parts and items of a periodic report, and its table of contents.
struct ReportLayout
{
    QList<Item> items;
    QList<ReportPart> parts;
    SourceRange toc;
};

// Finds the Part and Item headings of a periodic report (10-K, 10-Q, 20-F, ...) through its
// form schema. Table-of-contents entries, running page headers and cross-references are not
// headings; an item's identity is (part, code); each item ends where the next item or part
// begins, or where `lines` end (the caller stops them at the signatures or exhibit index).
// `reportDate` picks the official titles in force. Linear in the lines.
ReportLayout findReportItems(const TextLines &lines, const FormSchema &schema, QDate reportDate,
                             const QString &formName, QList<Warning> &warnings);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QDate>
#include <QList>

namespace fl {

class TextLines;
struct FormSchema;

// Some large issuers (General Electric, Citigroup) lay out a 10-K by topic and map the form's
// items to pages in a "Form 10-K Cross Reference Index" ("Item 1A.<tab>Risk Factors<tab>27-36")
// instead of heading each item in the text. Reads that index: one item per row, its heading the
// row, its pages found through the page numbers printed at the page breaks. Pages the text does
// not number get a warning. Empty when there is no such index. Linear in the lines.
QList<Item> readCrossReferenceIndex(const TextLines &lines, const FormSchema &schema, QDate date,
                                    QList<Warning> &warnings);

} // namespace fl

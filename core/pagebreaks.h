// SPDX-License-Identifier: MIT
#pragma once

#include "lineindex.h"
#include "sourcerange.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace fl {

class TextLines;

// More page breaks than a 100 MB submission of real pages holds: a file of nothing but
// form-feed or <PAGE> lines would otherwise cost a marked section (about 100 bytes) per line.
constexpr qsizetype kMaxPageBreaks = 100000;

// <PAGE> lines, <!-- PAGEBREAK --> and form feeds in the whole text, using its line index; at
// most one page break of each kind per line, and the first kMaxPageBreaks of them (`capped`
// says whether there were more). Linear in the text.
QList<SourceRange> findPageBreaks(const QString &text, const LineIndex &lineStarts,
                                  bool *capped = nullptr);

// A line that ends a page: it holds a form feed or starts with a <PAGE> marker.
bool isPageBreakLine(QStringView line);

// Index of the first line of `lines` that starts at or after the text offset `from` and ends
// a page; -1 if none. The sections read from a page (cover, signatures) end there.
int firstPageBreakLine(const TextLines &lines, qsizetype from);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace fl {

// What a heading or list line looks like, shared by the Item and exhibit-list readers.

// A text starting with a lower-case letter continues a sentence: it is not a title.
bool isLowercaseStart(QStringView s);

// The first position at or after i that is not white space (no-break space included).
qsizetype skipSpaces(QStringView s, qsizetype i);

// False when an expression anchored as ^\s*[letters] (case-insensitive) cannot match `line`:
// its first character after ASCII white space is ASCII and none of `letters` (upper case).
// Asked before a regular expression over every line of a document, it spares the match's
// setup on nearly all of them; a non-ASCII first character is left to the expression.
bool mayStartWithLetter(QStringView line, QLatin1StringView letters);

// Where a page number set apart at the end of a line starts ("Exhibits      12"), or -1.
qsizetype pageNumberStart(QStringView line);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace fl {

// What a heading or list line looks like, shared by the Item and exhibit-list readers.

// A text starting with a lower-case letter continues a sentence: it is not a title.
bool isLowercaseStart(QStringView s);

// The first position at or after i that is not white space (no-break space included).
qsizetype skipSpaces(QStringView s, qsizetype i);

// Where a page number set apart at the end of a line starts ("Exhibits      12"), or -1.
qsizetype pageNumberStart(QStringView line);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QStringView>

namespace fl {

// The text of an item as the CSV items layout and `parse --item-text` give it: the item's
// whole range in the displayed text, its heading included, whitespace as displayed. One
// definition, so that the text, its lines, characters and words always describe the same span.
// For an item laid out by a cross-reference index this is the index's row.
QStringView itemText(const Filing &filing, const Item &item);

// Unicode characters (code points, as Python's len() and R's nchar() count them; a character
// beyond the Basic Multilingual Plane counts once although it takes two UTF-16 units).
qsizetype countCharacters(QStringView text);

// Words: maximal runs of letters and digits (QChar::isLetterOrNumber), the words the
// comparison's text diff refines to. "10-K" is two words, "don't" two, "$1,234.56" three.
qsizetype countWords(QStringView text);

} // namespace fl

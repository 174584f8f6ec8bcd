// SPDX-License-Identifier: MIT
#include "itemtext.h"

namespace fl {

QStringView itemText(const Filing &filing, const Item &item)
{
    return filing.textOf(item.range());
}

qsizetype countCharacters(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // The second half of a surrogate pair is not a character of its own; a lone half is
        // (it is written as U+FFFD).
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

qsizetype countWords(QStringView text)
{
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber();
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar;
    }
    return words;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QStringView>

namespace fl {

// Calls `emit(QStringView word)` for each maximal run of letters and digits of `text`
// (QChar::isLetterOrNumber on code points: a letter beyond the Basic Multilingual Plane, written
// as a surrogate pair, is one letter). The rule of Python's re.findall(r'[^\W_]+', text).
template<typename Emit>
void forEachWord(QStringView text, Emit &&emit)
{
    const qsizetype n = text.size();
    qsizetype start = -1;
    qsizetype i = 0;
    while (i < n) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        if (QChar::isLetterOrNumber(c)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            emit(text.sliced(start, i - start));
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        emit(text.sliced(start, n - start));
}

} // namespace fl

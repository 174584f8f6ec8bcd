// SPDX-License-Identifier: MIT
#include "lineshapes.h"

#include "textlines.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl {

bool isLowercaseStart(QStringView s)
{
    return !s.isEmpty() && s.front().isLower();
}

qsizetype pageNumberStart(QStringView line)
{
    static const QRegularExpression pageNumber(u"(?:\\t|\\s{2,})\\d{1,3}\\s*$"_s);
    const auto m = pageNumber.match(line);
    return m.hasMatch() ? m.capturedStart() : -1;
}

qsizetype skipSpaces(QStringView s, qsizetype i)
{
    while (i < s.size() && isSpaceLike(s[i]))
        ++i;
    return i;
}

} // namespace fl

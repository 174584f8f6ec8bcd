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

bool mayStartWithLetter(QStringView line, QLatin1StringView letters)
{
    // \s of a QRegularExpression without UseUnicodePropertiesOption: ASCII white space only.
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || (line[i] >= u'\t' && line[i] <= u'\r')))
        ++i;
    if (i == line.size())
        return false;
    const char16_t c = line[i].unicode();
    if (c >= 0x80)
        return true;
    const char16_t upper = c >= u'a' && c <= u'z' ? char16_t(c - 0x20) : c;
    return letters.contains(QChar(upper));
}

qsizetype skipSpaces(QStringView s, qsizetype i)
{
    while (i < s.size() && isSpaceLike(s[i]))
        ++i;
    return i;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "textlines.h"

#include <algorithm>

namespace fl {

TextLines::TextLines(const QString &text, const LineIndex &lineStarts, SourceRange range)
    : m_text(text)
    , m_lineStarts(lineStarts)
    , m_range(range)
{
    if (!range.isValid() || lineStarts.isEmpty() || range.length <= 0)
        return;
    m_first = lineIndexOf(lineStarts, range.start);
    m_last = lineIndexOf(lineStarts, std::max(range.start, range.end() - 1)) + 1;
}

QStringView TextLines::line(int i) const
{
    const auto [lineStart, lineEnd] = m_lineStarts.bounds(m_first + i, m_text.size(), m_cursor);
    const qsizetype begin = std::max(lineStart, m_range.start);
    qsizetype end = std::min(lineEnd, m_range.end());
    if (end > begin && m_text[end - 1] == u'\n')
        --end;
    return QStringView(m_text).sliced(begin, std::max<qsizetype>(0, end - begin));
}

qsizetype TextLines::start(int i) const
{
    return std::max(m_lineStarts.bounds(m_first + i, m_text.size(), m_cursor).first, m_range.start);
}

int TextLines::indexOf(qsizetype offset) const
{
    return std::clamp(lineIndexOf(m_lineStarts, offset) - m_first, 0, std::max(0, size() - 1));
}

SourceRange TextLines::rangeOf(int i, QStringView part) const
{
    const QStringView whole = line(i);
    const qsizetype offsetInLine = part.data() - whole.data();
    return {start(i) + offsetInLine, part.size()};
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c.unicode() == 0xA0;
}

QList<QStringView> splitCells(QStringView line, int gap)
{
    QList<QStringView> cells;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && isSpaceLike(line[i]))
            ++i;
        if (i >= n)
            break;
        qsizetype end = i;
        while (end < n) {
            if (line[end] == u'\t')
                break;
            if (isSpaceLike(line[end])) {
                int run = 1;
                while (end + run < n && run < gap && isSpaceLike(line[end + run])
                       && line[end + run] != u'\t')
                    ++run;
                if (run >= gap)
                    break;
            }
            ++end;
        }
        QStringView text = line.sliced(i, end - i);
        while (!text.isEmpty() && isSpaceLike(text.back()))
            text.chop(1);
        cells.append(text);
        i = end;
    }
    return cells;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace() && c != u'\f' && c.unicode() != 0xA0)
            return false;
    }
    return true;
}

bool isRule(QStringView line)
{
    int marks = 0;
    for (const QChar c : line) {
        if (c == u'-' || c == u'_' || c == u'=' || c == u'*')
            ++marks;
        else if (!c.isSpace())
            return false;
    }
    return marks >= 3;
}

} // namespace fl

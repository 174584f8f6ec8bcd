// SPDX-License-Identifier: MIT
#include "pagebreaks.h"

#include "textlines.h"

#include <algorithm>

namespace fl {

// Two passes over the text (one for '<', one for form feeds), a binary search of the line
// index per break found, and a sort of the breaks: at most one break per line each way, so
// O(n + b log b) for b <= kMaxPageBreaks: each pass keeps its first kMaxPageBreaks, which hold
// the first kMaxPageBreaks of both.
QList<SourceRange> findPageBreaks(const QString &text, const LineIndex &lineStarts, bool *capped)
{
    QList<SourceRange> breaks;
    bool more = false;
    const QStringView view(text);
    // The line around a position from the line index: no scanning back through a long line.
    auto lineBounds = [&](qsizetype pos) {
        const int line = lineIndexOf(lineStarts, pos);
        const qsizetype begin = lineStarts.isEmpty() ? 0 : lineStarts[line];
        qsizetype end = line + 1 < lineStarts.size() ? lineStarts[line + 1] : view.size();
        if (end > begin && view[end - 1] == u'\n')
            --end;
        return SourceRange::fromTo(begin, end);
    };
    // <PAGE> at the start of a line (EDGAR's text page marker, possibly with a page number).
    qsizetype pos = 0;
    while ((pos = view.indexOf(u'<', pos)) >= 0) {
        if (breaks.size() >= kMaxPageBreaks) {
            more = true;
            break;
        }
        const QStringView at = view.sliced(pos);
        if (at.startsWith(u"<PAGE>", Qt::CaseInsensitive)) {
            // At the start of its line, after blanks only (looking back stops at the first
            // other character, so long lines cost nothing more).
            qsizetype k = pos;
            while (k > 0 && view[k - 1] != u'\n' && view[k - 1].isSpace())
                --k;
            if (k == 0 || view[k - 1] == u'\n')
                breaks.append(lineBounds(pos));
            pos += 6;
            continue;
        }
        if (at.startsWith(u"<!-- PAGEBREAK -->", Qt::CaseInsensitive)) {
            breaks.append({pos, 18});
            // One break per line: a line of a million markers is one page break, not a
            // million (the rest of the line is skipped).
            pos = std::max(pos + 18, lineBounds(pos).end());
            continue;
        }
        ++pos;
    }
    const qsizetype markers = breaks.size();
    pos = 0;
    while ((pos = view.indexOf(u'\f', pos)) >= 0) {
        if (breaks.size() - markers >= kMaxPageBreaks) {
            more = true;
            break;
        }
        // A form feed alone on its line marks the line; inside text, just itself.
        const SourceRange line = lineBounds(pos);
        const bool alone =
            line.length <= 3 && view.sliced(line.start, line.length).trimmed().size() <= 1;
        breaks.append(alone ? line : SourceRange{pos, 1});
        // One break per line, as above.
        pos = std::max(pos + 1, line.end());
    }
    std::sort(breaks.begin(), breaks.end(),
              [](const SourceRange &a, const SourceRange &b) { return a.start < b.start; });
    if (breaks.size() > kMaxPageBreaks) {
        breaks.resize(kMaxPageBreaks);
        more = true;
    }
    if (capped)
        *capped = more;
    return breaks;
}

bool isPageBreakLine(QStringView line)
{
    return line.contains(u'\f') || line.trimmed().startsWith(u"<PAGE>", Qt::CaseInsensitive);
}

int firstPageBreakLine(const TextLines &lines, qsizetype from)
{
    for (int i = lines.indexOf(from); i < lines.size(); ++i) {
        if (lines.start(i) >= from && isPageBreakLine(lines.line(i)))
            return i;
    }
    return -1;
}

} // namespace fl

// SPDX-License-Identifier: MIT
// TextView's painting: the visible rows, each line's wrapped segments with their bands,
// highlights, find matches, selection, text, marks and cursor, the gutter and the frame.
#include "textview.h"
#include "textviewlayout.h"

#include <QPainter>
#include <QScrollBar>

namespace fl {

using namespace textviewdetail;

// What one paint needs for every line: the geometry and what overlaps the visible text,
// gathered once.
struct TextView::PaintContext
{
    QRect area;
    int gutter = 0;
    double textX = 0; // x of column 0 (scrolled)
    int firstColumn = 0;
    int columnsShown = 0;
    int wrapColumns = 0; // 0: no wrapping
    std::vector<const Section *> sections;
    std::vector<const TextHighlight *> highlights;
    std::vector<const TextMark *> marks;
    QList<SourceRange>::const_iterator firstMatch;
    SourceRange selected;
    QColor selectionFill;
    QColor textColour;
    QColor dimColour;
};

void TextView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    PaintContext c;
    c.area = viewport()->rect();
    p.fillRect(c.area, pal.color(QPalette::Base));
    c.gutter = gutterWidth();
    p.fillRect(QRect(0, 0, c.gutter, c.area.height()), pal.color(QPalette::AlternateBase));
    if (!m_filing) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(c.area.adjusted(c.gutter, 0, 0, 0), Qt::AlignCenter,
                   tr("Open a filing: drop files or folders here, or use File ▸ Open."));
        Q_EMIT painted();
        return;
    }

    // The rows on screen and the lines they show.
    const int firstRow = firstVisibleRow();
    int lastRow = firstRow; // one past
    for (int y = 0; lastRow < rowCount() && y < c.area.height(); ++lastRow)
        y += rowSpan(lastRow) * m_lineHeight;
    int firstLine = -1;
    int lastLine = -1;
    for (int row = firstRow; row < lastRow; ++row) {
        const int line = lineOfRow(row);
        if (line < 0)
            continue;
        if (firstLine < 0)
            firstLine = line;
        lastLine = line;
    }
    const qsizetype visibleStart = firstLine >= 0 ? lineStart(firstLine) : 0;
    const qsizetype visibleEnd = firstLine >= 0 ? lineEnd(lastLine) + 1 : 0;
    c.textX = c.gutter + kTextMargin - horizontalScrollBar()->value();
    c.firstColumn = int(std::max(0.0, (c.gutter + kTextMargin - c.textX) / m_charWidth));
    c.columnsShown = int(c.area.width() / m_charWidth) + 2;
    c.wrapColumns = m_wrap ? wrapColumns() : 0;

    if (firstLine >= 0) {
        auto overlaps = [&](SourceRange r) {
            return r.isValid() && r.start < visibleEnd && r.end() >= visibleStart;
        };
        if (m_showSections) {
            for (const Section &s : m_filing->sections) {
                if (s.range.start >= visibleEnd)
                    break; // sorted by start
                if (overlaps(s.range))
                    c.sections.push_back(&s);
            }
        }
        for (const TextHighlight &h : m_highlights) {
            if (h.range.start >= visibleEnd)
                break;
            if (overlaps(h.range))
                c.highlights.push_back(&h);
        }
        for (const TextMark &m : m_marks) {
            if (m.range.start >= visibleEnd)
                break;
            if (overlaps(m.range))
                c.marks.push_back(&m);
        }
    }
    c.firstMatch =
        std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), visibleStart,
                         [](const SourceRange &r, qsizetype pos) { return r.end() <= pos; });
    c.selected = selection();
    c.selectionFill = pal.color(QPalette::Highlight);
    c.selectionFill.setAlpha(110);
    c.textColour = pal.color(QPalette::Text);
    c.dimColour = pal.color(QPalette::PlaceholderText);

    QColor fillerColour = c.dimColour;
    fillerColour.setAlpha(50);
    int y = 0;
    for (int row = firstRow; row < lastRow; ++row) {
        const int height = rowSpan(row) * m_lineHeight;
        const int line = lineOfRow(row);
        if (line >= 0) {
            paintLine(p, c, line, y);
        } else {
            // A filler: the gap facing the other side's lines, hatched.
            const QRect band(c.gutter, y, c.area.width() - c.gutter, height);
            p.fillRect(band, QBrush(fillerColour, Qt::BDiagPattern));
        }
        paintGutter(p, c, row, y, height);
        y += height;
    }
    if (m_frameCount > 0 && m_frameFirst < lastRow && m_frameFirst + m_frameCount > firstRow) {
        const int top = yForRow(m_frameFirst);
        const int bottom = yForRow(m_frameFirst + m_frameCount);
        p.setPen(QPen(m_frameColour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(c.gutter + 1, top + 1, c.area.width() - c.gutter - 2,
                          std::max(2, bottom - top - 2)));
    }
    Q_EMIT painted();
}

void TextView::paintGutter(QPainter &p, const PaintContext &c, int row, int y, int height) const
{
    // Line number (none for a filler) and the strip of the innermost section.
    p.fillRect(QRect(0, y, c.gutter, height), palette().color(QPalette::AlternateBase));
    const int line = lineOfRow(row);
    if (line < 0)
        return;
    p.setPen(c.dimColour);
    p.drawText(QRectF(0, y, c.gutter - kStripWidth - 4, m_lineHeight),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(line + 1));
    const qsizetype start = lineStart(line);
    const qsizetype end = lineEnd(line);
    const Section *innermost = nullptr;
    for (const Section *s : c.sections) {
        if (s->kind != SectionKind::PageBreak
            && ((s->range.start <= end && s->range.end() > start)
                || (s->range.length == 0 && s->range.start == start)))
            innermost = s;
    }
    if (innermost)
        p.fillRect(QRect(c.gutter - kStripWidth - 1, y, kStripWidth, height),
                   m_style.solid(innermost->kind, innermost->index));
}

void TextView::paintLine(QPainter &p, const PaintContext &c, int line, int rowY) const
{
    const LineLayout layout = layoutLine(line);
    const qsizetype start = layout.start;
    const qsizetype end = start + layout.length; // the line break sits at `end`
    const QStringView lineText = QStringView(m_filing->text).sliced(start, layout.length);
    const bool isFormFeedLine = lineText.trimmed() == u"\f";
    const int segments = segmentsOf(layout);
    bool pageBreak = false;
    for (const Section *s : c.sections) {
        if (s->kind == SectionKind::PageBreak
            && ((s->range.start <= end && s->range.end() > start)
                || (s->range.length == 0 && s->range.start == start)))
            pageBreak = true;
    }
    // A wrapped line is painted as segments of wrapColumns columns, one under the other.
    for (int segment = 0; segment < segments; ++segment) {
        const int y = rowY + segment * m_lineHeight;
        const bool lastSegment = segment == segments - 1;
        const int segFirst = segment * c.wrapColumns;
        const double textX = c.textX - segFirst * m_charWidth;
        const double lowest = segment == 0 ? -1e9 : segFirst;
        const double highest = lastSegment ? 1e9 : segFirst + c.wrapColumns;
        auto xOf = [&](qsizetype offset) {
            return textX + layout.columnOf(offset - start) * m_charWidth;
        };
        const QRectF lineRect(c.gutter, y, c.area.width() - c.gutter, m_lineHeight);
        // A range's horizontal extent on this segment; ranges running on fill to the edge.
        // False when it has none here.
        auto span = [&](SourceRange r, double &x1, double &x2) {
            const double c1 = r.start > start ? layout.columnOf(r.start - start) : -1e9;
            const double c2 = r.end() <= end ? layout.columnOf(r.end() - start) : 1e9;
            if (c2 < lowest || c1 >= highest || (c2 == lowest && segment > 0))
                return false;
            x1 = std::max<double>(c.gutter, textX + std::max(c1, lowest) * m_charWidth);
            x2 = std::min<double>(c.area.width(), textX + std::min(c2, highest) * m_charWidth);
            return true;
        };
        double x1, x2;
        for (const Section *s : c.sections) {
            if (s->kind == SectionKind::PageBreak
                || !(s->range.start <= end && s->range.end() > start) || !span(s->range, x1, x2))
                continue;
            p.fillRect(QRectF(x1, y, x2 - x1, m_lineHeight).intersected(lineRect),
                       m_style.band(s->kind, s->index));
        }
        for (const TextHighlight *h : c.highlights) {
            if (!(h->range.start <= end && h->range.end() > start))
                continue;
            if (h->wholeLines) {
                x1 = c.gutter;
                x2 = c.area.width();
            } else if (!span(h->range, x1, x2)) {
                continue;
            }
            p.fillRect(QRectF(x1, y, std::max(x2 - x1, m_charWidth / 2), m_lineHeight)
                           .intersected(lineRect),
                       h->colour);
        }
        for (auto it = c.firstMatch; it != m_findMatches.cend() && it->start <= end; ++it) {
            if (it->end() <= start || !span(*it, x1, x2))
                continue;
            const bool current = (it - m_findMatches.cbegin()) == m_currentMatch;
            p.fillRect(QRectF(x1, y, x2 - x1, m_lineHeight).intersected(lineRect),
                       current ? m_style.currentFindMatch() : m_style.findMatch());
        }
        if (c.selected.length > 0 && c.selected.start <= end && c.selected.end() > start
            && span(c.selected, x1, x2)) {
            if (c.selected.end() > end && lastSegment)
                x2 = std::max(x2, xOf(end) + m_charWidth / 2);
            p.fillRect(QRectF(x1, y, x2 - x1, m_lineHeight).intersected(lineRect), c.selectionFill);
        }

        // The text itself: only the visible columns.
        const int firstColumn = m_wrap ? segFirst : c.firstColumn;
        const int columnsShown = m_wrap ? c.wrapColumns : c.columnsShown;
        if (!isFormFeedLine && layout.length > 0) {
            QString shown;
            shown.reserve(columnsShown);
            qsizetype i = layout.charAtColumn(firstColumn);
            while (i > 0 && layout.columnOf(i) > firstColumn)
                --i;
            const int startColumn = layout.columnOf(i);
            for (; i < layout.length && layout.columnOf(i) < firstColumn + columnsShown; ++i) {
                const QChar ch = lineText[i];
                if (ch == u'\t')
                    shown += QString(layout.columnOf(i + 1) - layout.columnOf(i), u' ');
                else
                    shown += ch.unicode() < 0x20 ? QChar(u' ') : ch;
            }
            p.setPen(pageBreak ? c.dimColour : c.textColour);
            p.drawText(QPointF(textX + startColumn * m_charWidth, y + m_ascent), shown);
        }
        if (pageBreak && lastSegment) {
            p.setPen(QPen(m_style.pageBreakLine(), 1, Qt::DashLine));
            const double mid = y + m_lineHeight / 2.0;
            const double from =
                isFormFeedLine ? c.gutter : std::max<double>(c.gutter, xOf(end) + m_charWidth);
            p.drawLine(QPointF(from, mid), QPointF(c.area.width(), mid));
        }
        for (const TextMark *m : c.marks) {
            if (!(m->range.start < end && m->range.end() > start) || !span(m->range, x1, x2))
                continue;
            if (m->range.end() > end)
                x2 = std::min(x2, xOf(end));
            if (m->kind == MarkKind::Fact) {
                // A dotted box; a tagged value running over lines (a note) is not boxed.
                if (m->range.start >= start && m->range.end() <= end) {
                    p.setPen(QPen(m_style.factMark(), 1, Qt::DotLine));
                    p.setBrush(Qt::NoBrush);
                    p.drawRect(QRectF(x1 - 1.5, y + 0.5, x2 - x1 + 3, m_lineHeight - 1.5));
                }
                continue;
            }
            const double base = y + m_lineHeight - 2.5;
            p.setPen(QPen(m_style.fieldMark(), 1.5));
            p.drawLine(QPointF(x1, base), QPointF(x2, base));
        }
        const int cursorColumn = layout.columnOf(m_cursor - start);
        if (hasFocus() && m_cursor >= start && m_cursor <= end && cursorColumn >= lowest
            && (cursorColumn < highest || lastSegment)) {
            const double x = xOf(m_cursor);
            p.setPen(QPen(c.textColour, 1.5));
            p.drawLine(QPointF(x, y + 1), QPointF(x, y + m_lineHeight - 1));
        }
    }
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "textview.h"

#include "textlines.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr int kTabWidth = 8;
constexpr qsizetype kExpandTabsUpTo = 64 * 1024;
constexpr int kTextMargin = 6;
constexpr int kStripWidth = 5;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u',';
}

} // namespace

// Columns of one line: tabs expand to the next multiple of eight, other characters take one
// cell. Very long lines are not expanded (identity mapping).
struct TextView::LineLayout
{
    qsizetype start = 0;
    qsizetype length = 0;
    std::vector<int> columns; // columns[i]: display column of character i; empty = identity

    int columnOf(qsizetype i) const
    {
        i = std::clamp<qsizetype>(i, 0, length);
        return columns.empty() ? int(std::min<qsizetype>(i, INT_MAX)) : columns[size_t(i)];
    }
    int width() const { return columnOf(length); }
    qsizetype charAtColumn(double column) const
    {
        if (columns.empty())
            return std::clamp<qsizetype>(qsizetype(column + 0.5), 0, length);
        // The character whose cell holds the column (rounded to the nearest boundary).
        const auto it = std::lower_bound(columns.begin(), columns.end(), int(column + 0.5));
        return std::clamp<qsizetype>(it - columns.begin(), 0, length);
    }
};

TextView::TextView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_style(palette())
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    updateMetrics();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &TextView::firstVisibleLineChanged);
}

TextView::~TextView() = default;

void TextView::setFiling(FilingPtr filing)
{
    m_filing = std::move(filing);
    m_marks.clear();
    m_highlights.clear();
    m_findMatches.clear();
    m_currentMatch = -1;
    m_cursor = 0;
    m_anchor = 0;
    m_maxLineLength = 0;
    if (m_filing) {
        // Longest line from the line index alone: no pass over the text (a 100 MB file has
        // millions of lines and this runs on the GUI thread).
        const QList<qsizetype> &starts = m_filing->lineStarts;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const qsizetype end = i + 1 < starts.size() ? starts[i + 1] : m_filing->text.size();
            m_maxLineLength = std::max(m_maxLineLength, end - starts[i]);
        }
        // Tabs widen lines; allow for them on the lines short enough to be expanded.
        m_maxLineLength = std::min<qsizetype>(m_maxLineLength, kExpandTabsUpTo) * 2
            + std::max<qsizetype>(0, m_maxLineLength - kExpandTabsUpTo);
        m_digits = int(QString::number(std::max(1, lineCount())).size());
    }
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
    Q_EMIT selectionChanged();
}

void TextView::clear()
{
    setFiling(nullptr);
}

void TextView::setMarks(QList<TextMark> marks)
{
    m_marks = std::move(marks);
    std::sort(m_marks.begin(), m_marks.end(),
              [](const TextMark &a, const TextMark &b) { return a.range.start < b.range.start; });
    viewport()->update();
}

void TextView::setHighlights(QList<TextHighlight> highlights)
{
    m_highlights = std::move(highlights);
    std::sort(m_highlights.begin(), m_highlights.end(),
              [](const TextHighlight &a, const TextHighlight &b) {
                  return a.range.start < b.range.start;
              });
    viewport()->update();
}

void TextView::setFindMatches(QList<SourceRange> matches, int current)
{
    m_findMatches = std::move(matches);
    m_currentMatch = current;
    viewport()->update();
}

void TextView::setShowSections(bool show)
{
    m_showSections = show;
    viewport()->update();
}

int TextView::lineCount() const
{
    return m_filing ? m_filing->lineCount() : 0;
}

qsizetype TextView::lineStart(int line) const
{
    return m_filing->lineStarts[line];
}

qsizetype TextView::lineEnd(int line) const
{
    qsizetype end = line + 1 < lineCount() ? m_filing->lineStarts[line + 1] : m_filing->text.size();
    if (end > lineStart(line) && m_filing->text[end - 1] == u'\n')
        --end;
    return end;
}

TextView::LineLayout TextView::layoutLine(int line) const
{
    LineLayout layout;
    layout.start = lineStart(line);
    layout.length = lineEnd(line) - layout.start;
    if (layout.length > kExpandTabsUpTo)
        return layout;
    const QStringView text = QStringView(m_filing->text).sliced(layout.start, layout.length);
    if (!text.contains(u'\t'))
        return layout;
    layout.columns.resize(size_t(layout.length) + 1);
    int column = 0;
    for (qsizetype i = 0; i < layout.length; ++i) {
        layout.columns[size_t(i)] = column;
        column = text[i] == u'\t' ? (column / kTabWidth + 1) * kTabWidth : column + 1;
    }
    layout.columns[size_t(layout.length)] = column;
    return layout;
}

void TextView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_charWidth = std::max(1.0, metrics.horizontalAdvance(u'M'));
    m_lineHeight = int(std::ceil(metrics.height())) + 1;
    m_ascent = int(std::ceil(metrics.ascent()));
}

int TextView::gutterWidth() const
{
    return int(m_charWidth * (m_digits + 1)) + kStripWidth + 4;
}

int TextView::visibleLineCount() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

int TextView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

void TextView::setFirstVisibleLine(int line)
{
    verticalScrollBar()->setValue(line);
}

void TextView::updateScrollBars()
{
    const int visible = visibleLineCount();
    verticalScrollBar()->setRange(0, std::max(0, lineCount() - visible + 1));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const int textWidth = viewport()->width() - gutterWidth() - kTextMargin;
    const double contentWidth = double(m_maxLineLength) * m_charWidth + m_charWidth * 2;
    const int maximum = int(std::min(double(INT_MAX / 2), std::max(0.0, contentWidth - textWidth)));
    horizontalScrollBar()->setRange(0, maximum);
    horizontalScrollBar()->setPageStep(std::max(1, textWidth));
    horizontalScrollBar()->setSingleStep(int(m_charWidth * 4));
}

void TextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TextView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    } else if (event->type() == QEvent::PaletteChange) {
        m_style = SectionStyle(palette());
    }
    QAbstractScrollArea::changeEvent(event);
}

void TextView::focusInEvent(QFocusEvent *event)
{
    viewport()->update();
    QAbstractScrollArea::focusInEvent(event);
}

void TextView::focusOutEvent(QFocusEvent *event)
{
    viewport()->update();
    QAbstractScrollArea::focusOutEvent(event);
}

void TextView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    const QRect area = viewport()->rect();
    p.fillRect(area, pal.color(QPalette::Base));
    const int gutter = gutterWidth();
    p.fillRect(QRect(0, 0, gutter, area.height()), pal.color(QPalette::AlternateBase));
    if (!m_filing) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area.adjusted(gutter, 0, 0, 0), Qt::AlignCenter,
                   tr("Open a filing: drop files or folders here, or use File ▸ Open."));
        Q_EMIT painted();
        return;
    }

    const int first = firstVisibleLine();
    const int last = std::min(lineCount(), first + area.height() / m_lineHeight + 2);
    if (first >= last) {
        Q_EMIT painted();
        return;
    }
    const qsizetype visibleStart = lineStart(first);
    const qsizetype visibleEnd = lineEnd(last - 1) + 1;
    const double textX = gutter + kTextMargin - horizontalScrollBar()->value();
    const int firstColumn = int(std::max(0.0, (gutter + kTextMargin - textX) / m_charWidth));
    const int columnsShown = int(area.width() / m_charWidth) + 2;

    // What overlaps the visible lines, gathered once for this paint.
    auto overlaps = [&](SourceRange r) {
        return r.isValid() && r.start < visibleEnd && r.end() >= visibleStart;
    };
    std::vector<const Section *> sections;
    if (m_showSections) {
        for (const Section &s : m_filing->sections) {
            if (s.range.start >= visibleEnd)
                break; // sorted by start
            if (overlaps(s.range))
                sections.push_back(&s);
        }
    }
    std::vector<const TextHighlight *> highlights;
    for (const TextHighlight &h : m_highlights) {
        if (h.range.start >= visibleEnd)
            break;
        if (overlaps(h.range))
            highlights.push_back(&h);
    }
    std::vector<const TextMark *> marks;
    for (const TextMark &m : m_marks) {
        if (m.range.start >= visibleEnd)
            break;
        if (overlaps(m.range))
            marks.push_back(&m);
    }
    auto firstMatch =
        std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), visibleStart,
                         [](const SourceRange &r, qsizetype pos) { return r.end() <= pos; });

    const SourceRange selected = selection();
    const QColor selectionColour = pal.color(QPalette::Highlight);
    QColor selectionFill = selectionColour;
    selectionFill.setAlpha(110);
    const QColor textColour = pal.color(QPalette::Text);
    const QColor dimColour = pal.color(QPalette::PlaceholderText);

    for (int line = first; line < last; ++line) {
        const int y = (line - first) * m_lineHeight;
        const LineLayout layout = layoutLine(line);
        const qsizetype start = layout.start;
        const qsizetype end = start + layout.length; // the line break sits at `end`
        auto xOf = [&](qsizetype offset) {
            return textX + layout.columnOf(offset - start) * m_charWidth;
        };
        // A range's horizontal extent on this line; ranges running on fill to the edge.
        auto span = [&](SourceRange r, double &x1, double &x2) {
            x1 = r.start > start ? xOf(r.start) : double(gutter);
            x2 = r.end() <= end ? xOf(r.end()) : double(area.width());
        };
        const QRectF lineRect(gutter, y, area.width() - gutter, m_lineHeight);

        bool pageBreak = false;
        const Section *innermost = nullptr;
        for (const Section *s : sections) {
            if (!(s->range.start <= end && s->range.end() > start)
                && !(s->range.length == 0 && s->range.start == start))
                continue;
            if (s->kind == SectionKind::PageBreak) {
                pageBreak = true;
                continue;
            }
            innermost = s;
            double x1, x2;
            span(s->range, x1, x2);
            p.fillRect(QRectF(x1, y, x2 - x1, m_lineHeight).intersected(lineRect),
                       m_style.band(s->kind, s->index));
        }
        for (const TextHighlight *h : highlights) {
            if (!(h->range.start <= end && h->range.end() > start))
                continue;
            double x1, x2;
            span(h->range, x1, x2);
            if (h->wholeLines) {
                x1 = gutter;
                x2 = area.width();
            }
            p.fillRect(QRectF(x1, y, std::max(x2 - x1, m_charWidth / 2), m_lineHeight)
                           .intersected(lineRect),
                       h->colour);
        }
        for (auto it = firstMatch; it != m_findMatches.cend() && it->start <= end; ++it) {
            if (it->end() <= start)
                continue;
            double x1, x2;
            span(*it, x1, x2);
            const bool current = (it - m_findMatches.cbegin()) == m_currentMatch;
            p.fillRect(QRectF(x1, y, x2 - x1, m_lineHeight).intersected(lineRect),
                       current ? m_style.currentFindMatch() : m_style.findMatch());
        }
        if (selected.length > 0 && selected.start <= end && selected.end() > start) {
            double x1, x2;
            span(selected, x1, x2);
            if (selected.end() > end)
                x2 = std::max(x2, xOf(end) + m_charWidth / 2);
            p.fillRect(QRectF(x1, y, x2 - x1, m_lineHeight).intersected(lineRect), selectionFill);
        }

        // The text itself: only the visible columns.
        const QStringView lineText = QStringView(m_filing->text).sliced(start, layout.length);
        const bool isFormFeedLine = lineText.trimmed() == u"\f";
        if (!isFormFeedLine && layout.length > 0) {
            QString shown;
            shown.reserve(columnsShown);
            qsizetype i = layout.charAtColumn(firstColumn);
            while (i > 0 && layout.columnOf(i) > firstColumn)
                --i;
            const int startColumn = layout.columnOf(i);
            for (; i < layout.length && layout.columnOf(i) < firstColumn + columnsShown; ++i) {
                const QChar c = lineText[i];
                if (c == u'\t') {
                    shown += QString(layout.columnOf(i + 1) - layout.columnOf(i), u' ');
                } else if (c.unicode() < 0x20) {
                    shown += u' ';
                } else {
                    shown += c;
                }
            }
            p.setPen(pageBreak ? dimColour : textColour);
            p.drawText(QPointF(textX + startColumn * m_charWidth, y + m_ascent), shown);
        }
        if (pageBreak) {
            QPen pen(m_style.pageBreakLine(), 1, Qt::DashLine);
            p.setPen(pen);
            const double mid = y + m_lineHeight / 2.0;
            const double from =
                isFormFeedLine ? gutter : std::max<double>(gutter, xOf(end) + m_charWidth);
            p.drawLine(QPointF(from, mid), QPointF(area.width(), mid));
        }
        for (const TextMark *m : marks) {
            if (!(m->range.start < end && m->range.end() > start))
                continue;
            double x1, x2;
            span(m->range, x1, x2);
            if (m->range.end() > end)
                x2 = xOf(end);
            const double base = y + m_lineHeight - 2.5;
            p.setPen(QPen(m_style.fieldMark(), 1.5));
            p.drawLine(QPointF(x1, base), QPointF(x2, base));
        }
        if (hasFocus() && m_cursor >= start && m_cursor <= end) {
            const double x = xOf(m_cursor);
            p.setPen(QPen(textColour, 1.5));
            p.drawLine(QPointF(x, y + 1), QPointF(x, y + m_lineHeight - 1));
        }

        // Gutter: line number and the strip of the innermost section.
        p.fillRect(QRect(0, y, gutter, m_lineHeight), pal.color(QPalette::AlternateBase));
        p.setPen(dimColour);
        p.drawText(QRectF(0, y, gutter - kStripWidth - 4, m_lineHeight),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(line + 1));
        if (innermost)
            p.fillRect(QRect(gutter - kStripWidth - 1, y, kStripWidth, m_lineHeight),
                       m_style.solid(innermost->kind, innermost->index));
    }
    Q_EMIT painted();
}

qsizetype TextView::offsetAt(const QPoint &pos) const
{
    if (!m_filing || lineCount() == 0)
        return 0;
    const int line = std::clamp(firstVisibleLine() + pos.y() / m_lineHeight, 0, lineCount() - 1);
    const LineLayout layout = layoutLine(line);
    const double textX = gutterWidth() + kTextMargin - horizontalScrollBar()->value();
    const double column = std::max(0.0, (pos.x() - textX) / m_charWidth);
    return layout.start + layout.charAtColumn(column);
}

QPoint TextView::pointFor(qsizetype offset) const
{
    if (!m_filing || lineCount() == 0)
        return {};
    const int line = m_filing->lineAt(offset);
    const LineLayout layout = layoutLine(line);
    const double textX = gutterWidth() + kTextMargin - horizontalScrollBar()->value();
    const double x = textX + (layout.columnOf(offset - layout.start) + 0.5) * m_charWidth;
    const int y = (line - firstVisibleLine()) * m_lineHeight + m_lineHeight / 2;
    return QPoint(int(x), y);
}

QString TextView::describe(qsizetype offset) const
{
    if (!m_filing)
        return {};
    QStringList lines;
    const Section *innermost = nullptr;
    for (const Section &s : m_filing->sections) {
        if (s.range.start > offset)
            break;
        if (s.kind != SectionKind::PageBreak && s.range.contains(offset))
            innermost = &s;
    }
    if (innermost)
        lines << innermost->label;
    for (const TextMark &m : m_marks) {
        if (m.range.start > offset)
            break;
        if (m.range.contains(offset))
            lines << m.label;
    }
    return lines.join(u'\n');
}

bool TextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describe(offsetAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

SourceRange TextView::selection() const
{
    return SourceRange::fromTo(std::min(m_anchor, m_cursor), std::max(m_anchor, m_cursor));
}

QString TextView::selectedText() const
{
    if (!m_filing)
        return {};
    return m_filing->textOf(selection()).toString();
}

void TextView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TextView::select(SourceRange range)
{
    if (!m_filing || !range.isValid())
        return;
    const qsizetype size = m_filing->text.size();
    m_anchor = std::clamp<qsizetype>(range.start, 0, size);
    m_cursor = std::clamp<qsizetype>(range.end(), 0, size);
    ensureVisible(range.start, true);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void TextView::setCursorPosition(qsizetype position)
{
    moveCursor(position, false, false);
}

void TextView::jumpTo(qsizetype position)
{
    if (!m_filing)
        return;
    // Two lines above the heading stay in view, for what leads into it.
    setFirstVisibleLine(std::max(0, m_filing->lineAt(position) - 2));
    moveCursor(position, false, true);
}

void TextView::moveCursor(qsizetype position, bool keepAnchor, bool byUser)
{
    if (!m_filing)
        return;
    m_cursor = std::clamp<qsizetype>(position, 0, m_filing->text.size());
    if (!keepAnchor)
        m_anchor = m_cursor;
    ensureVisible(m_cursor, false);
    viewport()->update();
    Q_EMIT selectionChanged();
    if (byUser)
        Q_EMIT cursorMovedByUser(m_cursor);
}

void TextView::ensureVisible(qsizetype offset, bool center)
{
    if (!m_filing)
        return;
    const int line = m_filing->lineAt(offset);
    const int first = firstVisibleLine();
    const int visible = visibleLineCount();
    if (line < first || line >= first + visible)
        verticalScrollBar()->setValue(center ? line - visible / 3
                                             : (line < first ? line : line - visible + 1));
    const LineLayout layout = layoutLine(line);
    const double x = layout.columnOf(offset - layout.start) * m_charWidth;
    const int textWidth = viewport()->width() - gutterWidth() - kTextMargin;
    QScrollBar *h = horizontalScrollBar();
    if (x < h->value())
        h->setValue(int(std::max(0.0, x - m_charWidth * 4)));
    else if (x > h->value() + textWidth - m_charWidth * 2)
        h->setValue(int(x - textWidth + m_charWidth * 8));
}

void TextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_filing)
        return QAbstractScrollArea::mousePressEvent(event);
    m_selecting = true;
    moveCursor(offsetAt(event->position().toPoint()), event->modifiers() & Qt::ShiftModifier, true);
}

void TextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting || !(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    // Dragging past the edge scrolls.
    if (pos.y() < 0)
        verticalScrollBar()->setValue(firstVisibleLine() - 1);
    else if (pos.y() > viewport()->height())
        verticalScrollBar()->setValue(firstVisibleLine() + 1);
    m_cursor = offsetAt(pos);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void TextView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_selecting && event->button() == Qt::LeftButton) {
        m_selecting = false;
        if (m_cursor != m_anchor)
            Q_EMIT cursorMovedByUser(m_cursor);
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_filing || event->button() != Qt::LeftButton)
        return;
    const QString &text = m_filing->text;
    qsizetype pos = offsetAt(event->position().toPoint());
    qsizetype from = pos;
    qsizetype to = pos;
    while (from > 0 && isWordChar(text[from - 1]))
        --from;
    while (to < text.size() && isWordChar(text[to]))
        ++to;
    m_anchor = from;
    m_cursor = to;
    viewport()->update();
    Q_EMIT selectionChanged();
}

void TextView::keyPressEvent(QKeyEvent *event)
{
    if (!m_filing)
        return QAbstractScrollArea::keyPressEvent(event);
    if (event == QKeySequence::Copy) {
        copySelection();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        m_anchor = 0;
        m_cursor = m_filing->text.size();
        viewport()->update();
        Q_EMIT selectionChanged();
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int line = m_filing->lineAt(m_cursor);
    const LineLayout layout = layoutLine(line);
    const int column = layout.columnOf(m_cursor - layout.start);
    auto toLine = [&](int target) {
        target = std::clamp(target, 0, lineCount() - 1);
        const LineLayout other = layoutLine(target);
        return other.start + other.charAtColumn(column);
    };
    qsizetype target = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left:
        target = m_cursor - 1;
        break;
    case Qt::Key_Right:
        target = m_cursor + 1;
        break;
    case Qt::Key_Up:
        target = toLine(line - 1);
        break;
    case Qt::Key_Down:
        target = toLine(line + 1);
        break;
    case Qt::Key_PageUp:
        verticalScrollBar()->setValue(firstVisibleLine() - visibleLineCount());
        target = toLine(line - visibleLineCount());
        break;
    case Qt::Key_PageDown:
        verticalScrollBar()->setValue(firstVisibleLine() + visibleLineCount());
        target = toLine(line + visibleLineCount());
        break;
    case Qt::Key_Home:
        target = ctrl ? 0 : layout.start;
        break;
    case Qt::Key_End:
        target = ctrl ? m_filing->text.size() : layout.start + layout.length;
        break;
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
    moveCursor(target, shift, true);
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "textview.h"

#include "textfont.h"
#include "textlines.h"
#include "textviewlayout.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fl {

using namespace textviewdetail;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u',';
}

} // namespace

TextView::TextView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_style(palette())
{
    // Every text pane at the one font the reader chose and zoomed (always fixed-pitch).
    setFont(TextFont::instance()->font());
    connect(TextFont::instance(), &TextFont::fontChanged, this, &QWidget::setFont);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    updateMetrics();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int row) {
        Q_EMIT firstVisibleRowChanged(row);
        Q_EMIT firstVisibleLineChanged(firstVisibleLine());
    });
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
    m_minimumColumns = 0;
    m_rowToLine.clear();
    m_lineToRow.clear();
    m_rowSpans.clear();
    m_frameFirst = -1;
    m_frameCount = 0;
    if (m_filing) {
        // Longest line from the line index alone: no pass over the text (a 100 MB file has
        // millions of lines and this runs on the GUI thread).
        m_maxLineLength = m_filing->lineStarts.longestLine(m_filing->text.size());
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

void TextView::setRowMap(QList<int> rowToLine)
{
    const int line = firstVisibleLine();
    m_rowToLine = std::move(rowToLine);
    m_lineToRow.clear();
    m_rowSpans.clear();
    m_frameFirst = -1;
    m_frameCount = 0;
    if (!m_rowToLine.isEmpty()) {
        m_lineToRow.resize(lineCount(), 0);
        for (int row = 0; row < m_rowToLine.size(); ++row) {
            const int l = m_rowToLine[row];
            if (l >= 0 && l < m_lineToRow.size())
                m_lineToRow[l] = row;
        }
    }
    updateScrollBars();
    setFirstVisibleLine(line);
    viewport()->update();
}

int TextView::rowCount() const
{
    return hasRowMap() ? int(m_rowToLine.size()) : lineCount();
}

int TextView::lineOfRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return hasRowMap() ? m_rowToLine[row] : row;
}

int TextView::rowOfLine(int line) const
{
    if (!hasRowMap())
        return line;
    return m_lineToRow.isEmpty() ? 0
                                 : m_lineToRow[std::clamp(line, 0, int(m_lineToRow.size()) - 1)];
}

int TextView::lineNearRow(int row) const
{
    row = std::clamp(row, 0, std::max(0, rowCount() - 1));
    for (int r = row; r < rowCount(); ++r) {
        if (lineOfRow(r) >= 0)
            return lineOfRow(r);
    }
    for (int r = row - 1; r >= 0; --r) {
        if (lineOfRow(r) >= 0)
            return lineOfRow(r);
    }
    return 0;
}

int TextView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

void TextView::setFirstVisibleRow(int row)
{
    verticalScrollBar()->setValue(row);
}

void TextView::setFrameRows(int first, int count, const QColor &colour)
{
    m_frameFirst = count > 0 ? first : -1;
    m_frameCount = count > 0 ? count : 0;
    m_frameColour = colour;
    viewport()->update();
}

void TextView::setWrapLines(bool wrap)
{
    if (wrap == m_wrap)
        return;
    m_wrap = wrap;
    m_rowSpans.clear();
    m_lastWrapColumns = wrapColumns();
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

int TextView::wrapColumns() const
{
    const int textWidth = viewport()->width() - gutterWidth() - kTextMargin;
    return std::max(8, int(textWidth / m_charWidth) - 1);
}

int TextView::visualLinesOf(int line) const
{
    if (!m_filing || line < 0 || line >= lineCount())
        return 1;
    const int columns = wrapColumns();
    return std::max(1, (layoutLine(line).width() + columns - 1) / columns);
}

void TextView::setMinimumContentColumns(qsizetype columns)
{
    m_minimumColumns = columns;
    updateScrollBars();
}

void TextView::setRowSpans(QList<int> spans)
{
    m_rowSpans = std::move(spans);
    updateScrollBars();
    viewport()->update();
}

int TextView::rowSpan(int row) const
{
    if (!m_wrap)
        return 1;
    if (row >= 0 && row < m_rowSpans.size())
        return std::max(1, m_rowSpans[row]);
    return visualLinesOf(lineOfRow(row));
}

int TextView::segmentsOf(const LineLayout &layout) const
{
    if (!m_wrap)
        return 1;
    const int columns = wrapColumns();
    return std::max(1, (layout.width() + columns - 1) / columns);
}

int TextView::yForRow(int row) const
{
    const int first = firstVisibleRow();
    const int limit = viewport()->height() + m_lineHeight;
    int y = 0;
    if (row >= first) {
        for (int r = first; r < row; ++r) {
            if (y > limit) // far below: the rest at one line each is near enough
                return y + (row - r) * m_lineHeight;
            y += rowSpan(r) * m_lineHeight;
        }
        return y;
    }
    for (int r = first - 1; r >= row; --r) {
        if (y < -limit)
            return y - (r - row + 1) * m_lineHeight;
        y -= rowSpan(r) * m_lineHeight;
    }
    return y;
}

int TextView::rowAtY(int y, int *rowTop) const
{
    int row = firstVisibleRow();
    int top = 0;
    while (row + 1 < rowCount() && top + rowSpan(row) * m_lineHeight <= y) {
        top += rowSpan(row) * m_lineHeight;
        ++row;
    }
    if (rowTop)
        *rowTop = top;
    return row;
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
    const int height = viewport()->height();
    if (!m_wrap)
        return std::max(1, height / m_lineHeight);
    int rows = 0;
    for (int r = firstVisibleRow(), y = 0; r < rowCount(); ++r, ++rows) {
        y += rowSpan(r) * m_lineHeight;
        if (y > height)
            break;
    }
    return std::max(1, rows);
}

int TextView::firstVisibleLine() const
{
    return hasRowMap() ? lineNearRow(firstVisibleRow()) : firstVisibleRow();
}

void TextView::setFirstVisibleLine(int line)
{
    setFirstVisibleRow(rowOfLine(line));
}

void TextView::setScrollPastEnd(bool on)
{
    m_scrollPastEnd = on;
    updateScrollBars();
}

int TextView::maxFirstRow() const
{
    // Wrapped rows vary in height: the last one may come to the top.
    if (m_wrap || m_scrollPastEnd)
        return std::max(0, rowCount() - 1);
    return std::max(0, rowCount() - visibleLineCount() + 1);
}

void TextView::updateScrollBars()
{
    const int visible =
        m_wrap ? std::max(1, viewport()->height() / m_lineHeight / 2) : visibleLineCount();
    verticalScrollBar()->setRange(0, maxFirstRow());
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const int textWidth = viewport()->width() - gutterWidth() - kTextMargin;
    const double contentWidth = double(contentColumns()) * m_charWidth + m_charWidth * 2;
    const int maximum = int(std::min(double(INT_MAX / 2), std::max(0.0, contentWidth - textWidth)));
    horizontalScrollBar()->setRange(0, m_wrap ? 0 : maximum);
    horizontalScrollBar()->setPageStep(std::max(1, textWidth));
    horizontalScrollBar()->setSingleStep(int(m_charWidth * 4));
}

void TextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_wrap && wrapColumns() != m_lastWrapColumns) {
        m_lastWrapColumns = wrapColumns();
        Q_EMIT wrapColumnsChanged();
    }
}

void TextView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        // Columns are cells of one width: a proportional font (a theme's "fixed" one, or
        // set from outside) would cut lines and misplace marks.
        if (!isFixedPitch(font())) {
            const QFont fixed = fixedPitchFont(font());
            if (isFixedPitch(fixed)) {
                setFont(fixed); // comes back here with the fixed one
                return QAbstractScrollArea::changeEvent(event);
            }
        }
        updateMetrics();
        updateScrollBars();
        if (m_wrap) {
            m_lastWrapColumns = wrapColumns();
            Q_EMIT wrapColumnsChanged();
        }
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

qsizetype TextView::offsetAt(const QPoint &pos) const
{
    if (!m_filing || lineCount() == 0)
        return 0;
    int rowTop = 0;
    const int row = rowAtY(std::max(0, pos.y()), &rowTop);
    const int line = lineOfRow(row);
    if (line < 0) // a filler: the start of the next line
        return lineStart(lineNearRow(row));
    const LineLayout layout = layoutLine(line);
    const double textX = gutterWidth() + kTextMargin - horizontalScrollBar()->value();
    double column = std::max(0.0, (pos.x() - textX) / m_charWidth);
    if (m_wrap) {
        const int segment =
            std::clamp((pos.y() - rowTop) / m_lineHeight, 0, segmentsOf(layout) - 1);
        column = std::min(column, double(wrapColumns())) + segment * wrapColumns();
    }
    return layout.start + layout.charAtColumn(column);
}

QPoint TextView::pointFor(qsizetype offset) const
{
    if (!m_filing || lineCount() == 0)
        return {};
    const int line = m_filing->lineAt(offset);
    const LineLayout layout = layoutLine(line);
    const double textX = gutterWidth() + kTextMargin - horizontalScrollBar()->value();
    int column = layout.columnOf(offset - layout.start);
    int y = yForRow(rowOfLine(line)) + m_lineHeight / 2;
    if (m_wrap) {
        const int segment = std::min(column / wrapColumns(), segmentsOf(layout) - 1);
        column -= segment * wrapColumns();
        y += segment * m_lineHeight;
    }
    return QPoint(int(textX + (column + 0.5) * m_charWidth), y);
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
    // Every extracted value here, and of the tagged values only the innermost (a number
    // inside a tagged note names the number).
    const TextMark *fact = nullptr;
    for (const TextMark &m : m_marks) {
        if (m.range.start > offset)
            break;
        if (!m.range.contains(offset))
            continue;
        if (m.kind != MarkKind::Fact)
            lines << m.label;
        else if (!fact || m.range.length <= fact->range.length)
            fact = &m;
    }
    if (fact)
        lines << fact->label;
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

void TextView::selectAll()
{
    if (!m_filing)
        return;
    m_anchor = 0;
    m_cursor = m_filing->text.size();
    viewport()->update();
    Q_EMIT selectionChanged();
}

QString TextView::selectionToFind() const
{
    const QString text = selectedText();
    return text.contains(u'\n') || text.size() >= 200 ? QString() : text;
}

QMenu *TextView::createContextMenu(const QPoint &viewportPos)
{
    auto *menu = new QMenu(this);
    QAction *copy = menu->addAction(tr("&Copy"), this, &TextView::copySelection);
    copy->setObjectName(u"copyAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selection().length > 0);
    QAction *all = menu->addAction(tr("Select &All"), this, &TextView::selectAll);
    all->setObjectName(u"selectAllAction"_s);
    all->setShortcut(QKeySequence::SelectAll);
    all->setEnabled(m_filing && !m_filing->text.isEmpty());
    menu->addSeparator();
    QAction *find = menu->addAction(tr("&Find Selection"), this, &TextView::findSelectionRequested);
    find->setObjectName(u"findSelectionAction"_s);
    find->setEnabled(!selectionToFind().trimmed().isEmpty());
    if (m_filing)
        Q_EMIT contextMenuAboutToShow(menu, offsetAt(viewportPos));
    return menu;
}

void TextView::contextMenuEvent(QContextMenuEvent *event)
{
    // A mouse's event comes through the viewport, in its coordinates; for the Menu key the
    // menu opens at the text cursor.
    const bool byMouse = event->reason() == QContextMenuEvent::Mouse;
    const QPoint at = byMouse ? event->pos() : pointFor(m_cursor);
    QMenu *menu = createContextMenu(at);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(byMouse ? event->globalPos() : viewport()->mapToGlobal(at));
}

void TextView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        m_zoomWheel = 0;
        return QAbstractScrollArea::wheelEvent(event);
    }
    // Ctrl+wheel zooms every text pane, a step per notch (touchpads send smaller deltas).
    m_zoomWheel += event->angleDelta().y();
    const int steps = m_zoomWheel / QWheelEvent::DefaultDeltasPerStep;
    m_zoomWheel -= steps * QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0)
        TextFont::instance()->zoomBy(steps);
    event->accept();
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
    const int row = rowOfLine(line);
    const int first = firstVisibleRow();
    const int visible = visibleLineCount();
    if (row < first || row >= first + visible)
        verticalScrollBar()->setValue(center ? row - visible / 3
                                             : (row < first ? row : row - visible + 1));
    if (m_wrap)
        return;
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
        verticalScrollBar()->setValue(firstVisibleRow() - 1);
    else if (pos.y() > viewport()->height())
        verticalScrollBar()->setValue(firstVisibleRow() + 1);
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
        selectAll();
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
        verticalScrollBar()->setValue(firstVisibleRow() - visibleLineCount());
        target = toLine(line - visibleLineCount());
        break;
    case Qt::Key_PageDown:
        verticalScrollBar()->setValue(firstVisibleRow() + visibleLineCount());
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

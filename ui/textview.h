// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"
#include "sectionstyle.h"
#include "textmarks.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>

#include <algorithm>

class QMenu;
class QPainter;

namespace fl {

// A read-only view of a filing's displayed text that paints only the visible lines from the
// filing's line index, as big-file log viewers do, so that a 100 MB submission opens and
// scrolls at once. Draws the parsed sections as background bands, page breaks as rules,
// extracted values as underlines, find matches, line numbers and a gutter strip per section.
// Lines longer than 64K characters (a file that is one long line) show tabs as one cell so
// that painting stays proportional to what is visible.
//
// For a side-by-side comparison the view can show *rows* instead of lines: a row map gives
// the line of each row, or -1 for a filler row (a gap facing the other side's insertion).
// Painting, hit-testing, scrolling and the cursor go through it; line numbers stay the file's
// own. Without a row map a row is a line and nothing per line is allocated. Long lines can
// wrap at the view's width; row spans (visual lines per row) set from outside keep two views'
// rows level when they wrap differently.
class TextView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TextView(QWidget *parent = nullptr);
    ~TextView() override;

    void setFiling(FilingPtr filing);
    FilingPtr filing() const { return m_filing; }
    void clear();

    void setMarks(QList<TextMark> marks);
    void setHighlights(QList<TextHighlight> highlights);
    const QList<TextHighlight> &highlights() const { return m_highlights; } // sorted
    // All matches of a search, sorted; `current` is drawn stronger (-1: none).
    void setFindMatches(QList<SourceRange> matches, int current);
    const QList<SourceRange> &findMatches() const { return m_findMatches; } // highlighted
    void setShowSections(bool show);
    // Lets the last line scroll up to the top, as a chosen document's first line must.
    void setScrollPastEnd(bool on);

    qsizetype cursorPosition() const { return m_cursor; }
    SourceRange selection() const;
    QString selectedText() const;
    // Selects the range and scrolls it into view; no cursorMovedByUser() for this.
    void select(SourceRange range);
    void selectAll();
    // The selection as a search for the find bar: one line, under 200 characters; else empty.
    QString selectionToFind() const;
    void setCursorPosition(qsizetype position);
    // Moves the cursor as the reader would (cursorMovedByUser() follows), with the line near
    // the top of the view: for jumping to a heading.
    void jumpTo(qsizetype position);

    int firstVisibleLine() const;
    void setFirstVisibleLine(int line);
    int visibleLineCount() const; // rows that fit in the view

    // Rows. `rowToLine` must list every line once, in order, with -1 for fillers; empty
    // clears the map (a row is a line again).
    void setRowMap(QList<int> rowToLine);
    bool hasRowMap() const { return !m_rowToLine.isEmpty(); }
    int rowCount() const;
    int lineOfRow(int row) const; // -1 for a filler
    int rowOfLine(int line) const;
    int firstVisibleRow() const;
    void setFirstVisibleRow(int row);
    // Top of a row in viewport coordinates; rows off screen get positions beyond the edges.
    int yForRow(int row) const;
    int rowHeight() const { return m_lineHeight; } // of one visual line
    // A frame around rows [first, first + count) (the current change); count 0: none.
    void setFrameRows(int first, int count, const QColor &colour);
    int frameFirstRow() const { return m_frameFirst; }
    int frameRowCount() const { return m_frameCount; }

    // Wrapping long lines at the width of the view, per column count (the font is fixed).
    void setWrapLines(bool wrap);
    bool wrapLines() const { return m_wrap; }
    int wrapColumns() const;
    int visualLinesOf(int line) const; // when wrapped at wrapColumns()
    // Visual lines per row (each at least the row's own need); empty: each row its own.
    void setRowSpans(QList<int> spans);
    int rowSpan(int row) const;
    // Columns the horizontal scroll bar allows for: at least the longest line's (two panes
    // given the same scroll sideways together to the end).
    qsizetype contentColumns() const { return std::max(m_maxLineLength, m_minimumColumns); }
    void setMinimumContentColumns(qsizetype columns);
    // Text offset under a point of the viewport.
    qsizetype offsetAt(const QPoint &viewportPos) const;
    // Centre of the character cell at an offset, in viewport coordinates (may lie outside the
    // viewport when the offset is not visible).
    QPoint pointFor(qsizetype offset) const;
    // Description of what is at an offset: the innermost section and the innermost value
    // marked there.
    QString describe(qsizetype offset) const;
    // The context menu for a point of the viewport: Copy, Select All, Find Selection, each
    // enabled when it applies, then whatever contextMenuAboutToShow() adds (Show in Fields).
    // The caller owns it.
    QMenu *createContextMenu(const QPoint &viewportPos);

Q_SIGNALS:
    void cursorMovedByUser(qsizetype position);
    void selectionChanged();
    void firstVisibleLineChanged(int line);
    void firstVisibleRowChanged(int row);
    // The wrap width changed (resized, font): row spans set from outside need updating.
    void wrapColumnsChanged();
    void painted();
    // Find Selection was chosen: the find bar should search for selectionToFind().
    void findSelectionRequested();
    // A context menu for the text at `offset` is being built: add actions to it.
    void contextMenuAboutToShow(QMenu *menu, qsizetype offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct LineLayout;
    struct PaintContext;
    LineLayout layoutLine(int line) const;
    void paintLine(QPainter &p, const PaintContext &c, int line, int y) const;
    void paintGutter(QPainter &p, const PaintContext &c, int row, int y, int height) const;
    int rowAtY(int y, int *rowTop) const;
    int lineNearRow(int row) const; // the row's line, or the nearest real line after (before)
    int segmentsOf(const LineLayout &layout) const;
    void updateMetrics();
    void updateScrollBars();
    void ensureVisible(qsizetype offset, bool center);
    void moveCursor(qsizetype position, bool keepAnchor, bool byUser);
    int lineCount() const;
    int maxFirstRow() const;
    qsizetype lineStart(int line) const;
    qsizetype lineEnd(int line) const; // before the line break
    int gutterWidth() const;
    void copySelection() const;

    FilingPtr m_filing;
    QList<TextMark> m_marks;
    QList<TextHighlight> m_highlights;
    QList<SourceRange> m_findMatches;
    int m_currentMatch = -1;
    bool m_showSections = true;
    SectionStyle m_style;

    QList<int> m_rowToLine;
    QList<int> m_lineToRow;
    QList<int> m_rowSpans;
    bool m_wrap = false;
    bool m_scrollPastEnd = false;
    int m_lastWrapColumns = 0;
    int m_frameFirst = -1;
    int m_frameCount = 0;
    QColor m_frameColour;

    qsizetype m_cursor = 0;
    qsizetype m_anchor = 0;
    bool m_selecting = false;
    qsizetype m_maxLineLength = 0;
    qsizetype m_minimumColumns = 0;
    double m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    int m_digits = 1;
    int m_zoomWheel = 0; // Ctrl+wheel angle not yet turned into a zoom step
};

} // namespace fl

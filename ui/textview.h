// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"
#include "sectionstyle.h"
#include "textmarks.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>

namespace fl {

// A read-only view of a filing's displayed text that paints only the visible lines from the
// filing's line index, as big-file log viewers do, so that a 100 MB submission opens and
// scrolls at once. Draws the parsed sections as background bands, page breaks as rules,
// extracted values as underlines, find matches, line numbers and a gutter strip per section.
// Lines longer than 64K characters (a file that is one long line) show tabs as one cell so
// that painting stays proportional to what is visible.
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
    // All matches of a search, sorted; `current` is drawn stronger (-1: none).
    void setFindMatches(QList<SourceRange> matches, int current);
    const QList<SourceRange> &findMatches() const { return m_findMatches; } // highlighted
    void setShowSections(bool show);

    qsizetype cursorPosition() const { return m_cursor; }
    SourceRange selection() const;
    QString selectedText() const;
    // Selects the range and scrolls it into view; no cursorMovedByUser() for this.
    void select(SourceRange range);
    void setCursorPosition(qsizetype position);
    // Moves the cursor as the reader would (cursorMovedByUser() follows), with the line near
    // the top of the view: for jumping to a heading.
    void jumpTo(qsizetype position);

    int firstVisibleLine() const;
    void setFirstVisibleLine(int line);
    int visibleLineCount() const;
    // Text offset under a point of the viewport.
    qsizetype offsetAt(const QPoint &viewportPos) const;
    // Centre of the character cell at an offset, in viewport coordinates (may lie outside the
    // viewport when the offset is not visible).
    QPoint pointFor(qsizetype offset) const;
    // Description of what is at an offset: innermost section and any value marked there.
    QString describe(qsizetype offset) const;

Q_SIGNALS:
    void cursorMovedByUser(qsizetype position);
    void selectionChanged();
    void firstVisibleLineChanged(int line);
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct LineLayout;
    LineLayout layoutLine(int line) const;
    void updateMetrics();
    void updateScrollBars();
    void ensureVisible(qsizetype offset, bool center);
    void moveCursor(qsizetype position, bool keepAnchor, bool byUser);
    int lineCount() const;
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

    qsizetype m_cursor = 0;
    qsizetype m_anchor = 0;
    bool m_selecting = false;
    qsizetype m_maxLineLength = 0;
    double m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    int m_digits = 1;
};

} // namespace fl

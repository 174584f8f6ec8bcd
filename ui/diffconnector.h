// SPDX-License-Identifier: MIT
#pragma once

#include "diffalignment.h"
#include "textdiff.h"

#include <QColor>
#include <QPainterPath>
#include <QWidget>

#include <functional>

namespace fl {

class TextView;

// Colours of a comparison, one per kind of change, and of the current change's frame.
namespace diffcolour {
QColor of(DiffOp op, bool moved, int alpha);
QColor currentFrame();
} // namespace diffcolour

// The strip between the two panes of a comparison, as Meld draws it: each change block
// visible is a band joining its lines on the left to its lines on the right, coloured by
// kind; a moved block is a curve in a colour of its own from its old place on the left to
// its new place on the right, drawn toward the edge when one end is off screen. The current
// change's band is drawn stronger and framed. Clicking a band makes that change current.
class DiffConnector : public QWidget
{
public:
    DiffConnector(TextView *left, TextView *right, QWidget *parent);

    void setDiff(const TextDiff *diff, const DiffAlignment *alignment);
    void setCurrentHunk(int hunk);
    int currentHunk() const { return m_current; }
    // The hunk whose band (or move curve: its left end) is at a point, or -1.
    int hunkAt(const QPointF &pos) const;
    // Bands and move curves on screen now, by hunk (a move under its left hunk).
    QList<int> visibleHunks() const;

    std::function<void(int hunk)> onHunkClicked;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Band
    {
        int hunk;
        bool moved;
        QPainterPath path;
    };
    QList<Band> bands() const;
    QPainterPath bandPath(double leftTop, double leftBottom, double rightTop,
                          double rightBottom) const;

    TextView *m_left;
    TextView *m_right;
    const TextDiff *m_diff = nullptr;
    const DiffAlignment *m_alignment = nullptr;
    int m_current = -1;
};

// The map beside the panes: where the changes are among all rows (left half: the left file's
// lines, right half: the right file's), and the rows on screen. Clicking scrolls there.
class DiffOverview : public QWidget
{
public:
    explicit DiffOverview(QWidget *parent);

    void setDiff(const TextDiff *diff, const DiffAlignment *alignment);
    void setVisibleRows(int first, int count);

    std::function<void(int row)> onJump;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    const TextDiff *m_diff = nullptr;
    const DiffAlignment *m_alignment = nullptr;
    int m_first = 0;
    int m_count = 0;
};

} // namespace fl

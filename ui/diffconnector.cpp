// SPDX-License-Identifier: MIT
#include "diffconnector.h"

#include "textview.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace fl {

namespace diffcolour {

QColor of(DiffOp op, bool moved, int alpha)
{
    QColor c;
    if (moved)
        c = QColor(0x8e, 0x24, 0xaa); // violet: neither deleted nor inserted
    else if (op == DiffOp::Delete)
        c = QColor(0xe5, 0x39, 0x35);
    else if (op == DiffOp::Insert)
        c = QColor(0x43, 0xa0, 0x47);
    else if (op == DiffOp::Replace)
        c = QColor(0x1e, 0x88, 0xe5);
    else
        c = QColor(0x9e, 0x9e, 0x9e);
    c.setAlpha(alpha);
    return c;
}

QColor currentFrame()
{
    return QColor(0xf5, 0x7c, 0x00);
}

} // namespace diffcolour

DiffConnector::DiffConnector(TextView *left, TextView *right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
{
    setObjectName(QStringLiteral("diffConnector"));
    setFixedWidth(44);
    setToolTip(tr("Bands join each change on the left to its counterpart on the right; a "
                  "violet curve joins the two places of a moved block. Click one to make it "
                  "the current change."));
}

void DiffConnector::setDiff(const TextDiff *diff, const DiffAlignment *alignment)
{
    m_diff = diff;
    m_alignment = alignment;
    m_current = -1;
    update();
}

void DiffConnector::setCurrentHunk(int hunk)
{
    m_current = hunk;
    update();
}

QPainterPath DiffConnector::bandPath(double leftTop, double leftBottom, double rightTop,
                                     double rightBottom) const
{
    const double w = width();
    QPainterPath path(QPointF(0, leftTop));
    path.cubicTo(w / 2, leftTop, w / 2, rightTop, w, rightTop);
    path.lineTo(w, rightBottom);
    path.cubicTo(w / 2, rightBottom, w / 2, leftBottom, 0, leftBottom);
    path.closeSubpath();
    return path;
}

QList<DiffConnector::Band> DiffConnector::bands() const
{
    QList<Band> result;
    if (!m_diff || !m_alignment || m_alignment->hunkFirstRow.size() != m_diff->hunks.size())
        return result;
    // Each pane's rows in this widget's coordinates.
    const double leftOffset = mapFromGlobal(m_left->viewport()->mapToGlobal(QPoint())).y();
    const double rightOffset = mapFromGlobal(m_right->viewport()->mapToGlobal(QPoint())).y();
    auto leftY = [&](int row) {
        return leftOffset + m_left->yForRow(row);
    };
    auto rightY = [&](int row) {
        return rightOffset + m_right->yForRow(row);
    };
    const double h = height();
    auto offScreen = [h](double a, double b, double c, double d) {
        return (std::max(a, b) < 0 && std::max(c, d) < 0)
            || (std::min(a, b) > h && std::min(c, d) > h);
    };

    // Plain changes: from the first hunk that can reach the top of either pane.
    const QList<int> &firstRows = m_alignment->hunkFirstRow;
    const int top = std::min(m_left->firstVisibleRow(), m_right->firstVisibleRow());
    auto it = std::upper_bound(firstRows.cbegin(), firstRows.cend(), top);
    for (int hunk = std::max(0, int(it - firstRows.cbegin()) - 1); hunk < firstRows.size();
         ++hunk) {
        const DiffHunk &d = m_diff->hunks[hunk];
        const int row = firstRows[hunk];
        const double lt = leftY(row);
        const double rt = rightY(row);
        if (lt > h && rt > h)
            break;
        if (!d.isChange() || d.move >= 0)
            continue;
        const double lb = leftY(row + d.leftCount);
        const double rb = rightY(row + d.rightCount);
        if (!offScreen(lt, lb, rt, rb))
            result.append({hunk, false, bandPath(lt, lb, rt, rb)});
    }
    // Moves: the left end's lines on the left pane to the right end's on the right one, each
    // end kept just beyond the edge when it is off screen so that the curve heads there.
    auto clampY = [h](double y) {
        return std::clamp(y, -6.0, h + 6);
    };
    for (const DiffMove &move : m_diff->moves) {
        if (move.leftHunk < 0 || move.rightHunk < 0 || move.leftHunk >= firstRows.size()
            || move.rightHunk >= firstRows.size())
            continue;
        const DiffHunk &from = m_diff->hunks[move.leftHunk];
        const DiffHunk &to = m_diff->hunks[move.rightHunk];
        const double lt = leftY(firstRows[move.leftHunk]);
        const double lb = leftY(firstRows[move.leftHunk] + std::max(1, from.leftCount));
        const double rt = rightY(firstRows[move.rightHunk]);
        const double rb = rightY(firstRows[move.rightHunk] + std::max(1, to.rightCount));
        if (offScreen(lt, lb, rt, rb))
            continue;
        result.append(
            {move.leftHunk, true, bandPath(clampY(lt), clampY(lb), clampY(rt), clampY(rb))});
    }
    return result;
}

QList<int> DiffConnector::visibleHunks() const
{
    QList<int> hunks;
    for (const Band &band : bands())
        hunks.append(band.hunk);
    return hunks;
}

int DiffConnector::hunkAt(const QPointF &pos) const
{
    for (const Band &band : bands()) {
        if (band.path.contains(pos))
            return band.hunk;
    }
    return -1;
}

void DiffConnector::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    for (const Band &band : bands()) {
        const DiffHunk &d = m_diff->hunks[band.hunk];
        const DiffMove *move =
            d.move >= 0 && d.move < m_diff->moves.size() ? &m_diff->moves[d.move] : nullptr;
        const bool current = band.hunk == m_current
            || (move && (move->leftHunk == m_current || move->rightHunk == m_current));
        const int alpha = current ? 170 : (dark ? 110 : 80);
        p.setBrush(diffcolour::of(d.op, band.moved, alpha));
        p.setPen(current ? QPen(diffcolour::currentFrame(), 2)
                         : QPen(diffcolour::of(d.op, band.moved, 220), band.moved ? 1.5 : 1));
        p.drawPath(band.path);
    }
}

void DiffConnector::mousePressEvent(QMouseEvent *event)
{
    const int hunk = hunkAt(event->position());
    if (hunk >= 0 && onHunkClicked)
        onHunkClicked(hunk);
}

DiffOverview::DiffOverview(QWidget *parent)
    : QWidget(parent)
{
    setFixedWidth(16);
    setToolTip(tr("Where the changes are: left half for the left file, right half for the "
                  "right one. Click to go there."));
    setCursor(Qt::PointingHandCursor);
}

void DiffOverview::setDiff(const TextDiff *diff, const DiffAlignment *alignment)
{
    m_diff = diff;
    m_alignment = alignment;
    update();
}

void DiffOverview::setVisibleRows(int first, int count)
{
    m_first = first;
    m_count = count;
    update();
}

void DiffOverview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::AlternateBase));
    if (!m_diff || !m_alignment || m_alignment->rowCount() == 0)
        return;
    const double h = height();
    const double rows = m_alignment->rowCount();
    const int half = width() / 2;
    for (int i = 0; i < m_diff->hunks.size() && i < m_alignment->hunkFirstRow.size(); ++i) {
        const DiffHunk &hunk = m_diff->hunks[i];
        if (!hunk.isChange())
            continue;
        const int row = m_alignment->hunkFirstRow[i];
        const bool moved = hunk.move >= 0;
        if (hunk.leftCount > 0)
            p.fillRect(
                QRectF(1, h * row / rows, half - 1, std::max(2.0, h * hunk.leftCount / rows)),
                diffcolour::of(moved ? hunk.op : DiffOp::Delete, moved, 255));
        if (hunk.rightCount > 0)
            p.fillRect(
                QRectF(half, h * row / rows, half - 1, std::max(2.0, h * hunk.rightCount / rows)),
                diffcolour::of(moved ? hunk.op : DiffOp::Insert, moved, 255));
    }
    QColor window = palette().color(QPalette::Text);
    window.setAlpha(60);
    p.fillRect(QRectF(0, h * m_first / rows, width(), std::max(3.0, h * m_count / rows)), window);
}

void DiffOverview::mousePressEvent(QMouseEvent *event)
{
    if (onJump && m_alignment)
        onJump(int(double(event->position().y()) / height() * m_alignment->rowCount()));
}

} // namespace fl

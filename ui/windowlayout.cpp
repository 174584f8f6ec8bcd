// SPDX-License-Identifier: MIT
#include "windowlayout.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace fl {

WindowLayout::WindowLayout(QMainWindow *window, QWidget *textPane)
    : QObject(window)
    , m_window(window)
    , m_textPane(textPane)
{
    window->installEventFilter(this);
}

int WindowLayout::wantedTextWidth() const
{
    const QFontMetrics fm = m_textPane->fontMetrics();
    // Columns, ten more for the line numbers and the section strip, and the scroll bar.
    const int scrollBar = m_textPane->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return fm.horizontalAdvance(u'M') * (kTextColumns + 10) + scrollBar;
}

int WindowLayout::defaultDockWidth(int windowWidth) const
{
    // The splitters between the docks and the text take their few pixels too.
    const int separator = m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent);
    const int share = (windowWidth - wantedTextWidth()) / 2 - 2 * separator;
    const int cap = std::min(kMaxDockWidth, windowWidth / 4);
    return std::clamp(share, std::min(kMinDockWidth, cap), cap);
}

QList<QDockWidget *> WindowLayout::sideDocks() const
{
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if (dock->parentWidget() == m_window && dock->isVisible() && !dock->isFloating()
            && (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
            docks.append(dock);
    }
    return docks;
}

void WindowLayout::applyDefaultDockWidths()
{
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    const QList<int> widths(docks.size(), defaultDockWidth(m_window->width()));
    m_window->resizeDocks(docks, widths, Qt::Horizontal);
}

void WindowLayout::shrinkDocksForText()
{
    m_shrinkQueued = false;
    QWidget *central = m_window->centralWidget();
    if (!central || central->width() >= wantedTextWidth())
        return;
    const QList<QDockWidget *> docks = sideDocks();
    const int target = defaultDockWidth(m_window->width());
    QList<QDockWidget *> wide;
    QList<int> widths;
    for (QDockWidget *dock : docks) {
        if (dock->width() > target) {
            wide.append(dock);
            widths.append(target);
        }
    }
    if (!wide.isEmpty())
        m_window->resizeDocks(wide, widths, Qt::Horizontal);
}

void WindowLayout::applyStartGeometry(const QByteArray &saved)
{
    QSize size = kDefaultSize;
    if (const QScreen *screen = m_window->screen())
        size = size.boundedTo(screen->availableGeometry().size());
    m_window->resize(size);
    if (!saved.isEmpty())
        m_window->restoreGeometry(saved);
    fitToScreen();
    m_sizeAtStart = m_window->size();
}

void WindowLayout::fitToScreen()
{
    const QScreen *screen = m_window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame a window manager adds is known once shown; until then only the size counts.
    const QSize frame = m_window->frameGeometry().size() - m_window->geometry().size();
    const QSize room = available.size() - frame;
    const QSize size = m_window->size().boundedTo(room);
    if (size != m_window->size())
        m_window->resize(size);
    QRect frameRect = m_window->frameGeometry();
    if (!available.contains(frameRect)) {
        frameRect.moveLeft(
            std::clamp(frameRect.left(), available.left(),
                       std::max(available.left(), available.right() - frameRect.width() + 1)));
        frameRect.moveTop(
            std::clamp(frameRect.top(), available.top(),
                       std::max(available.top(), available.bottom() - frameRect.height() + 1)));
        m_window->move(frameRect.topLeft());
    }
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::Show && !m_shown) {
        m_shown = true;
        // On its real screen now (the scale factor known): a size nobody chose since the
        // start must fit it.
        if (m_window->size() == m_sizeAtStart)
            fitToScreen();
    }
    if ((event->type() == QEvent::Resize || event->type() == QEvent::Show) && !m_shrinkQueued) {
        // Once the layout has given the central widget its new width.
        m_shrinkQueued = true;
        QTimer::singleShot(0, this, &WindowLayout::shrinkDocksForText);
    }
    return false;
}

void setTabOrderChain(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets[i - 1], widgets[i]);
}

namespace {

class SelectionKeeper : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *view = static_cast<QAbstractItemView *>(watched);
        if (event->type() != QEvent::FocusIn || m_inside || !view->selectionModel()
            || view->currentIndex().isValid())
            return false;
        // The view's own focus-in, with its selection model silent.
        m_inside = true;
        {
            const QSignalBlocker blocker(view->selectionModel());
            static_cast<QObject *>(view)->event(event);
        }
        m_inside = false;
        return true;
    }

private:
    bool m_inside = false;
};

} // namespace

void keepSelectionOnFocusIn(QAbstractItemView *view)
{
    view->installEventFilter(new SelectionKeeper(view));
}

} // namespace fl

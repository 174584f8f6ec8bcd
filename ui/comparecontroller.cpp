// SPDX-License-Identifier: MIT
#include "comparecontroller.h"

#include "compareview.h"
#include "exportflow.h"
#include "filingsession.h"
#include "nativepath.h"
#include "notice.h"
#include "textview.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace fl {

CompareController::CompareController(QMainWindow *window, QTabWidget *tabs, FilingSession *session,
                                     ExportFlow *exportFlow, TextView *fontSource)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_session(session)
    , m_export(exportFlow)
    , m_fontSource(fontSource)
    , m_next(new QAction(tr("Next C&hange"), window))
    , m_previous(new QAction(tr("Previous Chan&ge"), window))
{
    // On the window, so that they work with the focus in the filing list or a dock too.
    m_next->setShortcut(Qt::Key_F7);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_next->setStatusTip(tr("Go to the next change of the comparison shown"));
    m_previous->setStatusTip(tr("Go to the previous change of the comparison shown"));
    for (QAction *action : {m_next, m_previous}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_next, &QAction::triggered, this, [this] {
        if (CompareView *view = current())
            view->nextChange();
    });
    connect(m_previous, &QAction::triggered, this, [this] {
        if (CompareView *view = current())
            view->previousChange();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        Q_EMIT titleChanged();
    });
    updateActions();
}

CompareController::~CompareController() = default;

CompareView *CompareController::current() const
{
    return qobject_cast<CompareView *>(m_tabs->currentWidget());
}

int CompareController::openCount() const
{
    int count = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (qobject_cast<CompareView *>(m_tabs->widget(i)))
            ++count;
    }
    return count;
}

void CompareController::updateActions()
{
    const bool enabled = current() != nullptr;
    m_next->setEnabled(enabled);
    m_previous->setEnabled(enabled);
}

void CompareController::compare(const QString &leftPath, const QString &rightPath)
{
    m_session->whenLoaded(
        leftPath, this, [this, leftPath, rightPath](const FilingPtr &left, const QString &) {
            m_session->whenLoaded(
                rightPath, this,
                [this, left, leftPath, rightPath](const FilingPtr &right, const QString &) {
                    show(leftPath, left, rightPath, right);
                });
        });
}

void CompareController::show(const QString &leftPath, const FilingPtr &left,
                             const QString &rightPath, const FilingPtr &right)
{
    for (const auto &[path, filing] : {std::pair{leftPath, left}, std::pair{rightPath, right}}) {
        if (!filing || !filing->ok()) {
            showNotice(m_window, QMessageBox::Warning, tr("Compare Filings"),
                       tr("%1 could not be opened: %2")
                           .arg(displayFileName(path), m_session->reasonNotShown(path, filing)));
            return;
        }
    }
    if (openCount() == 0)
        rememberDocks();
    auto *view = new CompareView(m_tabs);
    view->leftView()->setFont(m_fontSource->font()); // the size zoomed to
    view->rightView()->setFont(m_fontSource->font());
    view->setFilings(left, right);
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setTabToolTip(index, leftPath + u"\n"_s + rightPath);
    m_tabs->setCurrentIndex(index);
    connect(view, &CompareView::titleChanged, this, [this, view](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(view), title);
        if (view == current())
            Q_EMIT titleChanged();
    });
    connect(view, &CompareView::exportRequested, m_export,
            [this, view] { m_export->exportComparison(view); });
    Q_EMIT compareOpened(view);
}

void CompareController::closeTab(int index)
{
    auto *view = qobject_cast<CompareView *>(m_tabs->widget(index));
    if (!view)
        return; // the filing's own tab stays
    m_tabs->removeTab(index);
    view->deleteLater();
    if (openCount() == 0)
        restoreDocks();
}

void CompareController::rememberDocks()
{
    m_docks.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            m_docks.append(
                {dock, int(m_window->dockWidgetArea(dock)), dock->isFloating(), dock->size()});
    }
}

void CompareController::restoreDocks()
{
    // The sizes only, and only for docks still where they were: a dock the user moved or
    // floated while comparing stays where it was put.
    QList<QDockWidget *> across;
    QList<int> widths;
    QList<QDockWidget *> down;
    QList<int> heights;
    for (const DockSize &saved : std::as_const(m_docks)) {
        QDockWidget *dock = saved.dock;
        if (!dock || !dock->isVisible() || dock->isFloating() || saved.floating
            || int(m_window->dockWidgetArea(dock)) != saved.area)
            continue;
        const auto area = Qt::DockWidgetArea(saved.area);
        if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea) {
            across.append(dock);
            widths.append(saved.size.width());
        } else {
            down.append(dock);
            heights.append(saved.size.height());
        }
    }
    if (!across.isEmpty())
        m_window->resizeDocks(across, widths, Qt::Horizontal);
    if (!down.isEmpty())
        m_window->resizeDocks(down, heights, Qt::Vertical);
    m_docks.clear();
}

} // namespace fl

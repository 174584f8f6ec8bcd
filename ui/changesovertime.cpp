// SPDX-License-Identifier: MIT
#include "changesovertime.h"

#include "compareview.h"
#include "filinglistmodel.h"
#include "mainwindow.h"
#include "notice.h"
#include "seriesview.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTabWidget>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

QStringList selectedPaths(const MainWindow *window)
{
    QStringList paths;
    for (const QModelIndex &index : window->browser()->selectionModel()->selectedRows())
        paths << index.data(FilingListModel::PathRole).toString();
    return paths;
}

// Scrolls a comparison just opened to the item (once its texts are compared).
void showItemWhenOpened(MainWindow *window, QObject *context, const QString &itemKey)
{
    const qsizetype slash = itemKey.indexOf(u'/');
    const QString part = slash < 0 ? QString() : itemKey.left(slash);
    const QString code = slash < 0 ? itemKey : itemKey.mid(slash + 1);
    QObject::connect(
        window, &MainWindow::compareOpened, context,
        [part, code](CompareView *view) { view->showItem(part, code); }, Qt::SingleShotConnection);
}

void showSeries(MainWindow *window, const QList<FilingPtr> &filings, int selected)
{
    QList<FilingSeries> series = SeriesView::comparableSeries(filings);
    if (series.isEmpty()) {
        showNotice(window, QMessageBox::Information, MainWindow::tr("Changes Over Time"),
                   MainWindow::tr("None of the %1 selected filings shares its company and form "
                                  "with another. Select two reports or more of one company and "
                                  "form (the same CIK, or the same registrant name when a filing "
                                  "has no SEC header).")
                       .arg(selected));
        return;
    }
    QTabWidget *tabs = window->tabs();
    auto *view = new SeriesView(tabs);
    view->setObjectName(u"changesOverTime"_s);
    view->setSeries(std::move(series));
    const int index = tabs->addTab(view, view->title());
    tabs->setCurrentIndex(index);
    QObject::connect(view, &SeriesView::titleChanged, tabs, [tabs, view](const QString &title) {
        tabs->setTabText(tabs->indexOf(view), title);
    });
    QObject::connect(
        view, &SeriesView::openComparison, window,
        [window, view](const FilingPtr &left, const FilingPtr &right, const QString &itemKey) {
            showItemWhenOpened(window, view, itemKey);
            window->compare(left->path, right->path);
        });
}

} // namespace

QAction *addChangesOverTimeAction(MainWindow *window, QMenu *menu)
{
    auto *action = new QAction(MainWindow::tr("Changes &Over Time"), window);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    action->setStatusTip(MainWindow::tr("Select two reports or more of one company and form in "
                                        "the browser: a heat map of how each item changed"));
    QItemSelectionModel *selection = window->browser()->selectionModel();
    auto update = [action, selection] {
        action->setEnabled(selection->selectedRows().size() >= 2);
    };
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, action, update);
    QObject::connect(selection->model(), &QAbstractItemModel::modelReset, action, update);
    update();
    QObject::connect(action, &QAction::triggered, window,
                     [window] { openChangesOverTime(window, selectedPaths(window)); });
    menu->addAction(action);
    return action;
}

void openChangesOverTime(MainWindow *window, const QStringList &paths)
{
    // Each filing as it comes (at once when in memory); the view once all have come.
    struct Pending
    {
        QList<FilingPtr> filings;
        qsizetype waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->filings.resize(paths.size());
    pending->waiting = paths.size();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        window->session()->whenLoaded(
            paths[i], window, [window, pending, i](const FilingPtr &filing, const QString &) {
                pending->filings[i] = filing;
                if (--pending->waiting == 0) {
                    const int selected = int(pending->filings.size());
                    pending->filings.removeAll(nullptr);
                    showSeries(window, pending->filings, selected);
                }
            });
    }
}

} // namespace fl

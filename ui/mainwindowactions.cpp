// SPDX-License-Identifier: MIT
// The main window's actions: its menus, tool bar and shortcuts, and the navigation between
// filings, items and changes (the rest of MainWindow is in mainwindow.cpp).
#include "mainwindow.h"

#include "aboutinfo.h"
#include "actionstate.h"
#include "browserpanel.h"
#include "changesovertime.h"
#include "comparecontroller.h"
#include "compareview.h"
#include "edgarflow.h"
#include "exportflow.h"
#include "factmodel.h"
#include "factpanel.h"
#include "fieldpanel.h"
#include "fieldtreemodel.h"
#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingparser.h"
#include "filingview.h"
#include "findbar.h"
#include "nativepath.h"
#include "notice.h"
#include "qtnames.h"
#include "recentmenu.h"
#include "textfont.h"
#include "textview.h"
#include "theme.h"
#include "windowlayout.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut,
                    const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, parent);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    QStyle *s = style();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = makeAction(this, tr("&Open…"), QKeySequence::Open,
                              s->standardIcon(QStyle::SP_DialogOpenButton));
    m_openAction->setStatusTip(tr("Open filings"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_openFolderAction =
        makeAction(this, tr("Open &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                   s->standardIcon(QStyle::SP_DirOpenIcon));
    m_openFolderAction->setStatusTip(tr("Open every filing in a folder and its subfolders"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openFolderDialog);
    m_recentMenu = new RecentMenu(m_session, this);
    connect(m_recentMenu, &RecentMenu::openRequested, this,
            [this](const QString &path) { openPaths({path}); });
    m_closeAction = makeAction(this, tr("&Close"), QKeySequence::Close,
                               s->standardIcon(QStyle::SP_DialogCloseButton));
    m_closeAction->setStatusTip(tr("Close the selected filings, or the comparison shown"));
    // Ctrl+W everywhere and first (the one tool tips name), whatever the platform's Close is.
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    closeKeys.removeAll(QKeySequence(Qt::CTRL | Qt::Key_W));
    closeKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setShortcuts(closeKeys);
    // On a comparison's tab, Close closes the comparison; elsewhere the selected filings.
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (currentCompareView())
            closeTab(m_tabs->currentIndex());
        else
            closeSelected();
    });
    // The filing on screen read again from the disk, as it is now.
    auto *reload = makeAction(this, tr("&Reload"), QKeySequence::Refresh,
                              s->standardIcon(QStyle::SP_BrowserReload));
    reload->setObjectName(u"reloadAction"_s);
    reload->setStatusTip(tr("Read the filing shown again from the disk"));
    connect(reload, &QAction::triggered, this, [this] { m_session->reload(m_currentPath); });
    QAction *quit = makeAction(this, tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(m_openAction);
    file->addAction(m_openFolderAction);
    auto *edgar = new EdgarFlow(this, [this](const QStringList &paths) { openPaths(paths); });
    file->addAction(edgar->openAction());
    file->addAction(edgar->libraryAction());
    file->addMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(reload);
    file->addSeparator();
    m_exportAction = makeAction(this, tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                s->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportAction->setStatusTip(tr("Save what was extracted from filings as CSV"));
    // On a comparison's tab, the comparison's field table.
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (CompareView *comparison = currentCompareView())
            m_export->exportComparison(comparison);
        else
            m_export->showDialog(selectedPaths(), m_currentPath);
    });
    file->addAction(m_exportAction);
    QAction *xlsx = m_export->createXlsxAction([this] { return selectedPaths(); },
                                               [this] { return m_currentPath; });
    file->addAction(xlsx);
    file->addSeparator();
    file->addAction(edgar->settingsAction());
    file->addSeparator();
    file->addAction(quit);
    m_actionState = new ActionState(m_session, m_filingProxy, m_browser->selectionModel(), m_tabs,
                                    m_view, this);
    m_actionState->add(xlsx, ActionState::Need::ExportFilings);
    m_actionState->add(reload, ActionState::Need::OpenFilings);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyAction = makeAction(this, tr("&Copy"), QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &MainWindow::copy);
    // Ctrl+C in the field tree copies the value; the text view copies its selection itself.
    m_fields->tree()->addAction(copyAction);
    m_browser->addAction(copyAction);
    m_findAction = makeAction(
        this, tr("&Find…"), QKeySequence::Find,
        QIcon::fromTheme(u"edit-find"_s, s->standardIcon(QStyle::SP_FileDialogContentsView)));
    connect(m_findAction, &QAction::triggered, this, [this] { findInShownTab(0); });
    m_findNextAction = makeAction(this, tr("Find &Next"), QKeySequence::FindNext);
    connect(m_findNextAction, &QAction::triggered, this, [this] { findInShownTab(+1); });
    m_findPreviousAction = makeAction(this, tr("Find Pre&vious"), QKeySequence::FindPrevious);
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { findInShownTab(-1); });
    edit->addAction(copyAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);

    createNavigationActions();
}

void MainWindow::createNavigationActions()
{
    QStyle *s = style();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    m_sectionsAction =
        makeAction(this, tr("&Highlight Sections"), QKeySequence(Qt::CTRL | Qt::Key_H));
    m_sectionsAction->setCheckable(true);
    m_sectionsAction->setChecked(true);
    m_sectionsAction->setChecked(QSettings().value(u"view/highlightSections"_s, true).toBool());
    m_view->setShowSections(m_sectionsAction->isChecked());
    connect(m_sectionsAction, &QAction::toggled, m_view, &FilingView::setShowSections);
    view->addAction(m_sectionsAction);
    addTextFontActions(this, view); // Font…, Zoom In / Out, Reset Zoom
    view->addSeparator();
    m_resetLayoutAction = makeAction(this, tr("&Reset Layout"), {});
    m_resetLayoutAction->setStatusTip(tr("Put the docks and the toolbar back where they start"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    view->addAction(m_resetLayoutAction);
    addThemeMenu(view, this);
    addChangesOverTimeAction(this, view);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_nextAction = makeAction(this, tr("&Next Filing"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                              s->standardIcon(QStyle::SP_ArrowDown));
    connect(m_nextAction, &QAction::triggered, this, [this] { stepFiling(1); });
    m_previousAction =
        makeAction(this, tr("&Previous Filing"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                   s->standardIcon(QStyle::SP_ArrowUp));
    connect(m_previousAction, &QAction::triggered, this, [this] { stepFiling(-1); });
    go->addAction(m_nextAction);
    go->addAction(m_previousAction);
    go->addSeparator();
    // Ctrl+Up / Ctrl+Down while reading (the text or the outline has the focus): the browser
    // and the field tree keep theirs, moving their current row.
    m_nextItemAction = makeAction(this, tr("Next &Item"), QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_nextItemAction->setStatusTip(tr("Move the cursor to the next item heading"));
    connect(m_nextItemAction, &QAction::triggered, this, [this] { m_view->stepItem(+1); });
    m_previousItemAction =
        makeAction(this, tr("Previous I&tem"), QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_previousItemAction->setStatusTip(
        tr("Move the cursor to the heading of this item, or of the one before"));
    connect(m_previousItemAction, &QAction::triggered, this, [this] { m_view->stepItem(-1); });
    for (QAction *action : {m_nextItemAction, m_previousItemAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        go->addAction(action);
    }
    connect(m_view, &FilingView::filingChanged, this, &MainWindow::updateItemActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateItemActions);
    updateItemActions();
    go->addSeparator();
    m_compareAction =
        makeAction(this, tr("&Compare Selected Filings"), QKeySequence(Qt::CTRL | Qt::Key_D),
                   s->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_compareAction->setStatusTip(tr("Compare the two filings selected in the browser, or drag "
                                     "a filing from the browser onto the text"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareSelected);
    go->addAction(m_compareAction);
    go->addSeparator();
    go->addAction(m_compare->nextChangeAction());
    go->addAction(m_compare->previousChangeAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = makeAction(this, tr("&About FilingLens"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = makeAction(this, tr("About &Qt"), {});
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    help->addAction(about);
    help->addAction(aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_openFolderAction);
    toolbar->addSeparator();
    toolbar->addAction(m_previousAction);
    toolbar->addAction(m_nextAction);
    toolbar->addSeparator();
    toolbar->addAction(m_findAction);
    toolbar->addAction(m_compareAction);
    toolbar->addAction(m_closeAction);
    for (QAction *action : toolbar->actions())
        action->setToolTip(toolTipWithShortcut(action));
    using Need = ActionState::Need;
    for (const auto &[action, need] : {std::pair{m_closeAction, Need::OpenFilings},
                                       {m_exportAction, Need::Export},
                                       {m_findAction, Need::ShownText},
                                       {m_findNextAction, Need::ShownText},
                                       {m_findPreviousAction, Need::ShownText},
                                       {m_compareAction, Need::TwoSelected},
                                       {m_nextAction, Need::ListedFilings},
                                       {m_previousAction, Need::ListedFilings}})
        m_actionState->add(action, need);
}

} // namespace fl

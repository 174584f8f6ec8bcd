// SPDX-License-Identifier: MIT
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
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace fl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_view(new FilingView(this))
    , m_session(new FilingSession(this))
    , m_filings(new FilingListModel(m_session, this))
    , m_filingProxy(new FilingFilterProxy(this))
    , m_fields(new FieldPanel(this))
    , m_export(new ExportFlow(m_session, this))
    , m_compare(new CompareController(this, m_tabs, m_session, m_export, m_view->textView()))
    , m_layout(new WindowLayout(this, m_view->textView()))
{
    setWindowTitle(u"FilingLens"_s);
    setWindowIcon(QIcon(u":/icons/filinglens.png"_s));
    setAcceptDrops(true);
    // The filing on the first tab; comparisons open in tabs of their own.
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_view, tr("Filing"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_compare, &CompareController::compareOpened, this, &MainWindow::compareOpened);
    connect(m_compare, &CompareController::titleChanged, this, &MainWindow::updateWindowTitle);
    setCentralWidget(m_tabs);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_filingProxy->setSourceModel(m_filings);

    createDocks();
    createActions();
    createStatusBar();

    connect(m_session, &FilingSession::listed, this, &MainWindow::onListed);
    connect(m_session, &FilingSession::filingReady, this, &MainWindow::onFilingReady);
    connect(m_session, &FilingSession::progress, this, &MainWindow::onProgress);
    connect(m_session, &FilingSession::finished, this, &MainWindow::onFinished);
    // A big file: the loading page, its preview, Cancel and Open Again (ui/panepages.h).
    connect(m_session, &FilingSession::previewReady, m_view, &FilingView::showPreview);
    connect(m_session, &FilingSession::loadProgress, m_view, &FilingView::setLoadingProgress);
    connect(m_view, &FilingView::cancelLoadingRequested, m_session, &FilingSession::cancelOpening);
    connect(m_view, &FilingView::reopenRequested, this, [this](const QString &path) {
        openPaths({path});
        m_view->showLoading(path);
    });
    connect(m_export, &ExportFlow::finished, this, &MainWindow::exportFinished);
    connect(m_export, &ExportFlow::busyChanged, m_actionState, &ActionState::refresh);
    connect(m_session, &FilingSession::textSearchDone, this, [this](const QSet<QString> &matches) {
        {
            const QSignalBlocker blocker(m_browser->selectionModel()); // see applyBrowserFilter
            m_filingProxy->setTextMatches(matches);
        }
        if (m_browserPanel->keepCurrent(m_currentPath))
            highlightTextHit();
        updateCounts();
        statusBar()->showMessage(tr("%n filing(s) contain \"%1\"", nullptr, int(matches.size()))
                                     .arg(m_browserFilter->text()),
                                 5000);
    });
    connect(m_view->textView(), &TextView::cursorMovedByUser, m_fields, &FieldPanel::followText);
    connect(m_view->textView(), &TextView::contextMenuAboutToShow, m_fields,
            &FieldPanel::addShowInFieldsAction);

    // Left to right across the window, top to bottom within each part.
    setTabOrderChain({m_browserFilter, m_browserScope, m_browser, m_tabs->tabBar(),
                      m_view->documentSwitcher(), m_view->outline(), m_view->textView(),
                      m_fields->filter(), m_fields->tree()});
    m_layout->applyStartGeometry({}); // the default size, within the screen
    resetLayout();
    readSettings();
}

MainWindow::~MainWindow()
{
    // The session goes first among the children (it was made before the model over it): no
    // view may reach the model once it is gone.
    m_session->disconnect(this);
    m_filingProxy->setSourceModel(nullptr);
}

QStringList MainWindow::recentFiles() const
{
    return m_session->recentFiles();
}

void MainWindow::createDocks()
{
    // The filing browser.
    m_browserPanel = new BrowserPanel(m_filingProxy, this);
    m_browser = m_browserPanel->tree();
    m_browserFilter = m_browserPanel->filter();
    m_browserScope = m_browserPanel->scope();
    auto *browserDock = new QDockWidget(tr("Filings"), this);
    browserDock->setObjectName(u"filingsDock"_s);
    browserDock->setWidget(m_browserPanel);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);
    connect(m_browserPanel, &BrowserPanel::filterChanged, this, &MainWindow::applyBrowserFilter);
    connect(m_browser->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current); });
    connect(m_browser, &QTreeView::activated, this, [this](const QModelIndex &index) {
        showRow(index);
        m_view->textView()->setFocus();
    });

    // The field tree.
    auto *fieldDock = new QDockWidget(tr("Fields"), this);
    fieldDock->setObjectName(u"fieldsDock"_s);
    fieldDock->setWidget(m_fields);
    addDockWidget(Qt::RightDockWidgetArea, fieldDock);
    connect(m_fields, &FieldPanel::rangeActivated, m_view->textView(), &TextView::select);
    m_facts = FactPanel::addDock(this, m_view);
}

void MainWindow::createStatusBar()
{
    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(u"filingCounts"_s);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &MainWindow::showProgress);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening the remaining files"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_session, &FilingSession::cancel);
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->showMessage(tr("Drop filings or folders onto the window, or use File ▸ Open."));
}

void MainWindow::updateCounts()
{
    const int total = m_filings->rowCount();
    const int shown = m_filingProxy->rowCount();
    m_statusCounts->setText(shown == total ? tr("%n filing(s)", nullptr, total)
                                           : tr("%1 of %n filing(s)", nullptr, total).arg(shown));
}

void MainWindow::readSettings()
{
    QSettings settings;
    m_layout->applyStartGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"view/highlightSections"_s, m_sectionsAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    m_session->cancelAll();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPathsOf(*event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // From the raw uri-list: urls() would lose the bytes of a name that is not UTF-8.
    const QStringList paths = localPathsOf(*event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // A filing dragged from the browser onto the text of another: compare the two.
    const bool fromBrowser = event->mimeData()->hasFormat(FilingListModel::kDragFormat);
    const QPoint onView = m_view->mapFrom(this, event->position().toPoint());
    if (fromBrowser && paths.size() == 1 && !m_currentPath.isEmpty()
        && m_tabs->currentWidget() == m_view && m_view->rect().contains(onView)
        && paths.first() != m_currentPath) {
        compare(m_currentPath, paths.first());
        return;
    }
    openPaths(paths);
}

CompareView *MainWindow::currentCompareView() const
{
    return qobject_cast<CompareView *>(m_tabs->currentWidget());
}

QStringList MainWindow::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_browser->selectionModel()->selectedRows())
        paths << index.data(FilingListModel::PathRole).toString();
    return paths;
}

void MainWindow::compareSelected()
{
    QStringList paths = selectedPaths();
    if (paths.size() != 2) {
        showNotice(this, QMessageBox::Information, tr("Compare Filings"),
                   tr("Select two filings in the browser to compare them (hold "
                      "Ctrl and click the second), or drag one filing from the "
                      "browser onto the text of another."));
        return;
    }
    // The older one on the left, when both dates are known.
    const int a = m_filings->rowOfPath(paths[0]);
    const int b = m_filings->rowOfPath(paths[1]);
    const QString dateA = m_filings->index(a, FilingListModel::DateColumn).data().toString();
    const QString dateB = m_filings->index(b, FilingListModel::DateColumn).data().toString();
    if (!dateA.isEmpty() && !dateB.isEmpty() && dateB < dateA)
        paths.swapItemsAt(0, 1);
    compare(paths[0], paths[1]);
}

void MainWindow::exportCsv(const QStringList &paths, const QString &output,
                           const CsvExportOptions &options)
{
    m_export->exportCsv(paths, output, options);
}

void MainWindow::compare(const QString &leftPath, const QString &rightPath)
{
    m_compare->compare(leftPath, rightPath);
}

QAction *MainWindow::nextChangeAction() const
{
    return m_compare->nextChangeAction();
}

QAction *MainWindow::previousChangeAction() const
{
    return m_compare->previousChangeAction();
}

void MainWindow::findInShownTab(int direction)
{
    // The comparison's panes (whichever had the focus) or the filing's text.
    CompareView *comparison = currentCompareView();
    FindBar *bar = comparison ? comparison->findBar() : m_view->findBar();
    if (direction == 0 || !bar->isVisible()) {
        if (comparison)
            comparison->showFind();
        else
            m_view->showFind();
    } else if (direction > 0) {
        bar->findNext();
    } else {
        bar->findPrevious();
    }
}

void MainWindow::updateWindowTitle()
{
    // Qt's convention: the document, a dash, the application.
    if (CompareView *comparison = currentCompareView())
        setWindowTitle(comparison->title() + u" \u2014 FilingLens"_s);
    else if (!m_currentPath.isEmpty())
        setWindowTitle(displayFileName(m_currentPath) + u" \u2014 FilingLens"_s);
    else
        setWindowTitle(u"FilingLens"_s);
}

void MainWindow::resetLayout()
{
    // Browser on the left, fields on the right, both shown and docked, at widths that leave
    // the text most of a narrow window.
    const auto docks = findChildren<QDockWidget *>();
    QList<int> widths;
    for (QDockWidget *dock : docks) {
        const bool left = dock->objectName() == u"filingsDock"_s;
        dock->setFloating(false);
        addDockWidget(left ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, dock);
        dock->show();
        widths.append(m_layout->defaultDockWidth(width()));
    }
    for (QToolBar *toolbar : findChildren<QToolBar *>()) {
        if (toolbar->parentWidget() != this)
            continue; // a comparison's own
        addToolBar(Qt::TopToolBarArea, toolbar);
        toolbar->show();
    }
    resizeDocks(docks, widths, Qt::Horizontal);
}

void MainWindow::openDialog()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Filings"), settings.value(u"lastDirectory"_s).toString(),
        tr("Filings (%1);;All files (*)").arg(filingNameFilters().join(u' ')));
    if (paths.isEmpty())
        return;
    settings.setValue(u"lastDirectory"_s, QFileInfo(paths.first()).absolutePath());
    // The dialog spells a name that is not UTF-8 with U+FFFD: found again by its bytes.
    QStringList found;
    QStringList errors;
    for (const QString &path : paths) {
        QString error;
        if (const QString native = recoverQtPath(path, &error); !native.isEmpty())
            found << native;
        else
            errors << error;
    }
    if (!errors.isEmpty())
        showNotice(this, QMessageBox::Warning, tr("Open Filings"), errors.join(u'\n'));
    openPaths(found);
}

void MainWindow::openFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Folder of Filings"), settings.value(u"lastDirectory"_s).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(u"lastDirectory"_s, folder);
    QString error;
    const QString native = recoverQtPath(folder, &error);
    if (native.isEmpty()) {
        showNotice(this, QMessageBox::Warning, tr("Open Folder of Filings"), error);
        return;
    }
    openPaths({native});
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // A file already open is focused, not opened again.
    const QStringList alreadyOpen = m_session->open(paths);
    if (paths.size() == 1 && alreadyOpen.size() == 1)
        selectPath(alreadyOpen.first());
    if (alreadyOpen.size() < paths.size())
        statusBar()->showMessage(tr("Opening…"));
}

void MainWindow::onListed(const QStringList &files)
{
    if (files.isEmpty()) {
        statusBar()->showMessage(
            tr("No filings (%1) found there.").arg(filingNameFilters().join(u", "_s)), 5000);
        return;
    }
    // The first file of the request comes forward as soon as it is ready: now, if it was. A
    // file opened alone comes forward at once, on its loading page.
    if (files.size() == 1 || m_session->stateOf(files.first()) != FilingSession::State::Queued)
        selectPath(files.first());
    if (files.size() > 1) {
        m_progressDone = 0;
        m_progressTotal = int(files.size());
        showProgress();
        m_progress->show();
        m_cancel->show();
    }
}

void MainWindow::onFilingReady(const QString &path, const FilingPtr &filing,
                               FilingSession::Delivery delivery)
{
    if (delivery == FilingSession::Delivery::ReadAgain) {
        if (path == m_currentPath)
            display(path, filing);
        return;
    }
    if (delivery == FilingSession::Delivery::Reloaded) {
        // Deleted or no longer a filing: the error page and the browser row say why.
        if (path == m_currentPath)
            display(path, filing);
        const QString name = QFileInfo(path).fileName();
        statusBar()->showMessage(
            filing->ok() ? tr("Reloaded %1").arg(name)
                         : tr("Could not reload %1: %2").arg(name, filing->errorMessage),
            8000);
        updateCounts();
        return;
    }
    if (!filing->ok())
        statusBar()->showMessage(
            tr("Could not open %1: %2").arg(displayFileName(path), filing->errorMessage), 8000);
    if (delivery == FilingSession::Delivery::OpenedFirst)
        selectPath(path);
    else if (path == m_currentPath)
        display(path, filing);
    updateCounts();
}

void MainWindow::onProgress(int done, int total)
{
    // At most ten updates a second: QProgressBar repaints at once on every new "%v", and a
    // folder of 100,000 small files spent half the GUI thread's time painting it.
    m_progressDone = done;
    m_progressTotal = total;
    if (m_progressTimer->isActive())
        return;
    showProgress();
    m_progressTimer->start();
}

void MainWindow::showProgress()
{
    m_progress->setRange(0, m_progressTotal);
    m_progress->setValue(m_progressDone);
}

void MainWindow::onFinished(const QStringList &files, bool cancelled)
{
    if (!m_session->isLoading()) {
        m_progress->hide();
        m_cancel->hide();
    }
    if (cancelled) {
        if (m_session->stateOf(m_currentPath) == FilingSession::State::Cancelled)
            m_view->showCancelled(m_currentPath);
        statusBar()->showMessage(tr("Opening cancelled."), 5000);
        return;
    }
    int failed = 0;
    for (const QString &path : files) {
        if (m_session->stateOf(path) == FilingSession::State::Failed)
            ++failed;
    }
    const int stillOpen = int(files.size()); // the session drops the ones closed meanwhile
    if (stillOpen > 1 || failed > 0) {
        statusBar()->showMessage(failed ? tr("Opened %1 of %n filing(s); %2 could not be read "
                                             "(see the Status column).",
                                             nullptr, stillOpen)
                                              .arg(stillOpen - failed)
                                              .arg(failed)
                                        : tr("Opened %n filing(s).", nullptr, stillOpen),
                                 8000);
    } else if (!files.isEmpty()) {
        statusBar()->clearMessage(); // an empty folder keeps its message
    }
    updateCounts();
}

void MainWindow::selectPath(const QString &path)
{
    const int row = m_filings->rowOfPath(path);
    if (row < 0)
        return;
    QModelIndex index = m_filingProxy->mapFromSource(m_filings->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filter: show it anyway, the user asked for it.
        m_browserFilter->clear();
        applyBrowserFilter();
        index = m_filingProxy->mapFromSource(m_filings->index(row, 0));
    }
    const bool alreadyCurrent = m_browser->currentIndex() == index;
    m_browser->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_browser->scrollTo(index);
    if (alreadyCurrent)
        showRow(index); // otherwise the change of current row shows it
}

void MainWindow::showRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int row = m_filingProxy->mapToSource(proxyIndex).row();
    const QString path = m_filings->pathAt(row);
    // Marks it as used and keeps it in memory; reads it again if it was dropped.
    const FilingPtr filing = m_session->acquire(path);
    // Enter or a double click on the filing on screen keeps where the reader is.
    if (path == m_currentPath && filing && m_view->filing() == filing)
        return;
    m_currentPath = path;
    switch (m_filings->stateAt(row)) {
    case FilingListModel::State::Queued:
        m_fields->setFiling(nullptr);
        m_view->setMessage({});
        m_view->showLoading(path);
        m_view->showPreview(path, m_session->previewOf(path));
        updateWindowTitle();
        return;
    case FilingListModel::State::Cancelled:
        m_fields->setFiling(nullptr);
        m_view->setMessage({});
        m_view->showCancelled(path);
        updateWindowTitle();
        return;
    case FilingListModel::State::Failed:
        display(path, filing);
        return;
    case FilingListModel::State::Loaded:
        if (filing) {
            display(path, filing);
        } else {
            // Dropped from memory to make room for others: acquire() reads it again.
            m_view->setFiling(nullptr);
            m_fields->setFiling(nullptr);
            m_view->setMessage(tr("Reading %1 again…").arg(displayFileName(path)));
        }
        return;
    }
}

void MainWindow::display(const QString &path, const FilingPtr &filing)
{
    if (path != m_currentPath)
        return;
    const QString name = displayFileName(path);
    updateWindowTitle();
    if (!filing || !filing->ok()) {
        m_view->setFiling(nullptr);
        m_fields->setFiling(nullptr);
        m_view->setMessage({});
        m_view->showError(name, m_session->reasonNotShown(path, filing));
        Q_EMIT filingShown(path);
        return;
    }
    m_view->setMessage({});
    m_view->setFiling(filing);
    highlightTextHit();
    const quint64 generation = ++m_fieldsGeneration;
    if (filing->text.size() < kFieldsOffThreadChars) {
        showFields(path, filing, prepareFields(filing));
        return;
    }
    // The text is on screen; the tree and its marks follow from a worker thread, so that the
    // GUI thread never holds the swap from a big file's preview for more than a few ms.
    m_fields->setFiling(nullptr);
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, generation, path, filing] {
        PreparedFields fields = prepareFields(filing);
        QMetaObject::invokeMethod(
            self,
            [self, generation, path, filing, fields = std::move(fields)] {
                // Another filing shown meanwhile: this tree is not wanted.
                if (self && generation == self->m_fieldsGeneration
                    && self->m_view->filing() == filing)
                    self->showFields(path, filing, fields);
            },
            Qt::QueuedConnection);
    });
}

MainWindow::PreparedFields MainWindow::prepareFields(const FilingPtr &filing)
{
    PreparedFields fields;
    fields.content = FieldTreeContent::build(filing);
    fields.marks = fields.content->marks() + factMarks(*filing);
    return fields;
}

void MainWindow::showFields(const QString &path, const FilingPtr &filing,
                            const PreparedFields &fields)
{
    m_fields->setContent(fields.content);
    m_view->textView()->setMarks(fields.marks);
    statusBar()->showMessage(tr("%1: %2, %n line(s)", nullptr, filing->lineCount())
                                 .arg(displayFileName(path), filing->registrantName()),
                             5000);
    Q_EMIT filingShown(path);
}

void MainWindow::applyBrowserFilter()
{
    m_browserPanel->cancelPendingFilter();
    const auto scope = FilingFilterProxy::Scope(m_browserScope->currentData().toInt());
    const QString query = m_browserFilter->text();
    {
        // Rows leaving move the current row, which would show another filing: the filing on
        // screen stays while it matches, else the first match is shown, selected.
        const QSignalBlocker blocker(m_browser->selectionModel());
        m_filingProxy->setFilter(query, scope);
    }
    m_browserPanel->keepCurrent(m_currentPath);
    updateCounts();
    if (scope == FilingFilterProxy::Scope::Text && !query.trimmed().isEmpty()) {
        const int searched = m_session->searchText(query.trimmed());
        statusBar()->showMessage(tr("Searching the text of %n filing(s)…", nullptr, searched));
    }
}

void MainWindow::highlightTextHit()
{
    if (m_filingProxy->isTextMatch(m_currentPath))
        m_view->findText(m_filingProxy->query());
}

void MainWindow::copy()
{
    QWidget *focus = QApplication::focusWidget();
    if (m_fields->tree()->isAncestorOf(focus) || focus == m_fields->tree()) {
        m_fields->copyCurrentValue();
        return;
    }
    if (m_browser->isAncestorOf(focus) || focus == m_browser) {
        QGuiApplication::clipboard()->setText(selectedPaths().join(u'\n'));
        return;
    }
    // A text view of whichever tab is shown: the focused one, else the filing's own.
    auto *textView = qobject_cast<TextView *>(focus);
    if (!textView && m_tabs->currentWidget() == m_view)
        textView = m_view->textView();
    const QString text = textView ? textView->selectedText() : QString();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void MainWindow::closeTab(int index)
{
    m_compare->closeTab(index);
}

void MainWindow::closeSelected()
{
    QStringList paths = selectedPaths();
    if (paths.isEmpty() && !m_currentPath.isEmpty())
        paths << m_currentPath;
    if (paths.isEmpty())
        return;
    const int nextRow = m_browser->currentIndex().row();
    {
        // Rows disappearing move the current row along: nothing is shown until they are gone.
        const QSignalBlocker blocker(m_browser->selectionModel());
        // A comparison waiting for one of them will say it is closed.
        m_session->close(paths);
    }
    if (paths.contains(m_currentPath)) {
        m_currentPath.clear();
        m_view->setFiling(nullptr);
        m_fields->setFiling(nullptr);
        m_view->setMessage({});
        updateWindowTitle();
        const int rows = m_filingProxy->rowCount();
        if (rows > 0) {
            const QModelIndex next = m_filingProxy->index(std::clamp(nextRow, 0, rows - 1), 0);
            m_browser->selectionModel()->setCurrentIndex(
                next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            showRow(next);
        }
    } else {
        // The current filing stays; the selection lost its rows.
        const int row = m_filings->rowOfPath(m_currentPath);
        if (row >= 0) {
            const QSignalBlocker blocker(m_browser->selectionModel());
            m_browser->selectionModel()->setCurrentIndex(
                m_filingProxy->mapFromSource(m_filings->index(row, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    updateCounts();
}

void MainWindow::stepFiling(int delta)
{
    const int rows = m_filingProxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_browser->currentIndex().isValid() ? m_browser->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    const QModelIndex index = m_filingProxy->index(next, 0);
    m_browser->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_browser->scrollTo(index);
}

void MainWindow::updateItemActions()
{
    const bool enabled = m_tabs->currentWidget() == m_view && m_view->hasItems();
    m_nextItemAction->setEnabled(enabled);
    m_previousItemAction->setEnabled(enabled);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About FilingLens"),
        tr("<h3>FilingLens %1</h3>"
           "<p>A fast, native viewer for SEC EDGAR filings: plain text, full submissions and "
           "HTML.</p>"
           "<p>Qt %2 · libxml2 %3</p>")
            .arg(QStringLiteral(FILINGLENS_VERSION), QString::fromLatin1(qVersion()),
                 aboutLibxml2Version()));
}

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "csvexport.h"
#include "filing.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QStringList>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace fl {

class CompareView;
class FieldTreeModel;
class FilingFilterProxy;
class FilingListModel;
class FilingLoader;
class FilingView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens files and folders (recursively) in the background; a file already open is
    // brought to the front instead of being opened twice.
    void openPaths(const QStringList &paths);
    // Opens a comparison of two open filings in a tab of its own (parsing them again first
    // when they were dropped from memory).
    void compare(const QString &leftPath, const QString &rightPath);
    // Compares the two filings selected in the browser.
    void compareSelected();
    // Writes the filings' extracted values to a CSV file in the background, with a progress
    // dialog that can cancel; the file is written atomically. Refuses to write over an open
    // filing. exportFinished() tells how it went.
    void exportCsv(const QStringList &paths, const QString &output,
                   const CsvExportOptions &options);

    FilingView *filingView() const { return m_view; }
    QTreeView *fieldTree() const { return m_fieldTree; }
    QTreeView *browser() const { return m_browser; }
    FieldTreeModel *fieldModel() const { return m_fieldModel; }
    QSortFilterProxyModel *fieldProxy() const { return m_fieldProxy; }
    FilingListModel *filingModel() const { return m_filings; }
    FilingFilterProxy *filingProxy() const { return m_filingProxy; }
    FilingLoader *loader() const { return m_loader; }
    QLineEdit *browserFilter() const { return m_browserFilter; }
    QComboBox *browserScope() const { return m_browserScope; }
    QLineEdit *fieldFilter() const { return m_fieldFilter; }
    QString currentPath() const { return m_currentPath; }
    QTabWidget *tabs() const { return m_tabs; }
    CompareView *currentCompareView() const;
    QStringList recentFiles() const { return m_recent; }

Q_SIGNALS:
    // The filing on screen changed (tests wait for this).
    void filingShown(const QString &path);
    void compareOpened(fl::CompareView *view);
    void exportFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;

    void openDialog();
    void openFolderDialog();
    void closeSelected();
    void closeTab(int index);
    void zoomText(int step);
    void stepFiling(int delta);
    void showAbout();
    void copy();
    void addRecent(const QStringList &paths);
    void rebuildRecentMenu();

    void onFilesFound(quint64 job, const QStringList &files);
    void onLoaded(quint64 job, const QString &path, const FilingPtr &filing);
    void onProgress(quint64 job, int done, int total);
    void onFinished(quint64 job, bool cancelled);
    void cancelLoading();

    void showRow(const QModelIndex &proxyIndex);
    void display(const QString &path, const FilingPtr &filing);
    void selectPath(const QString &path);
    void onFieldActivated(const QModelIndex &proxyIndex);
    void onTextCursorMoved(qsizetype position);
    void applyBrowserFilter();
    void applyFieldFilter();
    void showFieldMenu(const QPoint &pos);
    void withFiling(const QString &path, std::function<void(const FilingPtr &)> then);
    // Hands a filing that was waited for to whoever waits (null: it will not come).
    void resolveWaiting(const QString &path, const FilingPtr &filing);
    // Why a filing cannot be shown: its error, or that it is not open.
    QString reasonNotShown(const QString &path, const FilingPtr &filing) const;
    void exportComparison(CompareView *view);
    void showExportDialog();
    void notify(QMessageBox::Icon icon, const QString &title, const QString &text);

    QTabWidget *m_tabs;
    FilingView *m_view;
    FilingListModel *m_filings;
    FilingFilterProxy *m_filingProxy;
    FieldTreeModel *m_fieldModel;
    QSortFilterProxyModel *m_fieldProxy;
    FilingLoader *m_loader;
    QTreeView *m_browser = nullptr;
    QTreeView *m_fieldTree = nullptr;
    QLineEdit *m_browserFilter = nullptr;
    QComboBox *m_browserScope = nullptr;
    QLineEdit *m_fieldFilter = nullptr;
    QTimer *m_browserFilterTimer = nullptr;
    QTimer *m_fieldFilterTimer = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_statusCounts = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_sectionsAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_exportAction = nullptr;
    bool m_exporting = false;

    QString m_currentPath;
    QString m_pendingFocus;
    quint64 m_reloadJob = 0;
    QString m_reloadPath;
    quint64 m_textSearchJob = 0;
    QHash<quint64, QStringList> m_jobFiles;
    QHash<quint64, std::function<void(const FilingPtr &)>> m_waiting; // reload job -> then
    QHash<QString, QList<std::function<void(const FilingPtr &)>>> m_whenLoaded; // queued path
    QStringList m_recent;
    bool m_syncing = false;
};

} // namespace fl

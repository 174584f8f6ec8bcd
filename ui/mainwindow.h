// SPDX-License-Identifier: MIT
#pragma once

#include "csvexport.h"
#include "fieldpanel.h"
#include "filing.h"
#include "filingsession.h"
#include "textmarks.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStringList>

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

class ActionState;
class BrowserPanel;
class CompareController;
class CompareView;
class ExportFlow;
class FactPanel;
class RecentMenu;
class FieldTreeModel;
struct FieldTreeContent;
class FilingFilterProxy;
class FilingListModel;
class FilingView;
class WindowLayout;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens files and folders (recursively) in the background; a file already open is
    // brought to the front instead of being opened twice.
    void openPaths(const QStringList &paths);
    // Opens a comparison of two filings in a tab of its own once both are read (parsing them
    // again first when they were dropped from memory); they may still be being opened.
    void compare(const QString &leftPath, const QString &rightPath);
    // Compares the two filings selected in the browser.
    void compareSelected();
    // Writes the filings' extracted values to a CSV file in the background, with a progress
    // dialog that can cancel; the file is written atomically. Refuses to write over an open
    // filing. exportFinished() tells how it went.
    void exportCsv(const QStringList &paths, const QString &output,
                   const CsvExportOptions &options);

    FilingView *filingView() const { return m_view; }
    QTreeView *fieldTree() const { return m_fields->tree(); }
    QTreeView *browser() const { return m_browser; }
    FieldTreeModel *fieldModel() const { return m_fields->model(); }
    QSortFilterProxyModel *fieldProxy() const { return m_fields->proxy(); }
    FactPanel *factPanel() const { return m_facts; }
    FilingListModel *filingModel() const { return m_filings; }
    FilingFilterProxy *filingProxy() const { return m_filingProxy; }
    FilingSession *session() const { return m_session; }
    QLineEdit *browserFilter() const { return m_browserFilter; }
    QComboBox *browserScope() const { return m_browserScope; }
    QLineEdit *fieldFilter() const { return m_fields->filter(); }
    QString currentPath() const { return m_currentPath; }
    QTabWidget *tabs() const { return m_tabs; }
    CompareView *currentCompareView() const;
    QAction *nextItemAction() const { return m_nextItemAction; }
    QAction *previousItemAction() const { return m_previousItemAction; }
    QStringList recentFiles() const;
    QAction *nextChangeAction() const;
    QAction *previousChangeAction() const;
    QAction *resetLayoutAction() const { return m_resetLayoutAction; }
    // Docks back where a new window puts them, at their default sizes, the toolbar shown.
    void resetLayout();

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
    void createActions();           // File and Edit
    void createNavigationActions(); // View, Go, Help and the toolbar
    void createDocks();
    void createStatusBar();
    void updateCounts();
    void readSettings();
    void writeSettings() const;

    void openDialog();
    void openFolderDialog();
    void closeSelected();
    void closeTab(int index);
    void stepFiling(int delta);
    void updateItemActions();
    void showAbout();
    void copy();

    void onListed(const QStringList &files);
    void onFilingReady(const QString &path, const FilingPtr &filing,
                       FilingSession::Delivery delivery);
    void onProgress(int done, int total);
    void showProgress();
    void onFinished(const QStringList &files, bool cancelled);

    void showRow(const QModelIndex &proxyIndex);
    void display(const QString &path, const FilingPtr &filing);
    // The field tree and the text's marks of a filing, built on any thread.
    struct PreparedFields
    {
        std::shared_ptr<const FieldTreeContent> content;
        QList<TextMark> marks;
    };
    static PreparedFields prepareFields(const FilingPtr &filing);
    void showFields(const QString &path, const FilingPtr &filing, const PreparedFields &fields);
    void selectPath(const QString &path);
    void applyBrowserFilter();
    void highlightTextHit(); // the full-text filter's term, in the filing it found
    QStringList selectedPaths() const;
    void updateWindowTitle();
    void findInShownTab(int direction); // 0: open the bar; +1 / -1: next / previous

    QTabWidget *m_tabs;
    FilingView *m_view;
    FilingSession *m_session;
    FilingListModel *m_filings;
    FilingFilterProxy *m_filingProxy;
    FieldPanel *m_fields;
    FactPanel *m_facts = nullptr;
    ExportFlow *m_export;
    CompareController *m_compare;
    WindowLayout *m_layout;
    QTreeView *m_browser = nullptr;
    QLineEdit *m_browserFilter = nullptr;
    QComboBox *m_browserScope = nullptr;
    BrowserPanel *m_browserPanel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr; // spaces the updates of m_progress
    int m_progressDone = 0;
    int m_progressTotal = 0;
    QToolButton *m_cancel = nullptr;
    QLabel *m_statusCounts = nullptr;
    RecentMenu *m_recentMenu = nullptr;
    ActionState *m_actionState = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextItemAction = nullptr;
    QAction *m_previousItemAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_sectionsAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;

    QString m_currentPath;
    // Counts display() calls: a field tree built off the GUI thread for an earlier one is
    // dropped. Filings of this much text or more get theirs built so (a 100 MB submission).
    quint64 m_fieldsGeneration = 0;
    static constexpr qsizetype kFieldsOffThreadChars = 4'000'000;
};

} // namespace fl

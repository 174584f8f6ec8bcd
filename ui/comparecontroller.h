// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>

class QAction;
class QDockWidget;
class QMainWindow;
class QTabWidget;

namespace fl {

class CompareView;
class ExportFlow;
class FilingSession;
class TextView;

// The window's side of comparisons: opens each in a tab of its own once both filings are
// read, closes them, owns the window-wide Next / Previous Change actions (F7 / Shift+F7 work
// whatever has the focus while a comparison is shown) and gives the docks back the sizes they
// had when the first comparison opened once the last one closes.
class CompareController : public QObject
{
    Q_OBJECT
public:
    CompareController(QMainWindow *window, QTabWidget *tabs, FilingSession *session,
                      ExportFlow *exportFlow, TextView *fontSource);
    ~CompareController() override;

    // Opens a comparison once both are read (they may still be being opened).
    void compare(const QString &leftPath, const QString &rightPath);
    // Closes the comparison in a tab (not the filing's own tab).
    void closeTab(int index);
    CompareView *current() const;
    int openCount() const;

    QAction *nextChangeAction() const { return m_next; }
    QAction *previousChangeAction() const { return m_previous; }

Q_SIGNALS:
    void compareOpened(fl::CompareView *view);
    // The title of the comparison shown changed, or another tab came forward.
    void titleChanged();

private:
    void show(const QString &leftPath, const FilingPtr &left, const QString &rightPath,
              const FilingPtr &right);
    void updateActions();
    void rememberDocks();
    void restoreDocks();

    struct DockSize
    {
        QPointer<QDockWidget> dock;
        int area = 0;
        bool floating = false;
        QSize size;
    };

    QMainWindow *m_window;
    QTabWidget *m_tabs;
    FilingSession *m_session;
    ExportFlow *m_export;
    TextView *m_fontSource;
    QAction *m_next;
    QAction *m_previous;
    QList<DockSize> m_docks; // as the first comparison found them
};

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QItemSelectionModel;
class QTabWidget;

namespace fl {

class FilingSession;
class FilingView;

// "Open (Ctrl+O)": an action's text as a tool tip, with its first shortcut.
QString toolTipWithShortcut(const QAction *action);

// Keeps the window's actions enabled only while they can do something, instead of answering
// with a message box: each action is registered with what it needs (filings open, a text on
// screen, two filings selected, ...). A disabled action's status tip and tool tip say why.
class ActionState : public QObject
{
    Q_OBJECT
public:
    enum class Need {
        OpenFilings,   // Close: a filing open, or a comparison on screen
        Export,        // Export CSV: filings open or a comparison shown; no export running
        ExportFilings, // Export Excel: filings open; no export running
        ShownText,     // Find: a filing's text or a comparison on screen
        TwoSelected,   // Compare: two filings selected in the browser
        ListedFilings, // Next / previous filing: rows in the (filtered) browser
    };
    Q_ENUM(Need)

    // Follows the session, the browser's rows and selection, the tabs and the filing view.
    ActionState(FilingSession *session, QAbstractItemModel *browserRows,
                QItemSelectionModel *browserSelection, QTabWidget *tabs, FilingView *view,
                QObject *parent = nullptr);

    void add(QAction *action, Need need);
    // Enables each action by its need; the signals followed call it, and so may the window.
    void refresh();
    // Why an action with this need is disabled ("Open a filing first").
    static QString reason(Need need);

private:
    struct Entry
    {
        QPointer<QAction> action;
        Need need;
        QString statusTip; // when enabled
    };
    bool isMet(Need need) const;

    FilingSession *m_session;
    QAbstractItemModel *m_rows;
    QItemSelectionModel *m_selection;
    QTabWidget *m_tabs;
    FilingView *m_view;
    QList<Entry> m_entries;
};

} // namespace fl

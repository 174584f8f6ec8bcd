// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QWidget>

class QCheckBox;
class QDockWidget;
class QMainWindow;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace fl {

class FactFilterProxy;
class FactModel;
class FilingView;

// The Facts dock's content: the inline-XBRL facts of the filing shown in a sortable table,
// a filter box (concept, value, dimensions) and a switch for hidden facts. Choosing a row asks
// for its range in the text (rangeActivated); a fact that is not shown (ix:hidden) says so
// (message). A filing without tags shows a sentence instead of an empty table.
class FactPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FactPanel(QWidget *parent = nullptr);
    ~FactPanel() override;

    // The Facts dock of a window (object name "factsDock", on the right; its View menu entry
    // has Ctrl+Shift+X), following the filing `view` shows: a chosen fact is selected in its
    // text, one not shown is named in the status bar, and the cursor selects its fact.
    static FactPanel *addDock(QMainWindow *window, FilingView *view);

    void setFiling(const FilingPtr &filing);
    // Selects the row of the innermost fact shown at this offset of the text, if any.
    void followText(qsizetype position);

    FactModel *model() const { return m_model; }
    FactFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QCheckBox *hiddenBox() const { return m_hidden; }
    QLabel *emptyLabel() const { return m_empty; }
    bool showsTable() const; // false while the empty state is shown

Q_SIGNALS:
    void rangeActivated(const fl::SourceRange &range);
    void message(const QString &text);

private:
    void onCurrentRowChanged(const QModelIndex &proxyIndex);
    void applyFilter();
    void updateCount();

    FactModel *m_model;
    FactFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_hidden;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QTimer *m_filterTimer;
    bool m_following = false;
};

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "filing.h"
#include "textdiff.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;
class QToolButton;

namespace fl {

class CompareFieldModel;
class CompareFilterProxy;
class DiffOverview;
class TextView;

// Two filings side by side: the field comparison on top (coloured by status, optionally
// changes only), the two texts below with changed lines and words highlighted, scrolled
// together, a map of where the changes are between them, and next / previous change. The
// text diff is computed on a worker thread.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    void setFilings(FilingPtr left, FilingPtr right);
    FilingPtr left() const { return m_left; }
    FilingPtr right() const { return m_right; }
    QString title() const;

    void swapSides();
    void nextChange();
    void previousChange();
    int currentChange() const { return m_current; }
    int changeCount() const { return int(m_changes.size()); }
    bool isDiffReady() const { return m_diffReady; }
    const TextDiff &textDiff() const { return m_diff; }

    TextView *leftView() const { return m_leftView; }
    TextView *rightView() const { return m_rightView; }
    QTableView *fieldTable() const { return m_table; }
    CompareFieldModel *fieldModel() const { return m_model; }
    CompareFilterProxy *fieldProxy() const { return m_proxy; }
    QCheckBox *changesOnlyBox() const { return m_changesOnly; }
    QCheckBox *ignoreWhitespaceBox() const { return m_ignoreWhitespace; }

Q_SIGNALS:
    void diffReady();
    void titleChanged(const QString &title);
    // The user asked to save the field table as CSV.
    void exportRequested();

private:
    void computeDiff();
    void applyDiff(quint64 generation, const TextDiff &diff);
    void goToChange(int index);
    void syncScroll(TextView *from, TextView *to, int line);
    void onFieldSelected(const QModelIndex &proxyIndex);
    void updateCounter();

    FilingPtr m_left;
    FilingPtr m_right;
    TextDiff m_diff;
    QList<int> m_changes; // indexes of change hunks
    int m_current = -1;
    bool m_diffReady = false;
    bool m_syncing = false;
    quint64 m_generation = 0;

    CompareFieldModel *m_model;
    CompareFilterProxy *m_proxy;
    QTableView *m_table;
    TextView *m_leftView;
    TextView *m_rightView;
    DiffOverview *m_overview;
    QLabel *m_leftName;
    QLabel *m_rightName;
    QLabel *m_counter;
    QCheckBox *m_changesOnly;
    QCheckBox *m_ignoreWhitespace;
};

} // namespace fl

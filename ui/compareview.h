// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "diffalignment.h"
#include "filing.h"
#include "similarity.h"
#include "textdiff.h"

#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QLabel;
class QScrollBar;
class QTabWidget;
class QTableView;
class QToolBar;

namespace fl {

class CompareFactsPanel;
class CompareFieldModel;
class CompareFilterProxy;
class DiffConnector;
class DiffOverview;
class ItemSummaryPanel;
class FindBar;
class TextView;

// Two filings side by side: the field comparison on top (coloured by status, optionally
// changes only), the two texts below in aligned rows (equal lines level, a hatched filler
// opposite an insertion or deletion), joined by connector bands, changed lines and words
// highlighted, moved blocks linked, a map of where the changes are, the current change
// framed, find in either pane and wrapping of long lines. The text diff is computed on a
// worker thread.
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
    // Index among the changes (not the hunks) of the current change, -1 for none.
    int currentChange() const { return m_current; }
    int currentHunk() const { return m_current < 0 ? -1 : m_changes.value(m_current, -1); }
    int changeCount() const { return int(m_changes.size()); }
    bool isDiffReady() const { return m_diffReady; }
    const TextDiff &textDiff() const { return m_diff; }
    const DiffAlignment &alignment() const { return m_alignment; }
    // Shows a diff computed elsewhere (tests: moves set by hand), as if it had just come.
    void showDiff(const TextDiff &diff);
    // The items of the two filings compared with their scores (filled with the diff; empty
    // when either filing has no items).
    const QList<ItemComparison> &itemComparisons() const { return m_items; }
    ItemSummaryPanel *itemSummary() const { return m_summary; }
    // Scrolls both panes to an item (of the left filing, else of the right); false when
    // neither has it. Before the texts are compared, the item is shown once they are.
    bool showItem(const QString &part, const QString &code);

    // Find in the pane that has, or last had, the focus.
    void showFind();
    FindBar *findBar() const { return m_find; }
    TextView *findTarget() const;

    void setWrapLines(bool wrap);
    bool wrapLines() const;

    TextView *leftView() const { return m_leftView; }
    TextView *rightView() const { return m_rightView; }
    DiffConnector *connector() const { return m_connector; }
    QScrollBar *scrollBar() const { return m_scrollBar; }
    QToolBar *toolBar() const { return m_toolBar; }
    QTableView *fieldTable() const { return m_table; }
    CompareFieldModel *fieldModel() const { return m_model; }
    CompareFilterProxy *fieldProxy() const { return m_proxy; }
    QCheckBox *changesOnlyBox() const { return m_changesOnly; }
    CompareFactsPanel *factsPanel() const { return m_facts; }
    QCheckBox *ignoreWhitespaceBox() const { return m_ignoreWhitespace; }
    QCheckBox *wrapBox() const { return m_wrap; }

Q_SIGNALS:
    void diffReady();
    void titleChanged(const QString &title);
    void currentChangeChanged(int index);
    // The user asked to save the field table as CSV.
    void exportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createToolBar();
    void computeDiff();
    void applyDiff(quint64 generation, const TextDiff &diff, QList<ItemComparison> items);
    void showItemComparisons(QList<ItemComparison> items);
    void applyHighlights();
    void goToChange(int index);
    void setCurrent(int index);
    void onCursorMoved(TextView *view, qsizetype position);
    void syncScroll(TextView *from, TextView *to, int row);
    void updateRowSpans();
    void updateOverview();
    void onFieldSelected(const QModelIndex &proxyIndex);
    void selectRanges(SourceRange left, SourceRange right); // each pane to its side's range
    void updateCounter();

    FilingPtr m_left;
    FilingPtr m_right;
    TextDiff m_diff;
    DiffAlignment m_alignment;
    QList<ItemComparison> m_items;
    std::optional<std::pair<QString, QString>> m_pendingItem; // (part, code) to show
    QList<int> m_changes;                                     // indexes of change hunks
    int m_current = -1;
    bool m_diffReady = false;
    bool m_syncing = false;
    quint64 m_generation = 0;

    CompareFieldModel *m_model;
    CompareFilterProxy *m_proxy;
    QTableView *m_table;
    ItemSummaryPanel *m_summary;
    CompareFactsPanel *m_facts;
    QTabWidget *m_topTabs;
    TextView *m_leftView;
    TextView *m_rightView;
    TextView *m_lastFocused;
    DiffConnector *m_connector;
    DiffOverview *m_overview;
    QScrollBar *m_scrollBar; // for both panes
    FindBar *m_find;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_leftName;
    QLabel *m_rightName;
    QLabel *m_counter;
    QCheckBox *m_changesOnly;
    QCheckBox *m_ignoreWhitespace;
    QCheckBox *m_wrap;
};

} // namespace fl

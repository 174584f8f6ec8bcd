// SPDX-License-Identifier: MIT
#pragma once

#include "factcompare.h"
#include "filing.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace fl {

// The facts of a comparison that differ: changed (both values), only left (removed) and only
// right (added), in the comparison's order. Equal facts are counted, not listed.
class CompareFactModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ConceptColumn,
        PeriodColumn,
        DimensionsColumn,
        LeftColumn,
        RightColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CompareFactModel(QObject *parent = nullptr);

    void setComparison(const FactComparison &comparison);
    const FactComparison &comparison() const { return m_comparison; }
    const FactDifference *differenceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FactComparison m_comparison;
    QList<const FactDifference *> m_rows; // into m_comparison.rows
};

// The comparison's Facts tab: the counts and the table of differing facts, sortable; choosing
// a row asks for the fact's place in each text (an invalid range on a side that lacks it or
// does not show it).
class CompareFactsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CompareFactsPanel(QWidget *parent = nullptr);

    void setFilings(const FilingPtr &left, const FilingPtr &right);
    // Whether either filing has facts (the tab is shown only then).
    bool hasFacts() const { return m_hasFacts; }

    CompareFactModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void factActivated(const fl::SourceRange &left, const fl::SourceRange &right);

private:
    void onCurrentRowChanged(const QModelIndex &proxyIndex);

    FilingPtr m_left;
    FilingPtr m_right;
    bool m_hasFacts = false;
    CompareFactModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace fl

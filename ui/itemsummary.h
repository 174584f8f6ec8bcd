// SPDX-License-Identifier: MIT
#pragma once

#include "similarity.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace fl {

// The items of two reports compared, a row per item: Item, Title, Status, Changes, Cosine,
// Jaccard, Simple, +words, −words. The similarity cells are coloured as the Changes Over
// Time heat map is. Sorting by a column sorts by its value (the Item column by form order).
class ItemSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        TitleColumn,
        StatusColumn,
        ChangesColumn,
        CosineColumn,
        JaccardColumn,
        SimpleColumn,
        AddedColumn,
        DeletedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, PartRole, CodeRole };

    explicit ItemSummaryModel(QObject *parent = nullptr);

    void setComparisons(QList<ItemComparison> comparisons);
    const QList<ItemComparison> &comparisons() const { return m_rows; }
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ItemComparison &c, int column) const;
    QVariant sortValue(int row, int column) const;

    QList<ItemComparison> m_rows;
    QPalette m_palette;
};

// A compact table of the items of two compared reports, meant to sit at the top of their
// comparison: sortable, and a click on a row asks to go to that item.
class ItemSummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ItemSummaryPanel(QWidget *parent = nullptr);

    void setComparisons(QList<ItemComparison> comparisons);
    ItemSummaryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void itemActivated(const QString &part, const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    ItemSummaryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace fl

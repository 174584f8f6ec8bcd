// SPDX-License-Identifier: MIT
#include "itemsummary.h"

#include "headermenu.h"
#include "heatmap.h"
#include "seriesmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

struct ColumnDef
{
    const char *title;
    const char *toolTip;
};

// By ItemSummaryModel::Column.
const ColumnDef kColumns[] = {
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Item"), nullptr},
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Title"), nullptr},
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Status"), nullptr},
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Changes"),
     QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Changed blocks of the line diff in the item")},
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Cosine"),
     QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Cosine similarity of the term-count vectors")},
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Jaccard"),
     QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Jaccard similarity of the token sets")},
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Simple"),
     QT_TRANSLATE_NOOP("fl::ItemSummaryModel",
                       "1 \u2212 (words added + deleted) / (words left + right)")},
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "+words"),
     QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Words inserted by the word diff")},
    {QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "\u2212words"),
     QT_TRANSLATE_NOOP("fl::ItemSummaryModel", "Words deleted by the word diff")},
};
static_assert(std::size(kColumns) == ItemSummaryModel::ColumnCount);

bool isSimilarityColumn(int column)
{
    return column == ItemSummaryModel::CosineColumn || column == ItemSummaryModel::JaccardColumn
        || column == ItemSummaryModel::SimpleColumn;
}

bool paired(const ItemComparison &c)
{
    return c.status != CompareStatus::OnlyLeft && c.status != CompareStatus::OnlyRight;
}

double similarityOf(const ItemComparison &c, int column)
{
    switch (column) {
    case ItemSummaryModel::CosineColumn:
        return c.scores.cosine;
    case ItemSummaryModel::JaccardColumn:
        return c.scores.jaccard;
    default:
        return c.scores.simple;
    }
}

QString statusLabel(CompareStatus status)
{
    switch (status) {
    case CompareStatus::OnlyLeft:
        return ItemSummaryModel::tr("removed");
    case CompareStatus::OnlyRight:
        return ItemSummaryModel::tr("new");
    default:
        return compareStatusName(status);
    }
}

} // namespace

ItemSummaryModel::ItemSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ItemSummaryModel::setComparisons(QList<ItemComparison> comparisons)
{
    beginResetModel();
    m_rows = std::move(comparisons);
    endResetModel();
}

void ItemSummaryModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

int ItemSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemSummaryModel::display(const ItemComparison &c, int column) const
{
    const QLocale locale;
    switch (column) {
    case ItemColumn:
        return itemName(c.part, c.code);
    case TitleColumn:
        return c.title;
    case StatusColumn:
        return statusLabel(c.status);
    case ChangesColumn:
        return paired(c) ? locale.toString(c.changeCount) : QString();
    case CosineColumn:
    case JaccardColumn:
    case SimpleColumn:
        // Rounded down, so that only identical text reads 1.000.
        return paired(c)
            ? QString::number(std::floor(similarityOf(c, column) * 1000) / 1000, 'f', 3)
            : QString();
    case AddedColumn:
        return locale.toString(qlonglong(c.scores.added));
    case DeletedColumn:
        return locale.toString(qlonglong(c.scores.deleted));
    default:
        return {};
    }
}

QVariant ItemSummaryModel::sortValue(int row, int column) const
{
    const ItemComparison &c = m_rows[row];
    switch (column) {
    case ItemColumn:
        return row; // the order the items were paired in: the form's
    case TitleColumn:
        return c.title;
    case StatusColumn:
        return statusLabel(c.status);
    case ChangesColumn:
        return c.changeCount;
    case CosineColumn:
    case JaccardColumn:
    case SimpleColumn:
        return paired(c) ? similarityOf(c, column) : -1.0; // unpaired items sort first
    case AddedColumn:
        return qlonglong(c.scores.added);
    case DeletedColumn:
        return qlonglong(c.scores.deleted);
    default:
        return {};
    }
}

QVariant ItemSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ItemComparison &c = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(c, column);
    case SortRole:
        return sortValue(index.row(), column);
    case PartRole:
        return c.part;
    case CodeRole:
        return c.code;
    case Qt::ToolTipRole:
        if (column == TitleColumn || column == ItemColumn)
            return QString(itemName(c.part, c.code) + u" \u2014 "_s + c.title);
        return {};
    case Qt::TextAlignmentRole:
        return column >= ChangesColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant();
    case Qt::BackgroundRole:
        if (isSimilarityColumn(column) && paired(c))
            return heat::background(similarityOf(c, column), m_palette);
        return {};
    case Qt::ForegroundRole:
        if (isSimilarityColumn(column) && paired(c))
            return heat::foreground(heat::background(similarityOf(c, column), m_palette));
        return {};
    default:
        return {};
    }
}

QVariant ItemSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(kColumns[section].title);
    if (role == Qt::ToolTipRole && kColumns[section].toolTip)
        return tr(kColumns[section].toolTip);
    return {};
}

ItemSummaryPanel::ItemSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ItemSummaryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_model->setPalette(palette());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemSummaryModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ItemSummaryModel::ItemColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ItemSummaryModel::TitleColumn, QHeaderView::Stretch);
    new HeaderMenu(header, u"itemSummary"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT itemActivated(index.data(ItemSummaryModel::PartRole).toString(),
                             index.data(ItemSummaryModel::CodeRole).toString());
    });
}

void ItemSummaryPanel::setComparisons(QList<ItemComparison> comparisons)
{
    m_model->setComparisons(std::move(comparisons));
}

void ItemSummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace fl

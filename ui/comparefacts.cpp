// SPDX-License-Identifier: MIT
#include "comparefacts.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

QVariant numberOrText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? QVariant(number) : QVariant(value);
}

// Numbers as numbers (before text), text case-insensitively.
class FactSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        const bool aNumber = a.typeId() == QMetaType::Double;
        const bool bNumber = b.typeId() == QMetaType::Double;
        if (aNumber && bNumber)
            return a.toDouble() < b.toDouble();
        if (aNumber != bNumber)
            return aNumber;
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    }
};

} // namespace

CompareFactModel::CompareFactModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareFactModel::setComparison(const FactComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    m_rows.clear();
    for (const FactDifference &d : std::as_const(m_comparison.rows)) {
        if (d.change != FactChange::Equal)
            m_rows << &d;
    }
    endResetModel();
}

const FactDifference *CompareFactModel::differenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : nullptr;
}

int CompareFactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareFactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareFactModel::data(const QModelIndex &index, int role) const
{
    const FactDifference *d = differenceAt(index.row());
    if (!d || !index.isValid())
        return {};
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ConceptColumn:
            return d->name;
        case PeriodColumn:
            return d->period;
        case DimensionsColumn:
            return d->dimensions;
        case LeftColumn:
            return role == SortRole ? numberOrText(d->left) : QVariant(d->left.simplified());
        case RightColumn:
            return role == SortRole ? numberOrText(d->right) : QVariant(d->right.simplified());
        case StatusColumn:
            switch (d->change) {
            case FactChange::Changed:
                return tr("changed");
            case FactChange::Added:
                return tr("only right");
            case FactChange::Removed:
                return tr("only left");
            case FactChange::Equal:
                return tr("equal");
            }
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == LeftColumn || index.column() == RightColumn)) {
        const QString &value = index.column() == LeftColumn ? d->left : d->right;
        if (numberOrText(value).typeId() == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CompareFactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ConceptColumn:
        return tr("Concept");
    case PeriodColumn:
        return tr("Period");
    case DimensionsColumn:
        return tr("Dimensions");
    case LeftColumn:
        return tr("Left");
    case RightColumn:
        return tr("Right");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

CompareFactsPanel::CompareFactsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CompareFactModel(this))
    , m_proxy(new FactSortProxy(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompareFactModel::SortRole);
    m_table->setObjectName(u"compareFacts"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(CompareFactModel::ConceptColumn, 300);
    m_table->setColumnWidth(CompareFactModel::PeriodColumn, 170);
    m_table->setColumnWidth(CompareFactModel::DimensionsColumn, 220);
    m_table->setColumnWidth(CompareFactModel::LeftColumn, 130);
    m_table->setColumnWidth(CompareFactModel::RightColumn, 130);
    m_summary->setContentsMargins(6, 2, 6, 2);
    // Wraps rather than widening the comparison (and narrowing the docks) in a small window.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CompareFactsPanel::onCurrentRowChanged);
}

void CompareFactsPanel::setFilings(const FilingPtr &left, const FilingPtr &right)
{
    m_left = left;
    m_right = right;
    m_hasFacts = left && right && (!left->facts.isEmpty() || !right->facts.isEmpty());
    const FactComparison c = m_hasFacts ? compareFacts(*left, *right) : FactComparison{};
    m_model->setComparison(c);
    m_summary->setText(tr("%1 facts paired by concept, period and dimensions: %2 equal, "
                          "%3 changed; %4 only left, %5 only right")
                           .arg(c.paired())
                           .arg(c.equal)
                           .arg(c.changed)
                           .arg(c.removed)
                           .arg(c.added));
}

void CompareFactsPanel::onCurrentRowChanged(const QModelIndex &proxyIndex)
{
    const FactDifference *d = m_model->differenceAt(m_proxy->mapToSource(proxyIndex).row());
    if (!d || !m_left || !m_right)
        return;
    const SourceRange left = d->leftFact >= 0 ? m_left->facts[d->leftFact].range : SourceRange{};
    const SourceRange right =
        d->rightFact >= 0 ? m_right->facts[d->rightFact].range : SourceRange{};
    Q_EMIT factActivated(left, right);
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "factmodel.h"

#include "factcompare.h"
#include "factexport.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

const XbrlContext *contextOf(const Filing &filing, const Fact &fact)
{
    return fact.context >= 0 && fact.context < filing.contexts.size()
        ? &filing.contexts[fact.context]
        : nullptr;
}

// A number with the locale's digit groups ("632,500,000"); other values as they are, a long
// text block cut short.
QString shownValue(const Fact &fact)
{
    if (fact.nil)
        return QCoreApplication::translate("FactModel", "(nil)");
    if (fact.isNumeric()) {
        bool ok = false;
        const qlonglong whole = fact.value.toLongLong(&ok);
        if (ok)
            return QLocale().toString(whole);
        const double number = fact.value.toDouble(&ok);
        if (ok && fact.value.contains(u'.'))
            return QLocale().toString(number, 'f',
                                      int(fact.value.size() - fact.value.indexOf(u'.') - 1));
        return fact.value;
    }
    const QString text = fact.value.simplified();
    return text.size() > 160 ? text.left(159) + u'\u2026' : text;
}

} // namespace

FactModel::FactModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FactModel::~FactModel() = default;

void FactModel::setFiling(FilingPtr filing)
{
    beginResetModel();
    m_filing = std::move(filing);
    endResetModel();
}

const Fact *FactModel::factAt(const QModelIndex &index) const
{
    if (!m_filing || !index.isValid() || index.row() >= m_filing->facts.size())
        return nullptr;
    return &m_filing->facts[index.row()];
}

SourceRange FactModel::rangeAt(const QModelIndex &index) const
{
    const Fact *fact = factAt(index);
    return fact ? fact->range : SourceRange{};
}

int FactModel::rowAt(qsizetype offset) const
{
    if (!m_filing)
        return -1;
    int best = -1;
    for (int i = 0; i < m_filing->facts.size(); ++i) {
        const SourceRange r = m_filing->facts[i].range;
        if (r.contains(offset) && (best < 0 || r.length < m_filing->facts[best].range.length))
            best = i;
    }
    return best;
}

int FactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_filing ? 0 : int(m_filing->facts.size());
}

int FactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    const Fact *fact = factAt(index);
    if (!fact)
        return {};
    const Filing &filing = *m_filing;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ConceptColumn:
            return fact->name;
        case ValueColumn:
            return shownValue(*fact);
        case UnitColumn:
            return factUnitText(filing, *fact);
        case PeriodColumn:
            return factPeriodText(filing, *fact);
        case DimensionsColumn:
            return factDimensionsText(filing, *fact);
        case HiddenColumn:
            return fact->hidden ? tr("hidden") : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ValueColumn: {
            bool ok = false;
            const double number = fact->value.toDouble(&ok);
            if (fact->isNumeric() && ok)
                return number;
            return fact->value.simplified();
        }
        case PeriodColumn: {
            // By the date the period ends (an instant is its own end), then by its start.
            const XbrlContext *c = contextOf(filing, *fact);
            if (!c)
                return QString();
            const QString key =
                c->instant.isEmpty() ? c->end + u' ' + c->start : c->instant + u' ' + c->instant;
            return key;
        }
        case HiddenColumn:
            return fact->hidden;
        default:
            return data(index, Qt::DisplayRole);
        }
    case FilterRole:
        return QStringList{fact->name, fact->value, fact->displayed,
                           factDimensionsText(filing, *fact)}
            .join(u'\n');
    case HiddenRole:
        return fact->hidden;
    case Qt::ToolTipRole:
        return describeFact(filing, *fact);
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn && fact->isNumeric())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant FactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ConceptColumn:
        return tr("Concept");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case PeriodColumn:
        return tr("Period");
    case DimensionsColumn:
        return tr("Dimensions");
    case HiddenColumn:
        return tr("Hidden");
    }
    return {};
}

QString describeFact(const Filing &filing, const Fact &fact)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("FactModel", text);
    };
    QStringList lines{fact.name};
    QString value = fact.nil ? tr("(nil)") : fact.value.simplified();
    if (value.size() > 200)
        value = value.left(199) + u'\u2026';
    lines << tr("Value: %1").arg(value);
    if (!fact.displayed.isEmpty() && fact.displayed != fact.value && fact.displayed.size() <= 200)
        lines << tr("Shown as: %1").arg(fact.displayed);
    if (const QString unit = factUnitText(filing, fact); !unit.isEmpty())
        lines << tr("Unit: %1").arg(unit);
    if (const QString period = factPeriodText(filing, fact); !period.isEmpty())
        lines << tr("Period: %1").arg(period);
    if (const XbrlContext *c = contextOf(filing, fact)) {
        for (const auto &[axis, member] : c->dimensions)
            lines << tr("Dimension: %1 = %2").arg(axis, member);
    }
    if (!fact.scale().isEmpty())
        lines << tr("Scale: %1").arg(fact.scale());
    if (!fact.decimals().isEmpty())
        lines << tr("Decimals: %1").arg(fact.decimals());
    if (!fact.sign().isEmpty())
        lines << tr("Sign: %1").arg(fact.sign());
    if (!fact.format().isEmpty())
        lines << tr("Format: %1").arg(fact.format());
    return lines.join(u'\n');
}

QList<TextMark> factMarks(const Filing &filing)
{
    QList<TextMark> marks;
    for (const Fact &fact : filing.facts) {
        if (fact.range.isValid() && fact.range.length > 0)
            marks << TextMark{fact.range, describeFact(filing, fact), MarkKind::Fact};
    }
    return marks;
}

FactFilterProxy::FactFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FactModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FactFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void FactFilterProxy::setShowHidden(bool show)
{
    m_showHidden = show;
    invalidateFilter();
}

bool FactFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showHidden && index.data(FactModel::HiddenRole).toBool())
        return false;
    return m_text.isEmpty()
        || index.data(FactModel::FilterRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool FactFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool aNumber = a.typeId() == QMetaType::Double;
    const bool bNumber = b.typeId() == QMetaType::Double;
    if (aNumber && bNumber)
        return a.toDouble() < b.toDouble();
    if (aNumber != bNumber)
        return aNumber; // numbers before text
    if (a.typeId() == QMetaType::Bool)
        return !a.toBool() && b.toBool();
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "edgarfilingmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

EdgarFilingModel::EdgarFilingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EdgarFilingModel::setCompany(const edgar::CompanyFilings &company)
{
    beginResetModel();
    m_filings = company.filings;
    m_cik = company.cik;
    endResetModel();
}

void EdgarFilingModel::appendFilings(const QList<edgar::FilingEntry> &filings)
{
    if (filings.isEmpty())
        return;
    beginInsertRows({}, int(m_filings.size()), int(m_filings.size() + filings.size() - 1));
    m_filings.append(filings);
    endInsertRows();
}

int EdgarFilingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_filings.size());
}

int EdgarFilingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EdgarFilingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const edgar::FilingEntry &e = m_filings.at(index.row());
    switch (Column(index.column())) {
    case Form:
        return e.form;
    case FilingDate: // ISO dates sort as text
        return e.filingDate.toString(Qt::ISODate);
    case ReportDate:
        return e.reportDate.toString(Qt::ISODate);
    case Items:
        return e.items;
    case Description:
        return e.description;
    case Accession:
        return e.accession;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EdgarFilingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Form"),  QT_TR_NOOP("Filed"),       QT_TR_NOOP("Report date"),
        QT_TR_NOOP("Items"), QT_TR_NOOP("Description"), QT_TR_NOOP("Accession")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

EdgarFilingFilter::EdgarFilingFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EdgarFilingFilter::setForm(const QString &form)
{
    m_form = form.trimmed();
    invalidateRowsFilter();
}

void EdgarFilingFilter::setAmendments(bool withAmendments)
{
    m_amendments = withAmendments;
    invalidateRowsFilter();
}

void EdgarFilingFilter::setDateRange(const QDate &since, const QDate &until)
{
    m_since = since;
    m_until = until;
    invalidateRowsFilter();
}

bool EdgarFilingFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const EdgarFilingModel *>(sourceModel());
    const edgar::FilingEntry &e = model->entry(sourceRow);
    if (m_since.isValid() && e.filingDate < m_since)
        return false;
    if (m_until.isValid() && e.filingDate > m_until)
        return false;
    if (m_form.isEmpty())
        return true;
    return e.form.compare(m_form, Qt::CaseInsensitive) == 0
        || (m_amendments && e.form.compare(m_form + u"/A"_s, Qt::CaseInsensitive) == 0);
}

} // namespace fl

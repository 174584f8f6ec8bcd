// SPDX-License-Identifier: MIT
#pragma once

#include "edgarjson.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace fl {

// A company's filings on EDGAR, one row each, as the submissions list them (newest first).
class EdgarFilingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Form, FilingDate, ReportDate, Items, Description, Accession, ColumnCount };

    explicit EdgarFilingModel(QObject *parent = nullptr);

    void setCompany(const edgar::CompanyFilings &company);        // replaces the rows
    void appendFilings(const QList<edgar::FilingEntry> &filings); // an older page arrived
    const edgar::FilingEntry &entry(int row) const { return m_filings.at(row); }
    qint64 cik() const { return m_cik; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<edgar::FilingEntry> m_filings;
    qint64 m_cik = 0;
};

// Filters by form (optionally with its amendments, "10-K" and "10-K/A") and filing date.
class EdgarFilingFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EdgarFilingFilter(QObject *parent = nullptr);

    void setForm(const QString &form); // empty: every form
    void setAmendments(bool withAmendments);
    void setDateRange(const QDate &since, const QDate &until); // invalid: open-ended

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_form;
    bool m_amendments = true;
    QDate m_since;
    QDate m_until;
};

} // namespace fl

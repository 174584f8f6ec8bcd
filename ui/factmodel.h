// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"
#include "textmarks.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace fl {

// The inline-XBRL facts of one filing, one row per fact in document order: concept, value,
// unit, period, dimensions and whether it is hidden. A read-only model over an immutable
// snapshot: a new filing resets it. SortRole gives typed keys (numbers as numbers, periods
// as ISO dates, end first) so that a proxy sorts them right.
class FactModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ConceptColumn,
        ValueColumn,
        UnitColumn,
        PeriodColumn,
        DimensionsColumn,
        HiddenColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,
        FilterRole, // concept, value, displayed text and dimensions, for the filter
        HiddenRole, // bool
    };

    explicit FactModel(QObject *parent = nullptr);
    ~FactModel() override;

    void setFiling(FilingPtr filing);
    FilingPtr filing() const { return m_filing; }

    const Fact *factAt(const QModelIndex &index) const; // null for an invalid index
    // Where the fact is shown; invalid for a hidden fact (and one the text does not show).
    SourceRange rangeAt(const QModelIndex &index) const;
    // The row of the innermost fact shown at an offset of the text, or -1.
    int rowAt(qsizetype offset) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FilingPtr m_filing;
};

// What a tagged value is, as the SEC's and Arelle's inline viewers show it on hover: concept,
// value (and the text shown when it differs), unit, period, dimensions, scale and decimals.
QString describeFact(const Filing &filing, const Fact &fact);

// A mark over each shown fact, labelled with describeFact, for the text view.
QList<TextMark> factMarks(const Filing &filing);

// Filters the facts by text (concept, value, displayed text, dimensions; case-insensitive)
// and, optionally, leaves hidden ones out; sorts by FactModel::SortRole, numbers before text.
class FactFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FactFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    bool m_showHidden = true;
};

} // namespace fl

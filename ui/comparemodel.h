// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace fl {

// The field comparison of two filings as a table: Field, Left, Right, Status.
class CompareFieldModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, LeftColumn, RightColumn, StatusColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1,
        LeftStartRole,
        LeftLengthRole,
        RightStartRole,
        RightLengthRole
    };

    explicit CompareFieldModel(QObject *parent = nullptr);

    void setDifferences(QList<FieldDifference> differences);
    const QList<FieldDifference> &differences() const { return m_rows; }
    const FieldDifference *differenceAt(int row) const;
    // Notes shown after the status of fields, by field label (an item's changes and scores).
    void setItemNotes(QHash<QString, QString> notesByField);
    QString noteFor(const QString &field) const { return m_notes.value(field); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusLabel(CompareStatus status);
    static QColor statusColour(CompareStatus status, bool dark);

private:
    QList<FieldDifference> m_rows;
    QHash<QString, QString> m_notes;
};

// Hides the fields that are the same when asked to.
class CompareFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CompareFilterProxy(QObject *parent = nullptr);
    void setChangesOnly(bool on);
    bool changesOnly() const { return m_changesOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_changesOnly = false;
};

} // namespace fl

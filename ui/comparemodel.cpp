// SPDX-License-Identifier: MIT
#include "comparemodel.h"

#include <QApplication>
#include <QColor>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace fl {

CompareFieldModel::CompareFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareFieldModel::setDifferences(QList<FieldDifference> differences)
{
    beginResetModel();
    m_rows = std::move(differences);
    endResetModel();
}

const FieldDifference *CompareFieldModel::differenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CompareFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareFieldModel::statusLabel(CompareStatus status)
{
    switch (status) {
    case CompareStatus::Same:
        return tr("same");
    case CompareStatus::Changed:
        return tr("changed");
    case CompareStatus::OnlyLeft:
        return tr("only left");
    case CompareStatus::OnlyRight:
        return tr("only right");
    case CompareStatus::Renumbered:
        return tr("renumbered");
    }
    return {};
}

QColor CompareFieldModel::statusColour(CompareStatus status, bool dark)
{
    QColor c;
    switch (status) {
    case CompareStatus::Same:
        return {};
    case CompareStatus::Changed:
        c = QColor(0xff, 0xa0, 0x00);
        break;
    case CompareStatus::OnlyLeft:
        c = QColor(0xe5, 0x39, 0x35);
        break;
    case CompareStatus::OnlyRight:
        c = QColor(0x43, 0xa0, 0x47);
        break;
    case CompareStatus::Renumbered:
        c = QColor(0x1e, 0x88, 0xe5);
        break;
    }
    c.setAlpha(dark ? 90 : 60);
    return c;
}

QVariant CompareFieldModel::data(const QModelIndex &index, int role) const
{
    const FieldDifference *d = index.isValid() ? differenceAt(index.row()) : nullptr;
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FieldColumn:
            return d->field;
        case LeftColumn:
            return d->left;
        case RightColumn:
            return d->right;
        case StatusColumn: {
            const QString note = m_notes.value(d->field);
            return note.isEmpty() ? statusLabel(d->status)
                                  : statusLabel(d->status) + u" \u00b7 "_s + note;
        }
        }
        return {};
    case Qt::BackgroundRole: {
        const bool dark = QApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
        const QColor c = statusColour(d->status, dark);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case StatusRole:
        return int(d->status);
    case LeftStartRole:
        return qint64(d->leftRange.start);
    case LeftLengthRole:
        return qint64(d->leftRange.length);
    case RightStartRole:
        return qint64(d->rightRange.start);
    case RightLengthRole:
        return qint64(d->rightRange.length);
    }
    return {};
}

void CompareFieldModel::setItemNotes(QHash<QString, QString> notesByField)
{
    m_notes = std::move(notesByField);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn));
}

QVariant CompareFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case LeftColumn:
        return tr("Left");
    case RightColumn:
        return tr("Right");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

CompareFilterProxy::CompareFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void CompareFilterProxy::setChangesOnly(bool on)
{
    m_changesOnly = on;
    invalidateFilter();
}

bool CompareFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_changesOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CompareFieldModel::StatusRole).toInt() != int(CompareStatus::Same);
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "filinglistmodel.h"

#include "nativepath.h"
#include "qtnames.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QMimeData>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace fl {

FilingListModel::FilingListModel(const FilingSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &FilingSession::recordsAboutToBeAdded, this,
            &FilingListModel::onRecordsAboutToBeAdded);
    connect(session, &FilingSession::recordsAdded, this, &FilingListModel::onRecordsAdded);
    connect(session, &FilingSession::recordsAboutToBeRemoved, this,
            &FilingListModel::onRecordsAboutToBeRemoved);
    connect(session, &FilingSession::recordsRemoved, this, &FilingListModel::onRecordsRemoved);
    connect(session, &FilingSession::recordChanged, this, &FilingListModel::onRecordChanged);
}

void FilingListModel::onRecordsAboutToBeAdded(int first, int last)
{
    beginInsertRows({}, first, last);
}

void FilingListModel::onRecordsAdded()
{
    endInsertRows();
}

void FilingListModel::onRecordsAboutToBeRemoved(int first, int last)
{
    beginRemoveRows({}, first, last);
}

void FilingListModel::onRecordsRemoved()
{
    endRemoveRows();
}

void FilingListModel::onRecordChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FilingListModel::rowOfPath(const QString &path) const
{
    return m_session->indexOf(path);
}

QString FilingListModel::pathAt(int row) const
{
    return row >= 0 && row < m_session->count() ? m_session->recordAt(row).path : QString();
}

FilingListModel::State FilingListModel::stateAt(int row) const
{
    return row >= 0 && row < m_session->count() ? m_session->recordAt(row).state : State::Failed;
}

QString FilingListModel::errorAt(int row) const
{
    return row >= 0 && row < m_session->count() ? m_session->recordAt(row).error : QString();
}

QStringList FilingListModel::paths() const
{
    return m_session->paths();
}

int FilingListModel::countIn(State state) const
{
    return m_session->countIn(state);
}

int FilingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_session->count();
}

int FilingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_session->count())
        return {};
    const FilingRecord &r = m_session->recordAt(index.row());
    auto statusText = [&]() -> QString {
        switch (r.state) {
        case State::Queued:
            return tr("Opening…");
        case State::Loaded:
            return r.warnings == 0 ? tr("OK") : tr("%n warning(s)", nullptr, r.warnings);
        case State::Failed:
            return tr("Error: %1").arg(r.error);
        case State::Cancelled:
            return tr("Cancelled");
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case RegistrantColumn:
            // A file without a registrant (it failed, or is still being read) shows its name
            // in the one column visible by default, rather than a blank row.
            return r.registrant.isEmpty() && role == Qt::DisplayRole ? displayFileName(r.path)
                                                                     : r.registrant;
        case FormColumn:
            return r.form;
        case DateColumn:
            return r.date;
        case ItemsColumn:
            return r.items;
        case PeriodColumn:
            return r.period;
        case FiscalYearColumn:
            return r.fiscalYear;
        case FilerCategoryColumn:
            return r.filerCategory;
        case FileColumn:
            return displayFileName(r.path);
        case StatusColumn:
            return statusText();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return displayLine(r.path);
        if (index.column() == StatusColumn || (r.registrant.isEmpty() && r.state != State::Loaded))
            return statusText();
        return r.registrant.isEmpty() ? QVariant() : QVariant(r.registrant);
    case Qt::FontRole:
        if (index.column() == RegistrantColumn && r.registrant.isEmpty()) {
            QFont italic; // the file name stands in for a name: told apart by its slant
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::DecorationRole:
        // The first column carries the icon of a file that did not open, as the status does.
        if (index.column() == RegistrantColumn && r.state != State::Failed
            && r.state != State::Cancelled)
            return {};
        if (index.column() != StatusColumn && index.column() != RegistrantColumn)
            return {};
        switch (r.state) {
        case State::Failed:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case State::Cancelled:
            return QApplication::style()->standardIcon(QStyle::SP_BrowserStop);
        case State::Loaded:
            return r.warnings ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                              : QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case State::Queued:
            return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        }
        return {};
    case Qt::ForegroundRole:
        if (r.state == State::Failed
            && (index.column() == StatusColumn || index.column() == RegistrantColumn))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case PathRole:
        return r.path;
    case StateRole:
        return int(r.state);
    case SearchRole:
        return QStringList{r.registrant, r.form,   r.items,      displayFileName(r.path),
                           r.date,       r.period, r.fiscalYear, r.filerCategory}
            .join(u'\n');
    }
    return {};
}

Qt::ItemFlags FilingListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList FilingListModel::mimeTypes() const
{
    return {u"text/uri-list"_s, kDragFormat};
}

QMimeData *FilingListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList paths;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row())) {
            rows.insert(index.row());
            const QString &path = m_session->recordAt(index.row()).path;
            paths << path;
        }
    }
    auto *mime = new QMimeData;
    // By their bytes (setUrls would spell a name that is not UTF-8 wrongly).
    mime->setData(u"text/uri-list"_s, uriListOf(paths));
    mime->setData(kDragFormat, paths.join(u'\n').toUtf8());
    return mime;
}

QVariant FilingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegistrantColumn:
        return tr("Registrant");
    case FormColumn:
        return tr("Form");
    case DateColumn:
        return tr("Date of report");
    case ItemsColumn:
        return tr("Items");
    case PeriodColumn:
        return tr("Period");
    case FiscalYearColumn:
        return tr("Fiscal year");
    case FilerCategoryColumn:
        return tr("Filer category");
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace fl

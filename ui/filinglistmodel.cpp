// SPDX-License-Identifier: MIT
#include "filinglistmodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QStyle>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fl {

FilingListModel::FilingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList FilingListModel::addQueued(const QStringList &paths)
{
    QStringList added;
    QSet<QString> seen;
    for (const QString &path : paths) {
        if (m_rows.contains(path) || seen.contains(path))
            continue;
        seen.insert(path);
        added << path;
    }
    if (added.isEmpty())
        return added;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const QString &path : std::as_const(added)) {
        m_rows.insert(path, int(m_records.size()));
        Record r;
        r.path = path;
        m_records.append(r);
    }
    endInsertRows();
    return added;
}

int FilingListModel::rowOfPath(const QString &path) const
{
    return m_rows.value(path, -1);
}

QString FilingListModel::pathAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records[row].path : QString();
}

FilingListModel::State FilingListModel::stateAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records[row].state : State::Failed;
}

QString FilingListModel::errorAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records[row].error : QString();
}

FilingPtr FilingListModel::filingAt(int row)
{
    if (row < 0 || row >= m_records.size())
        return nullptr;
    m_records[row].lastUsed = ++m_clock;
    return m_records[row].filing;
}

FilingPtr FilingListModel::peekFilingAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records[row].filing : nullptr;
}

qint64 FilingListModel::weight(const FilingPtr &filing)
{
    return filing ? filing->text.size() * 2 + filing->lineStarts.size() * 8 : 0;
}

void FilingListModel::setFiling(const QString &path, const FilingPtr &filing)
{
    const int row = rowOfPath(path);
    if (row < 0 || !filing)
        return;
    Record &r = m_records[row];
    m_inMemory -= weight(r.filing);
    r.lastUsed = ++m_clock;
    if (!filing->ok()) {
        r.state = State::Failed;
        r.error = filing->errorMessage;
        r.filing = filing; // small: no text
    } else {
        r.state = State::Loaded;
        r.error.clear();
        r.filing = filing;
        r.registrant = filing->registrantName();
        r.form = filing->formType.canonical();
        r.date = filing->dateOfReport();
        QStringList codes;
        for (const Item &item : filing->items)
            codes << item.code;
        r.items = codes.join(u", "_s);
        r.warnings = int(filing->warnings.size());
    }
    m_inMemory += weight(r.filing);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    evict();
}

void FilingListModel::markCancelled(const QStringList &paths)
{
    for (const QString &path : paths) {
        const int row = rowOfPath(path);
        if (row < 0 || m_records[row].state != State::Queued)
            continue;
        m_records[row].state = State::Cancelled;
        m_records[row].error = tr("Opening was cancelled");
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void FilingListModel::requeue(const QString &path)
{
    const int row = rowOfPath(path);
    if (row < 0)
        return;
    m_records[row].state = State::Queued;
    m_records[row].error.clear();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FilingListModel::removePaths(const QStringList &paths)
{
    QList<int> rows;
    for (const QString &path : paths) {
        const int row = rowOfPath(path);
        if (row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Runs of adjacent rows go in one removal, from the bottom up: closing all of 10,000
    // filings is one move of the records, not 10,000.
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows[i];
        int first = last;
        while (++i < rows.size() && rows[i] == first - 1)
            first = rows[i];
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_inMemory -= weight(m_records[row].filing);
        m_records.remove(first, last - first + 1);
        endRemoveRows();
    }
    reindex();
}

void FilingListModel::reindex()
{
    m_rows.clear();
    for (int i = 0; i < m_records.size(); ++i)
        m_rows.insert(m_records[i].path, i);
}

QStringList FilingListModel::paths() const
{
    QStringList out;
    for (const Record &r : m_records)
        out << r.path;
    return out;
}

int FilingListModel::countIn(State state) const
{
    return int(std::count_if(m_records.begin(), m_records.end(),
                             [&](const Record &r) { return r.state == state; }));
}

void FilingListModel::pin(const QString &path)
{
    m_pinned = path;
}

void FilingListModel::evict()
{
    if (m_inMemory <= m_budget)
        return;
    // The least recently used first, down to 90% of the budget: one sort frees room for many
    // more filings, where dropping one at a time would scan every row for each new filing.
    QList<Record *> loaded;
    for (Record &r : m_records) {
        if (r.state == State::Loaded && r.filing && r.path != m_pinned)
            loaded.append(&r);
    }
    std::sort(loaded.begin(), loaded.end(),
              [](const Record *a, const Record *b) { return a->lastUsed < b->lastUsed; });
    for (Record *oldest : std::as_const(loaded)) {
        if (m_inMemory <= m_budget / 10 * 9)
            break;
        m_inMemory -= weight(oldest->filing);
        oldest->filing.reset(); // the summary stays; the filing is parsed again when opened
    }
}

int FilingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int FilingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Record &r = m_records[index.row()];
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
            return r.registrant;
        case FormColumn:
            return r.form;
        case DateColumn:
            return r.date;
        case ItemsColumn:
            return r.items;
        case FileColumn:
            return QFileInfo(r.path).fileName();
        case StatusColumn:
            return statusText();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return r.path;
        if (index.column() == StatusColumn)
            return statusText();
        return r.registrant.isEmpty() ? QVariant() : QVariant(r.registrant);
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
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
        if (r.state == State::Failed && index.column() == StatusColumn)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case PathRole:
        return r.path;
    case StateRole:
        return int(r.state);
    case SearchRole:
        return QStringList{r.registrant, r.form, r.items, QFileInfo(r.path).fileName(), r.date}
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
    QList<QUrl> urls;
    QStringList paths;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row())) {
            rows.insert(index.row());
            urls << QUrl::fromLocalFile(m_records[index.row()].path);
            paths << m_records[index.row()].path;
        }
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
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
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace fl {

// The filings opened in the window, one row each: what the browser shows. A row keeps a
// summary of its filing for good; the parsed filing itself is kept while memory allows (least
// recently used ones are dropped beyond a budget and parsed again when asked for), so a
// thousand filings can be open at once.
class FilingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RegistrantColumn,
        FormColumn,
        DateColumn,
        ItemsColumn,
        FileColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        PathRole = Qt::UserRole + 1,
        StateRole,
        SortRole,
        SearchRole, // registrant, form, items and file name, for the filter box
    };
    enum class State { Queued, Loaded, Failed, Cancelled };
    // The MIME format that marks a drag started from the browser (dropping such a row on the
    // text of another filing compares the two).
    static inline const QString kDragFormat = QStringLiteral("application/x-filinglens-filing");
    Q_ENUM(State)

    explicit FilingListModel(QObject *parent = nullptr);

    // Adds a queued row for each path not already open; returns the paths added.
    QStringList addQueued(const QStringList &paths);
    int rowOfPath(const QString &path) const;
    QString pathAt(int row) const;
    State stateAt(int row) const;
    QString errorAt(int row) const;
    // The parsed filing, or null when it is not (or no longer) in memory.
    FilingPtr filingAt(int row);           // and marks it as just used, for the memory budget
    FilingPtr peekFilingAt(int row) const; // without marking (exports, searches over all)
    void setFiling(const QString &path, const FilingPtr &filing);
    void markCancelled(const QStringList &paths);
    // A row that failed or was cancelled goes back to the queue to be opened again.
    void requeue(const QString &path);
    void removePaths(const QStringList &paths);
    QStringList paths() const;
    int countIn(State state) const;

    // Bytes of displayed text kept in memory before old filings are dropped.
    void setMemoryBudget(qint64 bytes) { m_budget = bytes; }
    qint64 memoryInUse() const { return m_inMemory; }
    // A filing that must stay in memory whatever the budget (the one on screen).
    void pin(const QString &path);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Rows drag out as file URLs (onto another filing's text: compare).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    struct Record
    {
        QString path;
        State state = State::Queued;
        FilingPtr filing;
        QString registrant;
        QString form;
        QString date;
        QString items;
        QString error;
        int warnings = 0;
        quint64 lastUsed = 0;
    };
    void evict();
    void reindex();
    static qint64 weight(const FilingPtr &filing);

    QList<Record> m_records;
    QHash<QString, int> m_rows;
    qint64 m_budget = qint64(1) << 30;
    qint64 m_inMemory = 0;
    quint64 m_clock = 0;
    QString m_pinned;
};

} // namespace fl

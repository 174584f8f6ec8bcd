// SPDX-License-Identifier: MIT
#pragma once

#include "filingsession.h"

#include <QAbstractTableModel>
#include <QList>

namespace fl {

class FilingSession;

// The filings open in a session, one row each: what the browser shows. A read-only table over
// the session's records, which follows the session's signals (rows inserted as files are
// listed, changed as they are read, removed as they are closed).
class FilingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RegistrantColumn,
        FormColumn,
        DateColumn,
        ItemsColumn,
        PeriodColumn,        // periodic reports: the period covered (an 8-K's date of report)
        FiscalYearColumn,    // annual reports: the year their fiscal year ends
        FilerCategoryColumn, // "large accelerated filer", ...
        FileColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        PathRole = Qt::UserRole + 1,
        StateRole,
        SortRole,
        SearchRole, // every column but the status, for the filter box
    };
    using State = FilingRecord::State;
    // The MIME format that marks a drag started from the browser (dropping such a row on the
    // text of another filing compares the two).
    static inline const QString kDragFormat = QStringLiteral("application/x-filinglens-filing");

    explicit FilingListModel(const FilingSession *session, QObject *parent = nullptr);

    const FilingSession *session() const { return m_session; }
    int rowOfPath(const QString &path) const;
    QString pathAt(int row) const;
    State stateAt(int row) const;
    QString errorAt(int row) const;
    QStringList paths() const;
    int countIn(State state) const;

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
    void onRecordsAboutToBeAdded(int first, int last);
    void onRecordsAdded();
    void onRecordsAboutToBeRemoved(int first, int last);
    void onRecordsRemoved();
    void onRecordChanged(int row);

    const FilingSession *m_session;
};

} // namespace fl

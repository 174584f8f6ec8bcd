// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QAbstractListModel>
#include <QList>

namespace fl {

// The table of contents, parts and items of a report as one list in the order of the text, to
// jump through a 300-page report: each item with its title and status, indented under its
// part. A read-only model over an immutable snapshot: a new filing resets it. Filings that
// are not periodic reports (8-Ks, proxies) give an empty list.
class OutlineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class EntryKind { TableOfContents, Part, Item };
    Q_ENUM(EntryKind)
    enum Role {
        HeadingStartRole = Qt::UserRole + 1, // where a jump lands: the start of the heading
        KindRole,                            // EntryKind as int
        FullLabelRole, // "Part II, Item 7 Management's Discussion ...", for a closed combo box
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setFiling(FilingPtr filing);
    FilingPtr filing() const { return m_filing; }

    // Where a row's heading starts in the text, -1 for no such row.
    qsizetype headingStart(int row) const;
    // The row the offset lies in: the item holding it, else its part or the table of
    // contents (the smallest range that holds it); -1 when none does.
    int rowAt(qsizetype offset) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        EntryKind kind = EntryKind::Item;
        QString label;     // as the list shows it, indented under a part
        QString fullLabel; // with its part, as the current entry of a combo box shows it
        SourceRange heading;
        SourceRange range; // what the entry covers, for following the cursor
    };
    static QList<Entry> entriesOf(const Filing &filing);

    FilingPtr m_filing;
    QList<Entry> m_entries;
};

} // namespace fl

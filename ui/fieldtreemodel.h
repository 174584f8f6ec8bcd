// SPDX-License-Identifier: MIT
#pragma once

#include "fieldtree.h"
#include "filing.h"
#include "textmarks.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace fl {

// The extracted fields of one filing as a tree: Header, Cover page, Items, Exhibits,
// Signatures, Documents, Warnings. A read-only model over an immutable snapshot: a new
// filing resets it.
class FieldTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, NormalizedColumn, LineColumn, ColumnCount };
    enum Role {
        RangeStartRole = Qt::UserRole + 1,
        RangeLengthRole,
        KindRole,
    };
    Q_ENUM(Column)

    explicit FieldTreeModel(QObject *parent = nullptr);
    ~FieldTreeModel() override;

    void setFiling(FilingPtr filing);
    FilingPtr filing() const { return m_filing; }

    SourceRange rangeAt(const QModelIndex &index) const;
    // The deepest row whose range holds the offset (the smallest such range), or invalid;
    // never a property (it shares the range of the row it describes).
    QModelIndex innermostIndexAt(qsizetype offset) const;
    // Every value read from the text (FieldNodeKind::Value) with a range, for underlining;
    // not groups, sections, or properties of a region such as a document's size.
    QList<TextMark> marks() const;
    // Field, value and normalized form of a row as one line of text, for copying.
    QString describe(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const FieldNode *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const FieldNode *node, int column = 0) const;
    void indexNodes(const FieldNode &node);

    FilingPtr m_filing;
    std::unique_ptr<FieldNode> m_root;
    QHash<const FieldNode *, const FieldNode *> m_parents;
    std::vector<const FieldNode *> m_ranged; // nodes with a range, depth first
};

} // namespace fl

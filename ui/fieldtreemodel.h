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

// What the field tree shows of one filing, and the lookups the model makes in it: immutable,
// built on any thread (a 100 MB submission's 1,263 documents took 50-75 ms of the GUI thread).
struct FieldTreeContent
{
    FilingPtr filing;
    FieldNode root;
    QHash<const FieldNode *, const FieldNode *> parents;
    std::vector<const FieldNode *> ranged; // nodes with a range, depth first

    static std::shared_ptr<const FieldTreeContent> build(FilingPtr filing);
    // Every value read from the text (FieldNodeKind::Value) with a range, for underlining;
    // not groups, sections, or properties of a region such as a document's size.
    QList<TextMark> marks() const;

private:
    void index(const FieldNode &node);
};

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
    void setContent(std::shared_ptr<const FieldTreeContent> content);
    FilingPtr filing() const { return m_content->filing; }

    SourceRange rangeAt(const QModelIndex &index) const;
    // The deepest row whose range holds the offset (the smallest such range), or invalid;
    // never a property (it shares the range of the row it describes).
    QModelIndex innermostIndexAt(qsizetype offset) const;
    QList<TextMark> marks() const { return m_content->marks(); }
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

    std::shared_ptr<const FieldTreeContent> m_content;
};

} // namespace fl

// SPDX-License-Identifier: MIT
#include "fieldtreemodel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace fl {

std::shared_ptr<const FieldTreeContent> FieldTreeContent::build(FilingPtr filing)
{
    auto content = std::make_shared<FieldTreeContent>();
    content->filing = std::move(filing);
    if (content->filing)
        content->root = buildFieldTree(*content->filing);
    content->index(content->root);
    return content;
}

void FieldTreeContent::index(const FieldNode &node)
{
    for (const FieldNode &child : node.children) {
        parents.insert(&child, &node);
        if (child.range.isValid())
            ranged.push_back(&child);
        index(child);
    }
}

QList<TextMark> FieldTreeContent::marks() const
{
    QList<TextMark> marks;
    for (const FieldNode *node : ranged) {
        if (node->kind != FieldNodeKind::Value || node->value.isEmpty())
            continue;
        const FieldNode *parent = parents.value(node);
        QString label = node->label;
        if (parent && parent->kind != FieldNodeKind::Section && parent != &root)
            label = parent->label + u" \u203A "_s + label;
        marks.append(TextMark{node->range, label + u": "_s + node->value});
    }
    return marks;
}

FieldTreeModel::FieldTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_content(FieldTreeContent::build(nullptr))
{
}

FieldTreeModel::~FieldTreeModel() = default;

void FieldTreeModel::setFiling(FilingPtr filing)
{
    setContent(FieldTreeContent::build(std::move(filing)));
}

void FieldTreeModel::setContent(std::shared_ptr<const FieldTreeContent> content)
{
    beginResetModel();
    m_content = content ? std::move(content) : FieldTreeContent::build(nullptr);
    endResetModel();
}

const FieldNode *FieldTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const FieldNode *>(index.internalPointer())
                           : &m_content->root;
}

QModelIndex FieldTreeModel::indexOf(const FieldNode *node, int column) const
{
    if (!node || node == &m_content->root)
        return {};
    const FieldNode *parent = m_content->parents.value(node);
    if (!parent)
        return {};
    const int row = int(node - parent->children.constData());
    return createIndex(row, column, const_cast<FieldNode *>(node));
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const FieldNode *p = nodeOf(parent);
    if (!p || row < 0 || row >= p->children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, const_cast<FieldNode *>(&p->children[row]));
}

QModelIndex FieldTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(m_content->parents.value(nodeOf(child)));
}

int FieldTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const FieldNode *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int FieldTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FieldTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const FieldNode *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case FieldColumn:
            return node->label;
        case ValueColumn:
            return node->value;
        case NormalizedColumn:
            return node->normalized;
        case LineColumn:
            return node->range.isValid() && m_content->filing
                ? QVariant(m_content->filing->lineAt(node->range.start) + 1)
                : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn || index.column() == FieldColumn)
            return describe(index);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (node->kind == FieldNodeKind::Section && index.column() == FieldColumn) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (node->kind == FieldNodeKind::Warning)
            return QColor(0xe6, 0x51, 0x00);
        return {};
    case RangeStartRole:
        return qint64(node->range.start);
    case RangeLengthRole:
        return qint64(node->range.length);
    case KindRole:
        return int(node->kind);
    }
    return {};
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case NormalizedColumn:
        return tr("Normalized");
    case LineColumn:
        return tr("Line");
    }
    return {};
}

Qt::ItemFlags FieldTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

SourceRange FieldTreeModel::rangeAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->range : SourceRange{};
}

QModelIndex FieldTreeModel::innermostIndexAt(qsizetype offset) const
{
    const FieldNode *best = nullptr;
    for (const FieldNode *node : m_content->ranged) {
        // A property shares its region's range (a document's size): the region is the row.
        if (node->kind == FieldNodeKind::Property)
            continue;
        const SourceRange r = node->range;
        const bool inside = r.contains(offset) || (r.length == 0 && r.start == offset);
        // Depth first: among equal ranges, the later (deeper) one wins.
        if (inside && (!best || r.length <= best->range.length))
            best = node;
    }
    return indexOf(best);
}

QString FieldTreeModel::describe(const QModelIndex &index) const
{
    const FieldNode *node = nodeOf(index);
    if (!node || node == &m_content->root)
        return {};
    QString text = node->label;
    if (!node->value.isEmpty())
        text += u": "_s + node->value;
    if (!node->normalized.isEmpty() && node->normalized != node->value)
        text += u" ("_s + node->normalized + u')';
    return text;
}

} // namespace fl

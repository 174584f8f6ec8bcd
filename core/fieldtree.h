// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QList>
#include <QString>

namespace fl {

// What a node of the field tree stands for, so views can pick icons and colours.
enum class FieldNodeKind {
    Root,
    Section, // Header, Cover page, Items, ... (top level)
    Group,   // a filer, an item, an exhibit, a signature, a document, an address
    Value,   // one extracted value, its range the text it was read from
    Warning,
    // A value about a region rather than read from it (a document's size and content, an
    // item's official title, status and numbering, where an exhibit is listed): its range
    // locates the region, and the text there does not show the value. The viewer underlines
    // values only.
    Property,
};

// One row of the field tree the viewer shows and the long CSV layout writes: everything that
// was extracted from a filing, as labels and values with their source ranges.
struct FieldNode
{
    FieldNodeKind kind = FieldNodeKind::Value;
    QString label;
    QString value;
    QString normalized;
    SourceRange range;
    QList<FieldNode> children;

    // Depth-first visit of this node's descendants with their label path below the section.
    template<typename Visitor>
    void visit(Visitor &&visitor, const QString &path = {}) const
    {
        for (const FieldNode &child : children) {
            const QString childPath = path.isEmpty() ? child.label : path + u" / " + child.label;
            visitor(child, childPath);
            child.visit(visitor, childPath);
        }
    }
};

// Sections in this order: Header (full submissions), Cover page, Items, Exhibits,
// Signatures, Documents (full submissions), Warnings. A periodic report's Items hold its
// table of contents, then its parts ("Part II"), each with its items. Linear in the number
// of values.
FieldNode buildFieldTree(const Filing &filing);

// Whether the filing is a periodic report whose items the tree groups under parts (10-K, 10-Q,
// ...); false for 8-Ks, whose items have no part.
bool groupsItemsByPart(const Filing &filing);

} // namespace fl

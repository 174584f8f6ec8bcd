// SPDX-License-Identifier: MIT
#include "outlinemodel.h"

#include "fieldtree.h"

#include <QApplication>
#include <QFont>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// "PART II — OTHER INFORMATION" -> "OTHER INFORMATION"; "PART I" -> "".
QString partTitle(const QString &heading)
{
    static const QRegularExpression prefix(uR"(^\s*part\s+[ivx]+\b[\s.:\-\x{2013}\x{2014}]*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return QString(heading).remove(prefix).trimmed();
}

QString itemTitle(const Item &item)
{
    QString title = item.officialTitle.isEmpty() ? item.title.value : item.officialTitle;
    if (!item.status.isEmpty())
        title += u" ("_s + item.status + u')';
    return title;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

OutlineModel::~OutlineModel() = default;

QList<OutlineModel::Entry> OutlineModel::entriesOf(const Filing &f)
{
    QList<Entry> entries;
    // 8-Ks keep their view as it was: a few items, no parts, nothing to jump through.
    if (!groupsItemsByPart(f))
        return entries;
    if (f.tocRange.isValid())
        entries.append(Entry{EntryKind::TableOfContents, tr("Table of contents"),
                             tr("Table of contents"), f.tocRange, f.tocRange});
    for (const ReportPart &part : f.parts) {
        const QString title = partTitle(part.heading.value);
        const QString label =
            title.isEmpty() ? u"Part "_s + part.name : u"Part %1 \u2014 %2"_s.arg(part.name, title);
        const SourceRange heading =
            part.heading.range.isValid() ? part.heading.range : SourceRange{part.range.start, 0};
        entries.append(Entry{EntryKind::Part, label, label, heading, part.range});
    }
    for (const Item &item : f.items) {
        const QString label = u"Item %1 %2"_s.arg(item.code, itemTitle(item));
        // An em space sets an item in under its part.
        entries.append(Entry{EntryKind::Item, item.part.isEmpty() ? label : u"\u2003"_s + label,
                             item.part.isEmpty() ? label : u"Part %1, "_s.arg(item.part) + label,
                             item.heading, item.range()});
    }
    // A part's heading comes before its first item's; the table of contents before both.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.heading.start < b.heading.start;
    });
    return entries;
}

void OutlineModel::setFiling(FilingPtr filing)
{
    beginResetModel();
    m_filing = std::move(filing);
    m_entries = m_filing && m_filing->ok() ? entriesOf(*m_filing) : QList<Entry>();
    endResetModel();
}

qsizetype OutlineModel::headingStart(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].heading.start : -1;
}

int OutlineModel::rowAt(qsizetype offset) const
{
    int best = -1;
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        const SourceRange r = m_entries[row].range;
        const bool inside = r.contains(offset) || (r.length == 0 && r.start == offset);
        if (inside && (best < 0 || r.length <= m_entries[best].range.length))
            best = int(row);
    }
    return best;
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.label;
    case Qt::ToolTipRole:
    case FullLabelRole:
        return entry.fullLabel;
    case Qt::FontRole:
        if (entry.kind != EntryKind::Item) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case HeadingStartRole:
        return qint64(entry.heading.start);
    case KindRole:
        return int(entry.kind);
    }
    return {};
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

} // namespace fl

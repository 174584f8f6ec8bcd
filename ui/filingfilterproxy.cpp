// SPDX-License-Identifier: MIT
#include "filingfilterproxy.h"

#include "filinglistmodel.h"

#include <QCollator>

using namespace Qt::Literals::StringLiterals;

namespace fl {

FilingFilterProxy::FilingFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FilingListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FilingFilterProxy::setFilter(const QString &query, Scope scope)
{
    m_query = query.trimmed();
    m_words = m_query.split(u' ', Qt::SkipEmptyParts);
    m_scope = scope;
    if (scope != Scope::Text)
        m_textMatches.clear();
    invalidateFilter();
}

void FilingFilterProxy::setTextMatches(const QSet<QString> &paths)
{
    m_textMatches = paths;
    invalidateFilter();
}

bool FilingFilterProxy::isTextMatch(const QString &path) const
{
    return m_scope == Scope::Text && !m_query.isEmpty() && m_textMatches.contains(path);
}

bool FilingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    auto value = [&](int column, int role = FilingListModel::SortRole) {
        return model->data(model->index(sourceRow, column, sourceParent), role).toString();
    };
    switch (m_scope) {
    case Scope::Text:
        return m_textMatches.contains(value(0, FilingListModel::PathRole));
    case Scope::Company: {
        const QString registrant = value(FilingListModel::RegistrantColumn);
        return std::all_of(m_words.begin(), m_words.end(), [&](const QString &w) {
            return registrant.contains(w, Qt::CaseInsensitive);
        });
    }
    case Scope::Form: {
        const QString form = value(FilingListModel::FormColumn);
        return std::any_of(m_words.begin(), m_words.end(), [&](const QString &w) {
            return form.startsWith(w, Qt::CaseInsensitive);
        });
    }
    case Scope::Item: {
        const QStringList codes = value(FilingListModel::ItemsColumn).split(u", "_s);
        return std::any_of(m_words.begin(), m_words.end(), [&](const QString &w) {
            return std::any_of(codes.begin(), codes.end(), [&](const QString &code) {
                return code == w || code.startsWith(w + u'.');
            });
        });
    }
    case Scope::Any:
        break;
    }
    const QString all = value(0, FilingListModel::SearchRole);
    return std::all_of(m_words.begin(), m_words.end(),
                       [&](const QString &w) { return all.contains(w, Qt::CaseInsensitive); });
}

bool FilingFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // "Item 9.01" after "Item 2.02", "file10" after "file9".
    static const QCollator collator = [] {
        QCollator c;
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString())
        < 0;
}

} // namespace fl

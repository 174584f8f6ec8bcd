// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace fl {

// Filters and sorts the browser. Words of the query must all match; the scope says where:
// anywhere in the summary, the registrant, the form type, the item codes, or the full text
// (searched in the background and handed over with setTextMatches()).
class FilingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope { Any, Company, Form, Item, Text };
    Q_ENUM(Scope)

    explicit FilingFilterProxy(QObject *parent = nullptr);

    void setFilter(const QString &query, Scope scope);
    QString query() const { return m_query; }
    Scope scope() const { return m_scope; }
    void setTextMatches(const QSet<QString> &paths);
    // Whether the full-text filter is on and found its query in this filing.
    bool isTextMatch(const QString &path) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_query;
    QStringList m_words;
    Scope m_scope = Scope::Any;
    QSet<QString> m_textMatches;
};

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace fl {

class FieldTreeModel;
struct FieldTreeContent;
class HeaderMenu;

// The Fields dock's content: a filter box over the field tree of the filing shown, with a
// context menu to copy values. Choosing a row asks for its range in the text
// (rangeActivated); the text cursor moving selects the row that holds it (followText).
class FieldPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FieldPanel(QWidget *parent = nullptr);

    // Shows the fields of `filing` (null: none), expanded as the filter wants.
    void setFiling(const FilingPtr &filing);
    // The same with the tree already built (FieldTreeContent::build, on any thread).
    void setContent(const std::shared_ptr<const FieldTreeContent> &content);
    // Selects the innermost row whose range holds this offset of the text, without asking
    // for its range back.
    void followText(qsizetype position);
    // Show in Fields for the text's context menu: selects the innermost row at `offset`,
    // showing the dock and giving the tree the focus; disabled when no row holds it.
    void addShowInFieldsAction(QMenu *menu, qsizetype offset);
    // Copies the current row's value to the clipboard.
    void copyCurrentValue() const;

    FieldTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }

Q_SIGNALS:
    void rangeActivated(const fl::SourceRange &range);

private:
    void onCurrentRowChanged(const QModelIndex &proxyIndex);
    void applyFilter();
    void showMenu(const QPoint &pos);

    FieldTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QTimer *m_filterTimer;
    HeaderMenu *m_columns;
    bool m_following = false;
};

} // namespace fl

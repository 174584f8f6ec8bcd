// SPDX-License-Identifier: MIT
#include "browserpanel.h"

#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "headermenu.h"
#include "windowlayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fl {

BrowserPanel::BrowserPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filterRow = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter filings"));
    m_filter->setClearButtonEnabled(true);
    m_scope->addItem(tr("Anywhere"), int(FilingFilterProxy::Scope::Any));
    m_scope->addItem(tr("Company"), int(FilingFilterProxy::Scope::Company));
    m_scope->addItem(tr("Form"), int(FilingFilterProxy::Scope::Form));
    m_scope->addItem(tr("Item code"), int(FilingFilterProxy::Scope::Item));
    m_scope->addItem(tr("Full text"), int(FilingFilterProxy::Scope::Text));
    m_scope->setToolTip(tr("Where the filter looks"));
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_scope);
    layout->addLayout(filterRow);
    m_tree->setObjectName(u"browser"_s);
    m_tree->setModel(model);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->header()->setStretchLastSection(true);
    // Narrow to start with, then as wide as the filings' values need (a form type such as
    // "SC TO-T/A" whole), within a cap: the tree scrolls sideways rather than widening the
    // window. The header's menu shows and hides columns.
    for (int column = 0; column < FilingListModel::ColumnCount; ++column)
        m_tree->setColumnWidth(column, fontMetrics().averageCharWidth() * 10);
    auto *columns = new HeaderMenu(m_tree->header(), u"filings"_s);
    columns->setColumnCap(FilingListModel::RegistrantColumn, fontMetrics().averageCharWidth() * 36);
    columns->fitToContents(m_tree, fontMetrics().averageCharWidth() * 40);
    keepSelectionOnFocusIn(m_tree);
    layout->addWidget(m_tree, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &BrowserPanel::filterChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BrowserPanel::filterChanged);
}

bool BrowserPanel::keepCurrent(const QString &shownPath)
{
    const QAbstractItemModel *rows = m_tree->model();
    QModelIndex target = rows->rowCount() > 0 ? rows->index(0, 0) : QModelIndex();
    bool kept = false;
    for (int row = 0; !shownPath.isEmpty() && row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        if (index.data(FilingListModel::PathRole).toString() == shownPath) {
            target = index;
            kept = true;
            break;
        }
    }
    if (target.isValid()) {
        // The filter may have moved the current index onto the first row without a signal:
        // cleared first, making it current again tells the window to show it.
        if (!kept)
            m_tree->selectionModel()->clearCurrentIndex();
        m_tree->selectionModel()->setCurrentIndex(
            target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(target);
    }
    return kept;
}

void BrowserPanel::cancelPendingFilter()
{
    m_timer->stop();
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "fieldpanel.h"

#include "fieldtreemodel.h"
#include "headermenu.h"
#include "windowlayout.h"

#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fl {

FieldPanel::FieldPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FieldTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_filterTimer(new QTimer(this))
    , m_columns(new HeaderMenu(m_tree->header(), u"fields"_s))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter->setPlaceholderText(tr("Filter fields"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree->setObjectName(u"fieldTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fitted to the fields of the filings shown, within a cap; the header's menu shows and
    // hides columns.
    for (int column = 0; column < FieldTreeModel::ColumnCount; ++column)
        m_tree->setColumnWidth(column, fontMetrics().averageCharWidth() * 12);
    m_columns->setColumnCap(FieldTreeModel::FieldColumn, fontMetrics().averageCharWidth() * 24);
    m_columns->fitToContents(m_tree, fontMetrics().averageCharWidth() * 44);
    keepSelectionOnFocusIn(m_tree);
    layout->addWidget(m_tree, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &FieldPanel::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FieldPanel::onCurrentRowChanged);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &FieldPanel::showMenu);
}

void FieldPanel::setFiling(const FilingPtr &filing)
{
    setContent(FieldTreeContent::build(filing));
}

void FieldPanel::setContent(const std::shared_ptr<const FieldTreeContent> &content)
{
    m_model->setContent(content);
    if (!m_model->filing())
        return;
    m_tree->expandToDepth(0);
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
    m_columns->fitNow(); // before anyone clicks
}

void FieldPanel::onCurrentRowChanged(const QModelIndex &proxyIndex)
{
    if (m_following || !proxyIndex.isValid())
        return;
    const SourceRange range = m_model->rangeAt(m_proxy->mapToSource(proxyIndex));
    if (range.isValid())
        Q_EMIT rangeActivated(range);
}

void FieldPanel::followText(qsizetype position)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->innermostIndexAt(position));
    if (!index.isValid())
        return;
    m_following = true;
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_following = false;
}

void FieldPanel::addShowInFieldsAction(QMenu *menu, qsizetype offset)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->innermostIndexAt(offset));
    const FilingPtr shown = m_model->filing();
    QAction *action = menu->addAction(tr("&Show in Fields"), this, [this, offset, shown] {
        if (m_model->filing() != shown)
            return; // another filing came while the menu was open
        if (auto *dock = qobject_cast<QDockWidget *>(parentWidget())) {
            dock->show();
            dock->raise();
        }
        followText(offset);
        m_tree->setFocus(Qt::OtherFocusReason);
    });
    action->setObjectName(u"showInFieldsAction"_s);
    action->setEnabled(index.isValid());
}

void FieldPanel::copyCurrentValue() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex index = m_proxy->mapToSource(current);
    QGuiApplication::clipboard()->setText(
        index.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString());
}

void FieldPanel::applyFilter()
{
    m_filterTimer->stop();
    m_proxy->setFilterFixedString(m_filter->text());
    if (m_filter->text().isEmpty())
        m_tree->expandToDepth(0);
    else
        m_tree->expandAll();
}

void FieldPanel::showMenu(const QPoint &pos)
{
    const QModelIndex proxyIndex = m_tree->indexAt(pos);
    if (!proxyIndex.isValid())
        return;
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const QString value = index.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString();
    const QString normalized =
        index.siblingAtColumn(FieldTreeModel::NormalizedColumn).data().toString();
    QMenu menu(this);
    menu.addAction(tr("Copy Value"), this,
                   [value] { QGuiApplication::clipboard()->setText(value); })
        ->setEnabled(!value.isEmpty());
    menu.addAction(tr("Copy Normalized Value"), this,
                   [normalized] { QGuiApplication::clipboard()->setText(normalized); })
        ->setEnabled(!normalized.isEmpty());
    // Everything the actions need is taken now: a filing arriving in the background while the
    // menu is open resets the model and its indexes.
    const QString described = m_model->describe(index);
    const SourceRange range = m_model->rangeAt(index);
    const FilingPtr shown = m_model->filing();
    menu.addAction(tr("Copy Field and Value"), this,
                   [described] { QGuiApplication::clipboard()->setText(described); });
    menu.addSeparator();
    // The text shows the filing these fields are of (the window sets both together).
    menu.addAction(tr("Show in Text"), this,
                   [this, range, shown] {
                       if (m_model->filing() == shown)
                           Q_EMIT rangeActivated(range);
                   })
        ->setEnabled(range.isValid());
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace fl

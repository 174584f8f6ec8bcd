// SPDX-License-Identifier: MIT
#include "headermenu.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStyle>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr int kSampleRows = 200;         // of a batch of rows added
constexpr int kChangedSampleRows = 1000; // of a model's rows, as they change

} // namespace

HeaderMenu::HeaderMenu(QHeaderView *header, const QString &settingsKey)
    : QObject(header)
    , m_header(header)
    , m_key(settingsKey)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &HeaderMenu::showMenu);
    // Columns come and go with the model: the saved choice applies to each new set.
    connect(header, &QHeaderView::sectionCountChanged, this, &HeaderMenu::restoreHidden);
    restoreHidden();
}

void HeaderMenu::fitToContents(QAbstractItemView *view, int maxWidth)
{
    m_fitView = view;
    m_maxWidth = maxWidth;
    // Only the rows that arrive or change are measured, by their text (a delegate's size
    // hint for a thousand rows at each batch of a folder of filings took 200 ms a time).
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                measureRows(parent, first, last);
                applyWidths();
            });
    // Each filing read changes its row: of a big folder only an even sample of rows is
    // measured (measuring all 100,000 took seconds of the GUI thread), and the header is
    // touched only when a column must grow.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!topLeft.isValid())
                    return;
                const QModelIndex parent = topLeft.parent();
                const int step =
                    std::max(1, int(topLeft.model()->rowCount(parent)) / kChangedSampleRows);
                m_grew = false;
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    if (row % step == 0)
                        measureRows(parent, row, row);
                }
                if (m_grew)
                    applyWidths();
            });
    connect(model, &QAbstractItemModel::modelReset, this, &HeaderMenu::fitNow);
    connect(model, &QAbstractItemModel::layoutChanged, this, &HeaderMenu::fitNow);
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        connect(tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
            measureRows(index, 0, int(index.model()->rowCount(index)) - 1);
            applyWidths();
        });
    }
    // The stretched last section follows the view's width: only other resizes are the user's.
    connect(m_header, &QHeaderView::sectionResized, this, [this](int column) {
        const bool stretched = m_header->stretchLastSection()
            && column == m_header->logicalIndex(m_header->count() - 1);
        if (!m_fitting && !stretched)
            m_userResized = true;
    });
    fitNow();
}

void HeaderMenu::setColumnCap(int column, int maxWidth)
{
    m_caps.insert(column, maxWidth);
}

void HeaderMenu::fitNow()
{
    if (!m_fitView || !m_fitView->model())
        return;
    m_measured.clear();
    measureRows({}, 0, m_fitView->model()->rowCount() - 1);
    applyWidths();
}

int HeaderMenu::depthOf(QModelIndex index) const
{
    int depth = 0;
    for (; index.isValid(); index = index.parent())
        ++depth;
    return depth;
}

void HeaderMenu::measureRows(const QModelIndex &parent, int first, int last)
{
    if (!m_fitView || m_userResized || last < first)
        return;
    auto *tree = qobject_cast<QTreeView *>(m_fitView);
    // Rows under a collapsed parent are not seen, so they do not count yet.
    if (parent.isValid() && (!tree || !tree->isExpanded(parent)))
        return;
    const QAbstractItemModel *model = m_fitView->model();
    const QStyle *style = m_fitView->style();
    const int margin =
        2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_fitView) + 1);
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_fitView) + margin;
    int indent = 0;
    if (tree)
        indent = tree->indentation() * (depthOf(parent) + (tree->rootIsDecorated() ? 1 : 0));
    const int columns = model->columnCount(parent);
    if (m_measured.size() < columns)
        m_measured.resize(columns, 0);
    // A big batch (a folder of thousands) is sampled evenly: a few hundred rows tell the
    // widths, and reading every cell of 10,000 rows kept the GUI thread for seconds.
    const int step = std::max(1, (last - first + 1) / kSampleRows);
    for (int row = first; row <= last; row += step) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics fm =
                font.isValid() ? QFontMetrics(font.value<QFont>()) : m_fitView->fontMetrics();
            int width = fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + margin;
            if (column == 0 && !index.data(Qt::DecorationRole).isNull())
                width += icon;
            if (column == 0)
                width += indent;
            if (width > m_measured[column]) {
                m_measured[column] = width;
                m_grew = true;
            }
        }
        // Children shown already (a tree filled expanded) count too.
        const QModelIndex child = model->index(row, 0, parent);
        if (tree && tree->isExpanded(child))
            measureRows(child, 0, model->rowCount(child) - 1);
    }
}

void HeaderMenu::applyWidths()
{
    if (!m_fitView || m_userResized)
        return;
    const QScopedValueRollback guard(m_fitting, true);
    const int last = m_header->count() - 1;
    for (int column = 0; column <= last && column < m_measured.size(); ++column) {
        if (m_header->isSectionHidden(column)
            || m_header->sectionResizeMode(column) != QHeaderView::Interactive
            || (column == last && m_header->stretchLastSection()))
            continue;
        // The header's own text counts too: a column is never narrower than its title.
        const int wanted = std::max(m_measured[column], m_header->sectionSizeHint(column));
        const int width = std::min(wanted, m_caps.value(column, m_maxWidth));
        if (width > m_header->sectionSize(column))
            m_header->resizeSection(column, width);
    }
}

void HeaderMenu::setColumnShown(int column, bool shown)
{
    m_header->setSectionHidden(column, !shown);
    saveHidden();
    if (shown)
        applyWidths();
}

void HeaderMenu::showMenu(const QPoint &pos)
{
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu(m_header);
    const int visible = m_header->count() - m_header->hiddenSectionCount();
    for (int column = 0; column < m_header->count(); ++column) {
        const QString title = model->headerData(column, m_header->orientation()).toString();
        QAction *action = menu.addAction(title.isEmpty() ? tr("Column %1").arg(column + 1) : title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        // The last column shown stays: a view with none could not be given them back.
        action->setEnabled(m_header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu.exec(m_header->mapToGlobal(pos));
}

void HeaderMenu::restoreHidden()
{
    if (m_header->count() == 0)
        return;
    const QSettings settings;
    const QString key = u"columns/%1/hidden"_s.arg(m_key);
    if (!settings.contains(key))
        return; // the view's own defaults
    const QStringList hidden = settings.value(key).toStringList();
    const QAbstractItemModel *model = m_header->model();
    for (int column = 0; column < m_header->count(); ++column) {
        // By title, so that a column added in a later version does not shift the choice.
        const QString title =
            model ? model->headerData(column, m_header->orientation()).toString() : QString();
        m_header->setSectionHidden(column, hidden.contains(title));
    }
    if (m_header->hiddenSectionCount() == m_header->count())
        m_header->setSectionHidden(0, false);
}

void HeaderMenu::saveHidden() const
{
    QStringList hidden;
    const QAbstractItemModel *model = m_header->model();
    for (int column = 0; column < m_header->count(); ++column) {
        if (m_header->isSectionHidden(column) && model)
            hidden << model->headerData(column, m_header->orientation()).toString();
    }
    QSettings().setValue(u"columns/%1/hidden"_s.arg(m_key), hidden);
}

} // namespace fl

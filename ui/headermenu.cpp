// SPDX-License-Identifier: MIT
#include "headermenu.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace fl {

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
    QAbstractItemModel *model = view->model();
    // Once the view has seen the rows, and at most every 200 ms while a folder of filings
    // arrives: a fit measures up to a thousand rows.
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(200);
    connect(m_fitTimer, &QTimer::timeout, this, &HeaderMenu::fitNow);
    auto schedule = [this] {
        if (!m_fitTimer->isActive())
            m_fitTimer->start();
    };
    connect(model, &QAbstractItemModel::rowsInserted, m_fitTimer, schedule);
    connect(model, &QAbstractItemModel::modelReset, m_fitTimer, schedule);
    connect(model, &QAbstractItemModel::layoutChanged, m_fitTimer, schedule);
    connect(model, &QAbstractItemModel::dataChanged, m_fitTimer, schedule);
    // A tree's rows shown by expanding count too.
    if (auto *tree = qobject_cast<QTreeView *>(view))
        connect(tree, &QTreeView::expanded, m_fitTimer, schedule);
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
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
    if (!m_fitView || m_userResized)
        return;
    const QScopedValueRollback guard(m_fitting, true);
    const int last = m_header->count() - 1;
    for (int column = 0; column <= last; ++column) {
        if (m_header->isSectionHidden(column)
            || m_header->sectionResizeMode(column) != QHeaderView::Interactive
            || (column == last && m_header->stretchLastSection()))
            continue;
        // The header's own text counts too: a column is never narrower than its title.
        const int wanted =
            std::max(m_fitView->sizeHintForColumn(column), m_header->sectionSizeHint(column));
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
        fitNow();
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

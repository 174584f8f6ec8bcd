// SPDX-License-Identifier: MIT
#include "factpanel.h"

#include "factmodel.h"
#include "filingview.h"
#include "textview.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fl {

FactPanel::FactPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FactModel(this))
    , m_proxy(new FactFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_hidden(new QCheckBox(tr("Show hidden facts"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_filterTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);

    // The filter on a row of its own: the dock is narrow in a small window.
    auto *options = new QHBoxLayout;
    m_filter->setObjectName(u"factFilter"_s);
    m_filter->setPlaceholderText(tr("Filter facts: concept, value, dimension"));
    m_filter->setClearButtonEnabled(true);
    m_hidden->setChecked(true);
    m_hidden->setToolTip(tr("List the facts of ix:hidden, which the document does not show"));
    options->addWidget(m_hidden);
    options->addStretch(1);
    options->addWidget(m_count);

    m_table->setObjectName(u"factTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Document order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(FactModel::ConceptColumn, 210);
    m_table->setColumnWidth(FactModel::ValueColumn, 110);
    m_table->setColumnWidth(FactModel::UnitColumn, 90);
    m_table->setColumnWidth(FactModel::PeriodColumn, 170);
    m_table->setColumnWidth(FactModel::DimensionsColumn, 220);
    m_table->setColumnWidth(FactModel::HiddenColumn, 60);

    m_empty->setObjectName(u"factsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the placeholder colour
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addLayout(options);
    layout->addWidget(m_stack, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &FactPanel::applyFilter);
    connect(m_hidden, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowHidden(show);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FactPanel::onCurrentRowChanged);
    setFiling(nullptr);
}

FactPanel::~FactPanel() = default;

FactPanel *FactPanel::addDock(QMainWindow *window, FilingView *view)
{
    auto *panel = new FactPanel(window);
    auto *dock = new QDockWidget(tr("Facts"), window);
    dock->setObjectName(u"factsDock"_s);
    dock->setWidget(panel);
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    dock->toggleViewAction()->setStatusTip(tr("Show or hide the filing's inline-XBRL facts"));
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(view, &FilingView::filingChanged, panel,
            [panel, view] { panel->setFiling(view->filing()); });
    connect(panel, &FactPanel::rangeActivated, view->textView(), &TextView::select);
    connect(panel, &FactPanel::message, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 8000); });
    connect(view->textView(), &TextView::cursorMovedByUser, panel, &FactPanel::followText);
    return panel;
}

bool FactPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void FactPanel::setFiling(const FilingPtr &filing)
{
    m_model->setFiling(filing);
    const bool any = filing && !filing->facts.isEmpty();
    m_empty->setText(!filing ? tr("No filing shown.") : tr("This filing has no inline-XBRL tags."));
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_table) : m_empty);
    m_filter->setEnabled(any);
    m_hidden->setEnabled(any);
    updateCount();
}

void FactPanel::applyFilter()
{
    m_filterTimer->stop();
    m_proxy->setText(m_filter->text());
    updateCount();
}

void FactPanel::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(all == 0           ? QString()
                         : shown == all ? tr("%n fact(s)", nullptr, all)
                                        : tr("%1 of %2").arg(shown).arg(all));
}

void FactPanel::onCurrentRowChanged(const QModelIndex &proxyIndex)
{
    if (m_following || !proxyIndex.isValid())
        return;
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const Fact *fact = m_model->factAt(index);
    if (!fact)
        return;
    if (fact->range.isValid()) {
        Q_EMIT rangeActivated(fact->range);
        return;
    }
    Q_EMIT message(
        fact->hidden
            ? tr("%1 is hidden (ix:hidden): the document does not show it.").arg(fact->name)
            : tr("%1 is not shown in the text.").arg(fact->name));
}

void FactPanel::followText(qsizetype position)
{
    const int row = m_model->rowAt(position);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_following = true;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_following = false;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "compareview.h"

#include "comparefacts.h"
#include "comparemodel.h"
#include "diffconnector.h"
#include "findbar.h"
#include "headermenu.h"
#include "itemsummary.h"
#include "textview.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

const auto kWrapKey = u"compare/wrapLines"_s;

QString nameOf(const FilingPtr &f)
{
    if (!f)
        return {};
    QString name = f->registrantName();
    if (!f->dateOfReport().isEmpty())
        name += u" "_s + f->dateOfReport();
    return name.trimmed().isEmpty() ? f->fileName() : name;
}

// A label that takes no width of its own: it shows what fits (a narrow window clips it).
QLabel *elidingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// What the worker thread computes for a comparison.
struct ComparedTexts
{
    TextDiff diff;
    QList<ItemComparison> items;
};

// "Item 7", or "Part II, Item 7": the field table's label of an item (core/comparison.cpp).
QString itemFieldLabel(const QString &part, const QString &code)
{
    return part.isEmpty() ? u"Item "_s + code : u"Part %1, Item %2"_s.arg(part, code);
}

QList<int> rowMap(const DiffAlignment &alignment, bool left)
{
    QList<int> map;
    map.reserve(alignment.rowCount());
    for (const AlignedRow &row : alignment.rows)
        map.append(left ? row.left : row.right);
    return map;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CompareFieldModel(this))
    , m_proxy(new CompareFilterProxy(this))
    , m_table(new QTableView(this))
    , m_summary(new ItemSummaryPanel(this))
    , m_facts(new CompareFactsPanel(this))
    , m_topTabs(new QTabWidget(this))
    , m_leftView(new TextView(this))
    , m_rightView(new TextView(this))
    , m_lastFocused(m_leftView)
    , m_connector(new DiffConnector(m_leftView, m_rightView, this))
    , m_overview(new DiffOverview(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
    , m_find(new FindBar(m_leftView, this))
    , m_leftName(elidingLabel(this))
    , m_rightName(elidingLabel(this))
    , m_counter(new QLabel(this))
    , m_changesOnly(new QCheckBox(tr("C&hanges only"), this))
    , m_ignoreWhitespace(new QCheckBox(tr("Ignore &whitespace"), this))
    , m_wrap(new QCheckBox(tr("W&rap long lines"), this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    // The change colours alone: section bands would muddy them.
    m_leftView->setShowSections(false);
    m_rightView->setShowSections(false);
    // The panes scroll together: one scroll bar, at the right edge, as in Meld, and panes of
    // the same width (so the same sideways range too).
    m_leftView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rightView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScrollBar *inner = m_rightView->verticalScrollBar();
    connect(inner, &QScrollBar::rangeChanged, m_scrollBar, [this, inner](int min, int max) {
        m_scrollBar->setRange(min, max);
        m_scrollBar->setPageStep(inner->pageStep());
    });
    connect(inner, &QScrollBar::valueChanged, m_scrollBar, &QScrollBar::setValue);
    connect(m_scrollBar, &QScrollBar::valueChanged, m_rightView, &TextView::setFirstVisibleRow);
    m_leftView->setObjectName(u"leftPane"_s);
    m_rightView->setObjectName(u"rightPane"_s);
    m_table->setObjectName(u"compareFields"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(CompareFieldModel::FieldColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(CompareFieldModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CompareFieldModel::RightColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(CompareFieldModel::FieldColumn, 240);
    m_table->setColumnWidth(CompareFieldModel::StatusColumn, 90);
    new HeaderMenu(header, u"compareFields"_s);
    m_find->hide();
    createToolBar();

    m_rightName->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *names = new QHBoxLayout;
    names->setContentsMargins(6, 2, 6, 2);
    names->addWidget(m_leftName, 1);
    names->addSpacing(m_connector->width());
    names->addWidget(m_rightName, 1);

    auto *panes = new QHBoxLayout;
    panes->setContentsMargins(0, 0, 0, 0);
    panes->setSpacing(0);
    panes->addWidget(m_leftView, 1);
    panes->addWidget(m_connector);
    panes->addWidget(m_rightView, 1);
    panes->addWidget(m_overview);
    panes->addWidget(m_scrollBar);

    auto *texts = new QWidget(this);
    auto *textsLayout = new QVBoxLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    textsLayout->setSpacing(0);
    textsLayout->addLayout(names);
    textsLayout->addLayout(panes, 1);
    textsLayout->addWidget(m_find);

    // Reports open on their items (scores per item); the fields are a tab away.
    m_topTabs->setObjectName(u"compareTopTabs"_s);
    m_topTabs->setDocumentMode(true);
    m_topTabs->addTab(m_summary, tr("Items"));
    m_topTabs->addTab(m_table, tr("Fields"));
    m_topTabs->addTab(m_facts, tr("Facts")); // shown when either filing has inline XBRL
    m_topTabs->setTabVisible(0, false);
    m_topTabs->setCurrentWidget(m_table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_topTabs);
    splitter->addWidget(texts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_changesOnly, &QCheckBox::toggled, m_proxy, &CompareFilterProxy::setChangesOnly);
    connect(m_ignoreWhitespace, &QCheckBox::toggled, this, &CompareView::computeDiff);
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool wrap) {
        m_leftView->setWrapLines(wrap);
        m_rightView->setWrapLines(wrap);
        updateRowSpans();
        QSettings().setValue(kWrapKey, wrap);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onFieldSelected(current); });
    for (TextView *view : {m_leftView, m_rightView}) {
        TextView *other = view == m_leftView ? m_rightView : m_leftView;
        view->installEventFilter(this);
        connect(view, &TextView::findSelectionRequested, this, [this, view] {
            m_lastFocused = view; // the pane whose menu it was
            showFind();
        });
        connect(view, &TextView::firstVisibleRowChanged, this,
                [this, view, other](int row) { syncScroll(view, other, row); });
        // Long lines scroll sideways together.
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this, other](int x) {
            if (m_syncing)
                return;
            m_syncing = true;
            other->horizontalScrollBar()->setValue(x);
            m_syncing = false;
        });
        connect(view, &TextView::cursorMovedByUser, this,
                [this, view](qsizetype position) { onCursorMoved(view, position); });
        connect(view, &TextView::wrapColumnsChanged, this, &CompareView::updateRowSpans);
        connect(view, &TextView::painted, m_connector, qOverload<>(&QWidget::update));
        connect(view, &TextView::painted, m_scrollBar,
                [this, view] { m_scrollBar->setPageStep(view->verticalScrollBar()->pageStep()); });
    }
    m_connector->onHunkClicked = [this](int hunk) {
        const auto it = std::lower_bound(m_changes.cbegin(), m_changes.cend(), hunk);
        if (it != m_changes.cend() && *it == hunk)
            goToChange(int(it - m_changes.cbegin()));
    };
    m_overview->onJump = [this](int row) {
        m_leftView->setFirstVisibleRow(std::max(0, row - m_leftView->visibleLineCount() / 2));
    };
    connect(m_facts, &CompareFactsPanel::factActivated, this,
            [this](SourceRange left, SourceRange right) { selectRanges(left, right); });
    connect(m_summary, &ItemSummaryPanel::itemActivated, this,
            [this](const QString &part, const QString &code) { showItem(part, code); });
    m_wrap->setChecked(QSettings().value(kWrapKey, false).toBool());
    updateCounter();
}

CompareView::~CompareView() = default;

void CompareView::createToolBar()
{
    // A tool bar, so that what does not fit goes into its extension menu instead of making
    // the window wider.
    m_toolBar = new QToolBar(tr("Comparison"), this);
    m_toolBar->setObjectName(u"compareToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    QStyle *s = style();
    QAction *previous = m_toolBar->addAction(s->standardIcon(QStyle::SP_ArrowUp), tr("Previous"),
                                             this, &CompareView::previousChange);
    previous->setToolTip(tr("Previous change (Shift+F7)"));
    QAction *next = m_toolBar->addAction(s->standardIcon(QStyle::SP_ArrowDown), tr("Next"), this,
                                         &CompareView::nextChange);
    next->setToolTip(tr("Next change (F7)"));
    m_toolBar->addWidget(m_counter);
    m_toolBar->addSeparator();
    QAction *swap = m_toolBar->addAction(s->standardIcon(QStyle::SP_BrowserReload),
                                         tr("&Swap Sides"), this, &CompareView::swapSides);
    swap->setToolTip(tr("Put the right filing on the left and the left on the right"));
    m_toolBar->addSeparator();
    m_changesOnly->setToolTip(tr("Show only the fields that differ"));
    m_ignoreWhitespace->setToolTip(tr("Compare the texts ignoring blanks and re-wrapped lines"));
    m_wrap->setToolTip(tr("Wrap long lines at the width of the panes (rows stay level); "
                          "otherwise both panes scroll sideways together"));
    m_toolBar->addWidget(m_changesOnly);
    m_toolBar->addWidget(m_ignoreWhitespace);
    m_toolBar->addWidget(m_wrap);
    m_toolBar->addSeparator();
    QAction *exportAction =
        m_toolBar->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export Fields…"),
                             this, &CompareView::exportRequested);
    exportAction->setToolTip(tr("Save the field comparison as CSV"));
}

QString CompareView::title() const
{
    return tr("%1 \u2194 %2")
        .arg(m_left ? m_left->fileName() : QString(), m_right ? m_right->fileName() : QString());
}

void CompareView::setFilings(FilingPtr left, FilingPtr right)
{
    m_left = std::move(left);
    m_right = std::move(right);
    m_model->setDifferences(m_left && m_right ? compareFields(*m_left, *m_right)
                                              : QList<FieldDifference>{});
    m_leftView->setFiling(m_left);
    m_rightView->setFiling(m_right);
    m_facts->setFilings(m_left, m_right);
    m_topTabs->setTabVisible(m_topTabs->indexOf(m_facts), m_facts->hasFacts());
    // The same sideways range for both, so that they scroll together to the end.
    const qsizetype columns = std::max(m_leftView->contentColumns(), m_rightView->contentColumns());
    m_leftView->setMinimumContentColumns(columns);
    m_rightView->setMinimumContentColumns(columns);
    m_leftName->setText(u"<b>%1</b> \u2014 %2"_s.arg(
        nameOf(m_left).toHtmlEscaped(), m_left ? m_left->fileName().toHtmlEscaped() : QString()));
    m_rightName->setText(
        u"<b>%1</b> \u2014 %2"_s.arg(nameOf(m_right).toHtmlEscaped(),
                                     m_right ? m_right->fileName().toHtmlEscaped() : QString()));
    m_leftName->setToolTip(m_left ? m_left->path : QString());
    m_rightName->setToolTip(m_right ? m_right->path : QString());
    Q_EMIT titleChanged(title());
    m_find->refresh();
    computeDiff();
}

void CompareView::swapSides()
{
    setFilings(m_right, m_left);
}

void CompareView::computeDiff()
{
    const quint64 generation = ++m_generation;
    m_diffReady = false;
    m_diff = TextDiff{};
    m_alignment = DiffAlignment{};
    m_changes.clear();
    m_current = -1;
    for (TextView *view : {m_leftView, m_rightView}) {
        view->setHighlights({});
        view->setRowMap({});
        view->setRowSpans({});
    }
    m_connector->setDiff(nullptr, nullptr);
    m_overview->setDiff(nullptr, nullptr);
    showItemComparisons({});
    m_counter->setText(tr("Comparing texts…"));
    if (!m_left || !m_right)
        return;
    DiffOptions options;
    options.ignoreWhitespace = m_ignoreWhitespace->isChecked();
    auto *watcher = new QFutureWatcher<ComparedTexts>(this);
    connect(watcher, &QFutureWatcher<ComparedTexts>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        ComparedTexts result = watcher->result();
        applyDiff(generation, result.diff, std::move(result.items));
    });
    const FilingPtr left = m_left;
    const FilingPtr right = m_right;
    watcher->setFuture(QtConcurrent::run([left, right, options] {
        ComparedTexts result{diffFilings(*left, *right, options), {}};
        if (!left->items.isEmpty() && !right->items.isEmpty())
            result.items = compareItems(*left, *right);
        return result;
    }));
}

void CompareView::applyDiff(quint64 generation, const TextDiff &diff, QList<ItemComparison> items)
{
    if (generation != m_generation)
        return; // superseded by a newer comparison
    showDiff(diff);
    showItemComparisons(std::move(items));
    if (const auto pending = std::exchange(m_pendingItem, std::nullopt))
        showItem(pending->first, pending->second);
}

void CompareView::showItemComparisons(QList<ItemComparison> items)
{
    m_items = std::move(items);
    m_summary->setComparisons(m_items);
    // Each item's change count and scores next to it in the field table too.
    QHash<QString, QString> notes;
    for (const ItemComparison &c : std::as_const(m_items)) {
        if (c.status == CompareStatus::OnlyLeft || c.status == CompareStatus::OnlyRight)
            continue;
        notes.insert(itemFieldLabel(c.part, c.code),
                     tr("%n change(s), cosine %1, simple %2", "", c.changeCount)
                         .arg(c.scores.cosine, 0, 'f', 3)
                         .arg(c.scores.simple, 0, 'f', 3));
    }
    m_model->setItemNotes(std::move(notes));
    const bool hasItems = !m_items.isEmpty();
    const bool wasVisible = m_topTabs->isTabVisible(0);
    m_topTabs->setTabVisible(0, hasItems);
    const bool isReport = std::any_of(m_items.cbegin(), m_items.cend(),
                                      [](const ItemComparison &c) { return !c.part.isEmpty(); });
    if (hasItems && isReport && !wasVisible)
        m_topTabs->setCurrentWidget(m_summary);
}

bool CompareView::showItem(const QString &part, const QString &code)
{
    if (!m_diffReady) {
        m_pendingItem = std::pair(part, code);
        return true;
    }
    auto find = [&](const FilingPtr &filing) -> const Item * {
        if (!filing)
            return nullptr;
        for (const Item &item : filing->items) {
            if (item.part == part && item.code == code)
                return &item;
        }
        return nullptr;
    };
    if (const Item *item = find(m_left)) {
        m_leftView->jumpTo(item->heading.start);
        return true;
    }
    if (const Item *item = find(m_right)) {
        m_rightView->jumpTo(item->heading.start);
        return true;
    }
    return false;
}

void CompareView::showDiff(const TextDiff &diff)
{
    if (!m_left || !m_right)
        return;
    m_diff = diff;
    m_diffReady = true;
    m_changes.clear();
    m_current = -1;
    for (qsizetype i = 0; i < m_diff.hunks.size(); ++i) {
        if (m_diff.hunks[i].isChange())
            m_changes.append(int(i));
    }
    m_alignment = alignDiff(m_diff, m_left->lineCount(), m_right->lineCount());
    m_syncing = true;
    m_leftView->setRowMap(rowMap(m_alignment, true));
    m_rightView->setRowMap(rowMap(m_alignment, false));
    m_syncing = false;
    applyHighlights();
    m_connector->setDiff(&m_diff, &m_alignment);
    m_overview->setDiff(&m_diff, &m_alignment);
    updateRowSpans();
    m_rightView->setFirstVisibleRow(m_leftView->firstVisibleRow());
    updateOverview();
    updateCounter();
    Q_EMIT diffReady();
}

void CompareView::applyHighlights()
{
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    const int lineAlpha = dark ? 55 : 38;
    const int wordAlpha = dark ? 140 : 110;
    QList<TextHighlight> left;
    QList<TextHighlight> right;
    auto lineSpan = [](const Filing &f, int start, int count) {
        const qsizetype from = f.lineStarts.value(start, f.text.size());
        const qsizetype to =
            start + count < f.lineCount() ? f.lineStarts[start + count] : f.text.size();
        return SourceRange::fromTo(from, to);
    };
    for (const int index : std::as_const(m_changes)) {
        const DiffHunk &h = m_diff.hunks[index];
        const bool moved = h.move >= 0;
        // A moved block in the move's colour, a replaced one in the change colour on both
        // sides, what is only deleted or inserted in red or green.
        const QColor leftColour = diffcolour::of(h.op == DiffOp::Replace ? h.op : DiffOp::Delete,
                                                 moved, moved ? lineAlpha * 2 : lineAlpha);
        const QColor rightColour = diffcolour::of(h.op == DiffOp::Replace ? h.op : DiffOp::Insert,
                                                  moved, moved ? lineAlpha * 2 : lineAlpha);
        if (h.leftCount > 0)
            left.append({lineSpan(*m_left, h.leftStart, h.leftCount), leftColour, true});
        if (h.rightCount > 0)
            right.append({lineSpan(*m_right, h.rightStart, h.rightCount), rightColour, true});
    }
    for (const SourceRange &r : std::as_const(m_diff.leftWords))
        left.append({r, diffcolour::of(DiffOp::Delete, false, wordAlpha), false});
    for (const SourceRange &r : std::as_const(m_diff.rightWords))
        right.append({r, diffcolour::of(DiffOp::Insert, false, wordAlpha), false});
    m_leftView->setHighlights(left);
    m_rightView->setHighlights(right);
}

void CompareView::updateCounter()
{
    if (!m_diffReady) {
        m_counter->setText(m_left ? tr("Comparing texts…") : QString());
        return;
    }
    if (m_changes.isEmpty())
        m_counter->setText(tr("The texts are the same"));
    else if (m_current < 0)
        m_counter->setText(tr("%n change(s)", nullptr, int(m_changes.size())));
    else
        m_counter->setText(tr("Change %1 of %2").arg(m_current + 1).arg(m_changes.size()));
    if (m_diff.coarseRegions > 0)
        m_counter->setToolTip(tr("%n large region(s) too unlike to align line by line are shown "
                                 "as one change each.",
                                 nullptr, m_diff.coarseRegions));
    else
        m_counter->setToolTip({});
}

void CompareView::nextChange()
{
    if (m_changes.isEmpty())
        return;
    if (m_current < 0) {
        // The first change at or below the top row.
        const int top = m_leftView->firstVisibleRow();
        int index = 0;
        while (index < m_changes.size() - 1 && m_alignment.hunkFirstRow[m_changes[index]] < top)
            ++index;
        goToChange(index);
        return;
    }
    goToChange(std::min<int>(m_current + 1, int(m_changes.size()) - 1));
}

void CompareView::previousChange()
{
    if (m_changes.isEmpty())
        return;
    goToChange(m_current < 0 ? int(m_changes.size()) - 1 : std::max(0, m_current - 1));
}

void CompareView::goToChange(int index)
{
    if (index < 0 || index >= m_changes.size())
        return;
    const DiffHunk &h = m_diff.hunks[m_changes[index]];
    const int row = m_alignment.hunkFirstRow[m_changes[index]];
    m_syncing = true;
    const int context = 3;
    // The cursors first (moving one scrolls its view to it), then the rows above the change.
    m_leftView->setCursorPosition(m_left->lineStarts.value(h.leftStart, m_left->text.size()));
    m_rightView->setCursorPosition(m_right->lineStarts.value(h.rightStart, m_right->text.size()));
    m_leftView->setFirstVisibleRow(std::max(0, row - context));
    m_rightView->setFirstVisibleRow(std::max(0, row - context));
    m_syncing = false;
    setCurrent(index);
    updateOverview();
}

void CompareView::setCurrent(int index)
{
    m_current = index;
    const int hunk = currentHunk();
    const int first = hunk >= 0 ? m_alignment.hunkFirstRow[hunk] : -1;
    const int count = m_alignment.hunkRowCount(hunk);
    m_leftView->setFrameRows(first, count, diffcolour::currentFrame());
    m_rightView->setFrameRows(first, count, diffcolour::currentFrame());
    m_connector->setCurrentHunk(hunk);
    updateCounter();
    Q_EMIT currentChangeChanged(index);
}

void CompareView::onCursorMoved(TextView *view, qsizetype position)
{
    // Clicking into a changed block makes it the current change.
    if (!m_diffReady || !view->filing())
        return;
    const int row = view->rowOfLine(view->filing()->lineAt(position));
    const int hunk = m_alignment.hunkAt(row);
    const auto it = std::lower_bound(m_changes.cbegin(), m_changes.cend(), hunk);
    if (it != m_changes.cend() && *it == hunk && int(it - m_changes.cbegin()) != m_current)
        setCurrent(int(it - m_changes.cbegin()));
}

void CompareView::syncScroll(TextView *from, TextView *to, int row)
{
    m_connector->update();
    if (!m_syncing && m_diffReady) {
        // Both panes show the same rows: blocks stand level.
        m_syncing = true;
        to->setFirstVisibleRow(row);
        m_syncing = false;
    }
    if (from == m_leftView || to == m_leftView)
        updateOverview();
}

void CompareView::updateRowSpans()
{
    if (!m_wrap->isChecked() || !m_diffReady) {
        m_leftView->setRowSpans({});
        m_rightView->setRowSpans({});
        return;
    }
    // A row is as tall as the taller side's wrapped line.
    QList<int> spans;
    spans.reserve(m_alignment.rowCount());
    for (const AlignedRow &row : std::as_const(m_alignment.rows))
        spans.append(
            std::max(m_leftView->visualLinesOf(row.left), m_rightView->visualLinesOf(row.right)));
    m_leftView->setRowSpans(spans);
    m_rightView->setRowSpans(spans);
    m_connector->update();
}

void CompareView::updateOverview()
{
    m_overview->setVisibleRows(m_leftView->firstVisibleRow(), m_leftView->visibleLineCount());
}

void CompareView::setWrapLines(bool wrap)
{
    m_wrap->setChecked(wrap);
}

bool CompareView::wrapLines() const
{
    return m_wrap->isChecked();
}

TextView *CompareView::findTarget() const
{
    return m_find->view();
}

void CompareView::showFind()
{
    m_find->setView(m_lastFocused);
    m_find->activate();
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_leftView || watched == m_rightView)) {
        m_lastFocused = static_cast<TextView *>(watched);
        if (m_find->isVisible())
            m_find->setView(m_lastFocused);
    }
    return QWidget::eventFilter(watched, event);
}

void CompareView::onFieldSelected(const QModelIndex &proxyIndex)
{
    const FieldDifference *d = m_model->differenceAt(m_proxy->mapToSource(proxyIndex).row());
    if (!d)
        return;
    selectRanges(d->leftRange, d->rightRange);
}

void CompareView::selectRanges(SourceRange left, SourceRange right)
{
    // Both texts go to the value, each on its own: no syncing between them meanwhile.
    m_syncing = true;
    if (left.isValid())
        m_leftView->select(left);
    if (right.isValid())
        m_rightView->select(right);
    m_syncing = false;
    updateOverview();
}

} // namespace fl

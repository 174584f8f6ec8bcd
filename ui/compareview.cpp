// SPDX-License-Identifier: MIT
#include "compareview.h"

#include "comparemodel.h"
#include "textview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace fl {

// The strip between the two texts: where the changes are in each file, and the part of the
// left file on screen. Clicking jumps there.
class DiffOverview : public QWidget
{
public:
    explicit DiffOverview(QWidget *parent)
        : QWidget(parent)
    {
        setFixedWidth(28);
        setToolTip(tr("Where the changes are: left half for the left file, right half for the "
                      "right one. Click to go there."));
        setCursor(Qt::PointingHandCursor);
    }

    void setDiff(const TextDiff *diff, int leftLines, int rightLines)
    {
        m_diff = diff;
        m_leftLines = std::max(1, leftLines);
        m_rightLines = std::max(1, rightLines);
        update();
    }

    void setVisibleWindow(int first, int count)
    {
        m_first = first;
        m_count = count;
        update();
    }

    std::function<void(int leftLine)> onJump;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::AlternateBase));
        if (!m_diff)
            return;
        const double h = height();
        const int half = width() / 2;
        for (const DiffHunk &hunk : m_diff->hunks) {
            if (!hunk.isChange())
                continue;
            if (hunk.leftCount > 0) {
                const double y = h * hunk.leftStart / m_leftLines;
                const double dy = std::max(2.0, h * hunk.leftCount / m_leftLines);
                p.fillRect(QRectF(1, y, half - 2, dy), QColor(0xe5, 0x39, 0x35));
            }
            if (hunk.rightCount > 0) {
                const double y = h * hunk.rightStart / m_rightLines;
                const double dy = std::max(2.0, h * hunk.rightCount / m_rightLines);
                p.fillRect(QRectF(half + 1, y, half - 2, dy), QColor(0x43, 0xa0, 0x47));
            }
        }
        QColor window = palette().color(QPalette::Text);
        window.setAlpha(60);
        p.fillRect(
            QRectF(0, h * m_first / m_leftLines, width(), std::max(3.0, h * m_count / m_leftLines)),
            window);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (onJump)
            onJump(int(double(event->position().y()) / height() * m_leftLines));
    }

private:
    const TextDiff *m_diff = nullptr;
    int m_leftLines = 1;
    int m_rightLines = 1;
    int m_first = 0;
    int m_count = 0;
};

namespace {

QColor removedColour(bool strong, bool dark)
{
    return QColor(0xe5, 0x39, 0x35, strong ? (dark ? 140 : 110) : (dark ? 55 : 38));
}

QColor addedColour(bool strong, bool dark)
{
    return QColor(0x43, 0xa0, 0x47, strong ? (dark ? 140 : 110) : (dark ? 55 : 38));
}

QString nameOf(const FilingPtr &f)
{
    if (!f)
        return {};
    QString name = f->registrantName();
    if (!f->dateOfReport().isEmpty())
        name += u" "_s + f->dateOfReport();
    return name.trimmed().isEmpty() ? f->fileName() : name;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CompareFieldModel(this))
    , m_proxy(new CompareFilterProxy(this))
    , m_table(new QTableView(this))
    , m_leftView(new TextView(this))
    , m_rightView(new TextView(this))
    , m_overview(new DiffOverview(this))
    , m_leftName(new QLabel(this))
    , m_rightName(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_changesOnly(new QCheckBox(tr("C&hanges only"), this))
    , m_ignoreWhitespace(new QCheckBox(tr("Ignore &whitespace"), this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    // The change colours alone: section bands would muddy them.
    m_leftView->setShowSections(false);
    m_rightView->setShowSections(false);
    m_table->setObjectName(u"compareFields"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CompareFieldModel::FieldColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CompareFieldModel::LeftColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CompareFieldModel::RightColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(CompareFieldModel::FieldColumn, 300);
    m_table->setColumnWidth(CompareFieldModel::StatusColumn, 90);

    auto *swap = new QToolButton(this);
    swap->setText(tr("&Swap Sides"));
    swap->setToolTip(tr("Put the right filing on the left and the left on the right"));
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous change (Shift+F7)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next change (F7)"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("&Export Fields…"));
    exportButton->setToolTip(tr("Save the field comparison as CSV"));
    m_changesOnly->setToolTip(tr("Show only the fields that differ"));
    m_ignoreWhitespace->setToolTip(tr("Compare the texts ignoring blanks and re-wrapped lines"));
    m_leftName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rightName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rightName->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_leftName, 1);
    bar->addWidget(swap);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_counter);
    bar->addWidget(m_changesOnly);
    bar->addWidget(m_ignoreWhitespace);
    bar->addWidget(exportButton);
    bar->addWidget(m_rightName, 1);

    auto *texts = new QWidget(this);
    auto *textsLayout = new QHBoxLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    textsLayout->setSpacing(0);
    textsLayout->addWidget(m_leftView, 1);
    textsLayout->addWidget(m_overview);
    textsLayout->addWidget(m_rightView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(texts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    auto *nextAction = new QAction(tr("Next Change"), this);
    nextAction->setShortcut(Qt::Key_F7);
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *previousAction = new QAction(tr("Previous Change"), this);
    previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(nextAction);
    addAction(previousAction);
    connect(nextAction, &QAction::triggered, this, &CompareView::nextChange);
    connect(previousAction, &QAction::triggered, this, &CompareView::previousChange);
    connect(next, &QToolButton::clicked, this, &CompareView::nextChange);
    connect(previous, &QToolButton::clicked, this, &CompareView::previousChange);
    connect(swap, &QToolButton::clicked, this, &CompareView::swapSides);
    connect(exportButton, &QToolButton::clicked, this, &CompareView::exportRequested);
    connect(m_changesOnly, &QCheckBox::toggled, m_proxy, &CompareFilterProxy::setChangesOnly);
    connect(m_ignoreWhitespace, &QCheckBox::toggled, this, &CompareView::computeDiff);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onFieldSelected(current); });
    connect(m_leftView, &TextView::firstVisibleLineChanged, this,
            [this](int line) { syncScroll(m_leftView, m_rightView, line); });
    connect(m_rightView, &TextView::firstVisibleLineChanged, this,
            [this](int line) { syncScroll(m_rightView, m_leftView, line); });
    m_overview->onJump = [this](int line) {
        m_leftView->setFirstVisibleLine(std::max(0, line - m_leftView->visibleLineCount() / 2));
    };
    updateCounter();
}

CompareView::~CompareView() = default;

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
    m_leftName->setText(u"<b>%1</b><br>%2"_s.arg(
        nameOf(m_left).toHtmlEscaped(), m_left ? m_left->fileName().toHtmlEscaped() : QString()));
    m_rightName->setText(
        u"<b>%1</b><br>%2"_s.arg(nameOf(m_right).toHtmlEscaped(),
                                 m_right ? m_right->fileName().toHtmlEscaped() : QString()));
    m_leftName->setToolTip(m_left ? m_left->path : QString());
    m_rightName->setToolTip(m_right ? m_right->path : QString());
    Q_EMIT titleChanged(title());
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
    m_changes.clear();
    m_current = -1;
    m_leftView->setHighlights({});
    m_rightView->setHighlights({});
    m_overview->setDiff(nullptr, 1, 1);
    m_counter->setText(tr("Comparing texts…"));
    if (!m_left || !m_right)
        return;
    DiffOptions options;
    options.ignoreWhitespace = m_ignoreWhitespace->isChecked();
    auto *watcher = new QFutureWatcher<TextDiff>(this);
    connect(watcher, &QFutureWatcher<TextDiff>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        applyDiff(generation, watcher->result());
    });
    const FilingPtr left = m_left;
    const FilingPtr right = m_right;
    watcher->setFuture(
        QtConcurrent::run([left, right, options] { return diffFilings(*left, *right, options); }));
}

void CompareView::applyDiff(quint64 generation, const TextDiff &diff)
{
    if (generation != m_generation)
        return; // superseded by a newer comparison
    m_diff = diff;
    m_diffReady = true;
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    QList<TextHighlight> left;
    QList<TextHighlight> right;
    auto lineSpan = [](const Filing &f, int start, int count) {
        const qsizetype from = f.lineStarts.value(start, f.text.size());
        const qsizetype to =
            start + count < f.lineCount() ? f.lineStarts[start + count] : f.text.size();
        return SourceRange::fromTo(from, to);
    };
    for (qsizetype i = 0; i < m_diff.hunks.size(); ++i) {
        const DiffHunk &h = m_diff.hunks[i];
        if (!h.isChange())
            continue;
        m_changes.append(int(i));
        if (h.leftCount > 0)
            left.append(
                {lineSpan(*m_left, h.leftStart, h.leftCount), removedColour(false, dark), true});
        if (h.rightCount > 0)
            right.append(
                {lineSpan(*m_right, h.rightStart, h.rightCount), addedColour(false, dark), true});
    }
    for (const SourceRange &r : std::as_const(m_diff.leftWords))
        left.append({r, removedColour(true, dark), false});
    for (const SourceRange &r : std::as_const(m_diff.rightWords))
        right.append({r, addedColour(true, dark), false});
    m_leftView->setHighlights(left);
    m_rightView->setHighlights(right);
    m_overview->setDiff(&m_diff, m_left->lineCount(), m_right->lineCount());
    m_overview->setVisibleWindow(m_leftView->firstVisibleLine(), m_leftView->visibleLineCount());
    updateCounter();
    Q_EMIT diffReady();
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
        // The first change at or below the top of the left text.
        const int top = m_leftView->firstVisibleLine();
        int index = 0;
        while (index < m_changes.size() - 1 && m_diff.hunks[m_changes[index]].leftStart < top)
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
    m_current = index;
    const DiffHunk &h = m_diff.hunks[m_changes[index]];
    m_syncing = true;
    const int context = 3;
    // The cursors first (moving one scrolls its view to it), then the lines above the change.
    const qsizetype leftAt = m_left->lineStarts.value(h.leftStart, m_left->text.size());
    const qsizetype rightAt = m_right->lineStarts.value(h.rightStart, m_right->text.size());
    m_leftView->setCursorPosition(leftAt);
    m_rightView->setCursorPosition(rightAt);
    m_leftView->setFirstVisibleLine(std::max(0, h.leftStart - context));
    m_rightView->setFirstVisibleLine(std::max(0, h.rightStart - context));
    m_syncing = false;
    m_overview->setVisibleWindow(m_leftView->firstVisibleLine(), m_leftView->visibleLineCount());
    updateCounter();
}

void CompareView::syncScroll(TextView *from, TextView *to, int line)
{
    if (from == m_leftView)
        m_overview->setVisibleWindow(line, m_leftView->visibleLineCount());
    if (m_syncing || !m_diffReady)
        return;
    m_syncing = true;
    to->setFirstVisibleLine(from == m_leftView ? m_diff.rightLineFor(line)
                                               : m_diff.leftLineFor(line));
    if (to == m_leftView)
        m_overview->setVisibleWindow(m_leftView->firstVisibleLine(),
                                     m_leftView->visibleLineCount());
    m_syncing = false;
}

void CompareView::onFieldSelected(const QModelIndex &proxyIndex)
{
    const FieldDifference *d = m_model->differenceAt(m_proxy->mapToSource(proxyIndex).row());
    if (!d)
        return;
    // Both texts go to the field, each on its own: no syncing between them meanwhile.
    m_syncing = true;
    if (d->leftRange.isValid())
        m_leftView->select(d->leftRange);
    if (d->rightRange.isValid())
        m_rightView->select(d->rightRange);
    m_syncing = false;
    m_overview->setVisibleWindow(m_leftView->firstVisibleLine(), m_leftView->visibleLineCount());
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "seriesview.h"

#include "headermenu.h"
#include "heatmap.h"
#include "seriesmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {
// "1 pair", "2 pairs" (the app has no translations, so tr()'s %n plurals would read "pair(s)").
QString counted(qsizetype n, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
}
} // namespace

void computeSimilarityTable(QPromise<SimilarityTable> &promise, const FilingSeries &series)
{
    const qsizetype pairs = std::max<qsizetype>(0, series.filings.size() - 1);
    promise.setProgressRange(0, int(pairs));
    SimilarityTable table;
    table.series = series;
    QHash<QString, QList<ItemComparison>> rows; // by item key: a cell per pair
    for (qsizetype p = 0; p < pairs; ++p) {
        if (promise.isCanceled())
            return;
        FilingSeries pair = series;
        pair.filings = {series.filings[p], series.filings[p + 1]};
        const SimilarityTable one = similarityTable(pair);
        // Each pair's keys come in form order; a key new to the table goes after the key
        // before it in that pair, which keeps the form order of both.
        qsizetype insertAt = 0;
        for (qsizetype r = 0; r < one.itemKeys.size(); ++r) {
            const QString &key = one.itemKeys[r];
            const qsizetype known = table.itemKeys.indexOf(key);
            if (known >= 0) {
                insertAt = known + 1;
            } else {
                table.itemKeys.insert(insertAt, key);
                table.itemLabels.insert(insertAt, one.itemLabels[r]);
                rows.insert(key, QList<ItemComparison>(pairs));
                ++insertAt;
            }
            rows[key][p] = one.cells[r].value(0);
        }
        promise.setProgressValue(int(p + 1));
    }
    for (const QString &key : std::as_const(table.itemKeys))
        table.cells.append(rows.value(key));
    promise.addResult(std::move(table));
}

QList<FilingSeries> SeriesView::comparableSeries(const QList<FilingPtr> &filings)
{
    QList<FilingSeries> series = groupIntoSeries(filings);
    series.removeIf([](const FilingSeries &s) { return s.filings.size() < 2; });
    return series;
}

SeriesView::SeriesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SimilarityTableModel(this))
    , m_heading(new QLabel(this))
    , m_seriesChooser(new QComboBox(this))
    , m_seriesLabel(new QLabel(tr("&Series:"), this))
    , m_scoreChooser(new QComboBox(this))
    , m_legend(new HeatLegend(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_table(new QTableView(this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    m_seriesLabel->setBuddy(m_seriesChooser);
    m_seriesChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_seriesChooser->setMinimumContentsLength(16);
    for (const SeriesScoreDef &def : seriesScores())
        m_scoreChooser->addItem(QCoreApplication::translate("fl::SeriesScore", def.label),
                                int(def.score));
    m_scoreChooser->setToolTip(tr("The score each cell shows (see the README for definitions)"));
    auto *scoreLabel = new QLabel(tr("S&core:"), this);
    scoreLabel->setBuddy(m_scoreChooser);

    // Three short rows rather than one long one: the tab must fit a 1024-pixel window beside
    // the docks.
    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_seriesLabel);
    choosers->addWidget(m_seriesChooser, 1);
    choosers->addWidget(scoreLabel);
    choosers->addWidget(m_scoreChooser);
    choosers->addStretch();
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(new QLabel(tr("Same"), this));
    legendRow->addWidget(m_legend);
    legendRow->addWidget(new QLabel(tr("Different"), this));
    legendRow->addStretch();

    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_status->setWordWrap(true);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancelButton);

    m_model->setPalette(palette());
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    new HeaderMenu(m_table->horizontalHeader(), u"series"_s);
    // The item labels stand still while the pairs scroll by; long titles are elided (the
    // tooltip has them whole) so that a 1024-pixel window keeps room for the pairs.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 44);
    m_table->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(choosers);
    layout->addLayout(legendRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_table, 1);

    connect(m_scoreChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setScore(SeriesScore(m_scoreChooser->itemData(index).toInt()));
    });
    connect(m_seriesChooser, &QComboBox::currentIndexChanged, this, &SeriesView::showSeries);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isComputing())
            cancel();
        else
            recompute();
    });
    connect(m_table, &QTableView::clicked, this, &SeriesView::openCell);
    setSeries({});
}

SeriesView::~SeriesView()
{
    // The worker may finish a pair after the view is gone: it holds its own copies.
    m_future.cancel();
}

void SeriesView::setSeries(QList<FilingSeries> series)
{
    m_series = std::move(series);
    m_tables = QList<SimilarityTable>(m_series.size());
    m_computed = QList<bool>(m_series.size(), false);
    {
        const QSignalBlocker blocker(m_seriesChooser);
        m_seriesChooser->clear();
        for (const FilingSeries &s : std::as_const(m_series))
            m_seriesChooser->addItem(
                tr("%1 \u00b7 %2 (%3)")
                    .arg(s.company, s.form,
                         counted(s.filings.size(), tr("report"), tr("reports"))));
    }
    m_seriesChooser->setVisible(m_series.size() > 1);
    m_seriesLabel->setVisible(m_series.size() > 1);
    m_current = -1;
    showSeries(m_series.isEmpty() ? -1 : 0);
}

void SeriesView::showSeries(int index)
{
    if (index == m_current && index >= 0)
        return;
    cancel();
    m_current = index;
    if (index >= 0 && m_seriesChooser->currentIndex() != index) {
        const QSignalBlocker blocker(m_seriesChooser);
        m_seriesChooser->setCurrentIndex(index);
    }
    updateHeading();
    Q_EMIT titleChanged(title());
    if (index < 0) {
        m_model->setTable({});
        m_status->setText(tr("No series to show"));
        m_progress->hide();
        m_cancelButton->hide();
        return;
    }
    if (m_computed[index]) {
        m_model->setTable(m_tables[index]);
        onComputed();
        return;
    }
    startComputing();
}

QString SeriesView::title() const
{
    if (m_current < 0)
        return tr("Changes Over Time");
    const FilingSeries &s = m_series[m_current];
    return tr("%1 %2 over time").arg(s.company, s.form);
}

void SeriesView::updateHeading()
{
    if (m_current < 0) {
        m_heading->setText(tr("Changes Over Time"));
        return;
    }
    const FilingSeries &s = m_series[m_current];
    const QStringList periods = seriesPeriodLabels(s);
    QString text =
        tr("%1 \u2014 %2, %3, %4 to %5")
            .arg(s.company, s.form, counted(s.filings.size(), tr("report"), tr("reports")),
                 periods.first(), periods.last());
    if (!s.cik.isEmpty())
        text += tr(" (CIK %1)").arg(s.cik);
    m_heading->setText(text);
}

void SeriesView::startComputing()
{
    const FilingSeries &s = m_series[m_current];
    m_model->setTable({});
    const int pairs = int(s.filings.size()) - 1;
    m_progress->setRange(0, pairs);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->show();
    m_status->setText(tr("Comparing %1 of consecutive reports\u2026")
                          .arg(counted(pairs, tr("pair"), tr("pairs"))));

    delete m_watcher;
    m_watcher = new QFutureWatcher<SimilarityTable>(this);
    const int index = m_current;
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, index] {
        if (m_future.isCanceled() || m_future.resultCount() == 0 || index != m_current)
            return; // cancelled or superseded: dropped
        m_tables[index] = m_future.result();
        m_computed[index] = true;
        m_model->setTable(m_tables[index]);
        onComputed();
    });
    m_future = QtConcurrent::run(computeSimilarityTable, s);
    m_watcher->setFuture(m_future);
}

void SeriesView::onComputed()
{
    m_progress->hide();
    m_cancelButton->hide();
    m_status->setText(tr("%1 \u00d7 %2 of reports \u2014 click a cell to compare that pair at "
                         "that item")
                          .arg(counted(m_model->rowCount(), tr("item"), tr("items")),
                               counted(m_model->columnCount(), tr("pair"), tr("pairs"))));
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                   QItemSelectionModel::NoUpdate);
    Q_EMIT tableReady();
}

void SeriesView::cancel()
{
    if (!isComputing())
        return;
    m_future.cancel();
    if (m_watcher)
        m_watcher->disconnect(this);
    m_progress->hide();
    m_cancelButton->setText(tr("Compute"));
    m_status->setText(tr("Cancelled"));
}

void SeriesView::recompute()
{
    if (m_current >= 0 && !isComputing())
        startComputing();
}

bool SeriesView::isComputing() const
{
    return m_future.isValid() && m_future.isRunning() && !m_future.isCanceled();
}

void SeriesView::openCell(const QModelIndex &index)
{
    if (!m_model->comparisonAt(index))
        return; // neither report has the item
    Q_EMIT openComparison(m_model->leftFiling(index.column()), m_model->rightFiling(index.column()),
                          index.data(SimilarityTableModel::ItemKeyRole).toString());
}

bool SeriesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCell(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SeriesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace fl

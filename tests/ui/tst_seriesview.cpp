// SPDX-License-Identifier: MIT
// Changes Over Time on real reports, headless: Microsoft's 10-Qs for the quarters ended March
// 2002 and December 2008 (tests/data/corpus/periodic), and a third quarter planted from the
// 2008 one: its cover moved to March 31, 2009 and one risk-factor paragraph of Part II Item 1A
// deleted, so that the second pair differs in that item only. The rows and columns in period
// order, the cells, a click and Enter asking for the pair's comparison at the item, Cancel,
// the series chooser, and View ▸ Changes Over Time in the window.

#include "compareview.h"
#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "mainwindow.h"
#include "seriesmodel.h"
#include "seriesview.h"
#include "testutil.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

const QString kMsft2002 = u"corpus/periodic/jlse__microsoft_2002_03_31.html"_s;
const QString kMsft2008 = u"corpus/periodic/jlse__microsoft_2008_12_31.html"_s;
const QString kMsft2013 = u"corpus/periodic/s10x__msft-2013_filing.htm"_s; // a 10-K
const QString kFord2001 = u"corpus/periodic/ewr__v7.txt.txt"_s;            // no SEC header

// The paragraph deleted from Part II Item 1A of the planted quarter, from its <P> to its </P>.
const QString kDeletedStart = u"Another development is the business model"_s;
const QString kDeletedEnd = u"will be successful. </FONT></P>"_s;

// Items of both Microsoft 10-Qs as the readers of tests/data/periodic_expectations.json
// found them: the 2002 quarter has I/1-3, II/1 and II/6; the 2008 one also I/4, II/1A, II/2
// and II/4 ("Items 3 and 5 are not applicable and have been omitted"). In the 10-Q's order.
const QStringList kItemKeys = {u"I/1"_s,   u"I/2"_s,  u"I/3"_s,  u"I/4"_s, u"II/1"_s,
                               u"II/1A"_s, u"II/2"_s, u"II/4"_s, u"II/6"_s};
const QStringList kNewIn2008 = {u"I/4"_s, u"II/1A"_s, u"II/2"_s, u"II/4"_s};

QString replaceOnce(QString text, const QString &from, const QString &to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
        qFatal("\"%s\" is not in the text exactly once", qPrintable(from));
    return text.replace(at, from.size(), to);
}

// The words of the deleted paragraph, counted here as the README defines tokens (maximal
// runs of letters and digits) on its HTML with the entities it holds decoded.
qsizetype deletedWords(const QString &html)
{
    const qsizetype start = html.indexOf(kDeletedStart);
    const qsizetype end = html.indexOf(kDeletedEnd, start) + kDeletedEnd.indexOf(u'<');
    QString paragraph = html.mid(start, end - start);
    paragraph.replace(u"&#147;"_s, u" "_s).replace(u"&#148;"_s, u" "_s);
    qsizetype words = 0;
    for (auto it = QRegularExpression(u"[\\p{L}\\p{N}]+"_s).globalMatch(paragraph); it.hasNext();
         it.next())
        ++words;
    return words;
}

} // namespace

class TestSeriesView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_planted;     // Microsoft's quarter ended March 31, 2009 (planted)
    QString m_fordPlanted; // Ford's fiscal 2002 (planted: the cover's year only)
    qsizetype m_deletedWords = 0;
    QList<FilingPtr> m_microsoft; // 2002, 2008, 2009 (planted)

    QList<FilingPtr> scrambled() const { return {m_microsoft[2], m_microsoft[0], m_microsoft[1]}; }

    [[nodiscard]] static bool waitForTable(SeriesView &view)
    {
        if (view.model()->rowCount() > 0)
            return true;
        QSignalSpy ready(&view, &SeriesView::tableReady);
        return ready.wait(60000);
    }

    QModelIndex cell(const SeriesView &view, const QString &key, int column) const
    {
        return view.model()->index(int(view.model()->table().itemKeys.indexOf(key)), column);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString html = QString::fromUtf8(test::readData(kMsft2008));
        m_deletedWords = deletedWords(html);
        QCOMPARE(m_deletedWords, 133); // five sentences, counted by hand too
        QString planted =
            replaceOnce(html, u"For the Quarterly Period Ended December&nbsp;31, 2008"_s,
                        u"For the Quarterly Period Ended March&nbsp;31, 2009"_s);
        const qsizetype start = planted.lastIndexOf(u"<P"_s, planted.indexOf(kDeletedStart));
        const qsizetype end = planted.indexOf(kDeletedEnd, start) + kDeletedEnd.size();
        planted.remove(start, end - start);
        m_planted = test::writeFile(m_dir.filePath(u"microsoft_2009_03_31_planted.html"_s),
                                    planted.toUtf8());
        const QString ford = QString::fromLatin1(test::readData(kFord2001));
        m_fordPlanted =
            test::writeFile(m_dir.filePath(u"ford_2002_planted.txt"_s),
                            replaceOnce(ford, u"For the fiscal year ended December 31, 2001"_s,
                                        u"For the fiscal year ended December 31, 2002"_s)
                                .toLatin1());
        m_microsoft = {test::parseData(kMsft2002), test::parseData(kMsft2008),
                       parseFile(m_planted)};
        QVERIFY(m_microsoft[2]->ok());
        QCOMPARE(m_microsoft[2]->cover.periodOfReport.normalized, u"2009-03-31"_s);
    }

    // Reports of other companies or forms, and series of one report, are left out.
    void comparableSeries()
    {
        QList<FilingPtr> filings = scrambled();
        filings << test::parseData(kMsft2013) << test::parseData(kFord2001);
        const QList<FilingSeries> series = SeriesView::comparableSeries(filings);
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].form, u"10-Q"_s);
        QCOMPARE(series[0].filings.size(), 3);
    }

    void rowsAndColumnsInPeriodOrder()
    {
        SeriesView view;
        view.setSeries(SeriesView::comparableSeries(scrambled()));
        QVERIFY(waitForTable(view));
        const SimilarityTableModel *model = view.model();
        QCOMPARE(model->table().itemKeys, kItemKeys);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(),
                 u"2002-03-31 \u2192 2008-12-31"_s);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(),
                 u"2008-12-31 \u2192 2009-03-31"_s);
        QVERIFY(model->headerData(5, Qt::Vertical).toString().startsWith(u"Part II, Item 1A"_s));
        QCOMPARE(view.seriesChooser()->isVisibleTo(&view), false);
        QVERIFY2(view.title().contains(u"10-Q"_s), qPrintable(view.title()));

        for (const QString &key : kItemKeys) {
            // 2002 -> 2008: the items the 2008 quarter added are new; the others changed.
            const QModelIndex first = cell(view, key, 0);
            if (kNewIn2008.contains(key)) {
                QCOMPARE(first.data().toString(), u"new"_s);
            } else {
                QCOMPARE(first.data(SimilarityTableModel::StatusRole).toInt(),
                         int(CompareStatus::Changed));
                QVERIFY2(first.data().toString() < u"1.000"_s, qPrintable(key));
            }
            // 2008 -> 2009 (planted): only Item 1A of Part II lost a paragraph.
            const QModelIndex second = cell(view, key, 1);
            if (key == u"II/1A"_s) {
                QVERIFY2(second.data().toString() < u"1.000"_s,
                         qPrintable(second.data().toString()));
            } else {
                QCOMPARE(second.data().toString(), u"1.000"_s);
                QCOMPARE(second.data(SimilarityTableModel::StatusRole).toInt(),
                         int(CompareStatus::Same));
            }
        }
        const ItemComparison *riskFactors = model->comparisonAt(cell(view, u"II/1A"_s, 1));
        QVERIFY(riskFactors);
        QCOMPARE(riskFactors->status, CompareStatus::Changed);
        QCOMPARE(riskFactors->scores.added, 0);
        QCOMPARE(riskFactors->scores.deleted, m_deletedWords);
        QCOMPARE(riskFactors->scores.wordsLeft - riskFactors->scores.wordsRight, m_deletedWords);
        QVERIFY(riskFactors->scores.cosine < 1.0);

        view.scoreChooser()->setCurrentIndex(
            view.scoreChooser()->findData(int(SeriesScore::WordsDeleted)));
        QCOMPARE(cell(view, u"II/1A"_s, 1).data().toString(), QLocale().toString(m_deletedWords));
        QCOMPARE(cell(view, u"I/1"_s, 1).data().toString(), u"0"_s);
    }

    void clickAndEnterOpenTheComparison()
    {
        SeriesView view;
        view.resize(1024, 700);
        view.setSeries(SeriesView::comparableSeries(scrambled()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForTable(view));
        QSignalSpy spy(&view, &SeriesView::openComparison);
        QTableView *table = view.table();
        const QModelIndex riskFactors = cell(view, u"II/1A"_s, 1);
        table->scrollTo(riskFactors);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(riskFactors).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy[0][0].value<FilingPtr>(), m_microsoft[1]);
        QCOMPARE(spy[0][1].value<FilingPtr>(), m_microsoft[2]);
        QCOMPARE(spy[0][2].toString(), u"II/1A"_s);

        table->setCurrentIndex(cell(view, u"I/2"_s, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy[1][0].value<FilingPtr>(), m_microsoft[0]);
        QCOMPARE(spy[1][1].value<FilingPtr>(), m_microsoft[1]);
        QCOMPARE(spy[1][2].toString(), u"I/2"_s);
    }

    // Cancelled before the first pair is done: nothing is shown, even once the worker stops,
    // and Compute starts again.
    void cancel()
    {
        SeriesView view;
        view.setSeries(SeriesView::comparableSeries(scrambled()));
        QVERIFY(view.isComputing());
        QVERIFY(view.cancelButton()->isVisibleTo(&view));
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(!view.isComputing());
        QCOMPARE(view.statusLabel()->text(), u"Cancelled"_s);
        QFuture<SimilarityTable> computation = view.computation();
        QVERIFY(computation.isCanceled());
        computation.waitForFinished();
        // The worker's end is posted to the watcher before waitForFinished() returns.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.cancelButton()->text(), u"Compute"_s);
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(view.isComputing());
        QVERIFY(waitForTable(view));
        QCOMPARE(view.model()->table().itemKeys, kItemKeys);
    }

    void seriesChooser()
    {
        const QList<FilingPtr> filings = {m_microsoft[0], test::parseData(kFord2001),
                                          m_microsoft[1], parseFile(m_fordPlanted)};
        SeriesView view;
        view.setSeries(SeriesView::comparableSeries(filings));
        QCOMPARE(view.seriesChooser()->count(), 2);
        QVERIFY(view.seriesChooser()->isVisibleTo(&view));
        QVERIFY(waitForTable(view));
        QCOMPARE(view.model()->columnCount(), 1);
        QCOMPARE(view.model()->headerData(0, Qt::Horizontal).toString(),
                 u"2002-03-31 \u2192 2008-12-31"_s);
        QSignalSpy titles(&view, &SeriesView::titleChanged);
        view.seriesChooser()->setCurrentIndex(1);
        QCOMPARE(titles.count(), 1);
        QVERIFY2(titles[0][0].toString().contains(u"10-K"_s), qPrintable(titles[0][0].toString()));
        QVERIFY(waitForTable(view));
        QCOMPARE(view.model()->headerData(0, Qt::Horizontal).toString(), u"FY2001 \u2192 FY2002"_s);
        // The same text but for the cover: every item the same.
        for (int row = 0; row < view.model()->rowCount(); ++row)
            QCOMPARE(view.model()->index(row, 0).data().toString(), u"1.000"_s);
    }

    void viewMenuInTheWindow()
    {
        MainWindow w;
        w.resize(1024, 700);
        w.show();
        const QStringList paths = {test::dataPath(kMsft2002), test::dataPath(kFord2001),
                                   test::dataPath(kMsft2008), m_planted};
        w.openPaths(paths);
        QTRY_VERIFY_WITH_TIMEOUT(w.filingModel()->rowCount() == 4
                                     && w.filingModel()->countIn(FilingListModel::State::Queued)
                                         == 0,
                                 30000);
        QAction *action = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T))
                action = a;
        }
        QVERIFY(action);
        QVERIFY(!action->statusTip().isEmpty());
        auto select = [&w](const QStringList &chosen) {
            QItemSelectionModel *selection = w.browser()->selectionModel();
            selection->clearSelection();
            for (const QString &path : chosen) {
                const QModelIndex source =
                    w.filingModel()->index(w.filingModel()->rowOfPath(path), 0);
                selection->select(w.filingProxy()->mapFromSource(source),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        };
        select({paths[0]});
        QVERIFY(!action->isEnabled());

        // Two filings, but of two companies: said so.
        select({paths[0], paths[1]});
        QVERIFY(action->isEnabled());
        action->trigger();
        QTRY_VERIFY(w.findChild<QMessageBox *>(u"notification"_s));
        QCOMPARE(w.tabs()->count(), 1);
        delete w.findChild<QMessageBox *>(u"notification"_s);

        select({paths[3], paths[0], paths[2], paths[1]});
        action->trigger();
        SeriesView *view = nullptr;
        QTRY_VERIFY((view = qobject_cast<SeriesView *>(w.tabs()->currentWidget())));
        QVERIFY(waitForTable(*view));
        QCOMPARE(view->model()->table().itemKeys, kItemKeys);
        QCOMPARE(w.tabs()->tabText(w.tabs()->currentIndex()), view->title());
        // The tab leaves a 1024-pixel window as wide as it was.
        QCOMPARE(w.width(), 1024);
        QVERIFY(view->minimumSizeHint().width() < 600);
        // Narrow window: every column of the heat map fits beside the item labels.
        QTRY_VERIFY(view->table()->horizontalHeader()->length()
                        + view->table()->verticalHeader()->width()
                    <= view->table()->width());

        QSignalSpy opened(&w, &MainWindow::compareOpened);
        QSignalSpy asked(view, &SeriesView::openComparison);
        const QModelIndex riskFactors = cell(*view, u"II/1A"_s, 1);
        view->table()->scrollTo(riskFactors);
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                          view->table()->visualRect(riskFactors).center());
        QCOMPARE(asked.count(), 1);
        // At once: both filings are in memory.
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        auto *compare = opened[0][0].value<CompareView *>();
        QCOMPARE(compare->left()->path, test::dataPath(kMsft2008));
        QCOMPARE(compare->right()->path, m_planted);
        QCOMPARE(w.tabs()->currentWidget(), compare);
    }
};

QTEST_MAIN(TestSeriesView)
#include "tst_seriesview.moc"

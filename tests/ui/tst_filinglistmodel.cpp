// SPDX-License-Identifier: MIT
// The browser's model and its filter/sort proxy.

#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingsession.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestFilingListModel : public QObject
{
    Q_OBJECT

    QStringList m_files = {
        test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s),
        test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s),
        test::dataPath(u"corpus/html8k/scpp__aapl-20240201.htm"_s),
        test::dataPath(u"corpus/fullsub/scpp__0000092122-05-000042.txt"_s),
        test::dataPath(u"corpus/text8k/scpp__0000320193-96-000027_doc1_8k.txt"_s),
    };

    // Opens the files in the session and waits until every one has been read.
    [[nodiscard]] static bool openAll(FilingSession &session, const QStringList &files)
    {
        QSignalSpy finished(&session, &FilingSession::finished);
        session.open(files);
        return finished.wait(20000) && session.countIn(FilingSession::State::Queued) == 0;
    }

    // Periodic reports of every form, with and without a filer category, an annual report
    // whose fiscal year ends in February and a plain-text one from 1994 (the 20-F lies among
    // the other forms of the corpus).
    QStringList m_reports = {
        u"corpus/periodic/s10x__msft-2013_filing.htm"_s,
        u"corpus/periodic/s10x__tgt-2002_filing.htm"_s,
        u"corpus/periodic/s10x__ge-1994_filing.txt"_s,
        u"corpus/periodic/s10x__ksb-2007_filing.txt"_s,
        u"corpus/periodic/jlse__intel_2004_03_27.html"_s,
        u"corpus/periodic/sptd__10-Q_MULN_0001558370-23-014900_primary-document.html"_s,
        u"corpus/other/edgt__20-F_0000928385-01-500187.html"_s,
    };

    // What the browser should show of a report, from tests/data/periodic_expectations.json (read
    // by hand off each cover).
    struct ExpectedRow
    {
        QString form;
        QString period;
        QString fiscalYear;
        QString filerCategory;
    };

    static ExpectedRow expectedRow(const QString &file)
    {
        const QJsonArray all =
            QJsonDocument::fromJson(test::readData(u"periodic_expectations.json"_s)).array();
        for (const QJsonValue &value : all) {
            const QJsonObject report = value.toObject();
            if (report[u"file"].toString() != file)
                continue;
            const QString form = report[u"form_type"].toString();
            const QString period = report[u"period_of_report"].toString();
            // An annual report's fiscal year is the year its period ends; a quarter's cover does
            // not tell which fiscal year the quarter belongs to.
            const bool annual = form.startsWith(u"10-K"_s) || form.startsWith(u"20-F"_s);
            return {form, period, annual ? period.left(4) : QString(),
                    report[u"cover"][u"filer_category"].toString()};
        }
        qFatal("no expectations for %s", qPrintable(file));
    }

    static QStringList absolute(const QStringList &files)
    {
        QStringList paths;
        for (const QString &file : files)
            paths << test::dataPath(file);
        return paths;
    }

private Q_SLOTS:
    void rowsAndStates()
    {
        FilingSession session;
        FilingListModel model(&session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The rows come in queued, in the order given.
        QStringList statusWhenAdded;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    for (int row = first; row <= last; ++row)
                        statusWhenAdded
                            << model.index(row, FilingListModel::StatusColumn).data().toString();
                    QCOMPARE(model.stateAt(first), FilingListModel::State::Queued);
                });
        QVERIFY(openAll(session, m_files));
        QCOMPARE(statusWhenAdded, QStringList(m_files.size(), u"Opening…"_s));
        QCOMPARE(model.paths(), m_files);
        // Opening the same file again adds nothing.
        QCOMPARE(session.open({m_files.first()}), QStringList{m_files.first()});
        QCOMPARE(model.rowCount(), m_files.size());

        QCOMPARE(model.stateAt(0), FilingListModel::State::Loaded);
        QCOMPARE(model.index(0, FilingListModel::RegistrantColumn).data().toString(),
                 u"BTU INTERNATIONAL, INC."_s);
        QCOMPARE(model.index(0, FilingListModel::FormColumn).data().toString(), u"8-K"_s);
        QCOMPARE(model.index(0, FilingListModel::DateColumn).data().toString(), u"2004-02-26"_s);
        QCOMPARE(model.index(0, FilingListModel::ItemsColumn).data().toString(), u"7, 12"_s);
        QCOMPARE(model.index(0, FilingListModel::FileColumn).data().toString(),
                 u"000_b149af05fdad4801.txt"_s);
        QCOMPARE(model.index(0, FilingListModel::StatusColumn).data().toString(), u"OK"_s);

        const QString missing = test::dataPath(u"no-such-file.txt"_s);
        QVERIFY(openAll(session, {missing}));
        const int row = model.rowOfPath(missing);
        QCOMPARE(model.stateAt(row), FilingListModel::State::Failed);
        QVERIFY(model.index(row, FilingListModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(u"Error: No such file"_s));

        // Cancelled while queued: as soon as the folder is listed, before any of it is read.
        connect(
            &session, &FilingSession::listed, this, [&] { session.cancel(); },
            Qt::SingleShotConnection);
        QSignalSpy finished(&session, &FilingSession::finished);
        session.open({test::dataPath(u"seeds"_s)});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        const int cancelled = model.rowOfPath(test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s));
        QCOMPARE(model.stateAt(cancelled), FilingListModel::State::Cancelled);
        QCOMPARE(model.index(cancelled, FilingListModel::StatusColumn).data().toString(),
                 u"Cancelled"_s);

        session.close({m_files[0], missing});
        // The five, the missing one and the seed that was not among them, less the two closed.
        QCOMPARE(model.rowCount(), m_files.size());
        QCOMPARE(model.rowOfPath(m_files[1]), 0);
        QCOMPARE(model.rowOfPath(m_files[0]), -1);
    }

    void failedRowNamesItsFile()
    {
        // A file that did not open has no registrant: the one column shown by default names
        // the file, in italics, with the error icon and the error as its tool tip.
        FilingSession session;
        FilingListModel model(&session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTemporaryDir dir;
        const QString notes = dir.filePath(u"notes.txt"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Remember to buy milk.\n");
        file.close();
        QVERIFY(openAll(session, {m_files[0], notes}));
        const QModelIndex failed = model.index(1, FilingListModel::RegistrantColumn);
        QCOMPARE(model.stateAt(1), FilingListModel::State::Failed);
        QCOMPARE(failed.data().toString(), u"notes.txt"_s);
        QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(failed.data(Qt::FontRole).value<QFont>().italic());
        const QString tip = failed.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"Error: "_s)
                     && tip.contains(u"does not look like an SEC filing"_s),
                 qPrintable(tip));
        // It sorts and filters as a filing without a name: the file name is only shown.
        QVERIFY(failed.data(FilingListModel::SortRole).toString().isEmpty());
        // A filing that opened keeps its name, upright and without an icon.
        const QModelIndex loaded = model.index(0, FilingListModel::RegistrantColumn);
        QCOMPARE(loaded.data().toString(), u"BTU INTERNATIONAL, INC."_s);
        QVERIFY(loaded.data(Qt::DecorationRole).isNull());
        QVERIFY(loaded.data(Qt::FontRole).isNull());
    }

    void filterScopes_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("rows");
        QTest::newRow("anywhere: company") << int(FilingFilterProxy::Scope::Any) << u"btu"_s << 2;
        QTest::newRow("anywhere: two words")
            << int(FilingFilterProxy::Scope::Any) << u"apple 2024"_s << 1;
        QTest::newRow("company") << int(FilingFilterProxy::Scope::Company) << u"southern"_s << 1;
        QTest::newRow("company is not the file name")
            << int(FilingFilterProxy::Scope::Company) << u"aapl"_s << 0;
        QTest::newRow("form") << int(FilingFilterProxy::Scope::Form) << u"8-K"_s << 5;
        QTest::newRow("item code") << int(FilingFilterProxy::Scope::Item) << u"2.02"_s << 3;
        QTest::newRow("legacy item") << int(FilingFilterProxy::Scope::Item) << u"12"_s << 1;
        QTest::newRow("item prefix") << int(FilingFilterProxy::Scope::Item) << u"9"_s << 2;
        QTest::newRow("empty query") << int(FilingFilterProxy::Scope::Item) << QString() << 5;
    }

    void filterScopes()
    {
        QFETCH(int, scope);
        QFETCH(QString, query);
        QFETCH(int, rows);
        FilingSession session;
        FilingListModel model(&session);
        FilingFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(openAll(session, m_files));
        proxy.setFilter(query, FilingFilterProxy::Scope(scope));
        QCOMPARE(proxy.rowCount(), rows);
    }

    void fullTextScope()
    {
        FilingSession session;
        FilingListModel model(&session);
        FilingFilterProxy proxy;
        proxy.setSourceModel(&model);
        QVERIFY(openAll(session, m_files));
        proxy.setFilter(u"NeXT"_s, FilingFilterProxy::Scope::Text);
        QCOMPARE(proxy.rowCount(), 0); // until the background search says which
        proxy.setTextMatches({m_files[4]});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(FilingListModel::PathRole).toString(), m_files[4]);
    }

    void sorting()
    {
        FilingSession session;
        FilingListModel model(&session);
        FilingFilterProxy proxy;
        proxy.setSourceModel(&model);
        QVERIFY(openAll(session, m_files));
        proxy.sort(FilingListModel::DateColumn, Qt::AscendingOrder);
        QStringList dates;
        for (int row = 0; row < proxy.rowCount(); ++row)
            dates << proxy.index(row, FilingListModel::DateColumn).data().toString();
        QCOMPARE(dates,
                 (QStringList{u"1996-12-24"_s, u"2004-02-26"_s, u"2005-01-25"_s, u"2007-04-24"_s,
                              u"2024-02-01"_s}));
    }

    void periodicReportColumns()
    {
        FilingSession session;
        FilingListModel model(&session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(openAll(session, absolute(m_reports)));
        QCOMPARE(model.headerData(FilingListModel::PeriodColumn, Qt::Horizontal).toString(),
                 u"Period"_s);
        QCOMPARE(model.headerData(FilingListModel::FiscalYearColumn, Qt::Horizontal).toString(),
                 u"Fiscal year"_s);
        QCOMPARE(model.headerData(FilingListModel::FilerCategoryColumn, Qt::Horizontal).toString(),
                 u"Filer category"_s);
        for (const QString &file : m_reports) {
            const int row = model.rowOfPath(test::dataPath(file));
            const ExpectedRow expected = expectedRow(file);
            auto shown = [&](int column) {
                return model.index(row, column).data().toString();
            };
            QCOMPARE(model.stateAt(row), FilingListModel::State::Loaded);
            QCOMPARE(shown(FilingListModel::FormColumn), expected.form);
            QCOMPARE(shown(FilingListModel::PeriodColumn), expected.period);
            QCOMPARE(shown(FilingListModel::FiscalYearColumn), expected.fiscalYear);
            QCOMPARE(shown(FilingListModel::FilerCategoryColumn), expected.filerCategory);
            // The file and status keep their columns after the new ones.
            QCOMPARE(shown(FilingListModel::FileColumn), QFileInfo(file).fileName());
            QVERIFY(!shown(FilingListModel::StatusColumn).isEmpty());
        }
        // Spot checks against the covers themselves: Target's fiscal 2002 ended on February 1,
        // 2003; Intel's 10-Q covers the quarter ended March 27, 2004.
        const int target = model.rowOfPath(test::dataPath(m_reports[1]));
        QCOMPARE(model.index(target, FilingListModel::PeriodColumn).data().toString(),
                 u"2003-02-01"_s);
        QCOMPARE(model.index(target, FilingListModel::FiscalYearColumn).data().toString(),
                 u"2003"_s);
        const int intel = model.rowOfPath(test::dataPath(m_reports[4]));
        QCOMPARE(model.index(intel, FilingListModel::FilerCategoryColumn).data().toString(),
                 u"accelerated filer"_s);
        QVERIFY(model.index(intel, FilingListModel::FiscalYearColumn).data().toString().isEmpty());
    }

    // An 8-K's period is its date of report; it has neither fiscal year nor filer category.
    void eightKPeriodIsItsDate()
    {
        FilingSession session;
        FilingListModel model(&session);
        QVERIFY(openAll(session, m_files));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, FilingListModel::PeriodColumn).data().toString(),
                     model.index(row, FilingListModel::DateColumn).data().toString());
            QVERIFY(
                model.index(row, FilingListModel::FiscalYearColumn).data().toString().isEmpty());
            QVERIFY(
                model.index(row, FilingListModel::FilerCategoryColumn).data().toString().isEmpty());
        }
    }

    void periodicFilterAndSort_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("rows");
        // Microsoft, Target, Intel and MULN state a category; "accelerated" is in all four.
        QTest::newRow("anywhere: filer category")
            << int(FilingFilterProxy::Scope::Any) << u"accelerated"_s << 4;
        QTest::newRow("anywhere: large accelerated")
            << int(FilingFilterProxy::Scope::Any) << u"large accelerated"_s << 1;
        QTest::newRow("anywhere: non-accelerated")
            << int(FilingFilterProxy::Scope::Any) << u"non-accelerated"_s << 1;
        // Target's fiscal year ended on February 1, 2003 (the file is named for 2002).
        QTest::newRow("anywhere: company and year")
            << int(FilingFilterProxy::Scope::Any) << u"target 2003"_s << 1;
        QTest::newRow("anywhere: period")
            << int(FilingFilterProxy::Scope::Any) << u"2004-03-27"_s << 1;
        QTest::newRow("form") << int(FilingFilterProxy::Scope::Form) << u"10-Q"_s << 2;
        QTest::newRow("company") << int(FilingFilterProxy::Scope::Company) << u"intel"_s << 1;
        // Risk factors: Microsoft's 10-K and MULN's 10-Q (Part II); Intel's 10-Q of 2004 predates
        // them.
        QTest::newRow("item code 1A") << int(FilingFilterProxy::Scope::Item) << u"1A"_s << 2;
    }

    void periodicFilterAndSort()
    {
        QFETCH(int, scope);
        QFETCH(QString, query);
        QFETCH(int, rows);
        FilingSession session;
        FilingListModel model(&session);
        FilingFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(openAll(session, absolute(m_reports)));
        proxy.setFilter(query, FilingFilterProxy::Scope(scope));
        QCOMPARE(proxy.rowCount(), rows);
    }

    void sortByPeriod()
    {
        FilingSession session;
        FilingListModel model(&session);
        FilingFilterProxy proxy;
        proxy.setSourceModel(&model);
        QVERIFY(openAll(session, absolute(m_reports)));
        proxy.sort(FilingListModel::PeriodColumn, Qt::AscendingOrder);
        QStringList periods;
        for (int row = 0; row < proxy.rowCount(); ++row)
            periods << proxy.index(row, FilingListModel::PeriodColumn).data().toString();
        QStringList expected;
        for (const QString &file : m_reports)
            expected << expectedRow(file).period;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(periods, expected);
    }

    // The memory budget is the session's: tst_filingsession checks it.
};

QTEST_MAIN(TestFilingListModel)
#include "tst_filinglistmodel.moc"

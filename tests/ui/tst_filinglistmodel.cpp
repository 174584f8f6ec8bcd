// SPDX-License-Identifier: MIT
// The browser's model and its filter/sort proxy.

#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingparser.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
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

    void fill(FilingListModel &model)
    {
        model.addQueued(m_files);
        for (const QString &file : m_files)
            model.setFiling(file, parseFile(file));
    }

private Q_SLOTS:
    void rowsAndStates()
    {
        FilingListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.addQueued(m_files).size(), m_files.size());
        // Opening the same file again adds nothing.
        QCOMPARE(model.addQueued({m_files.first()}).size(), 0);
        QCOMPARE(model.rowCount(), m_files.size());
        QCOMPARE(model.stateAt(0), FilingListModel::State::Queued);
        QCOMPARE(model.index(0, FilingListModel::StatusColumn).data().toString(), u"Opening…"_s);

        model.setFiling(m_files[0], parseFile(m_files[0]));
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
        model.addQueued({missing});
        model.setFiling(missing, parseFile(missing));
        const int row = model.rowOfPath(missing);
        QCOMPARE(model.stateAt(row), FilingListModel::State::Failed);
        QVERIFY(model.index(row, FilingListModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(u"Error: No such file"_s));

        model.markCancelled({m_files[1]});
        QCOMPARE(model.stateAt(1), FilingListModel::State::Cancelled);
        model.removePaths({m_files[0], missing});
        QCOMPARE(model.rowCount(), m_files.size() - 1);
        QCOMPARE(model.rowOfPath(m_files[1]), 0);
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
        FilingListModel model;
        FilingFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        proxy.setFilter(query, FilingFilterProxy::Scope(scope));
        QCOMPARE(proxy.rowCount(), rows);
    }

    void fullTextScope()
    {
        FilingListModel model;
        FilingFilterProxy proxy;
        proxy.setSourceModel(&model);
        fill(model);
        proxy.setFilter(u"NeXT"_s, FilingFilterProxy::Scope::Text);
        QCOMPARE(proxy.rowCount(), 0); // until the background search says which
        proxy.setTextMatches({m_files[4]});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(FilingListModel::PathRole).toString(), m_files[4]);
    }

    void sorting()
    {
        FilingListModel model;
        FilingFilterProxy proxy;
        proxy.setSourceModel(&model);
        fill(model);
        proxy.sort(FilingListModel::DateColumn, Qt::AscendingOrder);
        QStringList dates;
        for (int row = 0; row < proxy.rowCount(); ++row)
            dates << proxy.index(row, FilingListModel::DateColumn).data().toString();
        QCOMPARE(dates,
                 (QStringList{u"1996-12-24"_s, u"2004-02-26"_s, u"2005-01-25"_s, u"2007-04-24"_s,
                              u"2024-02-01"_s}));
    }

    void memoryBudgetDropsTheLeastRecentlyUsed()
    {
        // Room for three filings. The first is looked at again (filingAt), the second only
        // peeked at (an export reading it): when a fourth comes, the second goes first.
        QList<FilingPtr> filings;
        for (int i = 0; i < 4; ++i)
            filings << parseFile(m_files[i]);
        qint64 three = 0;
        {
            FilingListModel sizes;
            sizes.addQueued(m_files.first(3));
            for (int i = 0; i < 3; ++i)
                sizes.setFiling(m_files[i], filings[i]);
            three = sizes.memoryInUse();
        }
        FilingListModel model;
        model.setMemoryBudget(three);
        model.addQueued(m_files.first(4));
        for (int i = 0; i < 3; ++i)
            model.setFiling(m_files[i], filings[i]);
        QVERIFY(model.filingAt(0) != nullptr);
        QVERIFY(model.peekFilingAt(1) != nullptr);
        model.setFiling(m_files[3], filings[3]);
        QVERIFY(model.memoryInUse() <= three);
        QVERIFY(model.peekFilingAt(1) == nullptr);
        // Least recently used first: the third before the first, the first before the newest.
        if (model.peekFilingAt(0) == nullptr)
            QVERIFY(model.peekFilingAt(2) == nullptr);
        if (model.peekFilingAt(3) == nullptr)
            QVERIFY(model.peekFilingAt(0) == nullptr);
    }

    void memoryBudgetDropsOldFilings()
    {
        FilingListModel model;
        model.setMemoryBudget(1); // nothing fits
        model.addQueued(m_files);
        model.pin(m_files[2]);
        for (const QString &file : m_files)
            model.setFiling(file, parseFile(file));
        // Only the pinned filing stays in memory; every summary stays.
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.filingAt(row) != nullptr, model.pathAt(row) == m_files[2]);
            QCOMPARE(model.stateAt(row), FilingListModel::State::Loaded);
            QVERIFY(
                !model.index(row, FilingListModel::RegistrantColumn).data().toString().isEmpty());
        }
        QVERIFY(model.memoryInUse() > 0);
    }
};

QTEST_MAIN(TestFilingListModel)
#include "tst_filinglistmodel.moc"

// SPDX-License-Identifier: MIT
// The browser's model and its filter/sort proxy.

#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingsession.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

    // The memory budget is the session's: tst_filingsession checks it.
};

QTEST_MAIN(TestFilingListModel)
#include "tst_filinglistmodel.moc"

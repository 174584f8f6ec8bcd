// SPDX-License-Identifier: MIT
// The session of open filings, headless and without a widget: loading files and folders,
// records and their states, waiting for a filing, reading again what was dropped from memory,
// cancelling, the memory budget and the recent files.

#include "filingparser.h"
#include "filingsession.h"
#include "nativepath.h"
#include "qtnames.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <memory>

#include <stdio.h>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

using State = FilingSession::State;
using Delivery = FilingSession::Delivery;

// What a whenLoaded() callback was given.
struct Answer
{
    bool called = false;
    FilingPtr filing;
    QString reason;
};

FilingSession::Callback answerInto(Answer *answer)
{
    return [answer](const FilingPtr &filing, const QString &reason) {
        answer->called = true;
        answer->filing = filing;
        answer->reason = reason;
    };
}

} // namespace

class TestFilingSession : public QObject
{
    Q_OBJECT

    const QString m_seed0 = test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
    const QString m_seed1 = test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s);
    const QString m_seed2 = test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s);
    const QString m_apple = test::dataPath(u"corpus/html8k/scpp__aapl-20240201.htm"_s);
    const QString m_southern = test::dataPath(u"corpus/fullsub/scpp__0000092122-05-000042.txt"_s);

    // Opens `paths` and waits for the request to end; false when it did not within 20 s.
    [[nodiscard]] static bool openAndWait(FilingSession &session, const QStringList &paths)
    {
        QSignalSpy finished(&session, &FilingSession::finished);
        session.open(paths);
        if (!finished.wait(20000)) {
            qWarning("opening %s did not end within 20 s", qPrintable(paths.join(u", "_s)));
            return false;
        }
        return true;
    }

    using Deliveries = QList<QPair<QString, Delivery>>;

    // Every filingReady() of the session as (path, how), into `seen`.
    static void recordDeliveries(FilingSession &session, Deliveries *seen)
    {
        connect(&session, &FilingSession::filingReady, &session,
                [seen](const QString &path, const FilingPtr &filing, Delivery how) {
                    QCOMPARE(filing->path, path);
                    seen->append({path, how});
                });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"FilingLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_filingsession"_s);
        QSettings().remove(u"recentFiles"_s);
    }

    void opensFilesAndFolders()
    {
        FilingSession session;
        Deliveries deliveries;
        recordDeliveries(session, &deliveries);
        QSignalSpy listed(&session, &FilingSession::listed);
        QSignalSpy added(&session, &FilingSession::recordsAdded);
        QVERIFY(openAndWait(session, {test::dataPath(u"seeds"_s), m_apple}));
        // The folder is expanded in name order, the loose file after it.
        const QStringList expected{m_seed0, m_seed1, m_seed2, m_apple};
        QCOMPARE(listed.count(), 1);
        QCOMPARE(listed.first().first().toStringList(), expected);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().at(0).toInt(), 0);
        QCOMPARE(added.first().at(1).toInt(), 3);
        QCOMPARE(session.paths(), expected);
        QCOMPARE(session.countIn(State::Loaded), 4);
        QVERIFY(!session.isLoading());
        // Each file delivered once; the first of the request marked to be brought forward.
        QCOMPARE(deliveries.size(), 4);
        QStringList delivered;
        for (const auto &[path, how] : deliveries) {
            delivered << path;
            QCOMPARE(how, path == m_seed0 ? Delivery::OpenedFirst : Delivery::Opened);
        }
        QStringList sortedExpected = expected;
        delivered.sort();
        sortedExpected.sort();
        QCOMPARE(delivered, sortedExpected);
        const FilingRecord &apple = session.recordAt(session.indexOf(m_apple));
        QCOMPARE(apple.registrant, u"Apple Inc."_s);
        QCOMPARE(apple.form, u"8-K"_s);
        QCOMPARE(apple.date, u"2024-02-01"_s);
        QCOMPARE(apple.state, State::Loaded);
        QCOMPARE(session.recordAt(0).items, u"7, 12"_s);
        QVERIFY(session.peek(m_seed1));
    }

    void recordsKeepTheOrderGivenWhateverOrderResultsCome()
    {
        FilingSession session;
        const QStringList given{m_southern, m_seed2, m_apple, m_seed0};
        QList<Answer> answers(given.size());
        QSignalSpy listed(&session, &FilingSession::listed);
        session.open(given);
        QVERIFY(listed.wait(20000));
        // Asked for while queued: each callback gets its own filing, however they finish.
        for (int i = 0; i < given.size(); ++i)
            session.whenLoaded(given[i], this, answerInto(&answers[i]));
        QTRY_COMPARE_WITH_TIMEOUT(session.countIn(State::Queued), 0, 20000);
        QCOMPARE(session.paths(), given);
        for (int i = 0; i < given.size(); ++i) {
            QVERIFY(answers[i].called);
            QVERIFY(answers[i].filing);
            QCOMPARE(answers[i].filing->path, given[i]);
            QVERIFY(answers[i].reason.isEmpty());
            QCOMPARE(session.recordAt(i).path, given[i]);
        }
    }

    void aFileOpenedTwiceIsOneRecord()
    {
        FilingSession session;
        QVERIFY(openAndWait(session, {m_seed0, m_seed0}));
        QCOMPARE(session.count(), 1);
        QVERIFY(openAndWait(session, {test::dataPath(u"seeds"_s)}));
        QCOMPARE(session.count(), 3);
        QCOMPARE(session.indexOf(m_seed0), 0);
        // Open and read: asking again names it as already open and starts nothing.
        QCOMPARE(session.open({m_seed0}), QStringList{m_seed0});
        QVERIFY(!session.isLoading());
        QCOMPARE(session.count(), 3);
    }

    void failedFileIsReadAgainWhenOpenedAgain()
    {
        FilingSession session;
        const QString missing = test::dataPath(u"no-such-file.txt"_s);
        QVERIFY(openAndWait(session, {missing}));
        QCOMPARE(session.stateOf(missing), State::Failed);
        QVERIFY(session.recordAt(0).error.startsWith(u"No such file"_s));
        QSignalSpy changed(&session, &FilingSession::recordChanged);
        QVERIFY(session.open({missing}).isEmpty()); // read again, not "already open"
        QCOMPARE(session.stateOf(missing), State::Queued);
        QVERIFY(changed.count() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(session.stateOf(missing), State::Failed, 20000);
        QCOMPARE(session.count(), 1);
    }

    void filingDroppedFromMemoryIsReadAgain()
    {
        FilingSession session;
        session.setMemoryBudget(1); // nothing fits
        Deliveries deliveries;
        recordDeliveries(session, &deliveries);
        QVERIFY(openAndWait(session, {m_seed0, m_seed2}));
        QCOMPARE(session.peek(m_seed0), nullptr);
        QCOMPARE(session.peek(m_seed2), nullptr);
        QCOMPARE(session.stateOf(m_seed0), State::Loaded);
        const qsizetype before = deliveries.size();

        // Waiting for it reads it again.
        Answer answer;
        session.whenLoaded(m_seed0, this, answerInto(&answer));
        QVERIFY(!answer.called);
        QTRY_VERIFY_WITH_TIMEOUT(answer.called, 20000);
        QVERIFY(answer.filing);
        QCOMPARE(answer.filing->text, parseFile(m_seed0)->text);
        QCOMPARE(deliveries.size(), before + 1);
        QCOMPARE(deliveries.last(), (QPair<QString, Delivery>{m_seed0, Delivery::ReadAgain}));

        // Acquiring it (the window shows it) reads it again too, and keeps it.
        QCOMPARE(session.acquire(m_seed2), nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), before + 2, 20000);
        QCOMPARE(deliveries.last(), (QPair<QString, Delivery>{m_seed2, Delivery::ReadAgain}));
        QVERIFY(session.peek(m_seed2));
        QCOMPARE(session.peek(m_seed0), nullptr); // over the budget, not on screen
        QCOMPARE(session.acquire(m_seed2), session.peek(m_seed2));
    }

    void cancelMarksRecordsAndDeliversNothingAfter()
    {
        FilingSession session;
        Deliveries deliveries;
        recordDeliveries(session, &deliveries);
        Answer waiting;
        // Asked for before the folder is even listed.
        session.open({test::dataPath(u"corpus/text8k"_s)});
        const QString first =
            test::dataPath(u"corpus/text8k/scpp__0000320193-96-000027_doc1_8k.txt"_s);
        session.whenLoaded(first, this, answerInto(&waiting));
        QVERIFY(session.isLoading());
        // Cancelled as soon as the folder is listed, before any file is read.
        connect(&session, &FilingSession::listed, this, [&] { session.cancel(); });
        QSignalSpy finished(&session, &FilingSession::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(session.count(), 9);
        QCOMPARE(session.countIn(State::Cancelled), 9);
        QCOMPARE(session.recordAt(0).error, u"Opening was cancelled"_s);
        QVERIFY(!session.isLoading());
        QVERIFY(waiting.called);
        QCOMPARE(waiting.filing, nullptr);
        QCOMPARE(waiting.reason, u"Opening was cancelled"_s);
        // Whatever was being parsed ends and is dropped.
        session.waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(deliveries.size(), 0);
        QCOMPARE(session.countIn(State::Cancelled), 9);
    }

    void aSecondFileParsedBeforeItsListingIsDeliveredStillBecomesARecord()
    {
        // The race EDGAR downloads hit: two files opened a moment apart, each parsed before the
        // GUI thread turns the event loop, so both wait in the inbox that the first file's
        // queued drain empties, ahead of the second file's queued listing.
        FilingSession session;
        Deliveries seen;
        recordDeliveries(session, &seen);
        session.open({m_seed0});
        QThread::msleep(1500);
        session.open({m_seed1});
        QThread::msleep(1500);
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 20000);
        QCOMPARE(session.paths(), (QStringList{m_seed0, m_seed1}));
        QCOMPARE(session.stateOf(m_seed0), State::Loaded);
        QCOMPARE(session.stateOf(m_seed1), State::Loaded);
    }

    void whenLoadedForEveryState()
    {
        FilingSession session;
        const QString missing = test::dataPath(u"no-such-file.txt"_s);
        QVERIFY(openAndWait(session, {m_seed0, missing}));

        Answer loaded;
        session.whenLoaded(m_seed0, this, answerInto(&loaded));
        QVERIFY(loaded.called); // at once: it is in memory
        QCOMPARE(loaded.filing, session.peek(m_seed0));
        QVERIFY(loaded.reason.isEmpty());

        Answer failed;
        session.whenLoaded(missing, this, answerInto(&failed));
        QVERIFY(failed.called);
        QVERIFY(failed.filing && !failed.filing->ok());
        QVERIFY2(failed.reason.startsWith(u"No such file"_s), qPrintable(failed.reason));

        Answer notOpen;
        session.whenLoaded(m_seed1, this, answerInto(&notOpen));
        QVERIFY(notOpen.called);
        QCOMPARE(notOpen.filing, nullptr);
        QCOMPARE(notOpen.reason, u"it is not among the open filings."_s);

        // Queued: once read. A callback whose context is gone first is never called.
        Answer queued;
        Answer forgotten;
        Answer closed;
        session.open({m_seed1, m_seed2, m_apple});
        session.whenLoaded(m_seed1, this, answerInto(&queued));
        auto context = std::make_unique<QObject>();
        session.whenLoaded(m_seed2, context.get(), answerInto(&forgotten));
        context.reset();
        // Closed while it waits: as soon as it is listed, before it can be read.
        State appleWhenListed = State::Loaded;
        connect(&session, &FilingSession::listed, this, [&] {
            appleWhenListed = session.stateOf(m_apple);
            session.whenLoaded(m_apple, this, answerInto(&closed));
            session.close({m_apple});
        });
        QSignalSpy finished(&session, &FilingSession::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toStringList(), (QStringList{m_seed1, m_seed2}));
        QCOMPARE(appleWhenListed, State::Queued);
        QVERIFY(closed.called);
        QCOMPARE(closed.filing, nullptr);
        QCOMPARE(closed.reason, u"it is not among the open filings."_s);
        QCOMPARE(session.countIn(State::Queued), 0);
        QVERIFY(queued.called);
        QCOMPARE(queued.filing->path, m_seed1);
        QVERIFY(!forgotten.called);
        QCOMPARE(session.indexOf(m_apple), -1);
    }

    void memoryBudgetDropsTheLeastRecentlyUsed()
    {
        // Room for three filings. The first is used again (a callback asks for it), the second
        // only peeked at (an export reading it): when a fourth comes, the second goes first.
        const QStringList files{m_seed0, m_apple, m_southern, m_seed2};
        qint64 three = 0;
        for (int i = 0; i < 3; ++i)
            three += FilingSession::weight(parseFile(files[i]));
        FilingSession session;
        session.setMemoryBudget(three);
        for (int i = 0; i < 3; ++i)
            QVERIFY(openAndWait(session, {files[i]})); // one after the other: a known order
        QCOMPARE(session.memoryInUse(), three);
        Answer used;
        session.whenLoaded(files[0], this, answerInto(&used));
        QVERIFY(used.filing);
        QVERIFY(session.peek(files[1]) != nullptr);
        QVERIFY(openAndWait(session, {files[3]}));
        QVERIFY(session.memoryInUse() <= three);
        QVERIFY(session.peek(files[1]) == nullptr);
        // Least recently used first: the third before the first, the first before the newest.
        if (session.peek(files[0]) == nullptr)
            QVERIFY(session.peek(files[2]) == nullptr);
        if (session.peek(files[3]) == nullptr)
            QVERIFY(session.peek(files[0]) == nullptr);
        QCOMPARE(session.countIn(State::Loaded), 4); // every summary stays
    }

    void memoryBudgetKeepsTheAcquiredFiling()
    {
        const QStringList files{
            m_seed0, m_seed2, m_apple, m_southern,
            test::dataPath(u"corpus/text8k/scpp__0000320193-96-000027_doc1_8k.txt"_s)};
        FilingSession session;
        session.setMemoryBudget(1); // nothing fits
        // The one on screen, acquired while still queued.
        connect(&session, &FilingSession::listed, this, [&] { session.acquire(files[2]); });
        QVERIFY(openAndWait(session, files));
        // Only the acquired filing stays in memory; every summary stays.
        for (int row = 0; row < session.count(); ++row) {
            const FilingRecord &record = session.recordAt(row);
            QCOMPARE(session.peek(record.path) != nullptr, record.path == files[2]);
            QCOMPARE(record.state, State::Loaded);
            QVERIFY(!record.registrant.isEmpty());
        }
        QCOMPARE(session.memoryInUse(), FilingSession::weight(session.peek(files[2])));
        // Closing it frees its memory.
        session.close({files[2]});
        QCOMPARE(session.memoryInUse(), 0);
    }

    void recentFiles()
    {
        QSettings().remove(u"recentFiles"_s);
        {
            FilingSession session;
            QSignalSpy changed(&session, &FilingSession::recentFilesChanged);
            QVERIFY(openAndWait(session, {m_seed0, test::dataPath(u"seeds"_s)}));
            QVERIFY(openAndWait(session, {m_apple}));
            QCOMPARE(changed.count(), 2);
            // The newest first, absolute, stored under the key the window always used.
            const QStringList expected{m_apple, test::dataPath(u"seeds"_s), m_seed0};
            QCOMPARE(session.recentFiles(), expected);
            QCOMPARE(QSettings().value(u"recentFiles"_s).toStringList(), expected);
            for (int i = 0; i < 12; ++i)
                session.open({test::dataPath(u"recent-%1.txt"_s.arg(i))});
            QCOMPARE(session.recentFiles().size(), 10);
            QCOMPARE(session.recentFiles().first(), test::dataPath(u"recent-11.txt"_s));
        }
        // A new session (the next start) reads them back.
        FilingSession next;
        QCOMPARE(next.recentFiles().size(), 10);
        next.clearRecentFiles();
        QVERIFY(next.recentFiles().isEmpty());
        QVERIFY(QSettings().value(u"recentFiles"_s).toStringList().isEmpty());
    }

    // A recent file whose name is not UTF-8 (byte 0xE9) is still that file after the settings
    // went through their INI file; and the entries of older versions (strings) still read.
    void recentFilesKeepNamesThatAreNotUtf8()
    {
        test::TemporaryDir dir;
        const QByteArray native = QFile::encodeName(dir.path()) + "/r\xE9port.txt";
        test::writeFile(dir.filePath(u"plain.txt"_s),
                        test::readData(u"seeds/000_b149af05fdad4801.txt"_s));
        QVERIFY(::rename(QFile::encodeName(dir.filePath(u"plain.txt"_s)).constData(),
                         native.constData())
                == 0);
        const QString path = pathFromNative(native);
        QSettings().remove(u"recentFiles"_s);
        {
            FilingSession session;
            QVERIFY(openAndWait(session, {path}));
            QCOMPARE(session.recentFiles(), QStringList{path});
        }
        QSettings().sync();
        // Read from the disk (a QSettings on the same file would answer from its cache).
        const QString copy = dir.filePath(u"copy.conf"_s);
        QVERIFY(QFile::copy(QSettings().fileName(), copy));
        const QStringList read =
            pathsFromSetting(QSettings(copy, QSettings::IniFormat).value(u"recentFiles"_s));
        QCOMPARE(read, QStringList{path});
        const FilingPtr f = parseFile(read.first());
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->registrantName(), u"BTU INTERNATIONAL, INC."_s);

        // A list an older version wrote, as strings.
        QSettings().setValue(u"recentFiles"_s, QStringList{m_apple, m_seed0});
        FilingSession next;
        QCOMPARE(next.recentFiles(), (QStringList{m_apple, m_seed0}));
        QSettings().remove(u"recentFiles"_s);
    }
};

QTEST_MAIN(TestFilingSession)
#include "tst_filingsession.moc"

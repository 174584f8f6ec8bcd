// SPDX-License-Identifier: MIT
// A folder of 100,000 filings opened in the window: every file gets a row, the window keeps
// painting and taking input, and the time per file does not grow with the folder. The files
// are hard links to one seed (no disk for their contents). About 1.5 minutes on a busy 2-core
// machine: labelled slow (CI runs it all the same).

#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingsession.h"
#include "filingview.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

const QString kSeedFile = u"seeds/000_b149af05fdad4801.txt"_s;

class TestBigFolder : public QObject
{
    Q_OBJECT

    struct Opening
    {
        qint64 ms = 0;         // from openPaths() to the last row read
        qint64 longestGap = 0; // the longest the GUI thread was kept from its event loop
    };

    // A folder of `count` hard links to the BTU 8-K of 2004, named 000000.txt...
    static QString folderOfLinks(const QTemporaryDir &dir, const QString &name, int count)
    {
        const QByteArray folder = QFile::encodeName(dir.filePath(name));
        if (!QDir(dir.path()).mkdir(name))
            qFatal("cannot make %s", folder.constData());
        for (int i = 0; i < count; ++i) {
            // A copy of the seed for each 50,000 links (ext4 allows 65,000 links to a file, and
            // none across file systems).
            const QByteArray source =
                QFile::encodeName(dir.filePath(u"seed%1-%2.txt"_s.arg(name).arg(i / 50000)));
            if (i % 50000 == 0)
                test::writeFile(QFile::decodeName(source), test::readData(kSeedFile));
            const QByteArray path =
                folder + '/' + QByteArray::number(i).rightJustified(6, '0') + ".txt";
            if (::link(source.constData(), path.constData()) != 0)
                qFatal("cannot link %s", path.constData());
        }
        return dir.filePath(name);
    }

    static Opening open(MainWindow &w, const QString &folder, int files)
    {
        QElapsedTimer clock;
        qint64 last = 0;
        Opening result;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &w, [&] {
            const qint64 now = clock.elapsed();
            result.longestGap = std::max(result.longestGap, now - last);
            last = now;
        });
        clock.start();
        ticker.start();
        w.openPaths({folder});
        const bool listed =
            QTest::qWaitFor([&] { return w.filingModel()->rowCount() == files; }, 600000);
        const bool read =
            listed && QTest::qWaitFor([&] { return !w.session()->isLoading(); }, 600000);
        result.ms = clock.elapsed();
        if (!read)
            qWarning(
                "%d files: %d rows, %d queued after %lld ms", files, w.filingModel()->rowCount(),
                w.filingModel()->countIn(FilingListModel::State::Queued), qlonglong(result.ms));
        return result;
    }

private Q_SLOTS:
    void hundredThousandFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString small = folderOfLinks(dir, u"small"_s, 10000);
        const QString big = folderOfLinks(dir, u"big"_s, 100000);

        Opening tenThousand;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            tenThousand = open(w, small, 10000);
            QCOMPARE(w.filingModel()->countIn(FilingListModel::State::Loaded), 10000);
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const Opening hundredThousand = open(w, big, 100000);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        qDebug("10,000 files: %lld ms (longest GUI-thread gap %lld ms); 100,000 files: %lld ms "
               "(longest gap %lld ms); peak memory %ld MB",
               qlonglong(tenThousand.ms), qlonglong(tenThousand.longestGap),
               qlonglong(hundredThousand.ms), qlonglong(hundredThousand.longestGap),
               usage.ru_maxrss / 1024);
        FilingListModel *model = w.filingModel();
        QCOMPARE(model->rowCount(), 100000);
        QCOMPARE(model->countIn(FilingListModel::State::Loaded), 100000);
        QCOMPARE(model->index(model->rowOfPath(big + u"/054321.txt"_s), FilingListModel::FileColumn)
                     .data()
                     .toString(),
                 u"054321.txt"_s);
        // Linear: 10x the files in about 10x the time (3x slack per file for a busy machine;
        // quadratic work would be 10x per file).
        QVERIFY2(hundredThousand.ms < 30 * std::max<qint64>(tenThousand.ms, 100),
                 qPrintable(u"%1 ms against %2 ms"_s.arg(hundredThousand.ms).arg(tenThousand.ms)));
        // Responsive: the event loop keeps running. Measured 0.39 s at 100,000 files at load 6
        // on 2 cores (0.11 s at 10,000), 93 ms on the quiet machine, after adding the records,
        // queueing the parses, painting the progress bar and sizing the columns stopped growing
        // with the folder.
        QVERIFY2(hundredThousand.longestGap < 2000,
                 qPrintable(u"longest gap %1 ms"_s.arg(hundredThousand.longestGap)));
        // Still usable: open one.
        w.browser()->setCurrentIndex(w.filingProxy()->mapFromSource(
            model->index(model->rowOfPath(big + u"/099999.txt"_s), 0)));
        QTRY_VERIFY_WITH_TIMEOUT(w.filingView()->filing() != nullptr, 20000);
        QCOMPARE(w.filingView()->filing()->registrantName(), u"BTU INTERNATIONAL, INC."_s);
    }
};

QTEST_MAIN(TestBigFolder)
#include "tst_bigfolder.moc"

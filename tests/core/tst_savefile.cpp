// SPDX-License-Identifier: MIT
// SaveFile on a disk that fills and on one that is read-only: the cause of each failure,
// and the old file kept.

#include "faultutil.h"
#include "savefile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSaveFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One write of 200 KB, and 2,000 of 100 bytes, on a 64 KB tmpfs. (QSaveFile alone gave
    // "Unknown error" for the small ones and took the big one short without any error.)
    void diskFills_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::addColumn<int>("count");
        QTest::newRow("one big write") << 200 * 1024 << 1;
        QTest::newRow("many small writes") << 100 << 2000;
    }
    void diskFills()
    {
        QFETCH(int, chunk);
        QFETCH(int, count);
        fl::test::SmallDisk disk;
        if (!disk.ok())
            QSKIP(qPrintable(u"cannot mount a tmpfs: "_s + disk.why()));
        const QString path = disk.filePath(u"out.bin"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old bytes\n");
        }
        fl::SaveFile file(path);
        QVERIFY(file.open());
        const QByteArray bytes(chunk, 'x');
        bool written = true;
        for (int i = 0; i < count && written; ++i)
            written = file.write(bytes) == bytes.size();
        QVERIFY(!file.commit());
        QCOMPARE(file.errorString(), fl::test::diskFullCause());
        QCOMPARE(fl::test::fileBytes(path), QByteArray("old bytes\n"));
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"out.bin"_s});
    }

    void fitsAndCommits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.bin"_s);
        fl::SaveFile file(path);
        QVERIFY(file.open());
        QByteArray expected;
        for (int i = 0; i < 5000; ++i) { // past the 64 KB buffer, in pieces of every size
            const QByteArray piece(i % 97, char('a' + i % 26));
            QCOMPARE(file.write(piece), qint64(piece.size()));
            expected += piece;
        }
        const QByteArray big(100 * 1024, 'z');
        QCOMPARE(file.write(big), qint64(big.size()));
        expected += big;
        QVERIFY(!QFile::exists(path)); // nothing until committed
        QVERIFY(file.commit());
        QCOMPARE(fl::test::fileBytes(path), expected);
    }

    void cancelKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.bin"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        fl::SaveFile file(path);
        QVERIFY(file.open());
        file.write("new");
        file.cancelWriting();
        QVERIFY(!file.commit());
        QCOMPARE(fl::test::fileBytes(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.bin"_s});
    }

    void readOnlyFileSystem()
    {
        fl::test::SmallDisk disk(64 * 1024, fl::test::SmallDisk::Mode::ReadOnly);
        if (!disk.ok())
            QSKIP(qPrintable(u"cannot mount a tmpfs: "_s + disk.why()));
        const QString cause = u"Read-only file system"_s;
        QCOMPARE(fl::folderWriteProblem(disk.path()), cause);
        QCOMPARE(fl::folderWriteProblem(disk.filePath(u"not/made/yet"_s)), cause);
        QCOMPARE(fl::makeFolders(disk.filePath(u"a/b"_s)), cause);
        fl::SaveFile file(disk.filePath(u"out.csv"_s));
        QVERIFY(!file.open());
        QCOMPARE(file.errorString(), cause);
        QTemporaryDir writable;
        QCOMPARE(fl::folderWriteProblem(writable.path()), QString());
        QCOMPARE(fl::makeFolders(writable.filePath(u"a/b"_s)), QString());
        QVERIFY(QFileInfo(writable.filePath(u"a/b"_s)).isDir());
    }
};

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"

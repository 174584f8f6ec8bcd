// SPDX-License-Identifier: MIT
// The window when the file system fails it: the disk filling during an export, and a filing
// deleted or replaced while it is shown, then File ▸ Reload.

#include "faultutil.h"
#include "filinglistmodel.h"
#include "filingsession.h"
#include "filingview.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestFileFaults : public QObject
{
    Q_OBJECT

    [[nodiscard]] static bool waitUntilOpened(MainWindow &w, int rows)
    {
        const FilingListModel *model = w.filingModel();
        return QTest::qWaitFor(
            [&] {
                return model->rowCount() == rows
                    && model->countIn(FilingListModel::State::Queued) == 0;
            },
            20000);
    }

    static bool copyData(const QString &relative, const QString &to)
    {
        QFile::remove(to);
        return QFile::copy(test::dataPath(relative), to);
    }

    // File ▸ Reload, then the filing it brings.
    [[nodiscard]] static FilingPtr reload(MainWindow &w)
    {
        QSignalSpy ready(w.session(), &FilingSession::filingReady);
        auto *action = w.findChild<QAction *>(u"reloadAction"_s);
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        if (!ready.wait(20000))
            return nullptr;
        if (ready.last().at(2).value<FilingSession::Delivery>()
            != FilingSession::Delivery::Reloaded)
            return nullptr;
        return ready.last().at(1).value<FilingPtr>();
    }

    static QString errorShown(const MainWindow &w)
    {
        const auto *reason = w.filingView()->findChild<QLabel *>(u"errorReason"_s);
        return w.filingView()->isShowingError() && reason ? reason->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<FilingPtr>();
    }

    // The window's CSV export onto a 64 KB tmpfs (else under a 64 KB file-size limit): 304 KB
    // of item texts do not fit. The message names the cause and the old file stays as it was.
    void exportOnAFullDisk()
    {
        test::SmallDisk disk;
        QTemporaryDir plain;
        const QString out =
            disk.ok() ? disk.filePath(u"items.csv"_s) : QDir(plain.path()).filePath(u"items.csv"_s);
        const QByteArray before = "file,item\r\nkept.txt,1\r\n";
        {
            QFile old(out);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(before);
        }
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"corpus/periodic/ewr__v7.txt.txt"_s)});
        QVERIFY(waitUntilOpened(w, 1));
        CsvExportOptions options;
        options.layout = CsvLayout::Items;
        QSignalSpy finished(&w, &MainWindow::exportFinished);
        {
            std::unique_ptr<test::FileSizeLimit> limit;
            if (!disk.ok())
                limit = std::make_unique<test::FileSizeLimit>(64 * 1024);
            if (!disk.ok() && !limit->ok())
                QSKIP("neither a tmpfs nor a file-size limit could be set");
            w.exportCsv(w.filingModel()->paths(), out, options);
            QVERIFY(finished.wait(30000));
        }
        const QString cause = disk.ok() ? test::diskFullCause() : test::fileTooLargeCause();
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), u"Cannot write %1: %2."_s.arg(out, cause));
        QCOMPARE(test::fileBytes(out), before);
        QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"items.csv"_s});
        QTRY_VERIFY(w.findChild<QMessageBox *>(u"notification"_s));
    }

    // Deleted while shown: Reload says so on the error page, in the browser row and the status
    // bar; the window goes on, and once the file is back Reload shows it again.
    void reloadDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"btu.txt"_s);
        const QString other = dir.filePath(u"other.txt"_s);
        QVERIFY(copyData(u"seeds/000_b149af05fdad4801.txt"_s, path));
        QVERIFY(copyData(u"seeds/001_9900e7bb81fee8a1.txt"_s, other));
        MainWindow w;
        w.show();
        w.openPaths({path});
        QVERIFY(waitUntilOpened(w, 1));
        QTRY_COMPARE(w.currentPath(), path);
        QVERIFY(w.filingView()->filing());
        QCOMPARE(w.filingView()->filing()->dateOfReport(), u"2004-02-26"_s);

        QVERIFY(QFile::remove(path));
        const FilingPtr gone = reload(w);
        QVERIFY(gone);
        const QString noSuchFile = u"No such file: %1"_s.arg(path);
        QCOMPARE(gone->errorMessage, noSuchFile);
        QCOMPARE(errorShown(w), noSuchFile);
        QCOMPARE(w.filingModel()->errorAt(0), noSuchFile);
        QCOMPARE(w.statusBar()->currentMessage(), u"Could not reload btu.txt: "_s + noSuchFile);

        // The window keeps working: another file opens and shows.
        w.openPaths({other});
        QVERIFY(waitUntilOpened(w, 2));
        QTRY_COMPARE(w.currentPath(), other);
        QTRY_VERIFY(w.filingView()->filing());
        QCOMPARE(w.filingView()->filing()->dateOfReport(), u"2004-04-21"_s);

        // Back again: Reload on its row brings it back.
        QVERIFY(copyData(u"seeds/000_b149af05fdad4801.txt"_s, path));
        w.openPaths({path}); // already open and failed: read again, brought forward
        QTRY_COMPARE(w.currentPath(), path);
        QTRY_VERIFY(w.filingView()->filing());
        const FilingPtr back = reload(w);
        QVERIFY(back && back->ok());
        QCOMPARE(w.filingView()->filing(), back);
        QCOMPARE(w.filingModel()->errorAt(0), QString());
    }

    // Replaced while shown: Reload shows the new content, and a replacement that is not a
    // filing gets the error every such file gets.
    void reloadReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"btu.txt"_s);
        QVERIFY(copyData(u"seeds/000_b149af05fdad4801.txt"_s, path));
        MainWindow w;
        w.show();
        w.openPaths({path});
        QVERIFY(waitUntilOpened(w, 1));
        QTRY_VERIFY(w.filingView()->filing());
        QCOMPARE(w.filingView()->filing()->dateOfReport(), u"2004-02-26"_s);

        // The 8-K of April 2007 (seed 002) in its place, under the same name.
        QVERIFY(copyData(u"seeds/002_804b7ad1e3b304a9.txt"_s, path));
        const FilingPtr replaced = reload(w);
        QVERIFY(replaced && replaced->ok());
        QCOMPARE(w.filingView()->filing(), replaced);
        QCOMPARE(replaced->dateOfReport(), u"2007-04-24"_s);
        QVERIFY(replaced->text.contains(u"April 24, 2007"_s));
        QVERIFY(!replaced->text.contains(u"February 26, 2004"_s));
        const QModelIndex date = w.filingModel()->index(0, FilingListModel::DateColumn);
        QCOMPARE(date.data().toString(), u"2007-04-24"_s);
        QCOMPARE(w.statusBar()->currentMessage(), u"Reloaded btu.txt"_s);

        // Then by some notes.
        {
            QFile notes(path);
            QVERIFY(notes.open(QIODevice::WriteOnly | QIODevice::Truncate));
            notes.write("Call the auditors on Monday about the 8-K.\n");
        }
        const FilingPtr notAFiling = reload(w);
        QVERIFY(notAFiling && !notAFiling->ok());
        QVERIFY2(notAFiling->errorMessage.startsWith(u"This does not look like an SEC filing"_s),
                 qPrintable(notAFiling->errorMessage));
        QCOMPARE(errorShown(w), notAFiling->errorMessage);
        QCOMPARE(w.filingModel()->errorAt(0), notAFiling->errorMessage);
    }
};

QTEST_MAIN(TestFileFaults)
#include "tst_filefaults.moc"

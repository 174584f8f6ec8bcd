// SPDX-License-Identifier: MIT
// File names as Linux has them (bytes that are not UTF-8, newlines, quotes), symlink loops
// under a folder, and a folder of 100,000 files. The files are made with POSIX calls by their
// bytes: QFile spells every name as UTF-8, so it cannot make or find most of them.

#include "csvexport.h"
#include "jsonexport.h"
#include "nativepath.h"
#include "qtnames.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

const QString kSeed = u"seeds/000_b149af05fdad4801.txt"_s;
const QString kSeedRegistrant = u"BTU INTERNATIONAL, INC."_s; // its cover, line 15

void writeNative(const QByteArray &path, const QByteArray &bytes)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || ::write(fd, bytes.constData(), size_t(bytes.size())) != bytes.size())
        qFatal("cannot write %s", path.constData());
    ::close(fd);
}

void makeFolder(const QByteArray &path)
{
    if (::mkdir(path.constData(), 0755) != 0)
        qFatal("cannot make %s", path.constData());
}

void makeLink(const QByteArray &target, const QByteArray &path)
{
    if (::symlink(target.constData(), path.constData()) != 0)
        qFatal("cannot link %s", path.constData());
}

// A folder of `count` hard links to one seed (no disk for the contents), named 000000.txt...
QString folderOfLinks(const QTemporaryDir &dir, const QString &name, int count)
{
    const QByteArray folder = QFile::encodeName(dir.filePath(name));
    makeFolder(folder);
    for (int i = 0; i < count; ++i) {
        // A copy of the seed for each 50,000 links (ext4 allows 65,000 links to a file, and
        // none across file systems).
        const QByteArray source =
            QFile::encodeName(dir.filePath(u"seed%1-%2.txt"_s.arg(name).arg(i / 50000)));
        if (i % 50000 == 0)
            test::writeFile(QFile::decodeName(source), test::readData(kSeed));
        const QByteArray path =
            folder + '/' + QByteArray::number(i).rightJustified(6, '0') + ".txt";
        if (::link(source.constData(), path.constData()) != 0)
            qFatal("cannot link %s", path.constData());
    }
    return dir.filePath(name);
}

} // namespace

class TestFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("ascii") << "report.txt"_ba << u"report.txt"_s;
        QTest::newRow("utf-8") << "r\xC3\xA9port.txt"_ba << u"r\u00E9port.txt"_s;
        QTest::newRow("latin-1 byte") << "r\xE9port.txt"_ba << u"r\\xE9port.txt"_s;
        QTest::newRow("cut sequence") << "a\xC3"_ba << u"a\\xC3"_s;
        QTest::newRow("overlong slash") << "\xC0\xAF"_ba << u"\\xC0\\xAF"_s;
        QTest::newRow("encoded surrogate") << "\xED\xA0\x80"_ba << u"\\xED\\xA0\\x80"_s;
        QTest::newRow("above U+10FFFF") << "\xF4\x90\x80\x80"_ba << u"\\xF4\\x90\\x80\\x80"_s;
        // U+10080 is the surrogate pair D800 DC80: its low half is not an escaped byte.
        QTest::newRow("pair with low half DC80")
            << "\xF0\x90\x82\x80\x80"_ba << u"\U00010080\\x80"_s;
        QTest::newRow("all bytes high") << "\xFF\xFE\x80"_ba << u"\\xFF\\xFE\\x80"_s;
        QTest::newRow("newline and quotes") << "a\nb\"c'd,e.txt"_ba << u"a\nb\"c'd,e.txt"_s;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shown);
        const QString path = pathFromNative(bytes);
        QCOMPARE(pathToNative(path), bytes);
        QCOMPARE(displayPath(path), shown);
    }

    void displayLineEscapesControlCharacters()
    {
        QCOMPARE(displayLine(pathFromNative("a\nb\tc\rd\x01\x7F\xE9.txt")),
                 u"a\\nb\\tc\\rd\\x01\\x7F\\xE9.txt"_s);
        QCOMPARE(displayFileName(pathFromNative("/tmp/d\xE9p\xF4t/r\xE9port\n.txt")),
                 u"r\\xE9port\\n.txt"_s);
    }

    void oddNamesOpenAndExport_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("csvField"); // the path column as written, %1 the folder
        QTest::newRow("latin-1") << "r\xE9port.txt"_ba << u"r\\xE9port.txt"_s
                                 << u"%1/r\\xE9port.txt"_s;
        QTest::newRow("only high bytes")
            << "\xFF\xFE.TXT"_ba << u"\\xFF\\xFE.TXT"_s << u"%1/\\xFF\\xFE.TXT"_s;
        QTest::newRow("newline") << "line\nbreak.txt"_ba << u"line\nbreak.txt"_s
                                 << u"\"%1/line\nbreak.txt\""_s;
        QTest::newRow("double quotes")
            << "say \"hi\".txt"_ba << u"say \"hi\".txt"_s << u"\"%1/say \"\"hi\"\".txt\""_s;
        QTest::newRow("comma and apostrophe")
            << "it's, an 8-K.txt"_ba << u"it's, an 8-K.txt"_s << u"\"%1/it's, an 8-K.txt\""_s;
        QTest::newRow("newline and latin-1")
            << "\xE9t\xE9\n\"q\".txt"_ba << u"\\xE9t\\xE9\n\"q\".txt"_s
            << u"\"%1/\\xE9t\\xE9\n\"\"q\"\".txt\""_s;
    }

    void oddNamesOpenAndExport()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, shown);
        QFETCH(QString, csvField);
        test::TemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"filings"_s);
        makeFolder(QFile::encodeName(folder));
        const QByteArray native = QFile::encodeName(folder) + '/' + name;
        writeNative(native, test::readData(kSeed));

        // Listed by the bytes it has, and opened by them.
        const QString path = pathFromNative(native);
        QCOMPARE(expandFolders({folder}), QStringList{path});
        const FilingPtr f = parseFile(path);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->registrantName(), kSeedRegistrant);
        QCOMPARE(f->fileName(), shown);
        QCOMPARE(f->path, path);
        QCOMPARE(filingToJson(*f).value(u"file"_s).toString(), folder + u'/' + shown);

        // The CSV's path column: the name shown, quoted as RFC 4180 wants.
        const QString csv = dir.filePath(u"out.csv"_s);
        const ExportResult result = exportCsv({path}, csv, CsvExportOptions{});
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        const QByteArray row = "\r\n" + csvField.arg(folder).toUtf8() + ",text,8-K,";
        QVERIFY2(bytes.contains(row), bytes.left(600).constData());
    }

    void oddNamesInMessages()
    {
        test::TemporaryDir dir;
        const QByteArray root = QFile::encodeName(dir.path());
        const QString missing = pathFromNative(root + "/r\xE9port.txt");
        QCOMPARE(parseFile(missing)->errorMessage,
                 u"No such file: %1/r\\xE9port.txt"_s.arg(dir.path()));
        makeFolder(root + "/d\xE9p\xF4t");
        QCOMPARE(parseFile(pathFromNative(root + "/d\xE9p\xF4t"))->errorMessage,
                 u"%1/d\\xE9p\\xF4t is a folder, not a file."_s.arg(dir.path()));
        // A newline in a message would break the line of a log or a status bar.
        makeLink("gone\n.txt", root + "/dangling\n.txt");
        QCOMPARE(
            parseFile(pathFromNative(root + "/dangling\n.txt"))->errorMessage,
            u"The link %1/dangling\\n.txt points to a file that does not exist."_s.arg(dir.path()));
    }

    void oddFolderNamesAreWalked()
    {
        test::TemporaryDir dir;
        const QByteArray root = QFile::encodeName(dir.path());
        makeFolder(root + "/d\xE9p\xF4t");
        makeFolder(root + "/d\xE9p\xF4t/line\nfeed");
        writeNative(root + "/d\xE9p\xF4t/line\nfeed/a.txt", test::readData(kSeed));
        writeNative(root + "/d\xE9p\xF4t/b.htm.bak", "not listed");
        writeNative(root + "/.hidden.txt", "not listed");
        const QStringList found = expandFolders({dir.path()});
        QCOMPARE(found, QStringList{pathFromNative(root + "/d\xE9p\xF4t/line\nfeed/a.txt")});
        QVERIFY(parseFile(found.first())->ok());
    }

    // A drop's text/uri-list, decoded to the bytes of each name (QMimeData::urls() would
    // give U+FFFD for the byte 0xE9).
    void uriListToPaths_data()
    {
        QTest::addColumn<QByteArray>("uriList");
        QTest::addColumn<QByteArray>("nativePaths"); // joined with '|'
        QTest::newRow("latin-1 byte") << "file:///tmp/r%E9port.txt\r\n"_ba
                                      << "/tmp/r\xE9port.txt"_ba;
        QTest::newRow("utf-8, localhost, comment, several")
            << "# dragged from a file manager\r\nfile://localhost/a/caf%C3%A9.htm\r\n"
               "FILE:///b/x%20y%25.txt\r\n"_ba
            << "/a/caf\xC3\xA9.htm|/b/x y%.txt"_ba;
        QTest::newRow("no final line end, LF only") << "file:///a.txt\nfile:///d%E9p/b.txt"_ba
                                                    << "/a.txt|/d\xE9p/b.txt"_ba;
        QTest::newRow("other hosts and schemes skipped")
            << "https://www.sec.gov/a.htm\r\nfile://server/share/a.txt\r\nfile:///c.txt#frag\r\n"_ba
            << "/c.txt"_ba;
        QTest::newRow("newline in a name") << "file:///a%0Ab.txt\r\n"_ba
                                           << "/a\nb.txt"_ba;
    }

    void uriListToPaths()
    {
        QFETCH(QByteArray, uriList);
        QFETCH(QByteArray, nativePaths);
        QStringList expected;
        for (const QByteArray &p : nativePaths.split('|'))
            expected << pathFromNative(p);
        QCOMPARE(pathsFromUriList(uriList), expected);
        QMimeData mime;
        mime.setData(u"text/uri-list"_s, uriList);
        QCOMPARE(localPathsOf(mime), expected);
    }

    // What the browser puts in a drag reads back to the same paths, whatever their bytes.
    void uriListRoundTrip()
    {
        const QStringList paths{pathFromNative("/d\xE9p/r\xE9port 1.txt"_ba),
                                pathFromNative("/a/line\nbreak #2 %41?.txt"_ba),
                                u"/a/caf\u00E9 \U00010080.htm"_s};
        const QByteArray list = uriListOf(paths);
        QCOMPARE(list.left(list.indexOf('\n') + 1), "file:///d%E9p/r%E9port%201.txt\r\n"_ba);
        QCOMPARE(pathsFromUriList(list), paths);
        // Qt reads the UTF-8 ones the same.
        QMimeData mime;
        mime.setData(u"text/uri-list"_s, list);
        QCOMPARE(mime.urls().value(2).toLocalFile(), paths[2]);
    }

    void mimeWithoutRawUriList()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(u"/a/b.txt"_s), QUrl(u"https://www.sec.gov/"_s)});
        QCOMPARE(localPathsOf(mime), QStringList{u"/a/b.txt"_s});
    }

    // What Qt's file dialog returns for a name that is not UTF-8 (its model lists names with
    // QFile::decodeName: U+FFFD for each bad byte), found again by its bytes.
    void dialogNamesRecovered()
    {
        test::TemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray root = QFile::encodeName(dir.path());
        writeNative(root + "/r\xE9port.txt", test::readData(kSeed));
        writeNative(root + "/report.txt", "a neighbour that must not match");
        makeFolder(root + "/d\xE9p\xF4t");
        writeNative(root + "/d\xE9p\xF4t/caf\xE9.txt", test::readData(kSeed));
        const QString fromQt = QFile::decodeName(root + "/r\xE9port.txt");
        QCOMPARE(fromQt, dir.path() + u"/r\uFFFDport.txt"_s); // what Qt 6 does
        QVERIFY(!QFile::exists(fromQt));

        QString error;
        const QString found = recoverQtPath(fromQt, &error);
        QCOMPARE(found, pathFromNative(root + "/r\xE9port.txt"));
        QVERIFY(error.isEmpty());
        const FilingPtr f = parseFile(found);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->registrantName(), kSeedRegistrant);

        // A folder that is not UTF-8 either, component by component.
        const QString nested =
            recoverQtPath(QFile::decodeName(root + "/d\xE9p\xF4t/caf\xE9.txt"), &error);
        QCOMPARE(nested, pathFromNative(root + "/d\xE9p\xF4t/caf\xE9.txt"));
        QVERIFY(parseFile(nested)->ok());

        // The folder itself, as Open Folder returns it.
        QCOMPARE(recoverQtPath(QFile::decodeName(root + "/d\xE9p\xF4t"), &error),
                 pathFromNative(root + "/d\xE9p\xF4t"));
        // A UTF-8 name comes back as it is.
        QCOMPARE(recoverQtPath(dir.path() + u"/report.txt"_s, &error),
                 dir.path() + u"/report.txt"_s);

        // Two names Qt spells alike: which one was chosen cannot be told.
        writeNative(root + "/r\xE8port.txt", "another");
        QCOMPARE(recoverQtPath(fromQt, &error), QString());
        QCOMPARE(error,
                 u"Cannot open %1/r\uFFFDport.txt: its name is not valid UTF-8, and 2 entries of "
                 "%1 read as it (r\\xE8port.txt, r\\xE9port.txt). Drag the one you mean "
                 "onto the window, or name it on the command line."_s.arg(dir.path()));
        // None: renamed since the dialog listed it.
        error.clear();
        QCOMPARE(recoverQtPath(dir.path() + u"/gone\uFFFD.txt"_s, &error), QString());
        QCOMPARE(error,
                 u"Cannot open %1/gone\uFFFD.txt: its name is not valid UTF-8, and no entry of %1 "
                 "has a name that reads as it (renamed or removed?)."_s.arg(dir.path()));
    }

    void relativeNamesMadeAbsoluteByTheirBytes()
    {
        test::TemporaryDir dir;
        const QByteArray root = QFile::encodeName(dir.path());
        makeFolder(root + "/d\xE9p");
        const QByteArray before = QFile::encodeName(QDir::currentPath());
        QVERIFY(::chdir(QByteArray(root + "/d\xE9p").constData()) == 0);
        const QString absolute = absoluteNativePath(pathFromNative("./sub/../r\xE9port.txt"_ba));
        QVERIFY(::chdir(before.constData()) == 0);
        QCOMPARE(pathToNative(absolute), root + "/d\xE9p/r\xE9port.txt");
        QCOMPARE(absoluteNativePath(pathFromNative(root + "/a/../b\xE9")),
                 pathFromNative(root + "/b\xE9"));
    }

    // Recent files in an INI file (QSettings' format on Linux), read back from the disk.
    void pathsSurviveSettings()
    {
        test::TemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        const QStringList paths{pathFromNative("/d\xE9p/r\xE9port.txt"_ba), u"/a/caf\u00E9.htm"_s};
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(u"recentFiles"_s, pathsToSetting(paths));
            settings.setValue(u"one"_s, pathsToSetting(paths.mid(0, 1)));
            settings.setValue(u"none"_s, pathsToSetting({}));
        }
        // Another name: QSettings would answer from its cache for the same file.
        const QString copy = dir.filePath(u"copy.ini"_s);
        QVERIFY(QFile::copy(file, copy));
        QSettings settings(copy, QSettings::IniFormat);
        QCOMPARE(pathsFromSetting(settings.value(u"recentFiles"_s)), paths);
        QCOMPARE(pathsFromSetting(settings.value(u"one"_s)), paths.mid(0, 1));
        QCOMPARE(pathsFromSetting(settings.value(u"none"_s)), QStringList());
        QCOMPARE(pathsFromSetting(settings.value(u"missing"_s)), QStringList());

        // What older versions wrote: plain strings.
        test::writeFile(dir.filePath(u"old.ini"_s),
                        "[General]\nrecentFiles=/a/b.txt, /c/d\xC3\xA9.txt\nsingle=/e.txt\n");
        QSettings old(dir.filePath(u"old.ini"_s), QSettings::IniFormat);
        QCOMPARE(pathsFromSetting(old.value(u"recentFiles"_s)),
                 (QStringList{u"/a/b.txt"_s, u"/c/d\u00E9.txt"_s}));
        QCOMPARE(pathsFromSetting(old.value(u"single"_s)), QStringList{u"/e.txt"_s});
    }

    void symlinkLoops()
    {
        // A link to its parent, a link to itself, and pairs of links pointing at each other,
        // named as a folder and as a filing: each real file once, and no hang.
        test::TemporaryDir dir;
        const QByteArray root = QFile::encodeName(dir.path());
        writeNative(root + "/a.txt", test::readData(kSeed));
        makeFolder(root + "/sub");
        writeNative(root + "/sub/b.txt", test::readData(kSeed));
        makeLink("..", root + "/sub/parent");
        makeLink(".", root + "/sub/self");
        makeLink("there", root + "/here");
        makeLink("here", root + "/there");
        makeLink("pong.txt", root + "/ping.txt");
        makeLink("ping.txt", root + "/pong.txt");
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(expandFolders({dir.path()}),
                 (QStringList{dir.filePath(u"a.txt"_s), dir.filePath(u"sub/b.txt"_s)}));
        // Opened through the link to the parent: the same two files, by the link's path.
        QCOMPARE(expandFolders({dir.filePath(u"sub/parent"_s)}),
                 (QStringList{dir.filePath(u"sub/parent/a.txt"_s),
                              dir.filePath(u"sub/parent/sub/b.txt"_s)}));
        QVERIFY(clock.elapsed() < 5000);
        // A loop given as a file says so.
        QCOMPARE(parseFile(dir.filePath(u"ping.txt"_s))->errorMessage,
                 u"The link %1 is part of a loop of links."_s.arg(dir.filePath(u"ping.txt"_s)));
        // A link to a real file is a file (as before: the user made that name).
        makeLink("a.txt", root + "/alias.txt");
        QVERIFY(expandFolders({dir.path()}).contains(dir.filePath(u"alias.txt"_s)));
    }

    void hundredThousandFilesListLinearly()
    {
        // Listing is one readdir pass and a sort: 10x the files, about 10x the time (a bound of
        // 40x leaves room for a busy machine and still fails a quadratic walk, 100x).
        test::TemporaryDir dir;
        QElapsedTimer clock;
        clock.start();
        const QString small = folderOfLinks(dir, u"small"_s, 10000);
        const QString big = folderOfLinks(dir, u"big"_s, 100000);
        qDebug("made 110,000 links in %lld ms", qlonglong(clock.elapsed()));
        expandFolders({small}); // warm the directory cache for both runs alike
        expandFolders({big});
        clock.restart();
        const QStringList few = expandFolders({small});
        const qint64 smallNs = std::max<qint64>(1, clock.nsecsElapsed());
        clock.restart();
        const QStringList many = expandFolders({big});
        const qint64 bigNs = clock.nsecsElapsed();
        qDebug("listing 10,000 files: %.1f ms; 100,000: %.1f ms", double(smallNs) / 1e6,
               double(bigNs) / 1e6);
        QCOMPARE(few.size(), 10000);
        QCOMPARE(many.size(), 100000);
        QCOMPARE(many.first(), big + u"/000000.txt"_s);
        QCOMPARE(many[54321], big + u"/054321.txt"_s);
        QCOMPARE(many.last(), big + u"/099999.txt"_s);
        QVERIFY2(bigNs < 40 * smallNs + 50'000'000,
                 qPrintable(u"%1 ns against %2 ns"_s.arg(bigNs).arg(smallNs)));
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"

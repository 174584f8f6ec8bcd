// SPDX-License-Identifier: MIT
// Bad input gets a specific error (or warning) and never a crash.

#include "filingparser.h"
#include "htmltotext.h"
#include "testutil.h"
#include "textdecoder.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return test::writeFile(m_dir.filePath(name), bytes);
    }

    static QByteArray readData(const QString &relative) { return test::readData(relative); }

    // A seed filing padded with lines of text to 10 MB: read in several blocks.
    static QByteArray tenMegabytesOf(const QString &seed)
    {
        QByteArray bytes = readData(seed);
        while (bytes.size() < 10 * 1000 * 1000)
            bytes += "filler line of text that pads the file out\n";
        return bytes;
    }

    // The lines of a real report of the test data, to cut and splice into broken reports.
    static QList<QByteArray> reportLines(const QString &name)
    {
        return readData(u"corpus/periodic/"_s + name).split('\n');
    }

    // Lines [from, to) of `lines` (0-based), joined again.
    static QByteArray joinLines(const QList<QByteArray> &lines, qsizetype from, qsizetype to)
    {
        QByteArray out;
        for (qsizetype i = from; i < to && i < lines.size(); ++i)
            out += lines[i] + '\n';
        return out;
    }

    static QStringList itemKeys(const Filing &f)
    {
        QStringList keys;
        for (const Item &item : f.items)
            keys << item.part + u'/' + item.code;
        return keys;
    }

    static int countWarnings(const Filing &f, const QString &code)
    {
        return int(std::count_if(f.warnings.cbegin(), f.warnings.cend(),
                                 [&](const Warning &w) { return w.code == code; }));
    }

    // A 24Holdings 10-KSB for 2007 (text): its table of contents is on lines 137-163, its
    // body from line 200 ("PART 1") to the signatures.
    static constexpr qsizetype kKsbTocStart = 132; // the "TABLE OF CONTENTS" block
    static constexpr qsizetype kKsbTocEnd = 164;
    static constexpr qsizetype kKsbBodyStart = 199;

private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<ParseError>("error");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty") << QByteArray() << u"empty.txt"_s << ParseError::Empty
                               << u"empty (0 bytes)"_s;
        QTest::newRow("blank") << "  \n\r\n\t \n"_ba << u"blank.txt"_s << ParseError::Empty
                               << u"only blank space"_s;
        QTest::newRow("one byte") << "x"_ba << u"one.txt"_s << ParseError::NotAFiling
                                  << u"does not look like an SEC filing"_s;
        QTest::newRow("png renamed") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 21)
                                     << u"image.txt"_s << ParseError::Binary << u"PNG image"_s;
        QTest::newRow("zip renamed")
            << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) + QByteArray(500, 'z')
            << u"archive.txt"_s << ParseError::Binary << u"ZIP archive"_s;
        QTest::newRow("pdf") << "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"_ba << u"doc.txt"_s
                             << ParseError::Binary << u"PDF document"_s;
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 256);
        QTest::newRow("random bytes")
            << noise << u"noise.txt"_s << ParseError::Binary << u"binary data"_s;
        QTest::newRow("not a filing")
            << "# Shopping list\n\n- milk\n- bread\n- 12 eggs\n"_ba << u"list.txt"_s
            << ParseError::NotAFiling << u"does not look like an SEC filing"_s;
        QTest::newRow("csv") << "name,price\napple,1\npear,2\n"_ba << u"data.txt"_s
                             << ParseError::NotAFiling << u"no form type"_s;
        QTest::newRow("html page, not a filing")
            << "<html><body><h1>Recipes</h1><p>Mix flour and water.</p></body></html>"_ba
            << u"page.html"_s << ParseError::NotAFiling << u"does not look like an SEC filing"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(ParseError, error);
        QFETCH(QString, messagePart);
        const FilingPtr f = parseFile(write(name, bytes));
        QCOMPARE(f->error, error);
        QVERIFY2(f->errorMessage.contains(messagePart), qPrintable(f->errorMessage));
        QVERIFY(f->text.isEmpty());
        QVERIFY(f->items.isEmpty());
    }

    void missingFile()
    {
        const FilingPtr f = parseFile(m_dir.filePath(u"does-not-exist.txt"_s));
        QCOMPARE(f->error, ParseError::Unreadable);
        QVERIFY(f->errorMessage.startsWith(u"No such file"_s));
    }

    void danglingLink()
    {
        const QString link = m_dir.filePath(u"dangling.txt"_s);
        QVERIFY(QFile::link(m_dir.filePath(u"gone.txt"_s), link));
        const FilingPtr f = parseFile(link);
        QCOMPARE(f->error, ParseError::Unreadable);
        QVERIFY2(f->errorMessage.contains(u"points to a file that does not exist"_s),
                 qPrintable(f->errorMessage));
    }

    void outOfMemory()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer reserves more address space than the limit this test sets");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        QSKIP("AddressSanitizer reserves more address space than the limit this test sets");
#endif
#endif
        // In a child limited to 400 MB of address space, a 150 MB filing cannot be held
        // (bytes, text in UTF-16, line index): the parser says so instead of crashing.
        QByteArray bytes = readData(u"seeds/000_b149af05fdad4801.txt"_s);
        const QByteArray filler(99, 'w');
        while (bytes.size() < 150 * 1000 * 1000)
            bytes += filler + '\n';
        const QString path = write(u"huge.txt"_s, bytes);
        bytes.clear();
        bytes.squeeze();
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            rlimit limit{};
            limit.rlim_cur = limit.rlim_max = 400ull * 1024 * 1024;
            if (::setrlimit(RLIMIT_AS, &limit) != 0)
                ::_exit(3);
            const FilingPtr f = parseFile(path);
            const bool ok = f->error == ParseError::OutOfMemory
                && f->errorMessage.startsWith(u"Not enough memory to open this"_s);
            ::_exit(ok ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFEXITED(status), "the child crashed");
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void directory()
    {
        const FilingPtr f = parseFile(m_dir.path());
        QCOMPARE(f->error, ParseError::NotARegularFile);
        QVERIFY(f->errorMessage.contains(u"is a folder"_s));
    }

    void fifo()
    {
        const QString path = m_dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        // Opening a FIFO for reading would block; the parser must refuse before opening it.
        const FilingPtr f = parseFile(path);
        QCOMPARE(f->error, ParseError::NotARegularFile);
        QVERIFY(f->errorMessage.contains(u"not a regular file"_s));
    }

    void noReadPermission()
    {
        const QString path = write(u"secret.txt"_s, readData(u"seeds/000_b149af05fdad4801.txt"_s));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (::geteuid() != 0) {
            const FilingPtr f = parseFile(path);
            QCOMPARE(f->error, ParseError::Unreadable);
            QVERIFY2(f->errorMessage.contains(u"Permission denied"_s, Qt::CaseInsensitive),
                     qPrintable(f->errorMessage));
            return;
        }
        // Root reads everything: check in a child that drops to "nobody".
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(3);
            const FilingPtr f = parseFile(path);
            const bool ok = f->error == ParseError::Unreadable
                && f->errorMessage.contains(u"Permission denied"_s, Qt::CaseInsensitive);
            ::_exit(ok ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void tooLarge()
    {
        const QString path = write(u"big.txt"_s, QByteArray(2048, 'a'));
        ParseOptions options;
        options.maxFileSize = 1024;
        const FilingPtr f = parseFile(path, options);
        QCOMPARE(f->error, ParseError::TooLarge);
        QVERIFY(f->errorMessage.contains(u"FilingLens opens files up to"_s));
    }

    void cancelled()
    {
        std::atomic_bool cancel{true};
        ParseOptions options;
        options.cancel = &cancel;
        const FilingPtr f = parseFile(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s), options);
        QCOMPARE(f->error, ParseError::Cancelled);
    }

    void cancelledWhileReading()
    {
        // Cancelled after the first block of a 10 MB file: the parser stops there.
        const QByteArray bytes = tenMegabytesOf(u"seeds/000_b149af05fdad4801.txt"_s);
        std::atomic_bool cancel{false};
        ParseOptions options;
        options.cancel = &cancel;
        qint64 blocks = 0;
        options.readProgress = [&](qint64, qint64) {
            ++blocks;
            cancel = true;
        };
        const FilingPtr f = parseFile(write(u"long.txt"_s, bytes), options);
        QCOMPARE(f->error, ParseError::Cancelled);
        QCOMPARE(blocks, 1);
    }

    void cancelledWhileConvertingHtml()
    {
        // The HTML converter looks at the flag every 4,096 elements and stops there.
        QByteArray html = "<html><body>";
        for (int i = 0; i < 100000; ++i)
            html += "<p>Paragraph " + QByteArray::number(i) + "</p>";
        html += "</body></html>";
        const std::atomic_bool cancel{true};
        HtmlConversionStats stats;
        const QByteArray text = htmlToUtf8Text(html, &stats, &cancel);
        QVERIFY(stats.cancelled);
        QVERIFY(!text.contains("Paragraph 5000"));
        HtmlConversionStats whole;
        QVERIFY(htmlToUtf8Text(html, &whole).contains("Paragraph 99999"));
        QVERIFY(!whole.cancelled);
    }

    void truncatedSubmission()
    {
        // Cut a real submission in the middle of its exhibit: the 8-K is still read, and the
        // user is told the submission looks truncated.
        QByteArray bytes = readData(u"corpus/fullsub/scpp__0000320193-96-000027.txt"_s);
        bytes.truncate(bytes.indexOf("Apple Computer, Inc. Agrees") + 200);
        const FilingPtr f = parseFile(write(u"truncated.txt"_s, bytes));
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->documents.size(), 2);
        QCOMPARE(f->cover.registrantName.value, u"Apple Computer, Inc."_s);
        QVERIFY(test::warningCodes(*f).contains(u"unterminated-document"_s));
    }

    void unterminatedHeader()
    {
        QByteArray bytes = readData(u"corpus/fullsub/scpp__0000320193-96-000027.txt"_s);
        bytes.truncate(bytes.indexOf("</SEC-HEADER>"));
        const FilingPtr f = parseFile(write(u"header-only.txt"_s, bytes));
        QVERIFY(f->ok());
        QCOMPARE(f->header.accessionNumber.value, u"0000320193-96-000027"_s);
        QVERIFY(test::warningCodes(*f).contains(u"unterminated-header"_s));
    }

    void documentCountDisagrees()
    {
        QByteArray bytes = readData(u"corpus/fullsub/scpp__0000320193-96-000027.txt"_s);
        bytes.replace("PUBLIC DOCUMENT COUNT:\t\t2", "PUBLIC DOCUMENT COUNT:\t\t5");
        const FilingPtr f = parseFile(write(u"count.txt"_s, bytes));
        QVERIFY(f->ok());
        const Warning *count = test::findWarning(*f, u"document-count"_s);
        QVERIFY(count);
        QVERIFY2(count->message.contains(u"5 public"_s), qPrintable(count->message));
    }

    void invalidUtf8()
    {
        QByteArray bytes = readData(u"seeds/000_b149af05fdad4801.txt"_s);
        bytes.replace("BTU INTERNATIONAL, INC.\n", "BTU INTERNATIONAL\x92 INC.\n");
        const FilingPtr f = parseFile(write(u"cp1252.txt"_s, bytes));
        QVERIFY(f->ok());
        QVERIFY(f->text.contains(u"BTU INTERNATIONAL\u2019 INC."_s));
        QCOMPARE(f->warnings.first().code, u"encoding"_s);
    }

    void mixedEncodings()
    {
        // UTF-8 on one line, Windows-1252 on another, a UTF-8 sequence cut short at the end:
        // each line is read in the encoding it is in, and the file says so in a warning.
        QByteArray bytes = readData(u"seeds/000_b149af05fdad4801.txt"_s);
        bytes.replace("BTU INTERNATIONAL, INC.\n", "BTU INTERNATIONAL\xc2\xae, INC.\n");
        bytes.replace("NOT APPLICABLE", "NOT APPLICABLE \x93quoted\x94");
        bytes.append("last line \xe2\x80");
        const FilingPtr f = parseFile(write(u"mixed.txt"_s, bytes));
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->cover.registrantName.value, u"BTU INTERNATIONAL\u00ae, INC."_s);
        QVERIFY(f->text.contains(u"NOT APPLICABLE \u201cquoted\u201d"_s));
        QVERIFY(f->text.endsWith(u"last line \u00e2\u20ac"_s)); // read as Windows-1252
        QCOMPARE(f->warnings.first().code, u"encoding"_s);
    }

    void nulBytes()
    {
        QByteArray bytes = readData(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        bytes.replace("CURRENT REPORT", QByteArray("CURRENT\0REPORT", 14));
        const FilingPtr f = parseFile(write(u"nul.txt"_s, bytes));
        QVERIFY(f->ok());
        QVERIFY(f->text.contains(u"CURRENT\uFFFDREPORT"_s));
        QVERIFY(test::findWarning(*f, u"nul-bytes"_s));
    }

    void utf16File()
    {
        const QString text = QString::fromUtf8(readData(u"seeds/002_804b7ad1e3b304a9.txt"_s));
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const FilingPtr f = parseFile(write(u"utf16.txt"_s, bytes));
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->cover.registrantName.value, u"BTU INTERNATIONAL, INC."_s);
    }

    void hundredMegabyteLine()
    {
        // One line of 100 MB: not a filing, said so, quickly and without a crash.
        QByteArray bytes(100 * 1000 * 1000, 'x');
        const FilingPtr junk = parseFile(write(u"line.txt"_s, bytes));
        QCOMPARE(junk->error, ParseError::NotAFiling);
        // The same line after an 8-K's first lines: opens, with its three lines.
        bytes.prepend("FORM 8-K\nItem 8.01 Other Events.\n");
        const FilingPtr f = parseFile(write(u"line8k.txt"_s, bytes));
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->lineCount(), 3);
        QCOMPARE(f->items.size(), 1);
        QCOMPARE(f->text.size(), bytes.size());
    }

    void deeplyNestedHtml()
    {
        // Nested deeper than any filing: converted up to the limit, the rest kept as source.
        QByteArray html = "<html><body><p>Before the nesting.</p>";
        for (int i = 0; i < 100000; ++i)
            html += "<div>";
        html += "DEEP TEXT";
        for (int i = 0; i < 100000; ++i)
            html += "</span>"; // unmatched end tags: each one made libxml2 scan its stack
        // On its own it is no filing, and is said to be so.
        const FilingPtr f = parseFile(write(u"deep.html"_s, html));
        QCOMPARE(f->error, ParseError::NotAFiling);
        HtmlConversionStats stats;
        const QString text = htmlToText(html, &stats);
        QVERIFY(stats.tooDeep);
        QVERIFY(text.startsWith(u"Before the nesting.\n"_s));
        QVERIFY(text.contains(u"shown as source"_s));
        QVERIFY(text.contains(u"DEEP TEXT"_s));

        // In a filing, the warning says which document.
        QByteArray submission = "<SEC-DOCUMENT>x.txt\n<SEC-HEADER>\nACCESSION NUMBER:\t1\n"
                                "CONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n<DOCUMENT>\n"
                                "<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>a.htm\n<TEXT>\n";
        submission += html + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
        const FilingPtr s = parseFile(write(u"deep.txt"_s, submission));
        QVERIFY(s->ok());
        const Warning *deep = test::findWarning(*s, u"html-too-deep"_s);
        QVERIFY(deep);
        QVERIFY2(deep->message.startsWith(u"Document 1"_s), qPrintable(deep->message));
    }

    void deepHtmlSourceStartsAtTheDeepElement()
    {
        // 40 kB of text with accents first, so that libxml2 has dropped parsed input from its
        // buffer by the time the limit is reached: the source shown must still start at the
        // '<' of the element past the limit, and the result be valid UTF-8 (found by
        // fuzz_html, which saw a source cut in the middle of a character).
        QByteArray html = "<html><body>";
        for (int i = 0; i < 2000; ++i)
            html += "<p>caf\xc3\xa9 na\xc3\xafve</p>";
        for (int i = 0; i < 300; ++i)
            html += "<div id=\"d" + QByteArray::number(i) + "\">";
        html += "deep \xc3\xa9";
        HtmlConversionStats stats;
        const QByteArray text = htmlToUtf8Text(html, &stats);
        QVERIFY(stats.tooDeep);
        QVERIFY(isValidUtf8(text));
        const QByteArray marker = "elements deep and is shown as source]\n";
        const qsizetype at = text.indexOf(marker);
        QVERIFY(at > 0);
        QByteArray source = text.sliced(at + marker.size());
        QVERIFY(source.endsWith('\n'));
        source.chop(1);
        QVERIFY2(source.startsWith("<div id=\"d"), source.left(40).constData());
        QVERIFY(html.endsWith(source));
        // Everything before the source was converted: 2,000 paragraphs of text.
        QCOMPARE(text.first(at).count("caf\xc3\xa9 na\xc3\xafve"), 2000);
    }

    void unclosedHtml()
    {
        QByteArray html = "<html><body>";
        for (int i = 0; i < 100000; ++i)
            html += "<p><font><b>x";
        const FilingPtr f = parseFile(write(u"unclosed.html"_s, html));
        QCOMPARE(f->error, ParseError::NotAFiling);
        // Every x is there, converted or (past the depth limit) kept as source.
        const QString text = htmlToText(html);
        QCOMPARE(text.count(u'x'), 100000);
    }

    // Inputs that once made parsing quadratic; they must finish (CTest's timeout guards) with
    // what they hold read as it should be.
    void hostileShapes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("pageBreaks");
        QTest::addColumn<int>("exhibits");
        QByteArray docs = "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 1\n</SEC-HEADER>\n";
        for (int i = 0; i < 20000; ++i)
            docs += "<DOCUMENT>\n<TYPE>EX-" + QByteArray::number(i) + "\n<TEXT>\nsome text of it\n";
        // The first 10,000 documents split out, each an exhibit by its type.
        QTest::newRow("20,000 unterminated documents") << docs << 10000 << 0 << 0 << 10000;
        QTest::newRow("300,000 form feeds on one line")
            << "FORM 8-K\nItem 8.01 Other Events\n" + QByteArray(300000, '\f') << 0 << 1 << 1 << 0;
        QByteArray cells = "FORM 8-K\n";
        for (int i = 0; i < 100000; ++i)
            cells += "x  ";
        cells += "\n(Address of principal executive offices)\nItem 8.01 Other\n";
        QTest::newRow("long cover line of cells") << cells << 0 << 1 << 0 << 0;
        QByteArray exhibits = "FORM 8-K\nItem 9.01 Financial Statements and Exhibits\n";
        for (int i = 0; i < 30000; ++i)
            exhibits += "EXHIBITS\nsome words\n";
        QTest::newRow("30,000 exhibit headings") << exhibits << 0 << 1 << 0 << 0;
        QByteArray items = "FORM 8-K\n";
        for (int i = 0; i < 9900; ++i)
            items += "Item " + QByteArray::number(i % 99 + 1) + "." + QByteArray::number(i / 99)
                + " Title\nbody\n";
        QTest::newRow("9,900 item headings") << items << 0 << 9900 << 0 << 0;
        QByteArray index = "FORM 8-K\nItem 9.01 Exhibits\nEXHIBIT INDEX\n";
        for (int i = 0; i < 60000; ++i)
            index += QByteArray::number(i % 999 + 1) + "." + QByteArray::number(i) + "  Exhibit\n";
        // Exhibit numbers have at most three digits after the point: the first 1,000 lines.
        QTest::newRow("60,000-line exhibit index") << index << 0 << 1 << 0 << 1000;
        QByteArray pages;
        for (int i = 0; i < 200000; ++i)
            pages += "x <PAGE> y <";
        // <PAGE> marks a page only at the start of a line.
        QTest::newRow("200,000 '<' on one line") << "FORM 8-K\n" + pages << 0 << 0 << 0 << 0;
    }

    void hostileShapes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, documents);
        QFETCH(int, items);
        QFETCH(int, pageBreaks);
        QFETCH(int, exhibits);
        const FilingPtr f = parseBytes(bytes, u"hostile.txt"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->documents.size(), documents);
        QCOMPARE(f->items.size(), items);
        QCOMPARE(f->pageBreaks.size(), pageBreaks);
        QCOMPARE(f->exhibits.size(), exhibits);
    }

    void tooManyDocuments()
    {
        // 10,050 documents, none closed: the first 10,000 are documents, the rest is shown as
        // text (nothing is lost), and each kind of warning is listed 100 times, then counted.
        QByteArray bytes = "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 1\n</SEC-HEADER>\n";
        for (int i = 0; i < 10050; ++i)
            bytes += "<DOCUMENT>\n<TYPE>EX-" + QByteArray::number(i) + "\n<TEXT>\nExhibit text "
                + QByteArray::number(i) + "\n";
        const FilingPtr f = parseBytes(bytes, u"many.txt"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->documents.size(), 10000);
        QVERIFY(f->text.contains(u"Exhibit text 10049\n"_s));
        QVERIFY(f->documents.last().range.end() <= f->text.indexOf(u"Exhibit text 10000\n"_s));
        QMap<QString, int> counts;
        for (const Warning &w : f->warnings)
            ++counts[w.code];
        QCOMPARE(counts.value(u"too-many-documents"_s), 1);
        QCOMPARE(counts.value(u"unterminated-document"_s), kMaxWarningsOfAKind + 1);
        QVERIFY(f->warnings.last().message.startsWith(u"9900 more warnings"_s));
    }

    void repeatedItemHeadingsAreCounted()
    {
        QByteArray bytes = "FORM 8-K\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "Item 8.01 Other Events\nbody\nmore body\n";
        const FilingPtr f = parseBytes(bytes, u"repeats.txt"_s);
        QVERIFY(f->ok());
        QCOMPARE(f->items.size(), 1);
        QStringList messages;
        for (const Warning &w : f->warnings) {
            if (w.code == u"duplicate-item"_s)
                messages << w.message;
        }
        QCOMPARE(messages.size(), kMaxWarningsOfAKind);
        QCOMPARE(messages.last(), u"4900 more Item headings repeat an earlier one (not listed)"_s);

        // Past 10,000 headings the rest are not read as headings (codes run 1.00 to 99.99,
        // then again), and a warning points at the first one left out.
        QByteArray many = "FORM 8-K\n";
        qsizetype firstLeftOut = -1;
        for (int i = 0; i < 12000; ++i) {
            if (i == 10000)
                firstLeftOut = many.size();
            const int code = i % 9900;
            many += "Item " + QByteArray::number(code / 100 + 1) + "."
                + QByteArray::number(code % 100).rightJustified(2, '0') + " Title\nbody\n";
        }
        const FilingPtr g = parseBytes(many, u"many-items.txt"_s);
        QVERIFY(g->ok());
        QCOMPARE(g->items.size(), 9900);
        const Warning *tooMany = test::findWarning(*g, u"too-many-items"_s);
        QVERIFY(tooMany);
        QCOMPARE(tooMany->range.start, firstLeftOut);
    }

    void reportWithoutItems()
    {
        // IBM's 10-K for 1997 with every "ITEM n." heading turned into prose: the parts stay,
        // no item is found, and the warning says so.
        QByteArray bytes = readData(u"corpus/periodic/s10x__ibm-1997_filing.txt"_s);
        bytes.replace("\nITEM ", "\nThe subject of section ");
        const FilingPtr f = parseBytes(bytes, u"no-items.txt"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->formType.value, u"10-K405"_s);
        QVERIFY(f->items.isEmpty());
        QCOMPARE(countWarnings(*f, u"no-items"_s), 1);
        QCOMPARE(countWarnings(*f, u"toc-without-body"_s), 0);
    }

    void tableOfContentsWithoutBody()
    {
        // The 10-KSB cut after its table of contents and the page that follows: every item is
        // listed, none headed.
        const QList<QByteArray> lines = reportLines(u"s10x__ksb-2007_filing.txt"_s);
        const FilingPtr f = parseBytes(joinLines(lines, 0, kKsbBodyStart), u"toc-only.txt"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QVERIFY(f->items.isEmpty());
        QVERIFY(f->tocRange.isValid());
        const Warning *w = test::findWarning(*f, u"toc-without-body"_s);
        QVERIFY(w);
        QCOMPARE(w->range, f->tocRange);
        QCOMPARE(countWarnings(*f, u"no-items"_s), 0);
    }

    void bodyWithoutTableOfContents()
    {
        // The same 10-KSB without its table of contents: the same items from their headings
        // alone, and a warning that there was no table to check them against.
        const QList<QByteArray> lines = reportLines(u"s10x__ksb-2007_filing.txt"_s);
        const FilingPtr whole = parseBytes(joinLines(lines, 0, lines.size()), u"whole.txt"_s);
        const FilingPtr f = parseBytes(joinLines(lines, 0, kKsbTocStart)
                                           + joinLines(lines, kKsbTocEnd, lines.size()),
                                       u"no-toc.txt"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QVERIFY(!f->tocRange.isValid());
        QCOMPARE(countWarnings(*f, u"no-toc"_s), 1);
        QCOMPARE(countWarnings(*whole, u"no-toc"_s), 0);
        QCOMPARE(itemKeys(*f).size(), 16);
        QCOMPARE(itemKeys(*f), itemKeys(*whole));
    }

    void tenThousandItemOneLines()
    {
        // 10,000 "Item 1. Business" lines after the 10-KSB's last item: its own items are all
        // read, the repeats past the limit are text, and both problems are warned about.
        const QList<QByteArray> lines = reportLines(u"s10x__ksb-2007_filing.txt"_s);
        const qsizetype signatures = lines.indexOf("                                   SIGNATURES");
        QVERIFY(signatures > kKsbBodyStart);
        QByteArray repeats;
        for (int i = 0; i < 10000; ++i)
            repeats += "Item 1. Business\nWe sell things.\n";
        const FilingPtr whole = parseBytes(joinLines(lines, 0, lines.size()), u"whole.txt"_s);
        const FilingPtr f = parseBytes(joinLines(lines, 0, signatures) + repeats
                                           + joinLines(lines, signatures, lines.size()),
                                       u"item-ones.txt"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(itemKeys(*f), itemKeys(*whole));
        QCOMPARE(countWarnings(*f, u"too-many-items"_s), 1);
        // The first repeats are listed, the rest counted.
        QCOMPARE(countWarnings(*f, u"duplicate-item"_s), kMaxWarningsOfAKind + 1);
        const auto counted = std::find_if(f->warnings.cbegin(), f->warnings.cend(), [](auto &w) {
            return w.code == u"duplicate-item"_s && w.message.endsWith(u"(not listed)"_s);
        });
        QVERIFY(counted != f->warnings.cend());
        // All but the few dozen real headings' share of the 10,000 read are counted there.
        QVERIFY(counted->message.section(u' ', 0, 0).toInt() > 9800);
        QVERIFY(f->signatures.size() >= 1);
    }

    void itemHeadingInAHugeTableRow()
    {
        // Microsoft's 10-K for its 2013 fiscal year with a table of one row of 100,000 cells
        // just before its Item 1A, the first two cells reading "Item 1A." and "Risk Factors":
        // the row is not taken for the heading, the real Item 1A still is, and the row is
        // warned about.
        QByteArray bytes = readData(u"corpus/periodic/s10x__msft-2013_filing.htm"_s);
        const FilingPtr whole = parseBytes(bytes, u"whole.htm"_s);
        QByteArray row = "<table><tr><td>Item 1A.</td><td>Risk Factors</td>";
        for (int i = 0; i < 100000; ++i)
            row += "<td>" + QByteArray::number(i) + "</td>";
        row += "</tr></table>";
        const qsizetype at = bytes.indexOf("</A>ITEM&nbsp;1A.");
        QVERIFY(at > 0);
        bytes.insert(bytes.lastIndexOf("<P", at), row);
        const FilingPtr f = parseBytes(bytes, u"huge-row.htm"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(itemKeys(*f), itemKeys(*whole));
        const Item &riskFactors = f->items[1];
        QCOMPARE(riskFactors.code, u"1A"_s);
        QCOMPARE(riskFactors.title.value, whole->items[1].title.value);
        const Warning *w = test::findWarning(*f, u"item-heading-in-table-row"_s);
        QVERIFY(w);
        QVERIFY(w->range.length > 100000);
        QVERIFY(w->range.end() <= riskFactors.heading.start);
    }

    void pageBreaksAtMostOnePerLine()
    {
        // 300,000 form feeds or PAGEBREAK markers on a line are one page break, not 300,000
        // separators to draw; on lines of their own, each is one.
        const FilingPtr feeds = parseBytes("FORM 8-K\nItem 8.01 Other Events\n"_ba
                                               + QByteArray(300000, '\f') + "\nend\n",
                                           u"feeds.txt"_s);
        QVERIFY(feeds->ok());
        QCOMPARE(feeds->pageBreaks.size(), 1);
        QByteArray markers = "FORM 8-K\nItem 8.01 Other Events\n";
        for (int i = 0; i < 1000; ++i)
            markers += "<!-- PAGEBREAK -->";
        markers += "\n\f\nmore\n<PAGE>\nend\n";
        const FilingPtr mixed = parseBytes(markers, u"markers.txt"_s);
        QVERIFY(mixed->ok());
        QCOMPARE(mixed->pageBreaks.size(), 3);
    }

    void truncatedWhileReading()
    {
        // 10 MB read in blocks: the file is cut short after the first block.
        const QByteArray bytes = tenMegabytesOf(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        const QString path = write(u"shrinking.txt"_s, bytes);
        ParseOptions options;
        bool cut = false;
        options.readProgress = [&](qint64 read, qint64) {
            if (!cut) {
                cut = true;
                QVERIFY(QFile::resize(path, read + 100));
            }
        };
        const FilingPtr f = parseFile(path, options);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->warnings.first().code, u"file-changed"_s);
        QVERIFY(f->warnings.first().message.contains(QString::number(bytes.size())));
        QCOMPARE(f->cover.registrantName.value, u"BTU INTERNATIONAL, INC."_s);
    }

    void deletedWhileReading()
    {
        // Deleted after it was opened: what was opened is still read (POSIX keeps it).
        const QByteArray bytes = tenMegabytesOf(u"seeds/000_b149af05fdad4801.txt"_s);
        const QString path = write(u"vanishing.txt"_s, bytes);
        ParseOptions options;
        options.readProgress = [&](qint64, qint64) {
            QFile::remove(path);
        };
        const FilingPtr f = parseFile(path, options);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(f->items.size(), 2);
    }

    void bomAndCrLf()
    {
        QByteArray bytes = readData(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        bytes.replace("\n", "\r\n");
        bytes.prepend("\xEF\xBB\xBF");
        const FilingPtr f = parseFile(write(u"bom-crlf.txt"_s, bytes));
        QVERIFY(f->ok());
        QVERIFY(f->text.startsWith(u"UNITED STATES\n"_s));
        QCOMPARE(f->items.size(), 2);
        QCOMPARE(f->cover.phone.value, u"(978) 667-4111"_s);
    }
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"

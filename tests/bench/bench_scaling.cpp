// SPDX-License-Identifier: MIT
// Shows that no input makes parsing or diffing super-linear: every stage is timed on inputs of
// 1, 10 and 100 MB, for a real full submission and for the hostile shapes that once made a stage
// quadratic (see tst_badinput). Linear work keeps ms/MB flat as the size grows; the last column
// is ms/MB at the largest size over ms/MB at 1 MB (about 1 for linear work, about 100 for
// quadratic). Decoding the same bytes to a QString is timed alongside as a floor.
// Also measures how soon a parse of the largest submission returns after it is cancelled.
//
//   bench_scaling [--quick] [--max MB] [--shared DIR]

#include "benchutil.h"
#include "filingparser.h"
#include "textdiff.h"
#include "textlines.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringTokenizer>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace fl;
using namespace fl::bench;

namespace {

constexpr qint64 kMB = 1000 * 1000;

// Repeats `unit(i)` until the bytes reach `size`, after `head`.
QByteArray repeated(qint64 size, const QByteArray &head, const std::function<QByteArray(int)> &unit)
{
    QByteArray out = head;
    out.reserve(size + 256);
    for (int i = 0; out.size() < size; ++i)
        out += unit(i);
    return out;
}

// The head of an inline-XBRL 8-K: context c1, unit u and `resources`, then the heading.
QByteArray ixHead(const QByteArray &resources)
{
    return "<html><body><div style=\"display:none\"><ix:header><ix:resources>"
           "<xbrli:context id=\"c1\"><xbrli:entity><xbrli:identifier scheme=\"x\">1"
           "</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2023-12-31"
           "</xbrli:instant></xbrli:period></xbrli:context><xbrli:unit id=\"u\"><xbrli:measure>"
           "iso4217:USD</xbrli:measure></xbrli:unit>"
        + resources + "</ix:resources></ix:header></div><p>FORM 8-K</p><p>Item 8.01 Other</p>";
}

struct Shape
{
    const char *name;
    QString fileName; // the extension decides HTML or text
    std::function<QByteArray(qint64)> make;
};

QList<Shape> hostileShapes()
{
    const QByteArray eightK = "FORM 8-K\nItem 8.01 Other Events\n";
    return {
        {"unterminated <DOCUMENT>s", u"docs.txt"_s,
         [](qint64 size) -> QByteArray {
             return repeated(
                 size, "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 1\n</SEC-HEADER>\n",
                 [](int i) -> QByteArray {
                     return "<DOCUMENT>\n<TYPE>EX-" + QByteArray::number(i) + "\n<TEXT>\ntext\n";
                 });
         }},
        {"one line of 'x' after an 8-K heading", u"line.txt"_s,
         [eightK](qint64 size) -> QByteArray {
             return eightK + QByteArray(size - eightK.size(), 'x');
         }},
        {"form feeds on one line", u"ff.txt"_s,
         [eightK](qint64 size) -> QByteArray {
             return eightK + QByteArray(size - eightK.size(), '\f');
         }},
        {"cells on one cover line", u"cells.txt"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size, "FORM 8-K\n", [](int) -> QByteArray { return "x  "_ba; })
                 + "\n(Address of principal executive offices)\nItem 8.01 Other\n";
         }},
        {"exhibit headings", u"exhibits.txt"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size, "FORM 8-K\nItem 9.01 Financial Statements and Exhibits\n",
                             [](int) -> QByteArray { return "EXHIBITS\nsome words\n"_ba; });
         }},
        {"item headings", u"items.txt"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size, "FORM 8-K\n", [](int i) -> QByteArray {
                 return "Item " + QByteArray::number(i % 99 + 1) + "."
                     + QByteArray::number(i / 99 % 100) + " Title\nbody\n";
             });
         }},
        {"exhibit index lines", u"index.txt"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size, "FORM 8-K\nItem 9.01 Exhibits\nEXHIBIT INDEX\n",
                             [](int i) -> QByteArray {
                                 return QByteArray::number(i % 999 + 1) + "."
                                     + QByteArray::number(i) + "  Exhibit\n";
                             });
         }},
        {"'<' and <PAGE> on one line", u"lt.txt"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size, "FORM 8-K\n",
                             [](int) -> QByteArray { return "x <PAGE> y <"_ba; });
         }},
        {"empty lines", u"empty-lines.txt"_s,
         [eightK](qint64 size) -> QByteArray {
             return eightK + QByteArray(size - eightK.size(), '\n');
         }},
        {"invalid UTF-8, a NUL every 100 lines", u"bytes.txt"_s,
         [eightK](qint64 size) -> QByteArray {
             return repeated(size, eightK, [](int i) -> QByteArray {
                 QByteArray line = "caf\xe9 \xff\xfe \xc3( na\xc3\xafve, some words of text "_ba
                     + QByteArray::number(i) + "\n";
                 if (i % 100 == 99)
                     line.prepend('\0');
                 return line;
             });
         }},
        {"HTML nested <div>s", u"nested.htm"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size, "<html><body><p>FORM 8-K</p><p>Item 8.01 Other Events</p>",
                             [](int) -> QByteArray { return "<div>"_ba; });
         }},
        {"HTML unclosed inline tags", u"unclosed.htm"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size, "<html><body><p>FORM 8-K</p><p>Item 8.01 Other Events</p>",
                             [](int) -> QByteArray { return "<p><font><b>x"_ba; });
         }},
        {"HTML one tag of many attributes", u"attrs.htm"_s,
         [](qint64 size) -> QByteArray {
             return repeated(
                        size, "<html><body><p>FORM 8-K</p><p>Item 8.01 Other</p><p",
                        [](int i) -> QByteArray { return " a" + QByteArray::number(i) + "=\"v\""; })
                 + ">x</p>";
         }},
        {"form-feed lines", u"ff-lines.txt"_s,
         [eightK](qint64 size) -> QByteArray {
             return repeated(size, eightK, [](int) -> QByteArray { return "\f\n"_ba; });
         }},
        {"<PAGE> lines", u"page-lines.txt"_s,
         [eightK](qint64 size) -> QByteArray {
             return repeated(size, eightK, [](int) -> QByteArray { return "<PAGE>\n"_ba; });
         }},
        {"ix: numeric facts", u"ix-facts.htm"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size, ixHead(""), [](int i) -> QByteArray {
                 return "<ix:nonFraction name=\"us-gaap:X" + QByteArray::number(i)
                     + "\" contextRef=\"c1\" unitRef=\"u\" format=\"ixt:num-dot-decimal\" "
                       "decimals=\"-3\" scale=\"3\">1,234</ix:nonFraction> ";
             });
         }},
        {"ix: a context of many dimensions", u"ix-dims.htm"_s,
         [](qint64 size) -> QByteArray {
             // Half the bytes are the context's dimensions, half facts citing it.
             QByteArray dims = "<xbrli:context id=\"c2\"><xbrli:entity><xbrli:identifier "
                               "scheme=\"x\">1</xbrli:identifier><xbrli:segment>";
             for (int i = 0; dims.size() < size / 2; ++i)
                 dims += "<xbrldi:explicitMember dimension=\"a:B" + QByteArray::number(i)
                     + "\">a:M</xbrldi:explicitMember>";
             dims += "</xbrli:segment></xbrli:entity><xbrli:period><xbrli:instant>2023-12-31"
                     "</xbrli:instant></xbrli:period></xbrli:context>";
             return repeated(size, ixHead(dims), [](int) -> QByteArray {
                 return "<ix:nonFraction name=\"a\" contextRef=\"c2\" "
                        "unitRef=\"u\">1</ix:nonFraction>"_ba;
             });
         }},
        {"ix: one chain of continuations", u"ix-chain.htm"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size,
                             ixHead("")
                                 + "<ix:nonNumeric name=\"dei:X\" contextRef=\"c1\" "
                                   "continuedAt=\"k0\">start</ix:nonNumeric>",
                             [](int i) -> QByteArray {
                                 return "<p><ix:continuation id=\"k" + QByteArray::number(i)
                                     + "\" continuedAt=\"k" + QByteArray::number(i + 1)
                                     + "\">part</ix:continuation></p>";
                             });
         }},
        {"ix: facts continuing at one continuation", u"ix-shared.htm"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size,
                             ixHead("")
                                 + "<p><ix:continuation id=\"k\">a long shared text "
                                   "</ix:continuation></p>",
                             [](int) -> QByteArray {
                                 return "<ix:nonNumeric name=\"dei:X\" contextRef=\"c1\" "
                                        "continuedAt=\"k\">s</ix:nonNumeric>"_ba;
                             });
         }},
        {"HTML one table row of cells", u"cells.htm"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size,
                             "<html><body><p>FORM 8-K</p><p>Item 8.01 Other Events</p>"
                             "<table><tr>",
                             [](int) -> QByteArray { return "<td>x</td>"_ba; });
         }},
    };
}

// Periodic-report shapes: the report finder (Parts, Items, tables of contents, page
// references) on what a hostile or broken 10-K can hold. `realBody` is the text of a real 10-K
// without a table of contents; empty when the test data is not there (that shape is skipped).
QList<Shape> periodicShapes(const QByteArray &realBody)
{
    const QByteArray tenK = "FORM 10-K\nANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)\n";
    static const char *const kTocEntries[] = {
        "Item 1.\tBusiness\t\t3\n",
        "Item 1A.\tRisk Factors\t\t14\n",
        "Item 2.\tProperties\t\t27\n",
        "Item 3.\tLegal Proceedings\t\t28\n",
        "Item 7.\tManagement's Discussion and Analysis of Financial Condition and Results of "
        "Operations\t\t31\n",
        "Item 8.\tFinancial Statements and Supplementary Data\t\t52\n",
    };
    QList<Shape> shapes = {
        {"10-K: 'Item 1.' lines", u"item1.txt"_s,
         [tenK](qint64 size) -> QByteArray {
             return repeated(size, tenK + "PART I\n",
                             [](int) -> QByteArray { return "Item 1. Business\nbody\n"_ba; });
         }},
        {"10-K: item heading in a row of cells", u"cells10k.htm"_s,
         [](qint64 size) -> QByteArray {
             return repeated(size,
                             "<html><body><p>FORM 10-K</p><p>PART I</p>"
                             "<table><tr><td>Item 1A.</td><td>Risk Factors</td>",
                             [](int) -> QByteArray { return "<td>x</td>"_ba; });
         }},
        {"10-K: table of contents, no body", u"toc.txt"_s,
         [tenK](qint64 size) -> QByteArray {
             return repeated(size, tenK + "TABLE OF CONTENTS\n", [](int i) -> QByteArray {
                 return (i % 7 == 0 ? "PART I\n" : kTocEntries[i % std::size(kTocEntries)]);
             });
         }},
        {"10-K: 'PART II' lines", u"parts.txt"_s,
         [tenK](qint64 size) -> QByteArray {
             return repeated(size, tenK + "PART I\nItem 1. Business\nWe make things.\n",
                             [](int) -> QByteArray { return "PART II\n"_ba; });
         }},
        {"10-K: page-reference lines", u"pagerefs.txt"_s,
         [tenK](qint64 size) -> QByteArray {
             const QByteArray head = tenK + "TABLE OF CONTENTS\nItem 1.\tBusiness\t\t3\n";
             const QByteArray tail = "Item 2.\tProperties\t\t27\nItem 3.\tLegal "
                                     "Proceedings\t\t28\nPART I\nItem 1. Business\ntext\n";
             return repeated(size - tail.size(), head,
                             [](int i) -> QByteArray {
                                 return "Risk Factors ..... " + QByteArray::number(i % 500 + 1)
                                     + "\n";
                             })
                 + tail;
         }},
    };
    if (!realBody.isEmpty())
        shapes.append({"10-K: a real body repeated, no TOC", u"body.txt"_s,
                       [tenK, realBody](qint64 size) -> QByteArray {
                           return repeated(size, tenK, [&](int) { return realBody; });
                       }});
    return shapes;
}

// The body of a real 10-K that has no table of contents (IBM's for 1997): its main document
// from PART I to the end of the document.
QByteArray realTenKBody()
{
    QFile file(QStringLiteral(FILINGLENS_TEST_DATA)
               + u"/corpus/periodic/s10x__ibm-1997_filing.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const qsizetype from = bytes.indexOf("                                     PART I\n");
    const qsizetype to = bytes.indexOf("</DOCUMENT>", from);
    return from < 0 || to < 0 ? QByteArray() : bytes.sliced(from, to - from);
}

struct Row
{
    double ms = 0;
    double floorMs = 0;
    qint64 bytes = 0;
    qint64 peakRss = -1; // of a separate process that only parses the input
};

void printRow(const char *name, const Row &row, double firstMsPerMB)
{
    const double mbs = double(row.bytes) / kMB;
    const double msPerMB = row.ms / mbs;
    std::printf("%-40s %7.1f %9.1f %8.2f %9.1f %7.2f", name, mbs, row.ms, msPerMB, row.floorMs,
                firstMsPerMB > 0 ? msPerMB / firstMsPerMB : 1.0);
    if (row.peakRss > 0)
        std::printf(" %8.0f %6.1f", mb(row.peakRss), double(row.peakRss) / double(row.bytes));
    std::printf("\n");
    std::fflush(stdout);
}

// Peak resident memory of parsing `bytes` from a file in a fresh process (this program with
// --parse-rss), so that nothing else this benchmark holds is counted.
qint64 parsePeakRss(const QByteArray &bytes, const QString &name, const QTemporaryDir &tmp)
{
    const QString path = tmp.filePath(u"rss-"_s + QFileInfo(name).fileName());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return -1;
    }
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--parse-rss"_s, path});
    const bool done = child.waitForFinished(600000);
    QFile::remove(path);
    return done ? child.readAllStandardOutput().trimmed().toLongLong() : -1;
}

double decodeFloorMs(const QByteArray &bytes)
{
    return medianSeconds(1,
                         [&] {
                             const QString text = QString::fromUtf8(bytes);
                             Q_UNUSED(text)
                         })
        * 1000;
}

Row timeParse(const QByteArray &bytes, const QString &name, int repeats,
              const QTemporaryDir *rssDir = nullptr)
{
    Row row;
    if (rssDir)
        row.peakRss = parsePeakRss(bytes, name, *rssDir);
    row.bytes = bytes.size();
    row.floorMs = decodeFloorMs(bytes);
    row.ms =
        medianSeconds(repeats,
                      [&] {
                          const FilingPtr f = parseBytes(bytes, name);
                          if (f->error != ParseError::None && f->error != ParseError::NotAFiling)
                              std::fprintf(stderr, "  ! %s\n", qPrintable(f->errorMessage));
                      })
        * 1000;
    return row;
}

// Diff inputs made from real text. The displayed text of a small submission is copied until
// it is large enough, each copy's lines marked with the copy's number so that lines stay as
// distinct as in one real document ("distinct"), or copied as it is ("repeated": every line
// occurs many times, which leaves the diff few unique lines to anchor on).
struct DiffShape
{
    const char *name;
    bool repeatedSource;
    std::function<QPair<QString, QString>(const QString &)> make;
};

QPair<QString, QString> revision(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 39; i < lines.size(); i += 40)
        lines[i].insert(lines[i].size() / 2, u" amended"_s);
    for (qsizetype i = lines.size() - 1 - (lines.size() % 150); i > 0; i -= 150)
        lines.insert(i, u"An inserted sentence."_s);
    return {text, lines.join(u'\n')};
}

QList<DiffShape> diffShapes()
{
    return {
        {"diff: revision, edit every 40 lines", false, revision},
        {"diff: revision of a repeated text", true, revision},
        {"diff: same lines reversed", false,
         [](const QString &text) {
             QStringList lines = text.split(u'\n');
             std::reverse(lines.begin(), lines.end());
             return QPair<QString, QString>(text, lines.join(u'\n'));
         }},
        {"diff: same lines shuffled", false,
         [](const QString &text) {
             QStringList lines = text.split(u'\n');
             QRandomGenerator random(42);
             for (qsizetype i = lines.size() - 1; i > 0; --i)
                 std::swap(lines[i], lines[random.bounded(i + 1)]);
             return QPair<QString, QString>(text, lines.join(u'\n'));
         }},
        {"diff: one line repeated, every 10th changed", false,
         [](const QString &text) {
             const qsizetype n = text.size() / 40;
             QStringList left(n, u"The same line of text, again and again."_s);
             QStringList right = left;
             for (qsizetype i = 0; i < n; i += 10)
                 right[i] = u"A different line."_s;
             return QPair<QString, QString>(left.join(u'\n'), right.join(u'\n'));
         }},
    };
}

Row timeDiff(const QString &left, const QString &right)
{
    Row row;
    row.bytes = (left.size() + right.size()) / 2; // characters, about bytes for this text
    const LineIndex ls = buildLineStarts(left);
    const LineIndex rs = buildLineStarts(right);
    // The floor of any line diff: every line of both sides into one hash table (which the
    // diff does first). Past the processor's caches each lookup waits on memory, so this floor
    // itself costs more per MB at 100 MB than at 1 MB.
    row.floorMs =
        medianSeconds(1,
                      [&] {
                          QHash<QString, int> ids;
                          for (const QString *text : {&left, &right}) {
                              for (const QStringView line : QStringTokenizer(*text, u'\n'))
                                  ids.insert(line.toString(), int(ids.size()));
                          }
                      })
        * 1000;
    row.ms =
        medianSeconds(1,
                      [&] {
                          const TextDiff diff = diffTexts(DiffSide{left, ls}, DiffSide{right, rs});
                          Q_UNUSED(diff)
                      })
        * 1000;
    return row;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Parse and diff time on inputs of growing size."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"1 MB only (a smoke test)."_s);
    const QCommandLineOption maxOption(u"max"_s, u"Largest size in MB (default 100)."_s, u"MB"_s,
                                       u"100"_s);
    const QCommandLineOption shared(u"shared"_s, u"The shared folder."_s, u"DIR"_s,
                                    QStringLiteral(FILINGLENS_SHARED_DIR));
    const QCommandLineOption only(u"only"_s, u"Only the inputs whose name contains TEXT."_s,
                                  u"TEXT"_s);
    const QCommandLineOption parseRss(
        u"parse-rss"_s, u"Parse FILE and print the peak resident bytes."_s, u"FILE"_s);
    parser.addOptions({quick, maxOption, shared, only, parseRss});
    parser.process(app);
    if (parser.isSet(parseRss)) {
        const FilingPtr f = parseFile(parser.value(parseRss));
        // VmHWM, not getrusage(): ru_maxrss survives exec, so it would report the memory of
        // the benchmark that started this process.
        QFile status(u"/proc/self/status"_s);
        qlonglong peak = -1;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peak = line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
            }
        }
        std::printf("%lld\n", peak);
        return f ? 0 : 1;
    }

    QList<int> sizes;
    for (int mb = 1; mb <= (parser.isSet(quick) ? 1 : parser.value(maxOption).toInt()); mb *= 10)
        sizes << mb;

    std::printf("%-40s %7s %9s %8s %9s %7s %8s %6s\n", "input", "MB", "ms", "ms/MB", "floor ms",
                "growth", "peak MB", "x file");
    std::printf("(floor: decoding the same bytes to a QString, for a diff putting its lines in a\n"
                " hash table; growth: ms/MB over ms/MB at 1 MB;\n"
                " peak: resident memory of a process that only parses the input)\n");

    // A real submission of each size, from the shared corpus.
    QTemporaryDir tmp;
    QList<QString> texts; // displayed text of each submission
    double firstMsPerMB = 0;
    for (const int mb : std::as_const(sizes)) {
        const QString path = tmp.filePath(u"sub%1.txt"_s.arg(mb));
        if (!makeBigSubmission(parser.value(shared), path, mb)) {
            std::printf("could not make a %d MB submission (is ../shared there?)\n", mb);
            return 1;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        const Row row = timeParse(bytes, path, mb >= 100 ? 1 : 3, &tmp);
        if (firstMsPerMB == 0)
            firstMsPerMB = row.ms / (double(row.bytes) / kMB);
        printRow("real full submission", row, firstMsPerMB);
        texts << parseBytes(bytes, path)->text;
    }

    const QString filter = parser.value(only);
    auto wanted = [&](const char *name) {
        return filter.isEmpty() || QString::fromUtf8(name).contains(filter);
    };
    for (const Shape &shape : hostileShapes() + periodicShapes(realTenKBody())) {
        if (!wanted(shape.name))
            continue;
        double first = 0;
        for (const int mb : std::as_const(sizes)) {
            const QByteArray bytes = shape.make(qint64(mb) * kMB);
            const Row row = timeParse(bytes, shape.fileName, mb >= 100 ? 1 : 3, &tmp);
            if (first == 0)
                first = row.ms / (double(row.bytes) / kMB);
            printRow(shape.name, row, first);
        }
    }

    // Diff sources (see DiffShape), from the smallest submission's displayed text.
    const QString base = texts.first();
    const QStringList baseLines = base.split(u'\n');
    QString distinct;
    QString repeatedText;
    const qsizetype largest = qsizetype(sizes.last()) * kMB;
    for (int copy = 0; distinct.size() < largest || repeatedText.size() < largest; ++copy) {
        const QString mark = u" [%1]"_s.arg(copy);
        for (const QString &line : baseLines)
            distinct += line.trimmed().isEmpty() ? u"\n"_s : line + mark + u'\n';
        repeatedText += base;
    }
    for (const DiffShape &shape : diffShapes()) {
        if (!wanted(shape.name))
            continue;
        double first = 0;
        for (const int mb : std::as_const(sizes)) {
            const QString &source = shape.repeatedSource ? repeatedText : distinct;
            const qsizetype cut = source.lastIndexOf(u'\n', qsizetype(mb) * kMB) + 1;
            const auto [left, right] = shape.make(source.left(cut));
            const Row row = timeDiff(left, right);
            if (first == 0)
                first = row.ms / (double(row.bytes) / kMB);
            printRow(shape.name, row, first);
        }
    }

    // Cancelling: a parse of the largest submission with all cores, cancelled 100 ms in.
    {
        const QString path = tmp.filePath(u"sub%1.txt"_s.arg(sizes.last()));
        std::atomic_bool cancel{false};
        ParseOptions options;
        options.cancel = &cancel;
        options.threads = std::max(1, int(std::thread::hardware_concurrency()));
        QElapsedTimer clock;
        qint64 returnedAt = 0;
        FilingPtr result;
        clock.start();
        std::thread worker([&] {
            result = parseFile(path, options);
            returnedAt = clock.elapsed();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const qint64 cancelledAt = clock.elapsed();
        cancel = true;
        worker.join();
        if (result->error == ParseError::Cancelled)
            std::printf("cancel of a %d MB parse after %lld ms: returned %lld ms later\n",
                        sizes.last(), qlonglong(cancelledAt), qlonglong(returnedAt - cancelledAt));
        else
            std::printf("the %d MB parse finished in %lld ms, before the cancel at %lld ms\n",
                        sizes.last(), qlonglong(returnedAt), qlonglong(cancelledAt));
    }
    std::printf("peak resident memory: %.0f MB\n", mb(peakRssBytes()));
    return 0;
}

// SPDX-License-Identifier: MIT
// The text diff on two 100 KB 8-Ks (Apple, 2015 and 2024) and on two 5 MB documents: a
// revision (a word changed every 40 lines, lines inserted and deleted) and two unlike texts.
// Then periodic reports item by item (parse both + compareItems with the Lazy Prices scores),
// against the parse alone, and the `similarity` pipeline (parse, group, tables) over series.
// Run under `taskset -c 0` for one core.
//
//   bench_diff [--shared DIR] [--repeats N]

#include "benchutil.h"
#include "comparison.h"
#include "filingparser.h"
#include "similarity.h"
#include "textdiff.h"
#include "textlines.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace fl;
using namespace fl::bench;

namespace {

void report(const char *name, const QString &left, const QString &right, int repeats,
            bool ignoreWhitespace = false)
{
    const LineIndex ls = buildLineStarts(left);
    const LineIndex rs = buildLineStarts(right);
    TextDiff diff;
    DiffOptions options;
    options.ignoreWhitespace = ignoreWhitespace;
    const double seconds = medianSeconds(repeats, [&] {
        diff = diffTexts(DiffSide{left, ls}, DiffSide{right, rs}, options);
    });
    std::printf("%-46s %8.2f %8.2f %8lld %8lld %9.1f %7d %6d\n", name, double(left.size()) / 1e6,
                double(right.size()) / 1e6, qint64(ls.size()), qint64(rs.size()), seconds * 1000,
                diff.changeCount(), diff.coarseRegions);
}

// A revision of a text: a word changed every 40 lines, a line inserted every 150, a line
// deleted every 230.
QString revise(const QString &text)
{
    QStringList lines = text.split(u'\n');
    QStringList out;
    out.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i % 230 == 229)
            continue;
        QString line = lines[i];
        if (i % 40 == 39 && line.size() > 10)
            line.insert(line.size() / 2, u" amended"_s);
        out << line;
        if (i % 150 == 149)
            out << u"An inserted sentence about the amendment."_s;
    }
    return out.join(u'\n');
}

// Two reports parsed, then compared item by item; ms each and the ratio to the parse alone.
void reportItems(const char *name, const QString &leftPath, const QString &rightPath, int repeats)
{
    FilingPtr left, right;
    const double parse = medianSeconds(repeats, [&] {
        left = parseFile(leftPath);
        right = parseFile(rightPath);
    });
    QList<ItemComparison> items;
    const double compare = medianSeconds(repeats, [&] { items = compareItems(*left, *right); });
    qsizetype words = 0;
    for (const ItemComparison &c : std::as_const(items))
        words += c.scores.wordsLeft + c.scores.wordsRight;
    std::printf("%-40s %6.2f %6.2f %6lld %8lld %9.1f %9.1f %9.1f %6.2f\n", name,
                double(left->fileSize) / 1e6, double(right->fileSize) / 1e6, qint64(items.size()),
                qint64(words), parse * 1000, compare * 1000, (parse + compare) * 1000,
                (parse + compare) / parse);
}

// What `filinglens-cli similarity FILE...` does, on one thread: parse, group, tables.
void reportSeries(const char *name, const QStringList &paths, int repeats)
{
    int pairs = 0;
    const double seconds = medianSeconds(repeats, [&] {
        QList<FilingPtr> filings;
        for (const QString &p : paths)
            filings << parseFile(p);
        pairs = 0;
        for (const FilingSeries &s : groupIntoSeries(filings)) {
            if (s.filings.size() < 2)
                continue;
            const SimilarityTable table = similarityTable(s);
            pairs += int(s.filings.size() - 1);
        }
    });
    std::printf("%-40s %6lld files %3d pairs %9.1f ms  %7.1f ms per pair\n", name,
                qint64(paths.size()), pairs, seconds * 1000, pairs ? seconds * 1000 / pairs : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption shared(u"shared"_s, u"The shared folder."_s, u"DIR"_s,
                                    QStringLiteral(FILINGLENS_SHARED_DIR));
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Runs per figure (median)."_s, u"N"_s,
                                           u"5"_s);
    parser.addOptions({shared, repeatsOption});
    parser.process(app);
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    const QString data = QStringLiteral(FILINGLENS_TEST_DATA);

    std::printf("%-46s %8s %8s %8s %8s %9s %7s %6s\n", "pair", "left MB", "right MB", "lines",
                "lines", "ms", "changes", "coarse");
    const FilingPtr apple2015 =
        parseFile(data + u"/corpus/fullsub/scpp__0001193125-15-410853.txt"_s);
    const FilingPtr apple2024 =
        parseFile(data + u"/corpus/fullsub/scpp__0000320193-24-000005.txt"_s);
    report("Apple 8-K 2015 vs 2024 (submissions)", apple2015->text, apple2024->text, repeats * 4);
    {
        TextDiff diff;
        const double seconds =
            medianSeconds(repeats * 4, [&] { diff = diffFilings(*apple2015, *apple2024); });
        std::printf("%-46s %8.2f %8.2f %8d %8d %9.1f %7d %6d\n", "  same, aligned item by item",
                    double(apple2015->text.size()) / 1e6, double(apple2024->text.size()) / 1e6,
                    apple2015->lineCount(), apple2024->lineCount(), seconds * 1000,
                    diff.changeCount(), diff.coarseRegions);
    }

    QTemporaryDir tmp;
    const QString big = tmp.filePath(u"big.txt"_s);
    if (!makeBigSubmission(parser.value(shared), big, 50)) {
        std::printf("could not make the big submission\n");
        return 1;
    }
    const FilingPtr filing = parseFile(big);
    const qsizetype five = 5 * 1000 * 1000;
    if (filing->text.size() < 2 * five) {
        std::printf("the submission is too small (%lld characters)\n", qint64(filing->text.size()));
        return 1;
    }
    const QString first = filing->text.left(five);
    const QString second = filing->text.mid(five, five);
    const QString revised = revise(first);
    report("5 MB: identical", first, first, repeats);
    report("5 MB: revision (edits every 40 lines)", first, revised, repeats);
    report("5 MB: revision, ignoring whitespace", first, revised, repeats, true);
    report("5 MB: two different parts of a submission", first, second, repeats);
    // The worst order for a line diff: the same lines, reversed.
    QStringList lines = first.split(u'\n');
    std::reverse(lines.begin(), lines.end());
    report("5 MB: the same lines in reverse order", first, lines.join(u'\n'), repeats);

    std::printf("\n%-40s %6s %6s %6s %8s %9s %9s %9s %6s\n", "periodic reports item by item", "MB",
                "MB", "items", "words", "parse ms", "items ms", "total ms", "ratio");
    const QString periodic = data + u"/corpus/periodic/"_s;
    const QString gme = periodic + u"sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s;
    // A light revision: the GameStop 10-K with "could adversely affect" (12 places) made "could
    // materially and adversely affect".
    QByteArray html;
    {
        QFile f(gme);
        if (f.open(QIODevice::ReadOnly))
            html = f.readAll();
        html.replace("could adversely affect", "could materially and adversely affect");
        QFile out(tmp.filePath(u"gme-revised.html"_s));
        if (out.open(QIODevice::WriteOnly))
            out.write(html);
    }
    reportItems("GameStop 10-K 2024 vs itself", gme, gme, repeats);
    reportItems("GameStop 10-K 2024 vs revised copy", gme, tmp.filePath(u"gme-revised.html"_s),
                repeats);
    reportItems("GameStop 10-K 2024 vs Costco 10-K 2022", gme,
                periodic + u"s10x__cost-2022_filing.htm"_s, repeats);
    reportItems("Ford 10-K 1993 vs 2001 (text)", periodic + u"ewr__0000037996-94-000005.txt"_s,
                periodic + u"ewr__v7.txt.txt"_s, repeats);
    std::printf("\n");
    reportSeries("similarity: Ford 10-Ks, Microsoft 10-Qs",
                 {periodic + u"ewr__0000037996-94-000005.txt"_s, periodic + u"ewr__v7.txt.txt"_s,
                  periodic + u"jlse__microsoft_2002_03_31.html"_s,
                  periodic + u"jlse__microsoft_2008_12_31.html"_s},
                 repeats);
    reportSeries("similarity: GameStop 10-K and revision",
                 {gme, tmp.filePath(u"gme-revised.html"_s)}, repeats);
    std::printf("peak resident memory: %.0f MB\n", mb(peakRssBytes()));
    return 0;
}

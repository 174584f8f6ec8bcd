// SPDX-License-Identifier: MIT
// Parse throughput for the seeds, the whole corpus and a 100 MB full submission, next to the
// time it takes to merely read the same bytes, plus peak memory of the big parse.
//
//   bench_parse [--quick] [--only small-html|facts] [--shared DIR] [--size MB] [--repeats N]

#include "benchutil.h"
#include "filingparser.h"
#include "saxfloor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace fl;
using namespace fl::bench;

namespace {

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {u"*.txt"_s, u"*.htm"_s, u"*.html"_s, u"*.nc"_s, u"*.sgml"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

qint64 totalSize(const QStringList &files)
{
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    return total;
}

struct Figures
{
    double readSeconds = 0;
    double parseSeconds = 0;
};

Figures measure(const QStringList &files, int repeats, int threads)
{
    Figures fig;
    // Warm the page cache so that both runs read from memory.
    for (const QString &f : files) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            file.readAll();
    }
    fig.readSeconds = medianSeconds(repeats, [&] {
        for (const QString &f : files) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                Q_UNUSED(bytes)
            }
        }
    });
    ParseOptions options;
    options.threads = threads;
    fig.parseSeconds = medianSeconds(repeats, [&] {
        for (const QString &f : files) {
            const FilingPtr filing = parseFile(f, options);
            if (!filing->ok() && filing->error != ParseError::NotAFiling)
                std::fprintf(stderr, "  ! %s: %s\n", qPrintable(f),
                             qPrintable(filing->errorMessage));
        }
    });
    return fig;
}

void report(const char *name, const QStringList &files, int repeats, int threads)
{
    if (files.isEmpty()) {
        std::printf("%-34s (no files)\n", name);
        return;
    }
    const qint64 bytes = totalSize(files);
    const Figures fig = measure(files, repeats, threads);
    const double readRate = mb(bytes) / fig.readSeconds;
    const double parseRate = mb(bytes) / fig.parseSeconds;
    std::printf("%-34s %6lld %9.2f %10.1f %11.1f %9.3f %8.1fx\n", name, qint64(files.size()),
                mb(bytes), readRate, parseRate, fig.parseSeconds, readRate / parseRate);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Small HTML filings: the corpus's HTML 8-Ks, each parsed from memory on one thread next to
// libxml2's bare SAX pass over the same bytes, interleaved, best of `repeats` per file, in wall
// time and in this thread's CPU time (steadier on a loaded machine).
void reportSmallHtml(const QString &sharedDir, int repeats)
{
    const QString dir = sharedDir + u"/corpus/html8k"_s;
    const QStringList files = filesUnder(dir);
    if (files.isEmpty()) {
        std::printf("\nHTML 8-Ks: none under %s\n", qPrintable(dir));
        return;
    }
    std::printf("\nHTML 8-K (%s)\n%-44s %6s %8s %8s %6s %8s %8s %6s\n", qPrintable(dir), "", "KB",
                "SAX ms", "parse ms", "ratio", "SAX cpu", "cpu", "ratio");
    struct Times
    {
        double sax = 1e300, parse = 1e300, saxCpu = 1e300, parseCpu = 1e300;
    } total{0, 0, 0, 0};
    qint64 totalBytes = 0;
    for (const QString &path : files) {
        const QByteArray bytes = readBytes(path);
        const auto sax = [&] {
            bareSaxPass(bytes);
        };
        const auto parse = [&] {
            const FilingPtr f = parseBytes(bytes, path);
        };
        Times t;
        for (int r = 0; r < repeats; ++r) {
            t.sax = std::min(t.sax, bestMs(1, sax));
            t.parse = std::min(t.parse, bestMs(1, parse));
            t.saxCpu = std::min(t.saxCpu, bestCpuMs(1, sax));
            t.parseCpu = std::min(t.parseCpu, bestCpuMs(1, parse));
        }
        total.sax += t.sax;
        total.parse += t.parse;
        total.saxCpu += t.saxCpu;
        total.parseCpu += t.parseCpu;
        totalBytes += bytes.size();
        std::printf("%-44s %6.1f %8.3f %8.3f %5.2fx %8.3f %8.3f %5.2fx\n",
                    qPrintable(QFileInfo(path).fileName().left(44)), double(bytes.size()) / 1024,
                    t.sax, t.parse, t.parse / t.sax, t.saxCpu, t.parseCpu, t.parseCpu / t.saxCpu);
    }
    const double n = double(files.size());
    std::printf("%-44s %6.1f %8.3f %8.3f %5.2fx %8.3f %8.3f %5.2fx\n", "mean per file",
                double(totalBytes) / 1024 / n, total.sax / n, total.parse / n,
                total.parse / total.sax, total.saxCpu / n, total.parseCpu / n,
                total.parseCpu / total.saxCpu);
    const double megabytes = mb(totalBytes);
    std::printf("%-44s %6s %8.1f %8.1f %6s %8.1f %8.1f   (MB/s; best of %d)\n", "throughput", "",
                megabytes / (total.sax / 1000), megabytes / (total.parse / 1000), "",
                megabytes / (total.saxCpu / 1000), megabytes / (total.parseCpu / 1000), repeats);
}

// The inline-XBRL fact pass (ParseOptions::readFacts): the parse time of inline-XBRL 10-Ks with
// and without it, from memory, interleaved, best of `repeats`, in wall and thread CPU time.
void reportFactPass(const QString &data, int repeats, QStringList tenKs)
{
    if (tenKs.isEmpty())
        tenKs = QStringList{
            data + u"/corpus/periodic/s10x__cost-2022_filing.htm"_s,
            data + u"/corpus/periodic/sptd__10-K_GE_0000040545-24-000027_primary-document.html"_s,
            data + u"/corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s,
            data + u"/corpus/periodic/goed__moderna_10k_input.htm"_s,
        };
    std::printf("\ninline-XBRL 10-K %27s %8s %8s %7s %8s %8s %7s %6s\n", "MB", "no facts", "facts",
                "added", "cpu no", "cpu yes", "added", "facts");
    double total[4] = {0, 0, 0, 0};
    for (const QString &file : tenKs) {
        const QByteArray bytes = readBytes(file);
        qsizetype facts = 0;
        ParseOptions withFacts;
        ParseOptions withoutFacts;
        withoutFacts.readFacts = false;
        const auto off = [&] {
            const FilingPtr f = parseBytes(bytes, file, withoutFacts);
        };
        const auto on = [&] {
            facts = parseBytes(bytes, file, withFacts)->facts.size();
        };
        double t[4] = {1e300, 1e300, 1e300, 1e300};
        for (int r = 0; r < repeats; ++r) {
            t[0] = std::min(t[0], bestMs(1, off));
            t[1] = std::min(t[1], bestMs(1, on));
            t[2] = std::min(t[2], bestCpuMs(1, off));
            t[3] = std::min(t[3], bestCpuMs(1, on));
        }
        for (int i = 0; i < 4; ++i)
            total[i] += t[i];
        std::printf("%-44s %5.2f %6.1fms %6.1fms %6.1f%% %6.1fms %6.1fms %6.1f%% %6lld\n",
                    qPrintable(QFileInfo(file).fileName().left(44)), mb(bytes.size()), t[0], t[1],
                    100 * (t[1] - t[0]) / t[0], t[2], t[3], 100 * (t[3] - t[2]) / t[2],
                    qint64(facts));
    }
    std::printf("%-44s %5s %6.1fms %6.1fms %6.1f%% %6.1fms %6.1fms %6.1f%%  (best of %d)\n", "all",
                "", total[0], total[1], 100 * (total[1] - total[0]) / total[0], total[2], total[3],
                100 * (total[3] - total[2]) / total[2], repeats);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Seeds and test data only, one repeat."_s);
    const QCommandLineOption shared(u"shared"_s, u"The shared folder."_s, u"DIR"_s,
                                    QStringLiteral(FILINGLENS_SHARED_DIR));
    const QCommandLineOption size(u"size"_s, u"Size of the big submission in MB."_s, u"MB"_s,
                                  u"100"_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Runs per figure (median)."_s, u"N"_s,
                                           u"5"_s);
    const QCommandLineOption only(u"only"_s,
                                  u"One section: small-html (the corpus's HTML 8-Ks against the "
                                  u"SAX pass) or facts (the inline-XBRL fact pass)."_s,
                                  u"SECTION"_s);
    parser.addOptions({quick, shared, size, repeatsOption, only});
    parser.addPositionalArgument(u"FILE"_s,
                                 u"With --only facts: the inline-XBRL files to measure "
                                 u"(default: four 10-Ks of the test data)."_s);
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const int repeats = isQuick ? 1 : std::max(1, parser.value(repeatsOption).toInt());
    const QString sharedDir = parser.value(shared);
    const QString data = QStringLiteral(FILINGLENS_TEST_DATA);

    if (parser.value(only) == u"small-html"_s) {
        reportSmallHtml(sharedDir, repeats * 4);
        return 0;
    }
    if (parser.value(only) == u"facts"_s) {
        reportFactPass(data, isQuick ? 1 : repeats * 4, parser.positionalArguments());
        return 0;
    }
    std::printf("%-34s %6s %9s %10s %11s %9s %9s\n", "input", "files", "MB", "read MB/s",
                "parse MB/s", "parse s", "read/parse");
    report("seeds", filesUnder(data + u"/seeds"_s), repeats * 20, 1);
    report("test data (tests/data)", filesUnder(data), repeats, 1);
    reportFactPass(data, isQuick ? 3 : repeats * 4, {});
    if (isQuick)
        return 0;
    report("shared corpus (1 thread)", filesUnder(sharedDir + u"/corpus"_s), repeats, 1);
    reportSmallHtml(sharedDir, repeats * 4);

    QTemporaryDir tmp;
    const int megabytes = parser.value(size).toInt();
    const QString big = tmp.filePath(u"big-submission.txt"_s);
    if (!makeBigSubmission(sharedDir, big, megabytes)) {
        std::printf("could not make the big submission (needs python3 and %s/tools)\n",
                    qPrintable(sharedDir));
        return 1;
    }
    const QString bigName = u"%1 MB submission (1 thread)"_s.arg(megabytes);
    report(qPrintable(bigName), {big}, repeats, 1);
    report(qPrintable(u"%1 MB submission (2 threads)"_s.arg(megabytes)), {big}, repeats, 2);

    const qint64 fileSize = QFileInfo(big).size();
    for (const int threads : {1, 2}) {
        const qint64 peak = peakRssOfChild([&] {
            ParseOptions options;
            options.threads = threads;
            const FilingPtr filing = parseFile(big, options);
            Q_UNUSED(filing)
        });
        const qint64 baseline = peakRssOfChild([] {});
        std::printf("peak RSS parsing the %.0f MB submission, %d thread(s): %.0f MB "
                    "(%.2fx the file; %.0f MB for an idle process)\n",
                    mb(fileSize), threads, mb(peak), double(peak) / double(fileSize), mb(baseline));
    }
    return 0;
}

// SPDX-License-Identifier: MIT
// Parse throughput for the seeds, the whole corpus and a 100 MB full submission, next to the
// time it takes to merely read the same bytes, plus peak memory of the big parse.
//
//   bench_parse [--quick] [--shared DIR] [--size MB] [--repeats N]

#include "benchutil.h"
#include "filingparser.h"

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

// The inline-XBRL fact pass (ParseOptions::readFacts): the parse time of inline-XBRL 10-Ks with
// and without it.
void reportFactPass(const QString &data, int repeats)
{
    const QStringList tenKs = {
        data + u"/corpus/periodic/s10x__cost-2022_filing.htm"_s,
        data + u"/corpus/periodic/sptd__10-K_GE_0000040545-24-000027_primary-document.html"_s,
        data + u"/corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s,
        data + u"/corpus/periodic/goed__moderna_10k_input.htm"_s,
    };
    std::printf("\ninline-XBRL 10-K %33s %9s %9s %7s %7s\n", "MB", "no facts", "facts", "added",
                "facts");
    double totalOff = 0;
    double totalOn = 0;
    for (const QString &file : tenKs) {
        qsizetype facts = 0;
        const auto parse = [&](bool readFacts) {
            ParseOptions options;
            options.readFacts = readFacts;
            return medianSeconds(repeats, [&] { facts = parseFile(file, options)->facts.size(); });
        };
        const double off = parse(false);
        const double on = parse(true);
        totalOff += off;
        totalOn += on;
        std::printf("%-50s %6.2f %8.3fs %8.3fs %6.1f%% %7lld\n",
                    qPrintable(QFileInfo(file).fileName().left(50)), mb(QFileInfo(file).size()),
                    off, on, 100 * (on - off) / off, qint64(facts));
    }
    std::printf("%-50s %6s %8.3fs %8.3fs %6.1f%%\n", "all four", "", totalOff, totalOn,
                100 * (totalOn - totalOff) / totalOff);
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
    parser.addOptions({quick, shared, size, repeatsOption});
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const int repeats = isQuick ? 1 : std::max(1, parser.value(repeatsOption).toInt());
    const QString sharedDir = parser.value(shared);
    const QString data = QStringLiteral(FILINGLENS_TEST_DATA);

    std::printf("%-34s %6s %9s %10s %11s %9s %9s\n", "input", "files", "MB", "read MB/s",
                "parse MB/s", "parse s", "read/parse");
    report("seeds", filesUnder(data + u"/seeds"_s), repeats * 20, 1);
    report("test data (tests/data)", filesUnder(data), repeats, 1);
    reportFactPass(data, isQuick ? 3 : repeats * 4);
    if (isQuick)
        return 0;
    report("shared corpus (1 thread)", filesUnder(sharedDir + u"/corpus"_s), repeats, 1);

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

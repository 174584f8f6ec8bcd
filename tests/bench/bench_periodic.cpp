// SPDX-License-Identifier: MIT
// Parse time of real 10-Ks of 1-4 MB of HTML against libxml2's bare SAX pass over the same
// bytes, measured side by side in one run. The product aims for a parse within 1.5x that pass:
// libxml2 is the floor every HTML filing pays, so the ratio says how much FilingLens adds on top
// (the HTML-to-text conversion, the line index, the cover, Parts and Items). Best of N runs of
// each, from bytes in memory. Prints figures; asserts nothing (the machine is shared).
//
//   bench_periodic [--quick] [--repeats N] [FILE...]

#include "benchutil.h"
#include "filingparser.h"
#include "htmltotext.h"
#include "saxfloor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <limits>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace fl;
using namespace fl::bench;

namespace {

QStringList defaultFiles()
{
    const QString dir = QStringLiteral(FILINGLENS_TEST_DATA) + u"/corpus/periodic/"_s;
    QStringList files;
    for (const char *name :
         {"s10x__msft-2013_filing.htm", "goed__moderna_10k_input.htm", "ewr__d216801d10k.htm",
          "s10x__jnj-2016_filing.htm", "sptd__10-K_GE_0000040545-24-000027_primary-document.html"})
        files << dir + QString::fromLatin1(name);
    return files;
}

struct Figures
{
    double saxMs = 0;
    double textMs = 0; // HTML to text alone
    double oneThreadMs = 0;
    double defaultMs = 0;
    qsizetype items = 0;
};

Figures measure(const QString &path, const QByteArray &bytes, int repeats, int threads)
{
    Figures fig;
    // Interleaved, so that a burst of load from elsewhere hits all measures alike.
    fig.saxMs = fig.textMs = fig.oneThreadMs = fig.defaultMs = std::numeric_limits<double>::max();
    ParseOptions oneThread;
    ParseOptions allCores;
    allCores.threads = threads;
    for (int r = 0; r < repeats; ++r) {
        fig.saxMs = std::min(fig.saxMs, bestMs(1, [&] { bareSaxPass(bytes); }));
        fig.textMs = std::min(fig.textMs, bestMs(1, [&] { htmlToUtf8Text(bytes); }));
        fig.oneThreadMs = std::min(fig.oneThreadMs, bestMs(1, [&] {
                                       const FilingPtr f = parseBytes(bytes, path, oneThread);
                                       fig.items = f->items.size();
                                   }));
        fig.defaultMs =
            std::min(fig.defaultMs,
                     bestMs(1, [&] { const FilingPtr f = parseBytes(bytes, path, allCores); }));
    }
    return fig;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Periodic reports: parse time against libxml2's SAX pass."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"One file, one run (a smoke test)."_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Runs per figure (best)."_s, u"N"_s,
                                           u"7"_s);
    parser.addOptions({quick, repeatsOption});
    parser.addPositionalArgument(u"FILE"_s,
                                 u"HTML reports (default: five 10-Ks of the test data)."_s);
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const int repeats = isQuick ? 1 : std::max(1, parser.value(repeatsOption).toInt());
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files = defaultFiles();
    if (isQuick)
        files = files.first(1);
    const int threads = std::max(1, int(std::thread::hardware_concurrency()));

    std::printf("%-58s %6s %8s %9s %9s %9s %6s %7s\n", "file", "MB", "SAX ms", "text ms",
                "1 thr ms", "dflt ms", "items", "ratio");
    std::printf("(SAX: libxml2 with handlers that do nothing; text: HTML to text alone; 1 thr:\n"
                " the whole parse on one thread; dflt: with %d threads as the viewer does;\n"
                " ratio: 1 thr over SAX; best of %d runs)\n",
                threads, repeats);
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::printf("%-58s cannot be read\n", qPrintable(QFileInfo(path).fileName()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        const Figures fig = measure(path, bytes, repeats, threads);
        std::printf("%-58s %6.2f %8.1f %9.1f %9.1f %9.1f %6lld %6.2fx\n",
                    qPrintable(QFileInfo(path).fileName().left(58)), mb(bytes.size()), fig.saxMs,
                    fig.textMs, fig.oneThreadMs, fig.defaultMs, qlonglong(fig.items),
                    fig.oneThreadMs / fig.saxMs);
        std::fflush(stdout);
    }
    return 0;
}

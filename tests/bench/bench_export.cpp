// SPDX-License-Identifier: MIT
// CSV export of 1,000 filings (the shared corpus repeated) in the wide layout, on one thread
// and on every core: files/s, MB/s, and the speed-up from parsing files in parallel.
//
//   bench_export [--shared DIR] [--count N]

#include "benchutil.h"
#include "csvexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace fl;
using namespace fl::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption shared(u"shared"_s, u"The shared folder."_s, u"DIR"_s,
                                    QStringLiteral(FILINGLENS_SHARED_DIR));
    const QCommandLineOption count(u"count"_s, u"Filings to export."_s, u"N"_s, u"1000"_s);
    parser.addOptions({shared, count});
    parser.process(app);

    QStringList corpus;
    QDirIterator it(parser.value(shared) + u"/corpus"_s,
                    {u"*.txt"_s, u"*.htm"_s, u"*.html"_s, u"*.nc"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        corpus << it.next();
    corpus.sort();
    if (corpus.isEmpty()) {
        std::printf("no corpus at %s\n", qPrintable(parser.value(shared)));
        return 1;
    }
    const int n = parser.value(count).toInt();
    QStringList files;
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        files << corpus[i % corpus.size()];
        bytes += QFileInfo(files.last()).size();
    }
    // Warm the page cache.
    for (const QString &f : std::as_const(corpus)) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            file.readAll();
    }
    std::printf("%d filings (%d distinct files of the shared corpus, repeated), %.0f MB\n", n,
                int(corpus.size()), mb(bytes));
    QTemporaryDir tmp;
    double oneThread = 0;
    const int cores = std::max(1, QThread::idealThreadCount());
    for (const int threads : {1, cores}) {
        CsvExportOptions options;
        options.threads = threads;
        CsvExportResult result;
        const double seconds = medianSeconds(
            3, [&] { result = exportCsv(files, tmp.filePath(u"out.csv"_s), options); });
        if (!result.ok) {
            std::printf("export failed: %s\n", qPrintable(result.error));
            return 1;
        }
        if (threads == 1)
            oneThread = seconds;
        std::printf("%d thread(s): %.2f s, %.0f files/s, %.1f MB/s, %lld rows, CSV %.1f MB%s\n",
                    threads, seconds, n / seconds, mb(bytes) / seconds, result.rows,
                    mb(QFileInfo(tmp.filePath(u"out.csv"_s)).size()),
                    threads == 1 ? ""
                                 : qPrintable(u"  (%1x the one-thread speed)"_s.arg(
                                     oneThread / seconds, 0, 'f', 2)));
    }
    std::printf("peak resident memory: %.0f MB\n", mb(peakRssBytes()));
    return 0;
}

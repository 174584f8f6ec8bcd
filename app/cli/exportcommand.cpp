// SPDX-License-Identifier: MIT
#include "commands.h"

#include "csvexport.h"
#include "filingparser.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fl::cli {

int runExportCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Exports what was extracted from filings as CSV (RFC 4180, UTF-8). PATH may be a "
        u"folder: its .txt, .htm, .html and .nc files are read, recursively. A file that fails "
        u"is reported on stderr and written as a row with its error; the exit status is then "
        u"1. The CSV is written atomically: on any error the output is left as it was."_s);
    parser.addHelpOption();
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"The CSV file to write."_s,
                                    u"OUT.csv"_s);
    const QCommandLineOption layout(u"layout"_s,
                                    u"wide (one row per filing, the default), long (one row "
                                    u"per extracted value), items (one row per item, with "
                                    u"its text) or facts (one row per inline-XBRL fact)."_s,
                                    u"LAYOUT"_s, u"wide"_s);
    const QCommandLineOption bom(u"bom"_s, u"Start with a UTF-8 byte-order mark (for Excel)."_s);
    const QCommandLineOption noGuard(u"no-formula-guard"_s,
                                     u"Do not prefix values starting with = + - @ with an "
                                     u"apostrophe (for programs rather than spreadsheets)."_s);
    const QCommandLineOption jobs({u"j"_s, u"jobs"_s},
                                  u"Files parsed at once (default: number of cores)."_s, u"N"_s);
    const QCommandLineOption noText(u"no-text"_s,
                                    u"With --layout items: leave out the text column."_s);
    parser.addOptions({output, layout, bom, noGuard, jobs, noText});
    parser.addPositionalArgument(u"paths"_s, u"Filings or folders of filings."_s, u"PATH..."_s);
    parser.process(arguments);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "filinglens-cli export-csv: %s\n", qPrintable(message));
        return 2;
    };
    if (!parser.isSet(output))
        return fail(u"give the output file with -o OUT.csv (see --help)"_s);
    if (parser.positionalArguments().isEmpty())
        return fail(u"give at least one filing or folder (see --help)"_s);
    const QString kind = parser.value(layout);
    if (kind != u"wide"_s && kind != u"long"_s && kind != u"items"_s && kind != u"facts"_s)
        return fail(u"unknown layout '%1' (wide, long, items or facts)"_s.arg(kind));
    if (parser.isSet(noText) && kind != u"items"_s)
        return fail(u"--no-text needs --layout items"_s);

    const QStringList files = expandFolders(parser.positionalArguments());
    if (files.isEmpty())
        return fail(u"no filings found in the paths given"_s);

    CsvExportOptions options;
    options.layout = kind == u"long"_s ? CsvLayout::Long
        : kind == u"items"_s           ? CsvLayout::Items
        : kind == u"facts"_s           ? CsvLayout::Facts
                                       : CsvLayout::Wide;
    options.itemText = !parser.isSet(noText);
    options.csv.byteOrderMark = parser.isSet(bom);
    options.csv.formulaGuard = !parser.isSet(noGuard);
    options.threads =
        parser.isSet(jobs) ? std::max(1, parser.value(jobs).toInt()) : QThread::idealThreadCount();
    const bool terminal = ::isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    options.progress = [&](int done, int total, const Filing &filing) {
        if (!filing.ok())
            std::fprintf(stderr, "%s%s: %s\n", terminal ? "\r\033[K" : "", qPrintable(filing.path),
                         qPrintable(filing.errorMessage));
        if (terminal && (done == total || done % 25 == 0))
            std::fprintf(stderr, "\r\033[K%d of %d filings", done, total);
    };
    const CsvExportResult result = exportCsv(files, parser.value(output), options);
    if (terminal)
        std::fputs("\r\033[K", stderr);
    if (!result.ok)
        return fail(result.error);
    const double seconds = std::max(1e-9, double(clock.nsecsElapsed()) / 1e9);
    std::fprintf(stderr, "wrote %lld row(s) for %lld filing(s) to %s in %.1f s (%.0f files/s)%s\n",
                 result.rows, qint64(files.size()), qPrintable(parser.value(output)), seconds,
                 double(files.size()) / seconds,
                 result.failedFiles.isEmpty()
                     ? ""
                     : qPrintable(u"; %1 could not be read"_s.arg(result.failedFiles.size())));
    return result.failedFiles.isEmpty() ? 0 : 1;
}

} // namespace fl::cli

// SPDX-License-Identifier: MIT
#include "commands.h"

#include "csvexport.h"
#include "filingparser.h"
#include "nativepath.h"
#include "xlsxexport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fl::cli {

namespace {

const QList<std::pair<QString, CsvLayout>> kLayouts = {
    {u"wide"_s, CsvLayout::Wide},
    {u"long"_s, CsvLayout::Long},
    {u"items"_s, CsvLayout::Items},
    {u"facts"_s, CsvLayout::Facts},
};

std::optional<CsvLayout> layoutNamed(const QString &name)
{
    for (const auto &[layoutName, layout] : kLayouts) {
        if (layoutName == name)
            return layout;
    }
    return std::nullopt;
}

// The options both exports take, and what they share in running: progress on a terminal,
// the summary line, the exit status.
struct ExportCommand
{
    ExportCommand(const QString &commandName, QCommandLineOption outputOption,
                  QCommandLineOption layoutOption)
        : name(commandName)
        , output(std::move(outputOption))
        , layout(std::move(layoutOption))
    {
    }

    QString name; // "export-csv"
    QCommandLineOption output;
    QCommandLineOption layout;
    QCommandLineOption jobs{
        {u"j"_s, u"jobs"_s}, u"Files parsed at once (default: number of cores)."_s, u"N"_s};
    QCommandLineOption noText{u"no-text"_s, u"With the items layout: leave out the text column."_s};
    QCommandLineParser parser;
    bool terminal = ::isatty(STDERR_FILENO);
    QElapsedTimer clock;

    int fail(const QString &message) const
    {
        std::fprintf(stderr, "filinglens-cli %s: %s\n", qPrintable(name), qPrintable(message));
        return 2;
    }

    void addPositional()
    {
        parser.addHelpOption();
        parser.addOptions({output, layout, jobs, noText});
        parser.addPositionalArgument(u"paths"_s, u"Filings or folders of filings."_s, u"PATH..."_s);
    }

    // The files to export, or an empty list after reporting why (the exit status in `status`).
    QStringList files(const QString &outputExample, int *status) const
    {
        *status = 0;
        if (!parser.isSet(output))
            *status = fail(u"give the output file with -o %1 (see --help)"_s.arg(outputExample));
        else if (const QString name = parser.value(output); pathToNative(name) != name.toUtf8())
            // The file is written through QSaveFile, which spells names as UTF-8 only.
            *status = fail(u"the output name %1 is not valid UTF-8; give a UTF-8 name"_s.arg(
                displayLine(name)));
        else if (parser.positionalArguments().isEmpty())
            *status = fail(u"give at least one filing or folder (see --help)"_s);
        if (*status)
            return {};
        const QStringList found = expandFolders(parser.positionalArguments());
        if (found.isEmpty())
            *status = fail(u"no filings found in the paths given"_s);
        return found;
    }

    int threads() const
    {
        return parser.isSet(jobs) ? std::max(1, parser.value(jobs).toInt())
                                  : QThread::idealThreadCount();
    }

    std::function<void(int, int, const Filing &)> progress()
    {
        clock.start();
        return [this](int done, int total, const Filing &filing) {
            if (!filing.ok())
                std::fprintf(stderr, "%s%s: %s\n", terminal ? "\r\033[K" : "",
                             qPrintable(displayLine(filing.path)), qPrintable(filing.errorMessage));
            if (terminal && (done == total || done % 25 == 0))
                std::fprintf(stderr, "\r\033[K%d of %d filings", done, total);
        };
    }

    int finish(const ExportResult &result, qsizetype files, const QString &extra = {}) const
    {
        if (terminal)
            std::fputs("\r\033[K", stderr);
        if (!result.ok)
            return fail(result.error);
        const double seconds = std::max(1e-9, double(clock.nsecsElapsed()) / 1e9);
        std::fprintf(stderr,
                     "wrote %lld row(s) for %lld filing(s) to %s%s in %.1f s (%.0f files/s)%s\n",
                     result.rows, qint64(files), qPrintable(parser.value(output)),
                     qPrintable(extra), seconds, double(files) / seconds,
                     result.failedFiles.isEmpty()
                         ? ""
                         : qPrintable(u"; %1 could not be read"_s.arg(result.failedFiles.size())));
        return result.failedFiles.isEmpty() ? 0 : 1;
    }
};

} // namespace

int runExportCsv(const QStringList &arguments)
{
    ExportCommand command(
        u"export-csv"_s, {{u"o"_s, u"output"_s}, u"The CSV file to write."_s, u"OUT.csv"_s},
        {u"layout"_s,
         u"wide (one row per filing, the default), long (one row per extracted value), "
         u"items (one row per item, with its text) or facts (one row per inline-XBRL fact)."_s,
         u"LAYOUT"_s, u"wide"_s});
    command.parser.setApplicationDescription(
        u"Exports what was extracted from filings as CSV (RFC 4180, UTF-8). PATH may be a "
        u"folder: its .txt, .htm, .html and .nc files are read, recursively. A file that fails "
        u"is reported on stderr and written as a row with its error; the exit status is then "
        u"1. The CSV is written atomically: on any error the output is left as it was."_s);
    const QCommandLineOption bom(u"bom"_s, u"Start with a UTF-8 byte-order mark (for Excel)."_s);
    const QCommandLineOption noGuard(u"no-formula-guard"_s,
                                     u"Do not prefix values starting with = + - @ with an "
                                     u"apostrophe (for programs rather than spreadsheets)."_s);
    command.parser.addOptions({bom, noGuard});
    command.addPositional();
    command.parser.process(arguments);

    const QString kind = command.parser.value(command.layout);
    const std::optional<CsvLayout> layout = layoutNamed(kind);
    if (!layout)
        return command.fail(u"unknown layout '%1' (wide, long, items or facts)"_s.arg(kind));
    if (command.parser.isSet(command.noText) && layout != CsvLayout::Items)
        return command.fail(u"--no-text needs --layout items"_s);
    int status = 0;
    const QStringList files = command.files(u"OUT.csv"_s, &status);
    if (files.isEmpty())
        return status;

    CsvExportOptions options;
    options.layout = *layout;
    options.itemText = !command.parser.isSet(command.noText);
    options.csv.byteOrderMark = command.parser.isSet(bom);
    options.csv.formulaGuard = !command.parser.isSet(noGuard);
    options.threads = command.threads();
    options.progress = command.progress();
    return command.finish(exportCsv(files, command.parser.value(command.output), options),
                          files.size());
}

int runExportXlsx(const QStringList &arguments)
{
    ExportCommand command(
        u"export-xlsx"_s, {{u"o"_s, u"output"_s}, u"The Excel workbook to write."_s, u"OUT.xlsx"_s},
        {u"layout"_s,
         u"wide (one row per filing, the default), long (one row per extracted value), "
         u"items (one row per item, with its text) or facts (one row per inline-XBRL fact). "
         u"Give it again for more sheets: "
         u"--layout wide --layout items."_s,
         u"LAYOUT"_s});
    command.parser.setApplicationDescription(
        u"Exports what was extracted from filings as an Excel workbook (.xlsx), one sheet per "
        u"layout, with the CSV export's columns. Identifiers and codes (CIK, file numbers, zip "
        u"codes) are text cells, dates are dates, amounts and counts are numbers; no value is "
        u"ever a formula. PATH may be a folder: its .txt, .htm, .html and .nc files are read, "
        u"recursively. A file that fails is reported on stderr and written as a row with its "
        u"error; the exit status is then 1. The workbook is written atomically: on any error "
        u"the output is left as it was."_s);
    command.addPositional();
    command.parser.process(arguments);

    QList<CsvLayout> layouts;
    for (const QString &kind : command.parser.values(command.layout)) {
        const std::optional<CsvLayout> layout = layoutNamed(kind);
        if (!layout)
            return command.fail(u"unknown layout '%1' (wide, long, items or facts)"_s.arg(kind));
        if (!layouts.contains(*layout))
            layouts << *layout;
    }
    if (layouts.isEmpty())
        layouts << CsvLayout::Wide;
    if (command.parser.isSet(command.noText) && !layouts.contains(CsvLayout::Items))
        return command.fail(u"--no-text needs --layout items"_s);
    int status = 0;
    const QStringList files = command.files(u"OUT.xlsx"_s, &status);
    if (files.isEmpty())
        return status;

    XlsxExportOptions options;
    options.layouts = layouts;
    options.itemText = !command.parser.isSet(command.noText);
    options.threads = command.threads();
    options.progress = command.progress();
    const ExportResult result = exportXlsx(files, command.parser.value(command.output), options);
    if (result.ok && result.truncatedCells)
        std::fprintf(stderr,
                     "filinglens-cli export-xlsx: %lld text(s) longer than the 32,767 characters "
                     "a cell holds were cut; the CSV export keeps them whole\n",
                     result.truncatedCells);
    const QString extra = u" (%1 sheet(s))"_s.arg(result.sheets);
    return command.finish(result, files.size(), extra);
}

} // namespace fl::cli

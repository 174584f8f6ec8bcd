// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "csvwriter.h"
#include "filing.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace fl {

enum class CsvLayout {
    Wide,  // one row per filing
    Long,  // one row per extracted value: everything the field tree shows
    Items, // one row per item (periodic reports and 8-Ks), optionally with the item's text
    Facts, // one row per inline-XBRL fact (factexport.h)
};

// A field comparison as CSV: a header row "field,left,right,status", then one row per
// difference (the CLI's `compare --format csv` and the compare view's export).
void writeComparisonCsv(CsvWriter &csv, const QList<FieldDifference> &rows);

// Column names of each layout, in order (documented in the README). `itemText` says whether
// the items layout ends with the `text` column.
QStringList csvHeader(CsvLayout layout, bool itemText = true);

// The row of one filing in the wide layout. Lists (items, item titles, exhibits, warnings) are
// joined with "; "; dates are ISO. A filing that failed to parse has its error in `warnings`.
QStringList wideCsvRow(const Filing &filing);

// The rows of one filing in the long layout: file, section, field, value, normalized, line.
QList<QStringList> longCsvRows(const Filing &filing);

// The period a periodic report covers, as ISO date: the SEC header's PERIOD OF REPORT, else
// Filing::dateOfReport(). The one place that decides it for the items layout.
QString reportPeriod(const Filing &filing);

// The row of one item in the items layout: file, form_type, cik, period, part, item, title,
// title_as_written, status, start_line, end_line, characters, words[, text].
QStringList itemCsvRow(const Filing &filing, const Item &item, bool itemText = true);

// The row standing for a filing that failed to parse in the items layout: the file, and
// "error: message" in `status`.
QStringList itemCsvErrorRow(const Filing &filing, bool itemText = true);

// Writes the rows of one filing in the items layout, one at a time, so that a report with
// megabytes of item text never holds more than one item's row. Returns the writer's state.
bool writeItemCsvRows(CsvWriter &csv, const Filing &filing, bool itemText = true);

struct CsvExportOptions
{
    CsvLayout layout = CsvLayout::Wide;
    bool itemText = true; // the items layout's `text` column
    CsvOptions csv;
    int threads = 1; // files parsed at once
    const std::atomic_bool *cancel = nullptr;
    // Called after each file, in input order, from the calling thread.
    std::function<void(int done, int total, const Filing &filing)> progress;
};

struct CsvExportResult
{
    bool ok = false; // the file was written (and replaced any earlier one)
    bool cancelled = false;
    QString error;           // why it was not written
    qint64 rows = 0;         // data rows, without the header
    qint64 bytesRead = 0;    // of the input files
    QStringList failedFiles; // inputs that could not be parsed (still exported as rows)
};

// Parses `files` (in parallel) and writes their rows to `output` in the order given, through
// QSaveFile: the file appears whole or not at all, and an existing file is left untouched when
// anything fails or the export is cancelled. Refuses to write over one of the input files.
// Filings already parsed can be passed in `known` (same order as `files`, null = parse it).
CsvExportResult exportCsv(const QStringList &files, const QString &output,
                          const CsvExportOptions &options, const QList<FilingPtr> &known = {});

} // namespace fl

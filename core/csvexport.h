// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "csvwriter.h"
#include "exporttable.h"
#include "filing.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace fl {

// A field comparison as CSV: a header row "field,left,right,status", then one row per
// difference (the CLI's `compare --format csv` and the compare view's export).
void writeComparisonCsv(CsvWriter &csv, const QList<FieldDifference> &rows);

// The rows of exporttable.h as the CSV writes them.
QStringList wideCsvRow(const Filing &filing);

QList<QStringList> longCsvRows(const Filing &filing);

QStringList itemCsvRow(const Filing &filing, const Item &item, bool itemText = true);

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

using CsvExportResult = ExportResult;

// Parses `files` (in parallel) and writes their rows to `output` in the order given, through
// QSaveFile: the file appears whole or not at all, and an existing file is left untouched when
// anything fails or the export is cancelled. Refuses to write over one of the input files.
// Filings already parsed can be passed in `known` (same order as `files`, null = parse it).
CsvExportResult exportCsv(const QStringList &files, const QString &output,
                          const CsvExportOptions &options, const QList<FilingPtr> &known = {});

} // namespace fl

// SPDX-License-Identifier: MIT
// The tables every export writes (CSV and Excel): the columns of each layout and the rows of a
// filing as typed cells, built once here so that the formats cannot drift apart.
#pragma once

#include "filing.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace fl {

enum class CsvLayout {
    Wide,  // one row per filing
    Long,  // one row per extracted value: everything the field tree shows
    Items, // one row per item (periodic reports and 8-Ks), optionally with the item's text
    Facts, // one row per inline-XBRL fact (factexport.h)
};

// How a spreadsheet should hold a cell. Identifiers and codes (CIKs, file numbers, zip codes,
// item codes) are Text so that their leading zeros survive.
enum class CellType {
    Text,
    Number, // `text` is a plain decimal number: "63800", "1250000.5"
    Date,   // `text` is an ISO date when the date parsed; else the date as written
};

struct ExportCell
{
    QString text; // what the CSV writes
    CellType type = CellType::Text;

    // The number a Number cell holds, when its text is one that a double keeps exactly
    // (at most 15 digits); null otherwise, and the cell is written as text.
    std::optional<double> number() const;
    // The date a Date cell holds, when its text is an ISO date; invalid otherwise.
    QDate date() const;
};
using ExportRow = QList<ExportCell>;

QStringList cellTexts(const ExportRow &row);

// Column names of each layout, in order (documented in the README). `itemText` says whether
// the items layout ends with the `text` column.
QStringList csvHeader(CsvLayout layout, bool itemText = true);

// The row of one filing in the wide layout. Lists (items, item titles, exhibits, warnings) are
// joined with "; "; dates are ISO. A filing that failed to parse has its error in `warnings`.
ExportRow wideRow(const Filing &filing);

// The rows of one filing in the long layout: file, section, field, value, normalized, line.
// The normalized value is typed where the field is a date or an amount.
QList<ExportRow> longRows(const Filing &filing);

// The period a periodic report covers, as ISO date: the SEC header's PERIOD OF REPORT, else
// Filing::dateOfReport(). The one place that decides it for the items layout.
QString reportPeriod(const Filing &filing);

// The row of one item in the items layout: file, form_type, cik, period, part, item, title,
// title_as_written, status, start_line, end_line, characters, words[, text].
ExportRow itemRow(const Filing &filing, const Item &item, bool itemText = true);

// The row standing for a filing that failed to parse in the items layout: the file, and
// "error: message" in `status`.
ExportRow itemErrorRow(const Filing &filing, bool itemText = true);

// Hands the rows of one filing in `layout` to `write`, one at a time, so that a report with
// megabytes of item text never holds more than one item's row. Stops when `write` returns
// false, and returns false then.
bool forEachRow(CsvLayout layout, const Filing &filing, bool itemText,
                const std::function<bool(const ExportRow &)> &write);

// How an export (CSV or Excel) went.
struct ExportResult
{
    bool ok = false; // the file was written (and replaced any earlier one)
    bool cancelled = false;
    QString error;             // why it was not written
    qint64 rows = 0;           // data rows, without the header
    qint64 bytesRead = 0;      // of the input files
    QStringList failedFiles;   // inputs that could not be parsed (still exported as rows)
    int sheets = 0;            // Excel: worksheets written
    qint64 truncatedCells = 0; // Excel: texts cut to a cell's 32,767 characters
};
// Why `output` must not be written for an export of `files`: it is one of them, or a folder.
// Empty when it may be. `what` names the kind of file ("CSV", "workbook") in the message.
QString refuseExportTarget(const QStringList &files, const QString &output, const QString &what);

// Parses `files` `threads` at a time and hands each filing to `consume` in the order given,
// on the calling thread. Filings already parsed can be passed in `known` (same order as
// `files`, null = parse it). Stops handing out filings once `cancel` is set or `consume`
// returns false, and returns when every parse has finished.
void parseInOrder(const QStringList &files, const QList<FilingPtr> &known, int threads,
                  const std::atomic_bool *cancel,
                  const std::function<bool(const FilingPtr &)> &consume);

} // namespace fl

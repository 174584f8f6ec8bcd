// SPDX-License-Identifier: MIT
// The export tables as an Excel workbook (libxlsxwriter), with typed cells: identifiers stay
// text with their leading zeros, dates are dates, amounts and counts are numbers.
#pragma once

#include "exporttable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace fl {

struct XlsxExportOptions
{
    QList<CsvLayout> layouts = {CsvLayout::Wide}; // one sheet each, in this order
    bool itemText = true;                         // the items sheet's `text` column
    int threads = 1;                              // files parsed at once
    const std::atomic_bool *cancel = nullptr;
    // Called after each file, in input order, from the calling thread.
    std::function<void(int done, int total, const Filing &filing)> progress;
};

// A cell holds at most this many characters in Excel; longer texts are cut and end with
// kXlsxTruncationMark.
inline constexpr qsizetype kXlsxMaxCellText = 32767;
inline constexpr char16_t kXlsxTruncationMark[] = u" [… cut: Excel holds 32,767 characters]";

// The worksheet of each layout: "wide", "long", "items".
QString xlsxSheetName(CsvLayout layout);

// Parses `files` (in parallel) and writes one worksheet per layout, rows in the order given.
// Each sheet has a frozen bold header row with an autofilter and columns sized to their
// contents. Every text goes in as a string, never as a formula. The workbook is built in a
// temporary file and copied into place through QSaveFile: `output` appears whole or not at
// all, and an existing file is left untouched when anything fails or the export is cancelled.
// Filings already parsed can be passed in `known` (same order as `files`, null = parse it).
ExportResult exportXlsx(const QStringList &files, const QString &output,
                        const XlsxExportOptions &options, const QList<FilingPtr> &known = {});

} // namespace fl

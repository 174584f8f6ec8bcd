// SPDX-License-Identifier: MIT
#include "csvexport.h"

#include "savefile.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

void writeComparisonCsv(CsvWriter &csv, const QList<FieldDifference> &rows)
{
    csv.writeRow({u"field"_s, u"left"_s, u"right"_s, u"status"_s});
    for (const FieldDifference &d : rows)
        csv.writeRow({d.field, d.left, d.right, compareStatusName(d.status)});
}

QStringList wideCsvRow(const Filing &f)
{
    return cellTexts(wideRow(f));
}

QList<QStringList> longCsvRows(const Filing &f)
{
    QList<QStringList> rows;
    for (const ExportRow &row : longRows(f))
        rows << cellTexts(row);
    return rows;
}

QStringList itemCsvRow(const Filing &f, const Item &item, bool itemText)
{
    return cellTexts(itemRow(f, item, itemText));
}

QStringList itemCsvErrorRow(const Filing &f, bool itemText)
{
    return cellTexts(itemErrorRow(f, itemText));
}

bool writeItemCsvRows(CsvWriter &csv, const Filing &f, bool itemText)
{
    return forEachRow(CsvLayout::Items, f, itemText,
                      [&](const ExportRow &row) { return csv.writeRow(cellTexts(row)); })
        && csv.ok();
}

CsvExportResult exportCsv(const QStringList &files, const QString &output,
                          const CsvExportOptions &options, const QList<FilingPtr> &known)
{
    CsvExportResult result;
    result.error = refuseExportTarget(files, output, u"CSV"_s);
    if (!result.error.isEmpty())
        return result;
    SaveFile file(output); // QSaveFile would lose the cause of a full disk
    if (!file.open()) {
        result.error = u"Cannot write %1: %2."_s.arg(output, file.errorString());
        return result;
    }
    CsvWriter csv(&file, options.csv);
    csv.writeRow(csvHeader(options.layout, options.itemText));

    int done = 0;
    parseInOrder(files, known, options.threads, options.cancel, [&](const FilingPtr &filing) {
        result.bytesRead += filing->fileSize;
        if (!filing->ok())
            result.failedFiles << filing->path;
        forEachRow(options.layout, *filing, options.itemText,
                   [&](const ExportRow &row) { return csv.writeRow(cellTexts(row)); });
        ++done;
        if (options.progress)
            options.progress(done, int(files.size()), *filing);
        return csv.ok();
    });
    result.rows = csv.rows() - 1; // not the header
    if (options.cancel && options.cancel->load()) {
        file.cancelWriting();
        result.cancelled = true;
        result.error = u"Export cancelled; %1 was not written."_s.arg(output);
        return result;
    }
    if (!csv.ok() || !file.commit()) {
        result.error = u"Cannot write %1: %2."_s.arg(output, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "csvexport.h"

#include "coverfields.h"
#include "factexport.h"
#include "fieldtree.h"
#include "filingparser.h"
#include "itemtext.h"

#include <QFileInfo>
#include <QSaveFile>

#include <deque>
#include <future>
#include <semaphore>

using namespace Qt::Literals::StringLiterals;

namespace fl {

void writeComparisonCsv(CsvWriter &csv, const QList<FieldDifference> &rows)
{
    csv.writeRow({u"field"_s, u"left"_s, u"right"_s, u"status"_s});
    for (const FieldDifference &d : rows)
        csv.writeRow({d.field, d.left, d.right, compareStatusName(d.status)});
}

QStringList csvHeader(CsvLayout layout, bool itemText)
{
    if (layout == CsvLayout::Facts)
        return factCsvHeader();
    if (layout == CsvLayout::Long)
        return {u"file"_s, u"section"_s, u"field"_s, u"value"_s, u"normalized"_s, u"line"_s};
    if (layout == CsvLayout::Items) {
        QStringList header = {u"file"_s,   u"form_type"_s,  u"cik"_s,      u"period"_s,
                              u"part"_s,   u"item"_s,       u"title"_s,    u"title_as_written"_s,
                              u"status"_s, u"start_line"_s, u"end_line"_s, u"characters"_s,
                              u"words"_s};
        if (itemText)
            header << u"text"_s;
        return header;
    }
    QStringList header = {u"file"_s, u"format"_s, u"form_type"_s};
    for (const CoverFieldDef &def : coverFields()) {
        if (!def.csvName.isEmpty() && !def.csvAppended)
            header << def.csvName;
    }
    header << u"items"_s << u"item_titles"_s << u"exhibits"_s << u"signer"_s << u"signer_title"_s
           << u"signature_date"_s << u"accession_number"_s << u"cik"_s << u"filed_as_of_date"_s
           << u"period_of_report"_s << u"warnings"_s;
    for (const CoverFieldDef &def : coverFields()) {
        if (!def.csvName.isEmpty() && def.csvAppended)
            header << def.csvName;
    }
    return header;
}

namespace {

// A cover field's wide-layout cell: as written, but dates as ISO where they parse (a date that
// did not parse stays as written; its warning says so). Without a date of report on the cover,
// the header's period of report stands in.
QString coverCell(const Filing &f, const CoverFieldDef &def)
{
    const Field &field = def.of(f.cover);
    if (def.member == &CoverPage::dateOfReport && field.isEmpty())
        return f.header.periodOfReport.normalized;
    return def.kind == CoverFieldKind::Date ? field.canonical() : field.value;
}

} // namespace

QStringList wideCsvRow(const Filing &f)
{
    if (!f.ok()) {
        QStringList row(csvHeader(CsvLayout::Wide).size());
        row[0] = f.path;
        row[csvHeader(CsvLayout::Wide).indexOf(u"warnings"_s)] = u"error: "_s + f.errorMessage;
        return row;
    }
    QStringList items;
    QStringList titles;
    for (const Item &item : f.items) {
        items << item.code;
        titles << (item.officialTitle.isEmpty() ? item.title.value : item.officialTitle);
    }
    QStringList exhibits;
    for (const Exhibit &e : f.exhibits)
        exhibits << e.number.value;
    QStringList warnings;
    for (const Warning &w : f.warnings)
        warnings << w.code + u": "_s + w.message;
    const Signature first = f.signatures.isEmpty() ? Signature{} : f.signatures.first();
    const Party *party = f.header.mainParty();
    QStringList row = {f.path, formatName(f.format), f.formType.canonical()};
    for (const CoverFieldDef &def : coverFields()) {
        if (!def.csvName.isEmpty() && !def.csvAppended)
            row << coverCell(f, def);
    }
    row << items.join(u"; "_s) << titles.join(u"; "_s) << exhibits.join(u"; "_s)
        << first.signer.value << first.title.value << first.date.canonical()
        << f.header.accessionNumber.value << (party ? party->cik.value : QString())
        << f.header.filedAsOfDate.canonical() << f.header.periodOfReport.canonical()
        << warnings.join(u"; "_s);
    for (const CoverFieldDef &def : coverFields()) {
        if (!def.csvName.isEmpty() && def.csvAppended)
            row << coverCell(f, def);
    }
    return row;
}

QList<QStringList> longCsvRows(const Filing &f)
{
    QList<QStringList> rows;
    if (!f.ok()) {
        rows.append({f.path, u"Error"_s, u"error"_s, f.errorMessage, parseErrorName(f.error), {}});
        return rows;
    }
    const FieldNode tree = buildFieldTree(f);
    for (const FieldNode &section : tree.children) {
        rows.append({f.path,
                     section.label,
                     {},
                     section.value,
                     section.normalized,
                     section.range.isValid() ? QString::number(f.lineAt(section.range.start) + 1)
                                             : QString()});
        section.visit([&](const FieldNode &node, const QString &path) {
            rows.append({f.path, section.label, path, node.value, node.normalized,
                         node.range.isValid() ? QString::number(f.lineAt(node.range.start) + 1)
                                              : QString()});
        });
    }
    return rows;
}

QString reportPeriod(const Filing &f)
{
    if (!f.header.periodOfReport.normalized.isEmpty())
        return f.header.periodOfReport.normalized;
    if (!f.cover.periodOfReport.normalized.isEmpty())
        return f.cover.periodOfReport.normalized;
    return f.dateOfReport();
}

namespace {

// The main party's CIK as ten digits; empty without a header or when it is not a CIK.
QString mainCik(const Filing &f)
{
    const Party *party = f.header.mainParty();
    return party ? party->cik.normalized : QString();
}

} // namespace

QStringList itemCsvRow(const Filing &f, const Item &item, bool itemText)
{
    const QStringView text = fl::itemText(f, item);
    const SourceRange range = item.range();
    // The line of the range's last character: a range ending with its newline ends on the line
    // that newline closes, not on the next.
    const qsizetype last = range.length > 0 ? range.end() - 1 : range.start;
    QStringList row = {f.path,
                       f.formType.canonical(),
                       mainCik(f),
                       reportPeriod(f),
                       item.part,
                       item.code,
                       item.officialTitle.isEmpty() ? item.title.value : item.officialTitle,
                       item.title.value,
                       item.status,
                       QString::number(f.lineAt(range.start) + 1),
                       QString::number(f.lineAt(last) + 1),
                       QString::number(countCharacters(text)),
                       QString::number(countWords(text))};
    if (itemText)
        row << text.toString();
    return row;
}

QStringList itemCsvErrorRow(const Filing &f, bool itemText)
{
    const QStringList header = csvHeader(CsvLayout::Items, itemText);
    QStringList row(header.size());
    row[0] = f.path;
    row[header.indexOf(u"status"_s)] = u"error: "_s + f.errorMessage;
    return row;
}

bool writeItemCsvRows(CsvWriter &csv, const Filing &f, bool itemText)
{
    if (!f.ok())
        return csv.writeRow(itemCsvErrorRow(f, itemText));
    for (const Item &item : f.items) {
        if (!csv.writeRow(itemCsvRow(f, item, itemText)))
            return false;
    }
    return csv.ok();
}

CsvExportResult exportCsv(const QStringList &files, const QString &output,
                          const CsvExportOptions &options, const QList<FilingPtr> &known)
{
    CsvExportResult result;
    // Never write over what is being read.
    const QFileInfo target(output);
    for (const QString &file : files) {
        const QFileInfo input(file);
        if (input.absoluteFilePath() == target.absoluteFilePath()
            || (target.exists() && input.canonicalFilePath() == target.canonicalFilePath())) {
            result.error = u"%1 is one of the filings being exported; choose another file for "
                           u"the CSV."_s.arg(output);
            return result;
        }
    }
    if (target.isDir()) {
        result.error = u"%1 is a folder; give a file name for the CSV."_s.arg(output);
        return result;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = u"Cannot write %1: %2."_s.arg(output, file.errorString());
        return result;
    }
    CsvWriter csv(&file, options.csv);
    csv.writeRow(csvHeader(options.layout, options.itemText));

    auto cancelled = [&] {
        return options.cancel && options.cancel->load();
    };
    const int workers = std::clamp(options.threads, 1, 256);
    // Parses run `workers` at a time; a few more files are started ahead so that one slow file
    // does not leave the others idle, and this thread writes rows in input order meanwhile.
    std::counting_semaphore<256> parsing(workers);
    std::deque<std::future<FilingPtr>> inFlight;
    qsizetype next = 0;
    auto launch = [&] {
        const qsizetype index = next++;
        if (index < known.size() && known[index]) {
            std::promise<FilingPtr> ready;
            ready.set_value(known[index]);
            inFlight.push_back(ready.get_future());
            return;
        }
        ParseOptions parse;
        parse.cancel = options.cancel;
        inFlight.push_back(std::async(std::launch::async, [&parsing, path = files[index], parse] {
            parsing.acquire();
            FilingPtr filing = parseFile(path, parse);
            parsing.release();
            return filing;
        }));
    };
    int done = 0;
    while (next < files.size() && qsizetype(inFlight.size()) < workers * 4)
        launch();
    while (!inFlight.empty()) {
        const FilingPtr filing = inFlight.front().get();
        inFlight.pop_front();
        if (cancelled())
            continue; // drain the workers, write nothing more
        if (next < files.size())
            launch();
        result.bytesRead += filing->fileSize;
        if (!filing->ok())
            result.failedFiles << filing->path;
        switch (options.layout) {
        case CsvLayout::Wide:
            csv.writeRow(wideCsvRow(*filing));
            break;
        case CsvLayout::Long:
            for (const QStringList &row : longCsvRows(*filing))
                csv.writeRow(row);
            break;
        case CsvLayout::Items:
            writeItemCsvRows(csv, *filing, options.itemText);
            break;
        case CsvLayout::Facts:
            for (const QStringList &row : factCsvRows(*filing))
                csv.writeRow(row);
            break;
        }
        ++done;
        if (options.progress)
            options.progress(done, int(files.size()), *filing);
        if (!csv.ok())
            break;
    }
    result.rows = csv.rows() - 1; // not the header
    if (cancelled()) {
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

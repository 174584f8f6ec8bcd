// SPDX-License-Identifier: MIT
#include "exporttable.h"

#include "coverfields.h"
#include "factexport.h"
#include "fieldtree.h"
#include "filingparser.h"
#include "itemtext.h"
#include "nativepath.h"

#include <QFileInfo>

#include <deque>
#include <future>
#include <semaphore>

using namespace Qt::Literals::StringLiterals;

namespace fl {

std::optional<double> ExportCell::number() const
{
    if (type != CellType::Number || text.isEmpty())
        return std::nullopt;
    // Plain decimals only: no exponent, no grouping, no sign but a leading minus.
    int digits = 0;
    bool point = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (c == u'.' && !point && i > 0)
            point = true;
        else if (!(c == u'-' && i == 0))
            return std::nullopt;
    }
    // A double holds 15 significant digits exactly; a longer number stays text.
    if (digits == 0 || digits > 15 || text.endsWith(u'.'))
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QDate ExportCell::date() const
{
    if (type != CellType::Date || text.size() != 10)
        return {};
    return QDate::fromString(text, u"yyyy-MM-dd"_s);
}

QStringList cellTexts(const ExportRow &row)
{
    QStringList texts;
    texts.reserve(row.size());
    for (const ExportCell &cell : row)
        texts << cell.text;
    return texts;
}

namespace {

ExportCell text(const QString &value)
{
    return {value, CellType::Text};
}

ExportCell date(const QString &value)
{
    return {value, CellType::Date};
}

ExportCell number(qint64 value)
{
    return {QString::number(value), CellType::Number};
}

// A line number (1-based) of a source range's start, or an empty cell without a range.
ExportCell lineCell(const Filing &f, SourceRange range)
{
    return range.isValid() ? number(f.lineAt(range.start) + 1) : ExportCell{};
}

// A row of `columns` empty cells.
ExportRow emptyRow(qsizetype columns)
{
    return ExportRow(columns);
}

// A cover field's wide-layout cell: as written, but dates as ISO where they parse (a date that
// did not parse stays as written; its warning says so). Without a date of report on the cover,
// the header's period of report stands in.
ExportCell coverCell(const Filing &f, const CoverFieldDef &def)
{
    const Field &field = def.of(f.cover);
    if (def.member == &CoverPage::dateOfReport && field.isEmpty())
        return date(f.header.periodOfReport.normalized);
    return def.kind == CoverFieldKind::Date ? date(field.canonical()) : text(field.value);
}

} // namespace

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

ExportRow wideRow(const Filing &f)
{
    if (!f.ok()) {
        const QStringList header = csvHeader(CsvLayout::Wide);
        ExportRow row = emptyRow(header.size());
        row[0] = text(displayPath(f.path));
        row[header.indexOf(u"warnings"_s)] = text(u"error: "_s + f.errorMessage);
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
    ExportRow row = {text(displayPath(f.path)), text(formatName(f.format)),
                     text(f.formType.canonical())};
    for (const CoverFieldDef &def : coverFields()) {
        if (!def.csvName.isEmpty() && !def.csvAppended)
            row << coverCell(f, def);
    }
    row << text(items.join(u"; "_s)) << text(titles.join(u"; "_s)) << text(exhibits.join(u"; "_s))
        << text(first.signer.value) << text(first.title.value) << date(first.date.canonical())
        << text(f.header.accessionNumber.value) << text(party ? party->cik.value : QString())
        << date(f.header.filedAsOfDate.canonical()) << date(f.header.periodOfReport.canonical())
        << text(warnings.join(u"; "_s));
    for (const CoverFieldDef &def : coverFields()) {
        if (!def.csvName.isEmpty() && def.csvAppended)
            row << coverCell(f, def);
    }
    return row;
}

namespace {

struct LongFieldType
{
    QString section;
    QString label; // the last part of the field's path
    CellType type;
};

// The long layout's fields whose normalized value is a date or an amount; every other value
// is text (identifiers above all). The cover's dates come from its field table.
const QList<LongFieldType> &longFieldTypes()
{
    static const QList<LongFieldType> types = [] {
        using enum CellType;
        QList<LongFieldType> list = {
            {u"Header"_s, u"Public document count"_s, Number},
            {u"Header"_s, u"Period of report"_s, Date},
            {u"Header"_s, u"Filed as of date"_s, Date},
            {u"Header"_s, u"Date as of change"_s, Date},
            {u"Header"_s, u"Date changed"_s, Date},
            {u"Cover page"_s, u"Public float"_s, Number},
            {u"Cover page"_s, u"Shares"_s, Number},
            {u"Signatures"_s, u"Date"_s, Date},
            {u"Documents"_s, u"Size"_s, Number},
        };
        for (const PublicFloatPartDef &part : publicFloatParts())
            list.append(
                {u"Cover page"_s, part.label, part.member == &PublicFloat::asOf ? Date : Number});
        for (const SharesColumnDef &column : sharesColumns()) {
            if (column.member == &SharesOutstanding::asOf)
                list.append({u"Cover page"_s, column.label, Date});
        }
        for (const CoverFieldDef &def : coverFields()) {
            if (def.kind == CoverFieldKind::Date)
                list.append({u"Cover page"_s, def.label, Date});
        }
        return list;
    }();
    return types;
}

CellType longNormalizedType(const QString &section, const QString &path)
{
    const QString label = path.section(u" / "_s, -1);
    for (const LongFieldType &t : longFieldTypes()) {
        if (t.section == section && t.label == label)
            return t.type;
    }
    return CellType::Text;
}

ExportRow longRow(const Filing &f, const QString &section, const QString &path,
                  const FieldNode &node)
{
    return {text(displayPath(f.path)),
            text(section),
            text(path),
            text(node.value),
            {node.normalized, path.isEmpty() ? CellType::Text : longNormalizedType(section, path)},
            lineCell(f, node.range)};
}

} // namespace

QList<ExportRow> longRows(const Filing &f)
{
    QList<ExportRow> rows;
    if (!f.ok()) {
        rows.append({text(displayPath(f.path)),
                     text(u"Error"_s),
                     text(u"error"_s),
                     text(f.errorMessage),
                     text(parseErrorName(f.error)),
                     {}});
        return rows;
    }
    const FieldNode tree = buildFieldTree(f);
    for (const FieldNode &section : tree.children) {
        rows.append(longRow(f, section.label, {}, section));
        section.visit([&](const FieldNode &node, const QString &path) {
            rows.append(longRow(f, section.label, path, node));
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

ExportRow itemRow(const Filing &f, const Item &item, bool itemText)
{
    const QStringView body = fl::itemText(f, item);
    const SourceRange range = item.range();
    // The line of the range's last character: a range ending with its newline ends on the line
    // that newline closes, not on the next.
    const qsizetype last = range.length > 0 ? range.end() - 1 : range.start;
    ExportRow row = {text(displayPath(f.path)),
                     text(f.formType.canonical()),
                     text(mainCik(f)),
                     date(reportPeriod(f)),
                     text(item.part),
                     text(item.code),
                     text(item.officialTitle.isEmpty() ? item.title.value : item.officialTitle),
                     text(item.title.value),
                     text(item.status),
                     number(f.lineAt(range.start) + 1),
                     number(f.lineAt(last) + 1),
                     number(countCharacters(body)),
                     number(countWords(body))};
    if (itemText)
        row << text(body.toString());
    return row;
}

ExportRow itemErrorRow(const Filing &f, bool itemText)
{
    const QStringList header = csvHeader(CsvLayout::Items, itemText);
    ExportRow row = emptyRow(header.size());
    row[0] = text(displayPath(f.path));
    row[header.indexOf(u"status"_s)] = text(u"error: "_s + f.errorMessage);
    return row;
}

bool forEachRow(CsvLayout layout, const Filing &f, bool itemText,
                const std::function<bool(const ExportRow &)> &write)
{
    switch (layout) {
    case CsvLayout::Wide:
        return write(wideRow(f));
    case CsvLayout::Long:
        for (const ExportRow &row : longRows(f)) {
            if (!write(row))
                return false;
        }
        return true;
    case CsvLayout::Facts:
        for (const ExportRow &row : factRows(f)) {
            if (!write(row))
                return false;
        }
        return true;
    case CsvLayout::Items:
        if (!f.ok())
            return write(itemErrorRow(f, itemText));
        for (const Item &item : f.items) {
            if (!write(itemRow(f, item, itemText)))
                return false;
        }
        return true;
    }
    return true;
}

QString refuseExportTarget(const QStringList &files, const QString &output, const QString &what)
{
    // Never write over what is being read.
    const QFileInfo target(output);
    for (const QString &file : files) {
        const QFileInfo input(file);
        if (input.absoluteFilePath() == target.absoluteFilePath()
            || (target.exists() && input.canonicalFilePath() == target.canonicalFilePath()))
            return u"%1 is one of the filings being exported; choose another file for the %2."_s
                .arg(output, what);
    }
    if (target.isDir())
        return u"%1 is a folder; give a file name for the %2."_s.arg(output, what);
    return {};
}

void parseInOrder(const QStringList &files, const QList<FilingPtr> &known, int threads,
                  const std::atomic_bool *cancel,
                  const std::function<bool(const FilingPtr &)> &consume)
{
    const int workers = std::clamp(threads, 1, 256);
    // Parses run `workers` at a time; a few more files are started ahead so that one slow file
    // does not leave the others idle, and this thread consumes them in input order meanwhile.
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
        parse.cancel = cancel;
        inFlight.push_back(std::async(std::launch::async, [&parsing, path = files[index], parse] {
            parsing.acquire();
            FilingPtr filing = parseFile(path, parse);
            parsing.release();
            return filing;
        }));
    };
    while (next < files.size() && qsizetype(inFlight.size()) < workers * 4)
        launch();
    bool stopped = false;
    while (!inFlight.empty()) {
        const FilingPtr filing = inFlight.front().get();
        inFlight.pop_front();
        stopped = stopped || (cancel && cancel->load());
        if (stopped)
            continue; // drain the workers, hand out nothing more
        if (next < files.size())
            launch();
        stopped = !consume(filing);
    }
}

} // namespace fl

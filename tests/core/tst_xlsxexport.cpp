// SPDX-License-Identifier: MIT
// The Excel export read back with an independent reader (Python's openpyxl, through
// tests/tools/xlsx_dump.py) and compared cell by cell with the CSV of the same layout and with
// the filings: typed cells, the frozen bold header with its filter, column widths, a sheet per
// layout, the formula guard, cut texts, and atomic writing.

#include "csvexport.h"
#include "faultutil.h"
#include "filingparser.h"
#include "testutil.h"
#include "xlsxexport.h"
#include "xlsxverify.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

// One cell as openpyxl read it: its type ("s", "n", "d", "f", "b"; empty for no cell) and
// value, a date as ISO.
struct ReadCell
{
    QString type;
    QJsonValue value;
};

struct ReadSheet
{
    QString name;
    QString freezePanes;
    QString autoFilter;
    QList<bool> headerBold;
    QJsonObject widths;
    QList<QStringList> numberFormats; // of the data rows
    QList<QList<ReadCell>> rows;      // the header first

    QStringList header() const
    {
        QStringList names;
        for (const ReadCell &cell : rows.value(0))
            names << cell.value.toString();
        return names;
    }
    const ReadCell &cell(qsizetype row, const QString &column) const
    {
        const qsizetype index = header().indexOf(column);
        if (index < 0)
            qFatal("no column %s in sheet %s", qPrintable(column), qPrintable(name));
        return rows[row][index];
    }
};

const QString kSeed0 = u"seeds/000_b149af05fdad4801.txt"_s;
const QString kSeed1 = u"seeds/001_9900e7bb81fee8a1.txt"_s;
const QString kSeed2 = u"seeds/002_804b7ad1e3b304a9.txt"_s;
const QString kCocaCola = u"corpus/periodic/s10x__ko-1997_filing.txt"_s; // with an SEC header
const QString kTenQ = u"corpus/periodic/ewr__d778787d10q.htm"_s;         // HTML 10-Q

QStringList inputs()
{
    QStringList files;
    for (const QString &f : {kSeed0, kSeed1, kSeed2, kCocaCola, kTenQ})
        files << test::dataPath(f);
    return files;
}

// What a workbook holds of a CSV text: the control characters XML cannot carry (form feeds
// of text filings) dropped, tab and line breaks kept.
QString spreadsheetText(QString text)
{
    text.removeIf(
        [](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return text;
}

// The column letter of a 0-based column index: 0 -> "A", 26 -> "AA".
QString columnLetter(qsizetype index)
{
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_python;

    // The Python that has openpyxl: Debian's (python3-openpyxl), which a python3 earlier on
    // the PATH may not see.
    static QString findPython()
    {
        for (const QString &candidate : {u"/usr/bin/python3"_s, u"python3"_s}) {
            QProcess probe;
            probe.start(candidate, {u"-c"_s, u"import openpyxl"_s});
            if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit
                && probe.exitCode() == 0)
                return candidate;
        }
        return {};
    }

    QList<ReadSheet> readWorkbook(const QString &path) const
    {
        QProcess python;
        python.start(m_python, {QStringLiteral(FILINGLENS_XLSX_DUMP), path});
        if (!python.waitForFinished(120000) || python.exitCode() != 0)
            qFatal("openpyxl could not read %s: %s", qPrintable(path),
                   python.readAllStandardError().constData());
        QList<ReadSheet> sheets;
        const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        for (const QJsonValue s : book[u"sheets"_s].toArray()) {
            const QJsonObject o = s.toObject();
            ReadSheet sheet;
            sheet.name = o[u"name"_s].toString();
            sheet.freezePanes = o[u"freeze_panes"_s].toString();
            sheet.autoFilter = o[u"auto_filter"_s].toString();
            for (const QJsonValue bold : o[u"header_bold"_s].toArray())
                sheet.headerBold << bold.toBool();
            sheet.widths = o[u"widths"_s].toObject();
            for (const QJsonValue row : o[u"number_formats"_s].toArray()) {
                QStringList formats;
                for (const QJsonValue format : row.toArray())
                    formats << format.toString();
                sheet.numberFormats << formats;
            }
            for (const QJsonValue row : o[u"rows"_s].toArray()) {
                QList<ReadCell> cells;
                for (const QJsonValue c : row.toArray()) {
                    const QJsonArray pair = c.toArray();
                    cells << ReadCell{pair.at(0).toString(), pair.at(1)};
                }
                sheet.rows << cells;
            }
            sheets << sheet;
        }
        return sheets;
    }

    // The CSV of a layout as the program reading values sees it: no formula guard.
    QList<QStringList> csvRows(const QStringList &files, CsvLayout layout, bool itemText = true)
    {
        QList<QStringList> rows = {csvHeader(layout, itemText)};
        for (const QString &path : files) {
            const FilingPtr filing = parseFile(path);
            forEachRow(layout, *filing, itemText, [&](const ExportRow &row) {
                rows << cellTexts(row);
                return true;
            });
        }
        return rows;
    }

    // Coca-Cola's 10-K in the wide and items sheets, libxlsxwriter's files in `tmpdir`.
    static ExportResult exportWithTmpdir(const QString &tmpdir, const QString &output)
    {
        const QByteArray saved = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmpdir));
        XlsxExportOptions options;
        options.layouts = {CsvLayout::Wide, CsvLayout::Items};
        const ExportResult result = exportXlsx({test::dataPath(kCocaCola)}, output, options);
        if (saved.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", saved);
        return result;
    }

    ExportResult exportTo(const QString &name, const QList<CsvLayout> &layouts,
                          const QStringList &files = inputs(), bool itemText = true)
    {
        XlsxExportOptions options;
        options.layouts = layouts;
        options.itemText = itemText;
        options.threads = 2;
        return exportXlsx(files, m_dir.filePath(name), options);
    }

    // Every cell of a sheet against the CSV's text of the same cell: strings equal, numbers
    // equal to the CSV's number, dates equal to its ISO date, an empty CSV field no cell.
    // Long item texts are cut in the workbook (and checked in cutTexts()).
    static void compareWithCsv(const ReadSheet &sheet, const QList<QStringList> &csv)
    {
        QCOMPARE(sheet.rows.size(), csv.size());
        for (qsizetype r = 0; r < csv.size(); ++r) {
            QCOMPARE(sheet.rows[r].size(), csv[r].size());
            for (qsizetype c = 0; c < csv[r].size(); ++c) {
                const ReadCell &cell = sheet.rows[r][c];
                const QString &expected = csv[r][c];
                const QString where = u"%1!%2%3"_s.arg(sheet.name, columnLetter(c)).arg(r + 1);
                if (expected.isEmpty()) {
                    QVERIFY2(cell.type.isEmpty(), qPrintable(where));
                } else if (cell.type == u"s"_s) {
                    if (spreadsheetText(expected).size() > kXlsxMaxCellText)
                        QVERIFY2(cell.value.toString().size() == kXlsxMaxCellText,
                                 qPrintable(where));
                    else
                        QCOMPARE(cell.value.toString(), spreadsheetText(expected));
                } else if (cell.type == u"n"_s) {
                    QCOMPARE(cell.value.toDouble(), expected.toDouble());
                } else if (cell.type == u"d"_s) {
                    QCOMPARE(cell.value.toString(), expected);
                } else {
                    QFAIL(qPrintable(u"%1: a cell of type '%2'"_s.arg(where, cell.type)));
                }
            }
        }
    }

    // The type of every non-empty cell of `column` in a sheet.
    static QSet<QString> typesOf(const ReadSheet &sheet, const QString &column)
    {
        QSet<QString> types;
        for (qsizetype r = 1; r < sheet.rows.size(); ++r) {
            const QString type = sheet.cell(r, column).type;
            if (!type.isEmpty())
                types << type;
        }
        return types;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_python = findPython();
        QVERIFY2(!m_python.isEmpty(),
                 "no python3 with openpyxl (apt-get install python3-openpyxl)");
    }

    void sameCellsAsCsv_data()
    {
        QTest::addColumn<CsvLayout>("layout");
        QTest::newRow("wide") << CsvLayout::Wide;
        QTest::newRow("long") << CsvLayout::Long;
        QTest::newRow("items") << CsvLayout::Items;
    }

    void sameCellsAsCsv()
    {
        QFETCH(CsvLayout, layout);
        const QString name = xlsxSheetName(layout) + u".xlsx"_s;
        const ExportResult result = exportTo(name, {layout});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.sheets, 1);
        const QList<ReadSheet> sheets = readWorkbook(m_dir.filePath(name));
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets[0].name, xlsxSheetName(layout));
        const QList<QStringList> csv = csvRows(inputs(), layout);
        QCOMPARE(result.rows, qint64(csv.size() - 1));
        compareWithCsv(sheets[0], csv);
    }

    void wideCellTypes()
    {
        QVERIFY(exportTo(u"types-wide.xlsx"_s, {CsvLayout::Wide}).ok);
        const ReadSheet wide = readWorkbook(m_dir.filePath(u"types-wide.xlsx"_s)).first();
        // Rows in input order: the three BTU seeds, Coca-Cola's 10-K, the 10-Q.
        QCOMPARE(wide.rows.size(), 1 + 5);
        // The seeds' cover as printed: "... MASSACHUSETTS 01862", "0-17297", "04-2781248".
        for (int row = 1; row <= 3; ++row) {
            QCOMPARE(wide.cell(row, u"zip_code"_s).type, u"s"_s);
            QCOMPARE(wide.cell(row, u"zip_code"_s).value.toString(), u"01862"_s);
            QCOMPARE(wide.cell(row, u"irs_employer_id"_s).value.toString(), u"04-2781248"_s);
        }
        QCOMPARE(wide.cell(1, u"commission_file_number"_s).value.toString(), u"0-17297"_s);
        QCOMPARE(wide.cell(3, u"commission_file_number"_s).value.toString(), u"000-17297"_s);
        QCOMPARE(wide.cell(1, u"date_of_report"_s).type, u"d"_s);
        QCOMPARE(wide.cell(1, u"date_of_report"_s).value.toString(), u"2004-02-26"_s);
        QCOMPARE(wide.cell(1, u"signature_date"_s).value.toString(), u"2004-02-26"_s);
        // Items "7; 12" stays the list it is.
        QCOMPARE(wide.cell(1, u"items"_s).value.toString(), u"7; 12"_s);

        // Coca-Cola's SEC header: CIK 0000021344, accession 0000021344-98-000004, filed
        // 19980309 for the period 19971231; its cover: file number 001-02217, zip 30313.
        QCOMPARE(wide.cell(4, u"cik"_s).type, u"s"_s);
        QCOMPARE(wide.cell(4, u"cik"_s).value.toString(), u"0000021344"_s);
        QCOMPARE(wide.cell(4, u"accession_number"_s).value.toString(), u"0000021344-98-000004"_s);
        QCOMPARE(wide.cell(4, u"filed_as_of_date"_s).type, u"d"_s);
        QCOMPARE(wide.cell(4, u"filed_as_of_date"_s).value.toString(), u"1998-03-09"_s);
        QCOMPARE(wide.cell(4, u"period_of_report"_s).value.toString(), u"1997-12-31"_s);
        QCOMPARE(wide.cell(4, u"commission_file_number"_s).value.toString(), u"001-02217"_s);
        QCOMPARE(wide.cell(4, u"zip_code"_s).value.toString(), u"30313"_s);
        QCOMPARE(wide.cell(4, u"irs_employer_id"_s).value.toString(), u"58-0628465"_s);

        // Whole columns: codes always text, dates always dates.
        for (const QString &code :
             {u"zip_code"_s, u"cik"_s, u"accession_number"_s, u"commission_file_number"_s,
              u"irs_employer_id"_s, u"phone"_s, u"items"_s, u"exhibits"_s})
            QVERIFY2(typesOf(wide, code) == QSet<QString>{u"s"_s}, qPrintable(code));
        for (const QString &date : {u"date_of_report"_s, u"signature_date"_s, u"filed_as_of_date"_s,
                                    u"period_of_report"_s})
            QVERIFY2(typesOf(wide, date) == QSet<QString>{u"d"_s}, qPrintable(date));
        // Dates carry a date format, so that Excel shows them as dates.
        const qsizetype dateColumn = wide.header().indexOf(u"date_of_report"_s);
        QCOMPARE(wide.numberFormats[0][dateColumn], u"yyyy-mm-dd"_s);
    }

    void longCellTypes()
    {
        const QStringList files = {test::dataPath(kSeed0), test::dataPath(kCocaCola)};
        QVERIFY(exportTo(u"types-long.xlsx"_s, {CsvLayout::Long}, files).ok);
        const ReadSheet sheet = readWorkbook(m_dir.filePath(u"types-long.xlsx"_s)).first();
        auto find = [&](const QString &file, const QString &field) -> qsizetype {
            for (qsizetype r = 1; r < sheet.rows.size(); ++r) {
                if (sheet.cell(r, u"file"_s).value.toString().endsWith(file)
                    && sheet.cell(r, u"field"_s).value.toString() == field)
                    return r;
            }
            qFatal("no row for %s", qPrintable(field));
        };
        auto normalized = [&](qsizetype row) {
            return sheet.cell(row, u"normalized"_s);
        };
        // The header's "PUBLIC DOCUMENT COUNT: 13", "CENTRAL INDEX KEY: 0000021344".
        const qsizetype count = find(kCocaCola, u"Public document count"_s);
        QCOMPARE(normalized(count).type, u"n"_s);
        QCOMPARE(normalized(count).value.toDouble(), 13.0);
        const qsizetype cik = find(kCocaCola, u"Filer / CIK"_s);
        QCOMPARE(normalized(cik).type, u"s"_s);
        QCOMPARE(normalized(cik).value.toString(), u"0000021344"_s);
        // The cover: "$147,680,164,792." of public float; "WAS 2,471,368,515." shares.
        const qsizetype amount = find(kCocaCola, u"Public float / Amount"_s);
        QCOMPARE(normalized(amount).type, u"n"_s);
        QCOMPARE(normalized(amount).value.toDouble(), 147680164792.0);
        const qsizetype shares = find(kCocaCola, u"Shares outstanding / Class / Shares"_s);
        QCOMPARE(normalized(shares).type, u"n"_s);
        QCOMPARE(normalized(shares).value.toDouble(), 2471368515.0);
        const qsizetype asOf = find(kCocaCola, u"Shares outstanding / Class / As of"_s);
        QCOMPARE(normalized(asOf).type, u"d"_s);
        QCOMPARE(normalized(asOf).value.toString(), u"1998-02-26"_s);
        // The seed's zip code, and its line: "... MASSACHUSETTS 01862" is line 22.
        const qsizetype zip = find(kSeed0, u"Zip code"_s);
        QCOMPARE(sheet.cell(zip, u"value"_s).type, u"s"_s);
        QCOMPARE(sheet.cell(zip, u"value"_s).value.toString(), u"01862"_s);
        QCOMPARE(sheet.cell(zip, u"line"_s).type, u"n"_s);
        QCOMPARE(sheet.cell(zip, u"line"_s).value.toDouble(), 22.0);
        // Document sizes are numbers of bytes, as the parse measured them.
        const FilingPtr ko = test::parseData(kCocaCola);
        const qsizetype size = find(kCocaCola, u"1: 10-K / Size"_s);
        QCOMPARE(normalized(size).type, u"n"_s);
        QCOMPARE(normalized(size).value.toDouble(), double(ko->documents.first().sourceBytes));
        QVERIFY(typesOf(sheet, u"line"_s) == QSet<QString>{u"n"_s});
        QVERIFY(typesOf(sheet, u"value"_s) == QSet<QString>{u"s"_s});
    }

    void itemsCellTypes()
    {
        QVERIFY(exportTo(u"types-items.xlsx"_s, {CsvLayout::Items}).ok);
        const ReadSheet sheet = readWorkbook(m_dir.filePath(u"types-items.xlsx"_s)).first();
        // The first seed's items: "ITEM 7." and "ITEM 12.", codes that look like numbers.
        QCOMPARE(sheet.cell(1, u"item"_s).type, u"s"_s);
        QCOMPARE(sheet.cell(1, u"item"_s).value.toString(), u"7"_s);
        QCOMPARE(sheet.cell(2, u"item"_s).value.toString(), u"12"_s);
        QCOMPARE(sheet.cell(1, u"period"_s).type, u"d"_s);
        QCOMPARE(sheet.cell(1, u"period"_s).value.toString(), u"2004-02-26"_s);
        // "ITEM 7. FINANCIAL STATEMENTS AND EXHIBITS." is the seed's line 39.
        QCOMPARE(sheet.cell(1, u"start_line"_s).type, u"n"_s);
        QCOMPARE(sheet.cell(1, u"start_line"_s).value.toDouble(), 39.0);
        QVERIFY(typesOf(sheet, u"item"_s) == QSet<QString>{u"s"_s});
        QVERIFY(typesOf(sheet, u"cik"_s) == QSet<QString>{u"s"_s});
        QVERIFY(typesOf(sheet, u"period"_s) == QSet<QString>{u"d"_s});
        for (const QString &count : {u"start_line"_s, u"end_line"_s, u"characters"_s, u"words"_s})
            QVERIFY2(typesOf(sheet, count) == QSet<QString>{u"n"_s}, qPrintable(count));
        // Coca-Cola's items carry its ten-digit CIK as text.
        bool sawCik = false;
        for (qsizetype r = 1; r < sheet.rows.size(); ++r) {
            if (sheet.cell(r, u"file"_s).value.toString().endsWith(kCocaCola)) {
                QCOMPARE(sheet.cell(r, u"cik"_s).value.toString(), u"0000021344"_s);
                sawCik = true;
            }
        }
        QVERIFY(sawCik);
    }

    void headerFilterAndWidths()
    {
        const QList<CsvLayout> layouts = {CsvLayout::Wide, CsvLayout::Long, CsvLayout::Items};
        const ExportResult result = exportTo(u"all.xlsx"_s, layouts);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.sheets, 3);
        const QList<ReadSheet> sheets = readWorkbook(m_dir.filePath(u"all.xlsx"_s));
        QCOMPARE(sheets.size(), 3);
        qint64 rows = 0;
        for (qsizetype i = 0; i < layouts.size(); ++i) {
            const ReadSheet &sheet = sheets[i];
            QCOMPARE(sheet.name, xlsxSheetName(layouts[i]));
            // One sheet per layout, each the same as exported alone.
            compareWithCsv(sheet, csvRows(inputs(), layouts[i]));
            rows += sheet.rows.size() - 1;
            QCOMPARE(sheet.freezePanes, u"A2"_s);
            QCOMPARE(sheet.headerBold.size(), csvHeader(layouts[i]).size());
            QVERIFY(!sheet.headerBold.contains(false));
            QCOMPARE(
                sheet.autoFilter,
                u"A1:%1%2"_s.arg(columnLetter(sheet.header().size() - 1)).arg(sheet.rows.size()));
            // Widths by content, capped: the file column fits the longest path, the text
            // column stops at the cap, and every column is set.
            QCOMPARE(sheet.widths.size(), sheet.header().size());
            qsizetype longestPath = 0;
            for (const QString &file : inputs())
                longestPath = std::max(longestPath, file.size());
            const double fileWidth = sheet.widths[u"A"_s].toDouble();
            QVERIFY2(fileWidth >= double(std::min<qsizetype>(longestPath, 60)),
                     qPrintable(QString::number(fileWidth)));
            for (const QJsonValue width : sheet.widths)
                QVERIFY(width.toDouble() >= 6 && width.toDouble() <= 61);
        }
        QCOMPARE(result.rows, rows);
        const ReadSheet &items = sheets[2];
        const QString text = columnLetter(items.header().indexOf(u"text"_s));
        QVERIFY(items.widths[text].toDouble() >= 60);
        const QString part = columnLetter(items.header().indexOf(u"part"_s));
        QVERIFY(items.widths[part].toDouble() < 15);
    }

    void formulaStaysAString()
    {
        // Registrant names a spreadsheet would run as formulas.
        QByteArray bytes = test::readData(kSeed2);
        for (const QByteArray &hostile : {"=1+1"_ba, "+SUM(A1:A9)"_ba, "@cmd"_ba}) {
            QByteArray copy = bytes;
            copy.replace("                             BTU INTERNATIONAL, INC.\n",
                         QByteArray("                             " + hostile + "\n"));
            const QString input =
                test::writeFile(m_dir.filePath(u"hostile-%1.txt"_s.arg(hostile.size())), copy);
            QCOMPARE(parseFile(input)->cover.registrantName.value, QString::fromLatin1(hostile));
            const QString name = u"hostile-%1.xlsx"_s.arg(hostile.size());
            QVERIFY(exportTo(name, {CsvLayout::Wide}, {input}).ok);
            const ReadSheet sheet = readWorkbook(m_dir.filePath(name)).first();
            QCOMPARE(sheet.cell(1, u"registrant_name"_s).type, u"s"_s);
            QCOMPARE(sheet.cell(1, u"registrant_name"_s).value.toString(),
                     QString::fromLatin1(hostile));
        }
    }

    void cutTexts()
    {
        // Coca-Cola's 10-K has items longer than a cell holds; each is cut to exactly
        // 32,767 characters, starts as the item does and says it was cut.
        const QStringList files = {test::dataPath(kCocaCola)};
        const QList<QStringList> csv = csvRows(files, CsvLayout::Items);
        const qsizetype textColumn = csv[0].indexOf(u"text"_s);
        qint64 longTexts = 0;
        for (qsizetype r = 1; r < csv.size(); ++r)
            longTexts += spreadsheetText(csv[r][textColumn]).size() > kXlsxMaxCellText ? 1 : 0;
        QVERIFY(longTexts > 0);
        const ExportResult result = exportTo(u"cut.xlsx"_s, {CsvLayout::Items}, files);
        QVERIFY(result.ok);
        QCOMPARE(result.truncatedCells, longTexts);
        const ReadSheet sheet = readWorkbook(m_dir.filePath(u"cut.xlsx"_s)).first();
        const QString mark = QString::fromUtf16(kXlsxTruncationMark);
        for (qsizetype r = 1; r < csv.size(); ++r) {
            const QString full = spreadsheetText(csv[r][textColumn]);
            const QString cell = sheet.rows[r][textColumn].value.toString();
            if (full.size() <= kXlsxMaxCellText) {
                QCOMPARE(cell, full);
                continue;
            }
            QCOMPARE(cell.size(), kXlsxMaxCellText);
            QVERIFY(cell.endsWith(mark));
            QVERIFY(full.startsWith(cell.chopped(mark.size())));
        }
        // Without the text column nothing is cut.
        const ExportResult noText =
            exportTo(u"cut-notext.xlsx"_s, {CsvLayout::Items}, files, false);
        QVERIFY(noText.ok);
        QCOMPARE(noText.truncatedCells, 0);
    }

    void failedWriteLeavesExistingFile()
    {
        const QByteArray precious = "precious, not a workbook";
        // A folder that cannot be written to.
        QTemporaryDir locked;
        const QString inLocked = test::writeFile(locked.filePath(u"out.xlsx"_s), precious);
        QVERIFY(QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner));
        const bool lockHolds = !QFile(locked.filePath(u"probe"_s)).open(QIODevice::WriteOnly);
        if (lockHolds) {
            XlsxExportOptions options;
            const ExportResult result = exportXlsx({test::dataPath(kSeed0)}, inLocked, options);
            QVERIFY(!result.ok);
            QVERIFY2(result.error.startsWith(u"Cannot write %1: "_s.arg(inLocked)),
                     qPrintable(result.error));
            QFile f(inLocked);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), precious);
        }
        QFile::setPermissions(locked.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        // No place for the workbook being built (as root, permissions do not stop a write;
        // this failure happens for everyone).
        const QString output = test::writeFile(m_dir.filePath(u"existing.xlsx"_s), precious);
        const QByteArray tmpdir = qgetenv("TMPDIR");
        // TMPDIR names a file: no temporary workbook can be made there.
        qputenv("TMPDIR", test::writeFile(m_dir.filePath(u"not-a-folder"_s), "x").toLocal8Bit());
        const ExportResult result = exportTo(u"existing.xlsx"_s, {CsvLayout::Wide});
        if (tmpdir.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", tmpdir);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"temporary file"_s), qPrintable(result.error));
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), precious);
        QCOMPARE(QDir(m_dir.path()).entryList({u"existing.xlsx*"_s}, QDir::Files).size(), 1);
        if (!lockHolds)
            qInfo("running as root: a read-only folder does not stop writes, so only the "
                  "temporary-file failure was checked");
    }

    // libxlsxwriter does not check the writes to its own temporary files. With TMPDIR on a
    // full 64 KB disk the export fails, names the cause and leaves the old file.
    void fullTemporaryFolder()
    {
        test::SmallDisk disk; // 64 KB; the items sheet of Coca-Cola's 10-K is 76 KB of XML
        if (!disk.ok())
            QSKIP(qPrintable(u"no tmpfs (%1); temporaryFilesCutShort covers the "
                             "silent failure under RLIMIT_FSIZE"_s.arg(disk.why())));
        const QByteArray precious = "precious, not a workbook";
        const QString output = test::writeFile(m_dir.filePath(u"fulltmp.xlsx"_s), precious);
        const ExportResult result = exportWithTmpdir(disk.path(), output);
        QVERIFY(!result.ok);
        QCOMPARE(result.error,
                 u"Cannot write %1: the Excel library could not write its temporary files in "
                 "%2: No space left on device."_s.arg(output, disk.path()));
        QCOMPARE(test::fileBytes(output), precious);
        QCOMPARE(QDir(m_dir.path()).entryList({u"fulltmp.xlsx*"_s}, QDir::Files).size(), 1);
        QCOMPARE(QDir(disk.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList()); // nothing left behind
    }

    // The case libxlsxwriter reported as written: its temporary sheet files cut short while
    // the ZIP around them was written whole (here no file may grow past 40 KB: the items
    // sheet's XML needs 76 KB, the compressed workbook 26 KB). Reading the workbook back
    // finds the cut.
    void temporaryFilesCutShort()
    {
        const QByteArray precious = "precious, not a workbook";
        const QString output = test::writeFile(m_dir.filePath(u"cutshort.xlsx"_s), precious);
        test::TemporaryDir tmp;
        ExportResult result;
        {
            test::FileSizeLimit limit(40 * 1024);
            QVERIFY(limit.ok());
            result = exportWithTmpdir(tmp.path(), output);
        }
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(
                     u"Cannot write %1: the workbook the Excel library built in %2 is damaged "
                     "(xl/worksheets/sheet2.xml: "_s.arg(output, tmp.path())),
                 qPrintable(result.error));
        QVERIFY2(result.error.endsWith(
                     u"); its temporary files there may not have been written whole."_s),
                 qPrintable(result.error));
        qInfo("%s", qPrintable(result.error));
        QCOMPARE(test::fileBytes(output), precious);
        QCOMPARE(QDir(m_dir.path()).entryList({u"cutshort.xlsx*"_s}, QDir::Files).size(), 1);
    }

    // The check itself: a whole workbook passes, one cut short or with a changed byte does not.
    void verifyBuiltWorkbook()
    {
        QElapsedTimer timer;
        timer.start();
        const ExportResult result =
            exportTo(u"verify.xlsx"_s, {CsvLayout::Wide, CsvLayout::Long, CsvLayout::Items});
        const qint64 exportMs = timer.elapsed();
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString path = m_dir.filePath(u"verify.xlsx"_s);
        timer.restart();
        QCOMPARE(verifyXlsxFile(path), QString());
        qInfo("export of %lld rows: %lld ms, of which the check %lld ms (%lld bytes)", result.rows,
              exportMs, qint64(timer.elapsed()), QFileInfo(path).size());

        const QByteArray whole = test::fileBytes(path);
        const QString cut =
            test::writeFile(m_dir.filePath(u"cut.xlsx"_s), whole.left(whole.size() / 2));
        QVERIFY(!verifyXlsxFile(cut).isEmpty());
        // A byte inside the deflated data of the first sheet (its name is followed by its data).
        QByteArray changed = whole;
        const qsizetype at = changed.indexOf("xl/worksheets/sheet1.xml");
        QVERIFY(at > 0);
        changed[at + 200] = char(changed[at + 200] ^ 0x55);
        const QString damaged = test::writeFile(m_dir.filePath(u"changed.xlsx"_s), changed);
        const QString error = verifyXlsxFile(damaged);
        QVERIFY2(error.startsWith(u"xl/worksheets/sheet1.xml: "_s), qPrintable(error));
        // Not a ZIP at all.
        QCOMPARE(verifyXlsxFile(test::writeFile(m_dir.filePath(u"notzip.xlsx"_s), "PK no")),
                 u"not a ZIP file"_s);
    }

    // The XML check on parts made by hand (Python's zipfile): well-formed or not, and an
    // external entity is never fetched.
    void verifyXmlParts_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("whole") << u"<a><b>t</b><c/></a>"_s << QString();
        QTest::newRow("cut short")
            << u"<?xml version=\"1.0\"?>\n<worksheet><sheetData><row r=\"1\"><c><is><t>Coca"_s
            << u"p.xml: the XML stops inside an element (cut short)"_s;
        QTest::newRow("tags crossed")
            << u"<a><b></a></b>"_s
            << u"p.xml: Opening and ending tag mismatch: b line 1 and a line 1"_s;
        QTest::newRow("two roots")
            << u"<a></a><b/>"_s << u"p.xml: Extra content at the end of the document line 1"_s;
        QTest::newRow("external entity")
            << u"<!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]><x>&e;</x>"_s
            << u"p.xml: Entity 'e' not defined line 1"_s;
    }

    void verifyXmlParts()
    {
        QFETCH(QString, xml);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(u"parts.xlsx"_s);
        QProcess python;
        python.start(m_python,
                     {u"-c"_s,
                      u"import sys, zipfile\n"
                      "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                      "    z.writestr('p.xml', sys.argv[2])\n"_s,
                      path, xml});
        QVERIFY(python.waitForFinished(30000) && python.exitCode() == 0);
        QCOMPARE(verifyXlsxFile(path), error);
    }

    void cancelledExportLeavesExistingFile()
    {
        const QByteArray precious = "precious, not a workbook";
        const QString output = test::writeFile(m_dir.filePath(u"cancelled.xlsx"_s), precious);
        std::atomic_bool cancel{false};
        XlsxExportOptions options;
        options.layouts = {CsvLayout::Wide, CsvLayout::Items};
        options.cancel = &cancel;
        options.progress = [&](int done, int, const Filing &) {
            if (done == 2)
                cancel = true; // the user presses Cancel midway
        };
        const ExportResult result = exportXlsx(inputs(), output, options);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), precious);
        QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled.xlsx*"_s}, QDir::Files).size(), 1);
    }

    void refusals()
    {
        const QString input = test::dataPath(kSeed0);
        const ExportResult overInput = exportXlsx({input}, input, {});
        QVERIFY(!overInput.ok);
        QVERIFY(overInput.error.contains(u"one of the filings being exported"_s));
        const ExportResult folder = exportXlsx({input}, m_dir.path(), {});
        QVERIFY(!folder.ok);
        QVERIFY(folder.error.contains(u"is a folder"_s));
        XlsxExportOptions none;
        none.layouts.clear();
        const ExportResult noLayout = exportXlsx({input}, m_dir.filePath(u"none.xlsx"_s), none);
        QVERIFY(!noLayout.ok);
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.xlsx"_s)));
    }
};

QTEST_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"

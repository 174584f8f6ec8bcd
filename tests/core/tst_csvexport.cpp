// SPDX-License-Identifier: MIT
// CSV: RFC 4180 writing, the formula guard, the three export layouts read back with Python's
// csv module and compared with the parse results, atomic writing and failures.

#include "coverfields.h"
#include "csvexport.h"
#include "csvwriter.h"
#include "fieldtree.h"
#include "filingparser.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestCsvExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Reads a CSV file with Python's csv module, an independent reader.
    static QList<QStringList> readWithPython(const QString &path)
    {
        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import csv,json,sys\n"
                      u"csv.field_size_limit(sys.maxsize)\n" // item texts run to megabytes
                      u"with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                      u"    print(json.dumps(list(csv.reader(f, strict=True))))\n"_s,
                      path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            qFatal("python3 could not read %s: %s", qPrintable(path),
                   python.readAllStandardError().constData());
        QList<QStringList> rows;
        for (const QJsonValue row :
             QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
            QStringList fields;
            for (const QJsonValue v : row.toArray())
                fields << v.toString();
            rows << fields;
        }
        return rows;
    }

    // What a spreadsheet-safe export writes for a value.
    static QString guarded(const QString &value)
    {
        if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
            return u'\'' + value;
        return value;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        return test::writeFile(m_dir.filePath(name), bytes);
    }

    // Exports `files` in the items layout (no formula guard: the values as they are) and reads
    // the file back; the test stops if the export fails.
    QList<QStringList> exportItems(const QStringList &files, const QString &name,
                                   bool itemText = true)
    {
        const QString output = m_dir.filePath(name);
        CsvExportOptions options;
        options.layout = CsvLayout::Items;
        options.itemText = itemText;
        options.csv.formulaGuard = false;
        options.threads = 2;
        const CsvExportResult result = exportCsv(files, output, options);
        if (!result.ok)
            qFatal("items export failed: %s", qPrintable(result.error));
        const QList<QStringList> rows = readWithPython(output);
        if (result.rows != rows.size() - 1)
            qFatal("%lld rows reported, %lld read", result.rows, qint64(rows.size() - 1));
        return rows;
    }

    // The words of a text, counted independently of the exporter: runs of Unicode letters and
    // numbers.
    static qsizetype wordsIn(const QString &text)
    {
        static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
        qsizetype count = 0;
        for (auto it = word.globalMatch(text); it.hasNext(); it.next())
            ++count;
        return count;
    }

    // One item's row, checked column by column against the parse result.
    static void checkItemRow(const QStringList &header, const QStringList &row, const Filing &f,
                             const Item &item)
    {
        auto cell = [&](const char *name) {
            const qsizetype column = header.indexOf(QLatin1StringView(name));
            if (column < 0)
                qFatal("no column %s", name);
            return row[column];
        };
        QCOMPARE(row.size(), header.size());
        QCOMPARE(cell("file"), f.path);
        QCOMPARE(cell("form_type"), f.formType.canonical());
        const Party *party = f.header.mainParty();
        QCOMPARE(cell("cik"), party ? party->cik.normalized : QString());
        QVERIFY(cell("cik").isEmpty()
                || QRegularExpression(u"^\\d{10}$"_s).match(cell("cik")).hasMatch());
        const QString period = !f.header.periodOfReport.normalized.isEmpty()
            ? f.header.periodOfReport.normalized
            : !f.cover.periodOfReport.normalized.isEmpty() ? f.cover.periodOfReport.normalized
                                                           : f.dateOfReport();
        QCOMPARE(cell("period"), period);
        QCOMPARE(cell("part"), item.part);
        QCOMPARE(cell("item"), item.code);
        QCOMPARE(cell("title"),
                 item.officialTitle.isEmpty() ? item.title.value : item.officialTitle);
        QCOMPARE(cell("title_as_written"), item.title.value);
        QCOMPARE(cell("status"), item.status);
        const QString text = f.textOf(item.range()).toString();
        QCOMPARE(cell("start_line").toInt(), f.lineAt(item.heading.start) + 1);
        QCOMPARE(cell("end_line").toInt(),
                 f.lineAt(std::max(item.range().start, item.range().end() - 1)) + 1);
        QCOMPARE(cell("characters").toLongLong(), qint64(text.toUcs4().size()));
        QCOMPARE(cell("words").toLongLong(), qint64(wordsIn(text)));
        if (header.contains(u"text"_s)) {
            QCOMPARE(cell("text"), text);
            QVERIFY(text.startsWith(f.textOf(item.heading)));
        }
    }

private Q_SLOTS:
    void escaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("guard");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"BTU INTERNATIONAL"_s << true << u"BTU INTERNATIONAL"_s;
        QTest::newRow("comma") << u"BTU INTERNATIONAL, INC."_s << true
                               << u"\"BTU INTERNATIONAL, INC.\""_s;
        QTest::newRow("quote") << u"The \"Quoted\" Co"_s << true << u"\"The \"\"Quoted\"\" Co\""_s;
        QTest::newRow("newline") << u"two\nlines"_s << true << u"\"two\nlines\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << true << u"\"a\rb\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\",\"y\")"_s << true
                                 << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("formula unguarded") << u"=1+2"_s << false << u"=1+2"_s;
        QTest::newRow("plus") << u"+1 978 667 4111"_s << true << u"'+1 978 667 4111"_s;
        QTest::newRow("minus") << u"-5"_s << true << u"'-5"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << true << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tx"_s << true << u"'\tx"_s;
        QTest::newRow("leading cr") << u"\rx"_s << true << u"\"'\rx\""_s;
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("not at start") << u"a=b"_s << true << u"a=b"_s;
    }

    void escaping()
    {
        QFETCH(QString, value);
        QFETCH(bool, guard);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::escape(value, guard), written);
    }

    void rowsAndBom()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvOptions options;
        options.byteOrderMark = true;
        CsvWriter csv(&buffer, options);
        QVERIFY(csv.writeRow({u"a"_s, u"b, c"_s}));
        QVERIFY(csv.writeRow({u"d"_s, QString()}));
        QCOMPARE(buffer.data(),
                 "\xEF\xBB\xBF"
                 "a,\"b, c\"\r\nd,\r\n"_ba);
        QCOMPARE(csv.rows(), 2);
    }

    void hostileRegistrantRoundTrip()
    {
        // A registrant name a spreadsheet would run, with a comma and quotes in it.
        QByteArray bytes = test::readData(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        const QByteArray hostile =
            "=HYPERLINK(\"http://evil.example/\",\"Click\"), \"Quoted\" Inc.";
        bytes.replace("                             BTU INTERNATIONAL, INC.\n",
                      QByteArray("                             " + hostile + "\n"));
        const QString input = write(u"hostile.txt"_s, bytes);
        const FilingPtr f = parseFile(input);
        QCOMPARE(f->cover.registrantName.value, QString::fromUtf8(hostile));

        const QString guardedOut = m_dir.filePath(u"guarded.csv"_s);
        CsvExportOptions options;
        QVERIFY(exportCsv({input}, guardedOut, options).ok);
        QFile raw(guardedOut);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY(text.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click\"\"), "
                              "\"\"Quoted\"\" Inc.\","));
        QVERIFY(text.endsWith("\r\n"));
        const QList<QStringList> rows = readWithPython(guardedOut);
        QCOMPARE(rows.size(), 2);
        const int column = int(csvHeader(CsvLayout::Wide).indexOf(u"registrant_name"_s));
        QCOMPARE(rows[1][column], u'\'' + QString::fromUtf8(hostile));

        // For programs: the exact value.
        options.csv.formulaGuard = false;
        const QString plainOut = m_dir.filePath(u"plain.csv"_s);
        QVERIFY(exportCsv({input}, plainOut, options).ok);
        QCOMPARE(readWithPython(plainOut)[1][column], QString::fromUtf8(hostile));
    }

    void layoutColumns()
    {
        // The columns and their order as the README documents them: programs read them by name
        // or by position, so they must not move when the cover-field table grows.
        QCOMPARE(csvHeader(CsvLayout::Wide).join(u','),
                 u"file,format,form_type,date_of_report,registrant_name,state_of_incorporation,"
                 u"commission_file_number,irs_employer_id,address,zip_code,phone,former_name,"
                 u"items,item_titles,exhibits,signer,signer_title,signature_date,"
                 u"accession_number,cik,filed_as_of_date,period_of_report,warnings,"
                 u"period_ended,fiscal_year_end,transition_period,filer_category,"
                 u"earliest_event_date,entity_cik,amendment_flag,par_value,"
                 u"current_fiscal_year_end,address_line_1,address_line_2,address_line_3,city,"
                 u"state_or_province,country,city_area_code,local_phone_number"_s);
        QCOMPARE(csvHeader(CsvLayout::Long).join(u','),
                 u"file,section,field,value,normalized,line"_s);
        QCOMPARE(csvHeader(CsvLayout::Items).join(u','),
                 u"file,form_type,cik,period,part,item,title,title_as_written,status,start_line,"
                 u"end_line,characters,words,text"_s);
        QCOMPARE(csvHeader(CsvLayout::Items, false).join(u','),
                 u"file,form_type,cik,period,part,item,title,title_as_written,status,start_line,"
                 u"end_line,characters,words"_s);
    }

    void itemsRoundTrip()
    {
        // 8-Ks of both numberings (text, HTML, a full submission with a header), periodic
        // reports of every era (a cross-reference index among them) and a proxy statement,
        // read back value by value; a filing without items gives no row.
        const QStringList files = {
            test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s),
            test::dataPath(u"corpus/fullsub/scpp__0000320193-24-000005.txt"_s),
            test::dataPath(u"corpus/html8k/scpp__aapl-20240201.htm"_s),
            test::dataPath(u"corpus/periodic/s10x__ge-1994_filing.txt"_s),
            test::dataPath(u"corpus/periodic/s10x__ksb-2007_filing.txt"_s),
            test::dataPath(u"corpus/periodic/jlse__microsoft_2008_12_31.html"_s),
            test::dataPath(
                u"corpus/periodic/sptd__10-K_GE_0000040545-24-000027_primary-document.html"_s),
            test::dataPath(u"corpus/periodic/saftl__0001324424-20-000029_raw.txt"_s),
        };
        const QList<QStringList> rows = exportItems(files, u"items.csv"_s);
        const QStringList header = rows.first();
        QCOMPARE(header, csvHeader(CsvLayout::Items));
        qsizetype r = 1;
        for (const QString &file : files) {
            const FilingPtr f = parseFile(file);
            QVERIFY2(f->ok(), qPrintable(file));
            QCOMPARE(f->items.isEmpty(), file.contains(u"saftl__"_s)); // a proxy statement
            for (const Item &item : f->items) {
                QVERIFY(r < rows.size());
                checkItemRow(header, rows[r++], *f, item);
                if (QTest::currentTestFailed())
                    qFatal("row %lld of %s", r - 1, qPrintable(file));
            }
        }
        QCOMPARE(r, rows.size());
        // The header's CIK and period where there is a header; the 8-K seed has neither.
        QCOMPARE(rows[1][2], QString());
        QCOMPARE(rows[1][3], u"2004-02-26"_s); // the cover's date of report
    }

    void itemsOfPeriodicReports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("10-K 1994, submission")
            << u"corpus/periodic/ewr__0000037996-94-000005.txt"_s;
        QTest::newRow("10-K 2022, HTML") << u"corpus/periodic/s10x__cost-2022_filing.htm"_s;
        QTest::newRow("10-Q 2014, HTML") << u"corpus/periodic/ewr__d778787d10q.htm"_s;
    }

    void itemsOfPeriodicReports()
    {
        // The (part, item) pairs and their heading lines as read by hand in
        // periodic_expectations.json, in the CSV researchers load.
        QFETCH(QString, file);
        QJsonObject expected;
        for (const QJsonValue e :
             QJsonDocument::fromJson(test::readData(u"periodic_expectations.json"_s)).array()) {
            if (e[u"file"_s].toString() == file)
                expected = e.toObject();
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(file));
        const QList<QStringList> rows =
            exportItems({test::dataPath(file)}, u"periodic.csv"_s, false);
        const QStringList header = rows.first();
        const QJsonArray items = expected[u"items"_s].toArray();
        QCOMPARE(rows.size() - 1, items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QStringList &row = rows[i + 1];
            const QJsonObject item = items[i].toObject();
            const QString where = u"%1 row %2"_s.arg(file).arg(i + 1);
            QCOMPARE(row[header.indexOf(u"form_type"_s)], expected[u"form_type"_s].toString());
            // The period comes from the SEC header, or for a bare HTML document from its cover.
            QCOMPARE(row[header.indexOf(u"period"_s)], expected[u"period_of_report"_s].toString());
            QVERIFY2(row[header.indexOf(u"part"_s)] == item[u"part"_s].toString(),
                     qPrintable(where));
            QVERIFY2(row[header.indexOf(u"item"_s)] == item[u"item"_s].toString(),
                     qPrintable(where));
            QCOMPARE(row[header.indexOf(u"start_line"_s)].toInt(), item[u"line"_s].toInt());
            QCOMPARE(row[header.indexOf(u"status"_s)], item[u"status"_s].toString());
            // An item ends where the next begins, or before.
            if (i + 1 < items.size())
                QVERIFY(row[header.indexOf(u"end_line"_s)].toInt()
                        <= items[i + 1][u"line"_s].toInt());
            QVERIFY(row[header.indexOf(u"words"_s)].toInt() > 0);
        }
    }

    void itemsWithoutText()
    {
        // The same rows as with text, less the last column.
        const QStringList files = {
            test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s),
            test::dataPath(u"corpus/periodic/s10x__textron-2001_filing.txt"_s)};
        const QList<QStringList> with = exportItems(files, u"with.csv"_s, true);
        const QList<QStringList> without = exportItems(files, u"without.csv"_s, false);
        QCOMPARE(without.first(), csvHeader(CsvLayout::Items, false));
        QCOMPARE(without.size(), with.size());
        for (qsizetype i = 0; i < with.size(); ++i)
            QCOMPARE(without[i], with[i].first(with[i].size() - 1));
    }

    void itemsFailedFileIsARow()
    {
        const QString notes = write(u"notes-items.txt"_s, "just some notes\n");
        const QList<QStringList> rows = exportItems(
            {notes, test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s)}, u"items-mixed.csv"_s);
        QCOMPARE(rows.size(), 1 + 1 + 2); // the error row, then the seed's two items
        const QStringList &error = rows[1];
        QCOMPARE(error.size(), csvHeader(CsvLayout::Items).size());
        QCOMPARE(error.first(), notes);
        QVERIFY(error[csvHeader(CsvLayout::Items).indexOf(u"status"_s)].startsWith(
            u"error: This does not look like an SEC filing"_s));
        QCOMPARE(error[csvHeader(CsvLayout::Items).indexOf(u"item"_s)], QString());
        QCOMPARE(rows[2][5], u"7"_s);
    }

    void itemsFormulaGuard()
    {
        // Titles and texts are untrusted like every value: one a spreadsheet would run as a
        // formula is guarded, and the text keeps its whitespace and quotes exactly.
        const QString input = write(u"formula-item.txt"_s,
                                    "FORM 8-K\n\nCURRENT REPORT\n\n"
                                    "Item 8.01 =HYPERLINK(\"http://x\",\"y\")\n\n"
                                    "  Indented, \"quoted\"\ttabbed.\n");
        const FilingPtr f = parseFile(input);
        QCOMPARE(f->items.size(), 1);
        QCOMPARE(f->items.first().title.value, u"=HYPERLINK(\"http://x\",\"y\")"_s);
        const QString output = m_dir.filePath(u"formula-items.csv"_s);
        CsvExportOptions options;
        options.layout = CsvLayout::Items;
        QVERIFY(exportCsv({input}, output, options).ok);
        const QList<QStringList> rows = readWithPython(output);
        QCOMPARE(rows.size(), 2);
        const QStringList header = csvHeader(CsvLayout::Items);
        QCOMPARE(rows[1][header.indexOf(u"title_as_written"_s)],
                 u"'=HYPERLINK(\"http://x\",\"y\")"_s);
        QCOMPARE(rows[1].last(), f->textOf(f->items.first().range()).toString());
        QVERIFY(rows[1].last().endsWith(u"  Indented, \"quoted\"\ttabbed.\n"_s));
    }

    void itemsOfALargeReportStream()
    {
        // A 3 MB 10-K and an 8-K whose one item holds 8 MB: rows are written one at a time and
        // the work is linear in the text (a quadratic step would not finish here).
        QByteArray big = "FORM 8-K\n\nCURRENT REPORT\n\nItem 8.01 Other Events.\n\n";
        const QByteArray line = "The Company said, \"results\" were 1,234 and -5; see =notes.\n";
        while (big.size() < 8 * 1024 * 1024)
            big += line;
        const QString huge = write(u"huge-item.txt"_s, big);
        const QStringList files = {test::dataPath(u"corpus/periodic/ewr__d216801d10k.htm"_s), huge};
        QElapsedTimer clock;
        clock.start();
        const QList<QStringList> rows = exportItems(files, u"large.csv"_s);
        qInfo("exported and read back %lld item rows in %lld ms", qint64(rows.size() - 1),
              clock.elapsed());
        const QStringList header = rows.first();
        qsizetype r = 1;
        for (const QString &file : files) {
            const FilingPtr f = parseFile(file);
            for (const Item &item : f->items)
                checkItemRow(header, rows[r++], *f, item);
        }
        QCOMPARE(r, rows.size());
        QVERIFY(rows.last().last().size() > 8 * 1000 * 1000);
    }

    void wideRoundTrip()
    {
        const QStringList files = [] {
            QStringList out;
            for (const QString &f : test::allDataFiles())
                out << test::dataPath(f);
            return out;
        }();
        const QString output = m_dir.filePath(u"wide.csv"_s);
        CsvExportOptions options;
        options.csv.byteOrderMark = true;
        options.threads = 2;
        const CsvExportResult result = exportCsv(files, output, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, files.size());
        const QList<QStringList> rows = readWithPython(output);
        QCOMPARE(rows.size(), files.size() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header, csvHeader(CsvLayout::Wide));
        auto col = [&](const char *name) {
            return int(header.indexOf(QLatin1StringView(name)));
        };
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QStringList &row = rows[i + 1];
            QCOMPARE(row.size(), header.size());
            const FilingPtr f = parseFile(files[i]);
            QCOMPARE(row[col("file")], files[i]); // input order is kept
            QCOMPARE(row[col("format")], formatName(f->format));
            QCOMPARE(row[col("form_type")], guarded(f->formType.canonical()));
            const CoverPage &c = f->cover;
            const QString date = !c.dateOfReport.normalized.isEmpty() ? c.dateOfReport.normalized
                : c.dateOfReport.isEmpty() ? f->header.periodOfReport.normalized
                                           : c.dateOfReport.value;
            QCOMPARE(row[col("date_of_report")], date);
            // The other cover columns hold the value as written.
            for (const CoverFieldDef &def : coverFields()) {
                if (!def.csvName.isEmpty() && def.kind != CoverFieldKind::Date)
                    QCOMPARE(row[int(header.indexOf(def.csvName))], guarded(def.of(c).value));
            }
            QStringList items;
            QStringList exhibits;
            for (const Item &item : f->items)
                items << item.code;
            for (const Exhibit &e : f->exhibits)
                exhibits << e.number.value;
            QCOMPARE(row[col("items")].split(u"; "_s, Qt::SkipEmptyParts), items);
            QCOMPARE(row[col("exhibits")].split(u"; "_s, Qt::SkipEmptyParts), exhibits);
            QCOMPARE(row[col("item_titles")].isEmpty(), items.isEmpty());
            const QString signer =
                f->signatures.isEmpty() ? QString() : f->signatures.first().signer.value;
            QCOMPARE(row[col("signer")], guarded(signer));
            if (!f->signatures.isEmpty() && !f->signatures.first().date.normalized.isEmpty())
                QCOMPARE(row[col("signature_date")], f->signatures.first().date.normalized);
            QCOMPARE(row[col("accession_number")], f->header.accessionNumber.value);
            QCOMPARE(row[col("filed_as_of_date")], f->header.filedAsOfDate.normalized);
            QCOMPARE(row[col("warnings")].isEmpty(), f->warnings.isEmpty());
            for (const Warning &w : f->warnings)
                QVERIFY(row[col("warnings")].contains(w.code + u": "_s));
        }
    }

    void longRoundTrip()
    {
        QStringList files = {test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s),
                             test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s),
                             test::dataPath(u"corpus/fullsub/scpp__0000320193-24-000005.txt"_s),
                             test::dataPath(u"corpus/html8k/scpp__aapl-20240201.htm"_s),
                             test::dataPath(u"corpus/odd/edgt__0001493152-25-001317.nc"_s)};
        const QString output = m_dir.filePath(u"long.csv"_s);
        CsvExportOptions options;
        options.layout = CsvLayout::Long;
        options.csv.formulaGuard = false;
        const CsvExportResult result = exportCsv(files, output, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QList<QStringList> rows = readWithPython(output);
        QCOMPARE(rows.first(), csvHeader(CsvLayout::Long));
        // Everything the field tree shows, in its order, with values, normalized forms and lines.
        qsizetype r = 1;
        for (const QString &file : files) {
            const FilingPtr f = parseFile(file);
            const FieldNode tree = buildFieldTree(*f);
            for (const FieldNode &section : tree.children) {
                QCOMPARE(
                    rows[r],
                    (QStringList{file, section.label, QString(), section.value, section.normalized,
                                 section.range.isValid()
                                     ? QString::number(f->lineAt(section.range.start) + 1)
                                     : QString()}));
                ++r;
                section.visit([&](const FieldNode &node, const QString &path) {
                    const QStringList &row = rows[r++];
                    if (row[2] != path || row[3] != node.value || row[4] != node.normalized)
                        qFatal("long row %lld differs: %s", r, qPrintable(row.join(u'|')));
                    if (node.range.isValid() && row[5].toInt() != f->lineAt(node.range.start) + 1)
                        qFatal("line of %s", qPrintable(path));
                });
            }
        }
        QCOMPARE(r, rows.size());
        QCOMPARE(result.rows, rows.size() - 1);
    }

    void failedFileIsARow()
    {
        const QString notes = write(u"notes.txt"_s, "just some notes\n");
        const QString output = m_dir.filePath(u"mixed.csv"_s);
        const CsvExportResult result =
            exportCsv({test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s), notes}, output, {});
        QVERIFY(result.ok);
        QCOMPARE(result.failedFiles, QStringList{notes});
        const QList<QStringList> rows = readWithPython(output);
        QCOMPARE(rows.size(), 3);
        const qsizetype warnings = rows[0].indexOf(u"warnings"_s);
        QVERIFY(rows[2][warnings].startsWith(u"error: This does not look like an SEC filing"_s));
        QCOMPARE(rows[2].first(), notes);
    }

    void unwritableOutput()
    {
        const CsvExportResult result =
            exportCsv({test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s)},
                      m_dir.filePath(u"no/such/folder/out.csv"_s), {});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(u"Cannot write"_s), qPrintable(result.error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"no/such/folder/out.csv"_s)));
        const CsvExportResult folder =
            exportCsv({test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s)}, m_dir.path(), {});
        QVERIFY(!folder.ok);
        QVERIFY(folder.error.contains(u"is a folder"_s));
    }

    void refusesToOverwriteAnInput()
    {
        const QString input = write(u"input.txt"_s, "FORM 8-K\nItem 8.01 Other Events.\n");
        const QByteArray before = [&] {
            QFile f(input);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const CsvExportResult result = exportCsv({input}, input, {});
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"one of the filings being exported"_s));
        QFile f(input);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void cancelledExportLeavesExistingFile()
    {
        const QString output = write(u"existing.csv"_s, "precious,data\r\n");
        std::atomic_bool cancel{false};
        CsvExportOptions options;
        options.cancel = &cancel;
        options.progress = [&](int done, int, const Filing &) {
            if (done == 2)
                cancel = true; // the user presses Cancel midway
        };
        QStringList files;
        for (const QString &f : test::allDataFiles())
            files << test::dataPath(f);
        const CsvExportResult result = exportCsv(files, output, options);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), "precious,data\r\n"_ba);
        // No temporary file is left behind either.
        QCOMPARE(QDir(m_dir.path()).entryList({u"existing.csv*"_s}, QDir::Files).size(), 1);
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"

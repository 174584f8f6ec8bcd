// SPDX-License-Identifier: MIT
// CSV: RFC 4180 writing, the formula guard, both export layouts read back with Python's csv
// module and compared with the parse results, atomic writing and failures.

#include "coverfields.h"
#include "csvexport.h"
#include "csvwriter.h"
#include "fieldtree.h"
#include "filingparser.h"
#include "testutil.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
                 u"period_ended,fiscal_year_end,transition_period,filer_category,"
                 u"items,item_titles,exhibits,signer,signer_title,signature_date,"
                 u"accession_number,cik,filed_as_of_date,period_of_report,warnings"_s);
        QCOMPARE(csvHeader(CsvLayout::Long).join(u','),
                 u"file,section,field,value,normalized,line"_s);
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
        QVERIFY(rows[2].last().startsWith(u"error: This does not look like an SEC filing"_s));
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

// SPDX-License-Identifier: MIT
// filinglens-cli as a user runs it: JSON Lines in input order, exit codes, help and version.

#include "faultutil.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace Qt::Literals::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(FILINGLENS_CLI), arguments);
        if (!process.waitForFinished(120000))
            qFatal("filinglens-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QList<QJsonObject> lines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                qFatal("not a JSON object line: %s", line.constData());
            objects.append(doc.object());
        }
        return objects;
    }

    // Reads a CSV file with Python's csv module, an independent RFC 4180 reader.
    static QList<QStringList> readCsv(const QString &path)
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
            qFatal("python3 could not read %s", qPrintable(path));
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

    // Runs the tool with arguments given as bytes: QProcess spells arguments as UTF-8, so a
    // file name that is not UTF-8 could not be passed. Output goes to files in `scratch`.
    static Run runNative(const QList<QByteArray> &arguments, const QString &scratch)
    {
        const QByteArray outPath = QFile::encodeName(scratch + u"/cli.out"_s);
        const QByteArray errPath = QFile::encodeName(scratch + u"/cli.err"_s);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QList<QByteArray> all = QList<QByteArray>{QByteArrayLiteral(FILINGLENS_CLI)} + arguments;
        std::vector<char *> argv;
        for (QByteArray &argument : all)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        pid_t pid = 0;
        const int spawned =
            posix_spawn(&pid, FILINGLENS_CLI, &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0)
            qFatal("cannot start filinglens-cli");
        int status = 0;
        waitpid(pid, &status, 0);
        const auto contents = [](const QByteArray &path) {
            QFile file(QFile::decodeName(path));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, contents(outPath), contents(errPath)};
    }

    static void writeNative(const QByteArray &path, const QByteArray &bytes)
    {
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0 || ::write(fd, bytes.constData(), size_t(bytes.size())) != bytes.size())
            qFatal("cannot write %s", path.constData());
        ::close(fd);
    }

private Q_SLOTS:
    void parseSeed()
    {
        const Run r = run({u"parse"_s, fl::test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), 1);
        const QJsonObject o = objects.first();
        for (const char *key : {"file", "format", "form_type", "header", "cover", "items",
                                "exhibits", "signatures", "documents", "warnings", "error"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QCOMPARE(o[u"format"_s].toString(), u"text"_s);
        QCOMPARE(o[u"form_type"_s].toString(), u"8-K"_s);
        QVERIFY(o[u"header"_s].isNull());
        QVERIFY(o[u"error"_s].isNull());
        const QJsonObject cover = o[u"cover"_s].toObject();
        QCOMPARE(cover[u"date_of_report"_s].toString(), u"2004-02-26"_s);
        QCOMPARE(cover[u"registrant_name"_s].toString(), u"BTU INTERNATIONAL, INC."_s);
        QCOMPARE(cover[u"state_of_incorporation"_s].toString(), u"DELAWARE"_s);
        QCOMPARE(cover[u"commission_file_number"_s].toString(), u"0-17297"_s);
        QCOMPARE(cover[u"irs_employer_id"_s].toString(), u"04-2781248"_s);
        QCOMPARE(cover[u"address"_s].toString(), u"23 ESQUIRE ROAD, N. BILLERICA, MASSACHUSETTS"_s);
        QCOMPARE(cover[u"zip_code"_s].toString(), u"01862"_s);
        QCOMPARE(cover[u"phone"_s].toString(), u"(978) 667-4111"_s);
        QCOMPARE(cover[u"former_name"_s].toString(), u"NOT APPLICABLE"_s);
        const QJsonArray items = o[u"items"_s].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[1][u"code"_s].toString(), u"12"_s);
        QCOMPARE(items[1][u"regime"_s].toString(), u"legacy"_s);
        QCOMPARE(items[1][u"official_title"_s].toString(),
                 u"Results of Operations and Financial Condition"_s);
        QVERIFY(items[1][u"start"_s].toInteger() < items[1][u"end"_s].toInteger());
        QCOMPARE(o[u"exhibits"_s].toArray().first()[u"number"_s].toString(), u"99.1"_s);
        const QJsonObject sig = o[u"signatures"_s].toArray().first().toObject();
        QCOMPARE(sig[u"signer"_s].toString(), u"Thomas P. Kealy"_s);
        QCOMPARE(sig[u"date"_s].toString(), u"2004-02-26"_s);
    }

    void offsetsPointIntoDisplayedText()
    {
        const QString file = fl::test::dataPath(u"corpus/html8k/scpp__aapl-20240201.htm"_s);
        const Run parsed = run({u"parse"_s, file});
        const Run text = run({u"text"_s, file});
        QCOMPARE(parsed.exitCode, 0);
        QCOMPARE(text.exitCode, 0);
        const QString displayed = QString::fromUtf8(text.out);
        const QJsonObject o = lines(parsed.out).first();
        QCOMPARE(o[u"items"_s].toArray().size(), 2); // Items 2.02 and 9.01
        for (const QJsonValue item : o[u"items"_s].toArray()) {
            const qint64 start = item[u"start"_s].toInteger();
            QVERIFY(displayed.mid(start).startsWith(u"Item "_s + item[u"code"_s].toString()));
        }
        const QJsonObject name = o[u"cover"_s][u"fields"_s][u"registrant_name"_s].toObject();
        QCOMPARE(displayed.mid(name[u"start"_s].toInteger(),
                               name[u"end"_s].toInteger() - name[u"start"_s].toInteger()),
                 u"Apple Inc."_s);
    }

    void manyFilesInOrderAndFailureExitCode()
    {
        const QStringList files = {
            fl::test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s),
            fl::test::dataPath(u"no/such/file.txt"_s),
            fl::test::dataPath(u"corpus/fullsub/scpp__0000320193-96-000027.txt"_s),
            fl::test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s),
        };
        const Run r = run(QStringList{u"parse"_s, u"--jobs"_s, u"3"_s} + files);
        QCOMPARE(r.exitCode, 1); // one file failed, the others were still printed
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i)
            QCOMPARE(objects[i][u"file"_s].toString(), files[i]);
        QVERIFY(objects[1][u"error"_s].toString().startsWith(u"No such file"_s));
        QCOMPARE(objects[2][u"format"_s].toString(), u"full-submission"_s);
        QCOMPARE(objects[2][u"header"_s][u"accession_number"_s].toString(),
                 u"0000320193-96-000027"_s);
        QCOMPARE(objects[2][u"documents"_s].toArray().size(), 2);
    }

    void pretty()
    {
        const Run r = run(
            {u"parse"_s, u"--pretty"_s, fl::test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.count('\n') > 20);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"warnings"_s].toArray().first()[u"code"_s].toString(), u"phone-digits"_s);
    }

    void recursiveFolder()
    {
        const Run r = run({u"parse"_s, u"-r"_s, fl::test::dataPath(u"seeds"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).size(), 3);
        const Run plain = run({u"parse"_s, fl::test::dataPath(u"seeds"_s)});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY(lines(plain.out).first()[u"error"_s].toString().contains(u"is a folder"_s));
    }

    void compareFormats()
    {
        const QString a = fl::test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        const QString b = fl::test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        // Text: a summary line, one line per field, exit 1 because they differ.
        const Run text = run({u"compare"_s, a, b});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("12 same, 3 changed, 2 renumbered, 0 only left, 0 only right"));
        QVERIFY(text.out.contains("renumbered  Item 12 \xE2\x86\x92 2.02"));

        // JSON: the same rows as data.
        const Run json = run({u"compare"_s, u"--format"_s, u"json"_s, a, b});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        const QJsonArray fields = o[u"fields"_s].toArray();
        QCOMPARE(fields.size(), 17);
        bool sawFileNumber = false;
        for (const QJsonValue f : fields) {
            QCOMPARE(f.toObject().keys(),
                     (QStringList{u"field"_s, u"left"_s, u"right"_s, u"status"_s}));
            if (f[u"field"_s].toString() == u"Cover page / Commission file number"_s) {
                sawFileNumber = true;
                QCOMPARE(f[u"left"_s].toString(), u"0-17297"_s);
                QCOMPARE(f[u"right"_s].toString(), u"000-17297"_s);
                QCOMPARE(f[u"status"_s].toString(), u"same"_s);
            }
        }
        QVERIFY(sawFileNumber);
        QVERIFY(o[u"text_diff"_s].isNull());

        // CSV: header and one row per field, CRLF line ends.
        const Run csv = run({u"compare"_s, u"--format"_s, u"csv"_s, u"--changes-only"_s, a, b});
        QCOMPARE(csv.exitCode, 1);
        const QList<QByteArray> rows = csv.out.split('\n');
        QCOMPARE(rows.first(), "field,left,right,status\r");
        QCOMPARE(rows.size() - 2, 5); // 3 changed and 2 renumbered, then the empty tail
        QVERIFY(csv.out.contains(
            "Cover page / Date of report,\"February 26, 2004\",\"April 24, 2007\",changed\r\n"));
    }

    void compareText()
    {
        const QString a = fl::test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        const QString b = fl::test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s);
        const Run r = run({u"compare"_s, u"--text"_s, a, b});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QByteArray("--- " + a.toUtf8())));
        QVERIFY(r.out.contains(QByteArray("+++ " + b.toUtf8())));
        QVERIFY(r.out.contains(
            "-          Date of Report (Date of earliest reported) February 26, 2004\n"));
        QVERIFY(r.out.contains("+Date of Report (Date of earliest reported) April 21, 2004\n"));
        // A filing against itself: nothing differs, exit 0.
        const Run same = run({u"compare"_s, u"--text"_s, a, a});
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.contains("The texts are the same."));
        // Errors: a missing file, a bad format, --text with CSV.
        QCOMPARE(run({u"compare"_s, a, fl::test::dataPath(u"missing.txt"_s)}).exitCode, 2);
        QCOMPARE(run({u"compare"_s, u"--format"_s, u"xml"_s, a, b}).exitCode, 2);
        QCOMPARE(run({u"compare"_s, u"--format"_s, u"csv"_s, u"--text"_s, a, b}).exitCode, 2);
        QCOMPARE(run({u"compare"_s, a}).exitCode, 2);
    }

    // compare --items: a 10-K against a copy with one number of the balance sheet changed.
    void compareItems()
    {
        const QString a = fl::test::dataPath(
            u"corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s);
        QTemporaryDir dir;
        QByteArray html = fl::test::readData(
            u"corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s);
        QCOMPARE(html.count(">632.5<"), 1);
        html.replace(">632.5<", ">633.5<");
        const QString b = fl::test::writeFile(dir.filePath(u"edited.html"_s), html);

        const Run same = run({u"compare"_s, u"--items"_s, u"--format"_s, u"csv"_s, a, a});
        QCOMPARE(same.exitCode, 0);
        const Run csv = run({u"compare"_s, u"--items"_s, u"--format"_s, u"csv"_s, a, b});
        QCOMPARE(csv.exitCode, 1);
        const QString csvPath = fl::test::writeFile(dir.filePath(u"items.csv"_s), csv.out);
        const QList<QStringList> rows = readCsv(csvPath);
        QCOMPARE(rows.first(),
                 (QStringList{u"part"_s, u"item"_s, u"status"_s, u"words_left"_s, u"words_right"_s,
                              u"added"_s, u"deleted"_s, u"cosine"_s, u"jaccard"_s, u"simple"_s}));
        // The report's 23 items (Part I 1-4 with 1A-1C, II 5-9C, III 10-14, IV 15-16).
        QCOMPARE(rows.size(), 1 + 23);
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 10);
            if (row[1] == u"8"_s) {
                QCOMPARE(row[0], u"II"_s);
                QCOMPARE(row[2], u"changed"_s);
                QCOMPARE(row[5], u"1"_s); // "633" for "632"
                QCOMPARE(row[6], u"1"_s);
                QCOMPARE(row[3], row[4]);
            } else {
                QCOMPARE(row[2], u"same"_s);
                QCOMPARE(
                    row.mid(5),
                    (QStringList{u"0"_s, u"0"_s, u"1.000000"_s, u"1.000000"_s, u"1.000000"_s}));
            }
        }

        const Run json = run({u"compare"_s, u"--items"_s, u"--format"_s, u"json"_s, a, b});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray items = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(items.size(), 23);
        for (const QJsonValue v : items) {
            const QJsonObject o = v.toObject();
            for (const QString &key : rows.first())
                QVERIFY2(o.contains(key), qPrintable(key));
            if (o[u"item"_s].toString() == u"8"_s) {
                const QJsonArray changes = o[u"changes"_s].toArray();
                QCOMPARE(changes.size(), 1);
                QCOMPARE(changes[0][u"kind"_s].toString(), u"replace"_s);
                QCOMPARE(changes[0][u"left_count"_s].toInt(), 1);
            }
            if (o[u"item"_s].toString() == u"1A"_s)
                QCOMPARE(o[u"subheadings"_s].toArray().size(), 46); // counted in tst_itemcomparison
        }
        // --items does not take --text; bad formats stop.
        QCOMPARE(run({u"compare"_s, u"--items"_s, u"--text"_s, a, b}).exitCode, 2);
    }

    // compare --facts: GameStop's 10-K against a copy with one tagged number changed (the
    // balance sheet's inventories at February 3, 2024, "632.5" in millions, the only
    // us-gaap:InventoryNet fact of that context).
    void compareFacts()
    {
        const QString name =
            u"corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s;
        const QString a = fl::test::dataPath(name);
        QTemporaryDir dir;
        QByteArray html = fl::test::readData(name);
        QCOMPARE(html.count(">632.5<"), 1);
        html.replace(">632.5<", ">633.5<");
        const QString b = fl::test::writeFile(dir.filePath(u"edited.html"_s), html);

        const Run same = run({u"compare"_s, u"--facts"_s, a, a});
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.contains(" 0 changed; 0 only left, 0 only right\n"),
                 same.out.constData());
        const Run csv = run({u"compare"_s, u"--facts"_s, u"--format"_s, u"csv"_s, a, b});
        QCOMPARE(csv.exitCode, 1);
        const QList<QStringList> rows =
            readCsv(fl::test::writeFile(dir.filePath(u"facts.csv"_s), csv.out));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0],
                 (QStringList{u"concept"_s, u"period"_s, u"dimensions"_s, u"unit"_s, u"left"_s,
                              u"right"_s}));
        QCOMPARE(rows[1],
                 (QStringList{u"us-gaap:InventoryNet"_s, u"2024-02-03"_s, QString(),
                              u"iso4217:USD"_s, u"632500000"_s, u"633500000"_s}));
        const Run json = run({u"compare"_s, u"--facts"_s, u"--format"_s, u"json"_s, a, b});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[u"changed"_s].toInt(), 1);
        QCOMPARE(o[u"added"_s].toInt(), 0);
        QCOMPARE(o[u"removed"_s].toInt(), 0);
        QCOMPARE(o[u"changed_facts"_s].toArray().size(), 1);
        QCOMPARE(run({u"compare"_s, u"--facts"_s, u"--items"_s, a, b}).exitCode, 2);
    }

    void similarityCommand()
    {
        auto periodic = [](const QString &name) {
            return fl::test::dataPath(u"corpus/periodic/"_s + name);
        };
        const QStringList files = {
            periodic(u"ewr__v7.txt.txt"_s), periodic(u"ewr__0000037996-94-000005.txt"_s),
            periodic(u"jlse__microsoft_2002_03_31.html"_s),
            periodic(u"jlse__microsoft_2008_12_31.html"_s), periodic(u"ewr__d33857e10vk.htm"_s)};
        const Run csv = run(QStringList{u"similarity"_s} + files);
        QCOMPARE(csv.exitCode, 0);
        // Dell has one report only: said, and left out.
        QVERIFY(csv.err.contains("only one 10-K of Dell Inc."));
        QTemporaryDir dir;
        const QList<QStringList> rows =
            readCsv(fl::test::writeFile(dir.filePath(u"similarity.csv"_s), csv.out));
        const QStringList header = {
            u"company"_s, u"cik"_s,        u"form"_s,        u"part"_s,        u"item"_s,
            u"title"_s,   u"left_file"_s,  u"right_file"_s,  u"left_period"_s, u"right_period"_s,
            u"status"_s,  u"words_left"_s, u"words_right"_s, u"added"_s,       u"deleted"_s,
            u"cosine"_s,  u"jaccard"_s,    u"simple"_s};
        QCOMPARE(rows.first(), header);
        int ford = 0;
        int microsoft = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            if (row[2] == u"10-K"_s) {
                ++ford;
                // Ordered by period: 1993 on the left although given second.
                QCOMPARE(row[1], u"0000037996"_s);
                QCOMPARE(row[6], files[1]);
                QCOMPARE(row[7], files[0]);
                QCOMPARE(row[8], u"1993-12-31"_s);
                QCOMPARE(row[9], u"2001-12-31"_s);
            } else {
                QCOMPARE(row[2], u"10-Q"_s);
                ++microsoft;
                QCOMPARE(row[8], u"2002-03-31"_s);
                QCOMPARE(row[9], u"2008-12-31"_s);
            }
            for (int k = 15; k < 18; ++k) {
                const double score = row[k].toDouble();
                QVERIFY(score >= 0 && score <= 1);
            }
        }
        QVERIFY(ford > 0);
        QVERIFY(microsoft > 0);
        // JSON: the same rows as objects.
        const Run json = run(QStringList{u"similarity"_s, u"--format"_s, u"json"_s} + files);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(records.size(), rows.size() - 1);
        QCOMPARE(records[0].toObject().keys().size(), header.size());

        // Errors: one file; no company with two reports; an unreadable file (skipped, exit 1).
        const Run one = run({u"similarity"_s, files[0]});
        QCOMPARE(one.exitCode, 2);
        QVERIFY(one.err.contains("at least two reports"));
        const Run unlike = run({u"similarity"_s, files[0], files[2]});
        QCOMPARE(unlike.exitCode, 2);
        QVERIFY(unlike.err.contains("no company has two reports of one form"));
        const Run missing =
            run({u"similarity"_s, files[0], files[1], fl::test::dataPath(u"missing.txt"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("skipped"));
        QVERIFY(missing.err.contains("missing.txt"));
        QCOMPARE(run({u"similarity"_s, u"--format"_s, u"xml"_s, files[0], files[1]}).exitCode, 2);
    }

    void exportCsvCommand()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"filings.csv"_s);
        // A folder is read recursively; rows come in a stable order.
        const Run r = run({u"export-csv"_s, u"-o"_s, out, fl::test::dataPath(u"seeds"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("wrote 3 row(s) for 3 filing(s)"));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines[0].startsWith("file,format,form_type,date_of_report,registrant_name,"));
        QVERIFY(lines[1].contains(
            "000_b149af05fdad4801.txt,text,8-K,2004-02-26,\"BTU INTERNATIONAL, INC.\""));
        QCOMPARE(lines.size(), 5);

        // A file that is not a filing: reported, written as a row, exit status 1.
        QFile notes(dir.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a filing\n");
        notes.close();
        const QString out2 = dir.filePath(u"long.csv"_s);
        const Run bad =
            run({u"export-csv"_s, u"--layout"_s, u"long"_s, u"--bom"_s, u"-o"_s, out2,
                 fl::test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s), notes.fileName()});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("notes.txt: This does not look like an SEC filing"));
        QFile longFile(out2);
        QVERIFY(longFile.open(QIODevice::ReadOnly));
        const QByteArray longCsv = longFile.readAll();
        QVERIFY(longCsv.startsWith("\xEF\xBB\xBF"
                                   "file,section,field,value,normalized,line\r\n"));
        QVERIFY(longCsv.contains(",Error,error,\"This does not look like an SEC filing"));

        // Usage errors and an unwritable output: exit 2, nothing written.
        QCOMPARE(run({u"export-csv"_s, fl::test::dataPath(u"seeds"_s)}).exitCode, 2);
        const Run unwritable = run({u"export-csv"_s, u"-o"_s, dir.filePath(u"missing/dir/x.csv"_s),
                                    fl::test::dataPath(u"seeds"_s)});
        QCOMPARE(unwritable.exitCode, 2);
        QVERIFY(unwritable.err.contains("Cannot write"));
        QVERIFY(!QFile::exists(dir.filePath(u"missing/dir/x.csv"_s)));
        QCOMPARE(run({u"export-csv"_s, u"--layout"_s, u"tall"_s, u"-o"_s, out, notes.fileName()})
                     .exitCode,
                 2);
    }

    // The disk fills while the export is written (a 64 KB tmpfs; where mounting is not
    // allowed, a 64 KB file-size limit on the child): the cause is named, the file that was
    // there is left byte for byte and no temporary file stays behind.
    void exportOnAFullDisk_data()
    {
        QTest::addColumn<QStringList>("arguments");
        // Rows of a few hundred bytes, through the write buffer (the case that said "Unknown
        // error"): 542 KB of long-layout rows for the 31 full submissions.
        QTest::newRow("csv long, small rows") << QStringList{
            u"export-csv"_s, u"--layout"_s, u"long"_s, fl::test::dataPath(u"corpus/fullsub"_s)};
        // Item texts of up to 100 KB each, written past the buffer: 304 KB in all.
        QTest::newRow("csv items, big rows")
            << QStringList{u"export-csv"_s, u"--layout"_s, u"items"_s,
                           fl::test::dataPath(u"corpus/periodic/ewr__v7.txt.txt"_s)};
        QTest::newRow("xlsx long") << QStringList{u"export-xlsx"_s, u"--layout"_s, u"long"_s,
                                                  fl::test::dataPath(u"corpus/fullsub"_s)};
    }
    void exportOnAFullDisk()
    {
        QFETCH(QStringList, arguments);
        fl::test::SmallDisk disk;
        QTemporaryDir plain;
        const QString folder = disk.ok() ? disk.path() : plain.path();
        const QString out = QDir(folder).filePath(u"out"_s);
        const QByteArray before = "file,form_type\r\nkept.txt,8-K\r\n";
        {
            QFile old(out);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(before);
        }
        if (!disk.ok() && arguments.first() == u"export-xlsx"_s)
            QSKIP("under a file-size limit libxlsxwriter's own temporary sheet files are cut "
                  "short without an error; this needs the tmpfs");
        QProcess process;
        if (!disk.ok())
            fl::test::limitFileSize(process, 64 * 1024);
        process.start(QStringLiteral(FILINGLENS_CLI), arguments + QStringList{u"-o"_s, out});
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QString cause = disk.ok() ? fl::test::diskFullCause() : fl::test::fileTooLargeCause();
        QVERIFY2(err.contains(u"Cannot write %1: %2."_s.arg(out, cause)), qPrintable(err));
        QVERIFY(process.exitCode() != 0);
        QCOMPARE(fl::test::fileBytes(out), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"out"_s});
    }

    void exportCsvItems()
    {
        // One row per item; its lines and text are those of `text` output, where `parse` puts it.
        QTemporaryDir dir;
        const QString report = fl::test::dataPath(u"corpus/periodic/ewr__d381726d10q.htm"_s);
        const QString submission =
            fl::test::dataPath(u"corpus/periodic/ewr__0000037996-94-000005.txt"_s);
        const QString seed = fl::test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        const QString out = dir.filePath(u"items.csv"_s);
        const Run r = run({u"export-csv"_s, u"--layout"_s, u"items"_s, u"--no-formula-guard"_s,
                           u"-o"_s, out, report, submission, seed});
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.first().join(u','),
                 u"file,form_type,cik,period,part,item,title,title_as_written,status,start_line,"
                 u"end_line,characters,words,text"_s);
        qsizetype row = 1;
        qsizetype firstOfSubmission = 0;
        for (const QString &file : {report, submission, seed}) {
            if (file == submission)
                firstOfSubmission = row;
            const QJsonObject parsed = lines(run({u"parse"_s, file}).out).first();
            const QString displayed = QString::fromUtf8(run({u"text"_s, file}).out);
            const QStringList displayedLines = displayed.split(u'\n');
            for (const QJsonValue item : parsed[u"items"_s].toArray()) {
                const QStringList &cells = rows[row++];
                QCOMPARE(cells[0], file);
                QCOMPARE(cells[4], item[u"part"_s].toString());
                QCOMPARE(cells[5], item[u"code"_s].toString());
                QCOMPARE(cells[8], item[u"status"_s].toString());
                const qint64 start = item[u"start"_s].toInteger();
                const qint64 end = item[u"end"_s].toInteger();
                QCOMPARE(cells[13], displayed.mid(start, end - start));
                // start_line is the 1-based line of `text` output holding the heading.
                const int startLine = cells[9].toInt();
                QCOMPARE(displayed.left(start).count(u'\n') + 1, startLine);
                QVERIFY(cells[13].startsWith(displayedLines[startLine - 1].mid(
                    start - displayed.lastIndexOf(u'\n', start - 1) - 1)));
                QCOMPARE(displayed.left(end - 1).count(u'\n') + 1, cells[10].toInt());
            }
        }
        QCOMPARE(row, rows.size());
        QVERIFY(r.err.contains(QByteArray("wrote " + QByteArray::number(rows.size() - 1)
                                          + " row(s) for 3 filing(s)")));
        QCOMPARE(rows[1][1], u"10-Q"_s);
        QCOMPARE(rows[1][2], QString()); // an HTML document has no SEC header, hence no CIK
        // Ford's 1993 10-K: the header's CIK as ten digits and its period of report.
        QCOMPARE(rows[firstOfSubmission][1], u"10-K"_s);
        QCOMPARE(rows[firstOfSubmission][2], u"0000037996"_s);
        QCOMPARE(rows[firstOfSubmission][3], u"1993-12-31"_s);
        QCOMPARE(rows[firstOfSubmission][4], u"I"_s);
        QCOMPARE(rows[firstOfSubmission][5], u"1"_s);
        QCOMPARE(rows[firstOfSubmission][6], u"Business"_s);

        // --no-text: the same rows without the last column.
        const QString outNoText = dir.filePath(u"items-no-text.csv"_s);
        QCOMPARE(run({u"export-csv"_s, u"--layout"_s, u"items"_s, u"--no-text"_s,
                      u"--no-formula-guard"_s, u"-o"_s, outNoText, report, submission, seed})
                     .exitCode,
                 0);
        const QList<QStringList> noText = readCsv(outNoText);
        QCOMPARE(noText.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(noText[i], rows[i].first(rows[i].size() - 1));

        // Usage errors: --no-text without the items layout; an unknown layout.
        const Run wideNoText =
            run({u"export-csv"_s, u"--no-text"_s, u"-o"_s, dir.filePath(u"x.csv"_s), seed});
        QCOMPARE(wideNoText.exitCode, 2);
        QVERIFY(wideNoText.err.contains("--no-text needs --layout items"));
        QVERIFY(!QFile::exists(dir.filePath(u"x.csv"_s)));
        const Run unknown = run(
            {u"export-csv"_s, u"--layout"_s, u"item"_s, u"-o"_s, dir.filePath(u"x.csv"_s), seed});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("wide, long, items or facts"));
    }

    // parse --facts and export-csv --layout facts on Apple's 8-K of 1 February 2024: lxml
    // (tests/tools/ixfacts.py) lists 46 facts, the first dei:AmendmentFlag "false" (hidden).
    void factsJsonAndCsv()
    {
        const QString file = fl::test::dataPath(u"corpus/html8k/scpp__aapl-20240201.htm"_s);
        const QJsonObject parsed = lines(run({u"parse"_s, u"--facts"_s, file}).out).first();
        const QJsonArray facts = parsed[u"facts"_s].toArray();
        QCOMPARE(facts.size(), 46);
        const QJsonObject first = facts[0].toObject();
        QCOMPARE(first[u"concept"_s].toString(), u"dei:AmendmentFlag"_s);
        QCOMPARE(first[u"value"_s].toString(), u"false"_s);
        QVERIFY(first[u"hidden"_s].toBool());
        QVERIFY(first[u"start"_s].isNull());
        QVERIFY(!lines(run({u"parse"_s, file}).out).first().contains(u"facts"_s));
        QTemporaryDir dir;
        const QString out = dir.filePath(u"facts.csv"_s);
        QCOMPARE(run({u"export-csv"_s, u"--layout"_s, u"facts"_s, u"-o"_s, out, file}).exitCode, 0);
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 47);
        QCOMPARE(rows[0].join(u','),
                 u"file,concept,value,displayed,unit,decimals,scale,period_start,period_end,"
                 "instant,dimensions,hidden,line"_s);
        QCOMPARE(rows[1][1], u"dei:AmendmentFlag"_s);
        QCOMPARE(rows[1][11], u"true"_s);
        QCOMPARE(rows[1][12], QString());
    }

    // Sheet name, then each row's cells as "type:value" (openpyxl through xlsx_dump.py).
    static QList<std::pair<QString, QList<QStringList>>> readXlsx(const QString &path)
    {
        QProcess python;
        // Debian's python3, where python3-openpyxl lives.
        const QString interpreter =
            QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
        python.start(interpreter, {QStringLiteral(FILINGLENS_XLSX_DUMP), path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            qFatal("openpyxl could not read %s", qPrintable(path));
        QList<std::pair<QString, QList<QStringList>>> sheets;
        const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        for (const QJsonValue sheet : book[u"sheets"_s].toArray()) {
            QList<QStringList> rows;
            for (const QJsonValue row : sheet[u"rows"_s].toArray()) {
                QStringList cells;
                for (const QJsonValue cell : row.toArray()) {
                    const QJsonArray pair = cell.toArray();
                    cells << (pair.isEmpty()
                                  ? QString()
                                  : pair[0].toString() + u':' + pair[1].toVariant().toString());
                }
                rows << cells;
            }
            sheets.append({sheet[u"name"_s].toString(), rows});
        }
        return sheets;
    }

    void exportXlsxCommand()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"filings.xlsx"_s);
        const Run r =
            run({u"export-xlsx"_s, u"-o"_s, out, u"--layout"_s, u"wide"_s, u"--layout"_s,
                 u"items"_s, u"--no-text"_s, u"-j"_s, u"2"_s, fl::test::dataPath(u"seeds"_s)});
        QCOMPARE(r.exitCode, 0);
        // Three filings: a wide row each, and two items each.
        QVERIFY2(r.err.contains("wrote 9 row(s) for 3 filing(s)"), r.err.constData());
        QVERIFY(r.err.contains("(2 sheet(s))"));
        const auto sheets = readXlsx(out);
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets[0].first, u"wide"_s);
        QCOMPARE(sheets[1].first, u"items"_s);
        const QList<QStringList> &wide = sheets[0].second;
        QCOMPARE(wide.size(), 4);
        QCOMPARE(wide[0][0], u"s:file"_s);
        const qsizetype zip = wide[0].indexOf(u"s:zip_code"_s);
        const qsizetype date = wide[0].indexOf(u"s:date_of_report"_s);
        QVERIFY(zip > 0 && date > 0);
        // The seed's cover: "MASSACHUSETTS 01862", "February 26, 2004".
        QCOMPARE(wide[1][zip], u"s:01862"_s);
        QCOMPARE(wide[1][date], u"d:2004-02-26"_s);
        const QList<QStringList> &items = sheets[1].second;
        QCOMPARE(items.size(), 1 + 6);
        QVERIFY(!items[0].contains(u"s:text"_s));
        const qsizetype code = items[0].indexOf(u"s:item"_s);
        const qsizetype line = items[0].indexOf(u"s:start_line"_s);
        QCOMPARE(items[1][code], u"s:7"_s);
        QCOMPARE(items[1][line], u"n:39"_s); // "ITEM 7. FINANCIAL STATEMENTS AND EXHIBITS."

        // The default is the wide layout alone.
        const QString single = dir.filePath(u"wide.xlsx"_s);
        QCOMPARE(run({u"export-xlsx"_s, u"-o"_s, single,
                      fl::test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s)})
                     .exitCode,
                 0);
        QCOMPARE(readXlsx(single).size(), 1);

        // Usage errors and an unwritable output: exit 2, nothing written, an existing file kept.
        const QString seed = fl::test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        QCOMPARE(run({u"export-xlsx"_s, seed}).exitCode, 2);
        QCOMPARE(run({u"export-xlsx"_s, u"--layout"_s, u"tall"_s, u"-o"_s, single, seed}).exitCode,
                 2);
        QCOMPARE(run({u"export-xlsx"_s, u"--no-text"_s, u"-o"_s, single, seed}).exitCode, 2);
        const Run unwritable =
            run({u"export-xlsx"_s, u"-o"_s, dir.filePath(u"missing/dir/x.xlsx"_s), seed});
        QCOMPARE(unwritable.exitCode, 2);
        QVERIFY(unwritable.err.contains("Cannot write"));
        QVERIFY(!QFile::exists(dir.filePath(u"missing/dir/x.xlsx"_s)));
        const Run overInput = run({u"export-xlsx"_s, u"-o"_s, seed, seed});
        QCOMPARE(overInput.exitCode, 2);
        QVERIFY(overInput.err.contains("one of the filings being exported"));
        QVERIFY(run({u"--help"_s}).out.contains("export-xlsx"));
    }

    void parseItemText()
    {
        // --item-text: each item's text, the slice of `text` output between its start and end.
        const QString file = fl::test::dataPath(u"corpus/periodic/s10x__ko-1997_filing.txt"_s);
        const QJsonObject plain = lines(run({u"parse"_s, file}).out).first();
        const Run r = run({u"parse"_s, u"--item-text"_s, file});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject withText = lines(r.out).first();
        const QString displayed = QString::fromUtf8(run({u"text"_s, file}).out);
        const QJsonArray items = withText[u"items"_s].toArray();
        QVERIFY(items.size() > 10);
        QCOMPARE(items.size(), plain[u"items"_s].toArray().size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            const qint64 start = item[u"start"_s].toInteger();
            const qint64 end = item[u"end"_s].toInteger();
            QCOMPARE(item[u"text"_s].toString(), displayed.mid(start, end - start));
            QVERIFY(
                item[u"text"_s].toString().startsWith(item[u"number_as_written"_s].toString())
                || item[u"text"_s].toString().contains(item[u"number_as_written"_s].toString()));
            // Without the option the object is the same, less the text.
            item.remove(u"text"_s);
            QCOMPARE(item, plain[u"items"_s].toArray()[i].toObject());
        }
        QVERIFY(!plain[u"items"_s].toArray().first().toObject().contains(u"text"_s));
        const Run help = run({u"parse"_s, u"--help"_s});
        QVERIFY(help.out.contains("--item-text"));
    }

    void oddFileNames()
    {
        // Names with a byte that is not UTF-8, a newline, quotes: given directly and inside a
        // folder, each is parsed and exported under its name (bytes shown as \xHH).
        fl::test::TemporaryDir dir;
        const QByteArray folder = QFile::encodeName(dir.filePath(u"filings"_s));
        QVERIFY(::mkdir(folder.constData(), 0755) == 0);
        const QByteArray seed = fl::test::readData(u"seeds/000_b149af05fdad4801.txt"_s);
        // In the order the folder is sorted in: "l" < "r" < "s".
        const QList<QByteArray> names{"line\nbreak.txt", "r\xE9port.txt", "say \"hi\", ok.txt"};
        const QString shownFolder = dir.filePath(u"filings"_s);
        const QStringList shown{shownFolder + u"/line\nbreak.txt"_s,
                                shownFolder + u"/r\\xE9port.txt"_s,
                                shownFolder + u"/say \"hi\", ok.txt"_s};
        QList<QByteArray> paths;
        for (const QByteArray &name : names) {
            paths << folder + '/' + name;
            writeNative(paths.last(), seed);
        }
        const auto files = [](const Run &r) {
            QStringList out;
            for (const QJsonObject &o : lines(r.out)) {
                if (!o[u"error"_s].toString().isEmpty())
                    qWarning("%s", qPrintable(o[u"error"_s].toString()));
                out << o[u"file"_s].toString();
            }
            return out;
        };
        const Run direct = runNative(QList<QByteArray>{"parse"} + paths, dir.path());
        QCOMPARE(direct.exitCode, 0);
        QCOMPARE(files(direct), shown); // one JSON line each: the newline is escaped
        const Run inFolder = runNative({"parse", "-r", folder}, dir.path());
        QCOMPARE(inFolder.exitCode, 0);
        QCOMPARE(files(inFolder), shown);
        QCOMPARE(lines(inFolder.out).at(1)[u"form_type"_s].toString(), u"8-K"_s);

        for (const QList<QByteArray> &inputs : {QList<QByteArray>{folder}, paths}) {
            const QByteArray out = QFile::encodeName(dir.filePath(u"out.csv"_s));
            const Run exported =
                runNative(QList<QByteArray>{"export-csv", "-o", out} + inputs, dir.path());
            QCOMPARE(exported.exitCode, 0);
            QVERIFY2(exported.err.contains("wrote 3 row(s) for 3 filing(s)"),
                     exported.err.constData());
            const QList<QStringList> rows = readCsv(QFile::decodeName(out));
            QCOMPARE(rows.size(), 4);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(rows[i + 1][0], shown[i]);
                QCOMPARE(rows[i + 1][4], u"BTU INTERNATIONAL, INC."_s);
            }
        }

        // A missing file of such a name is named in the message, on one line.
        const Run missing =
            runNative({"export-csv", "-o", QFile::encodeName(dir.filePath(u"m.csv"_s)),
                       folder + "/gone\n\xE9.txt"},
                      dir.path());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QByteArray("No such file: " + QFile::encodeName(shownFolder)
                                                 + "/gone\\n\\xE9.txt\n")),
                 missing.err.constData());
        // An output name that is not UTF-8 is refused rather than written under another name.
        const Run badOutput =
            runNative({"export-csv", "-o", folder + "/out\xE9.csv", folder}, dir.path());
        QCOMPARE(badOutput.exitCode, 2);
        QVERIFY2(badOutput.err.contains("is not valid UTF-8"), badOutput.err.constData());
    }

    void symlinkLoop()
    {
        // A link to its parent and two links to each other under a folder read recursively:
        // each real file once, and the run ends.
        fl::test::TemporaryDir dir;
        const QByteArray root = QFile::encodeName(dir.path());
        const QByteArray seed = fl::test::readData(u"seeds/000_b149af05fdad4801.txt"_s);
        writeNative(root + "/a.txt", seed);
        QVERIFY(::mkdir(QByteArray(root + "/sub").constData(), 0755) == 0);
        writeNative(root + "/sub/b.txt", seed);
        QVERIFY(::symlink("..", QByteArray(root + "/sub/parent").constData()) == 0);
        QVERIFY(::symlink("pong.txt", QByteArray(root + "/ping.txt").constData()) == 0);
        QVERIFY(::symlink("ping.txt", QByteArray(root + "/pong.txt").constData()) == 0);
        const Run r = run({u"parse"_s, u"-r"_s, dir.path()});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[0][u"file"_s].toString(), dir.filePath(u"a.txt"_s));
        QCOMPARE(objects[1][u"file"_s].toString(), dir.filePath(u"sub/b.txt"_s));
        const Run loop = run({u"parse"_s, dir.filePath(u"ping.txt"_s)});
        QCOMPARE(loop.exitCode, 1);
        QCOMPARE(lines(loop.out).first()[u"error"_s].toString(),
                 u"The link %1 is part of a loop of links."_s.arg(dir.filePath(u"ping.txt"_s)));
    }

    void helpAndVersion()
    {
        const Run version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("filinglens-cli "));
        const Run help = run({u"parse"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--pretty"));
        const Run usage = run({});
        QCOMPARE(usage.exitCode, 2);
        const Run unknown = run({u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command"));
        const Run noFiles = run({u"parse"_s});
        QCOMPARE(noFiles.exitCode, 2);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"

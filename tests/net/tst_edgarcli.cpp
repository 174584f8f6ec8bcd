// SPDX-License-Identifier: MIT
// filinglens-cli list and download, run as a process against the local test server.
#include "edgartestutil.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using fl::test::EdgarTestServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestEdgarCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listCsv();
    void listJson();
    void listTableWithAmendments();
    void listRefusesWithoutUserAgent();
    void listRefusesNonLoopbackOverride();
    void downloadPrintsPathsForExportCsv();
    void downloadAccession();
    void downloadUnsafeNameFails();

private:
    // Runs the CLI with the server as EDGAR; the event loop keeps serving while it runs.
    Run cli(const QStringList &arguments, const QHash<QString, QString> &environment = {});

    std::unique_ptr<EdgarTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestEdgarCli::init()
{
    m_server = std::make_unique<EdgarTestServer>();
    QVERIFY(m_server->start());
    m_server->setResponse(u"/submissions/CIK0001318605-submissions-001.json"_s,
                          fl::test::generatedTeslaPage());
    m_home = std::make_unique<QTemporaryDir>();
}

void TestEdgarCli::cleanup()
{
    m_server.reset();
    m_home.reset();
}

Run TestEdgarCli::cli(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings, data and cache folders of the run stay in a temporary home.
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->path() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home->path() + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, m_home->path() + u"/cache"_s);
    env.insert(u"FILINGLENS_EDGAR_BASE_URL"_s, m_server->baseUrl().toString());
    env.insert(u"FILINGLENS_USER_AGENT"_s, fl::test::kTestUserAgent);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(FILINGLENS_CLI), arguments);
    if (!finished.wait(60000))
        qWarning() << "the CLI did not finish";
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestEdgarCli::listCsv()
{
    const Run run = cli({u"list"_s, u"TSLA"_s, u"--form"_s, u"10-K"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    // A header, Tesla's nine 10-Ks of filings.recent and the two of the generated page.
    QCOMPARE(lines.size(), 1 + 9 + 2);
    QCOMPARE(lines[0].trimmed(),
             "form,filing_date,report_date,accession,items,primary_document,description"_ba);
    QCOMPARE(lines[1].trimmed(),
             "10-K,2022-02-07,2021-12-31,0000950170-22-000796,,tsla-20211231.htm,10-K"_ba);
    QVERIFY(lines.last().startsWith("10-K,2012-02-27,2011-12-31,0001193125-12-081990"));
    QCOMPARE(m_server->requestCount(u"company_tickers"_s), 1);
    for (const auto &request : m_server->requests())
        QCOMPARE(request.headers.value("user-agent"), fl::test::kTestUserAgent.toLatin1());
}

void TestEdgarCli::listJson()
{
    const Run run = cli({u"list"_s, u"1318605"_s, u"--form"_s, u"10-Q"_s, u"--since"_s,
                         u"2021-01-01"_s, u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray filings = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(filings.size(), 6); // 2021 and 2022, three each
    QCOMPARE(filings[0].toObject().value(u"filingDate"_s).toString(), u"2022-10-24"_s);
    QCOMPARE(filings[5].toObject().value(u"filingDate"_s).toString(), u"2021-04-28"_s);
    // A CIK needs no ticker list; a range after the page's span does not fetch it.
    QCOMPARE(m_server->requestCount(u"company_tickers"_s), 0);
    QCOMPARE(m_server->requestCount(u"submissions-001"_s), 0);
}

void TestEdgarCli::listTableWithAmendments()
{
    const Run run = cli({u"list"_s, u"TSLA"_s, u"--form"_s, u"10-K"_s, u"--amendments"_s,
                         u"--since"_s, u"2014-01-01"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines[0].startsWith("FORM"));
    QCOMPARE(lines.size(), 1 + 12); // nine 10-Ks and three 10-K/As
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                           [](const QByteArray &l) { return l.startsWith("10-K/A "); }),
             3);
}

void TestEdgarCli::listRefusesWithoutUserAgent()
{
    const Run run = cli({u"list"_s, u"TSLA"_s}, {{u"FILINGLENS_USER_AGENT"_s, QString()}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("User-Agent"), run.err.constData());
    QCOMPARE(m_server->requests().size(), 0);
    const Run vague = cli({u"list"_s, u"TSLA"_s, u"--user-agent"_s, u"Jane"_s});
    QCOMPARE(vague.exitCode, 2);
    QVERIFY2(vague.err.contains("contact e-mail"), vague.err.constData());
}

void TestEdgarCli::listRefusesNonLoopbackOverride()
{
    const Run run = cli({u"list"_s, u"TSLA"_s},
                        {{u"FILINGLENS_EDGAR_BASE_URL"_s, u"http://edgar.example.com:8123"_s}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("loopback"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestEdgarCli::downloadPrintsPathsForExportCsv()
{
    QTemporaryDir library;
    const Run run = cli({u"download"_s, u"--form"_s, u"10-K"_s, u"--limit"_s, u"2"_s,
                         u"--full-submission"_s, u"-o"_s, library.path(), u"TSLA"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> paths = run.out.trimmed().split('\n');
    QCOMPARE(paths.size(), 2);
    QStringList files;
    for (const QByteArray &path : paths)
        files.append(QString::fromUtf8(path));
    files.sort();
    QCOMPARE(
        files,
        (QStringList{library.path() + u"/1318605/000095017022000796/0000950170-22-000796.txt"_s,
                     library.path() + u"/1318605/000156459021004599/0001564590-21-004599.txt"_s}));
    QCOMPARE(fl::test::filesUnder(library.path()).size(), 2);
    // The pipe of the README: download | xargs export-csv.
    const QString csv = library.path() + u"/tsla.csv"_s;
    const Run exported = cli(QStringList{u"export-csv"_s, u"-o"_s, csv} + files);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll().count("0001564590-20-004475"), 2); // the server's filing, twice

    // Again: already in the library, nothing fetched from the archive.
    m_server->clearRequests();
    const Run again = cli({u"download"_s, u"--form"_s, u"10-K"_s, u"--limit"_s, u"2"_s,
                           u"--full-submission"_s, u"-o"_s, library.path(), u"TSLA"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, run.out);
    QCOMPARE(m_server->requestCount(u"/Archives/"_s), 0);
}

void TestEdgarCli::downloadAccession()
{
    QTemporaryDir library;
    const Run run =
        cli({u"download"_s, u"-o"_s, library.path(), u"TSLA"_s, u"0001564590-20-004475"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(),
             (library.path() + u"/1318605/000156459020004475/tsla-10k_20191231.htm"_s).toUtf8());
    const Run orphan = cli({u"download"_s, u"-o"_s, library.path(), u"0001564590-20-004475"_s});
    QCOMPARE(orphan.exitCode, 2);
    QVERIFY2(orphan.err.contains("name its company first"), orphan.err.constData());
}

void TestEdgarCli::downloadUnsafeNameFails()
{
    m_server->setResponse(
        u"/submissions/CIK0001318605.json"_s,
        fl::test::teslaSubmissionsWith(7, u"primaryDocument"_s, u"../../outside.txt"_s));
    QTemporaryDir library;
    const Run run = cli(
        {u"download"_s, u"-o"_s, library.path() + u"/lib"_s, u"TSLA"_s, u"0001564590-22-034639"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("refused"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fl::test::filesUnder(library.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestEdgarCli)
#include "tst_edgarcli.moc"

// SPDX-License-Identifier: MIT
// The EDGAR library's pieces that need no server: endpoints and the loopback-only override,
// file-name checks, the User-Agent rule, and reading EDGAR's real JSON responses.
#include "edgardownloader.h"
#include "edgarendpoints.h"
#include "edgarfilenames.h"
#include "edgarjson.h"
#include "edgarscheduler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl::edgar;

namespace {

QByteArray apiData(const QString &name)
{
    QFile file(QStringLiteral(FILINGLENS_TEST_DATA) + u"/edgar-api/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestEdgarNet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileNames_data();
    void fileNames();
    void officialEndpoints();
    void overrideLoopbackOnly_data();
    void overrideLoopbackOnly();
    void overrideFromEnvironment();
    void overrideAllowsOnlyItself();
    void userAgent_data();
    void userAgent();
    void ciksAndAccessions();
    void tickers();
    void teslaSubmissions();
    void malformedJson_data();
    void malformedJson();
    void formFourRendering();
};

void TestEdgarNet::fileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("primary document") << u"tsla-20211231.htm"_s << true;
    QTest::newRow("full submission") << u"0001564590-20-004475.txt"_s << true;
    QTest::newRow("form 4 xml") << u"doc4.xml"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << u"."_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("parent path") << u"../../outside.txt"_s << false;
    QTest::newRow("dots inside") << u"a..b.htm"_s << false;
    QTest::newRow("subfolder") << u"xslF345X03/doc4.xml"_s << false;
    QTest::newRow("absolute") << u"/etc/passwd"_s << false;
    QTest::newRow("backslash") << u"..\\windows\\win.ini"_s << false;
    QTest::newRow("backslash plain") << u"a\\b.htm"_s << false;
    QTest::newRow("drive letter") << u"C:evil.htm"_s << false;
    QTest::newRow("nul") << u"a\0b.htm"_s << false;
    QTest::newRow("newline") << u"a\nb.htm"_s << false;
    QTest::newRow("delete char") << u"a\x7f.htm"_s << false;
    QTest::newRow("too long") << QString(256, u'a') << false;
}

void TestEdgarNet::fileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(fileNameProblem(name).isEmpty(), safe);
}

void TestEdgarNet::officialEndpoints()
{
    const EdgarEndpoints edgar = EdgarEndpoints::official();
    QCOMPARE(edgar.tickers(), QUrl(u"https://www.sec.gov/files/company_tickers.json"_s));
    QCOMPARE(edgar.submissions(1318605),
             QUrl(u"https://data.sec.gov/submissions/CIK0001318605.json"_s));
    QCOMPARE(edgar.submissionsPage(u"CIK0001318605-submissions-001.json"_s),
             QUrl(u"https://data.sec.gov/submissions/CIK0001318605-submissions-001.json"_s));
    // The archive writes the CIK without leading zeros, the accession folder without dashes.
    QCOMPARE(edgar.archiveFile(1318605, u"0000950170-22-000796"_s, u"tsla-20211231.htm"_s),
             QUrl(u"https://www.sec.gov/Archives/edgar/data/1318605/000095017022000796/"
                  u"tsla-20211231.htm"_s));
    QVERIFY(edgar.allows(QUrl(u"https://www.sec.gov/x"_s)));
    QVERIFY(edgar.allows(QUrl(u"https://data.sec.gov/x"_s)));
    QVERIFY(!edgar.allows(QUrl(u"http://www.sec.gov/x"_s))); // HTTPS only
    QVERIFY(!edgar.allows(QUrl(u"https://sec.gov/x"_s)));    // not one of the two hosts
    QVERIFY(!edgar.allows(QUrl(u"https://www.sec.gov.example.com/x"_s)));
    QVERIFY(!edgar.allows(QUrl(u"https://www.sec.gov:8443/x"_s)));
    QVERIFY(!edgar.allows(QUrl(u"https://user:pw@www.sec.gov/x"_s)));
    QVERIFY(!edgar.allows(QUrl(u"https://127.0.0.1/x"_s)));
}

void TestEdgarNet::overrideLoopbackOnly_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8123"_s << true;
    QTest::newRow("127.0.0.2") << u"http://127.0.0.2:8123"_s << true;
    QTest::newRow("::1") << u"http://[::1]:8123"_s << true;
    QTest::newRow("localhost") << u"http://localhost:8123"_s << true;
    QTest::newRow("https loopback") << u"https://127.0.0.1:8443"_s << true;
    QTest::newRow("sec.gov") << u"http://www.sec.gov"_s << false;
    QTest::newRow("lan address") << u"http://192.168.1.10:8123"_s << false;
    QTest::newRow("loopback lookalike") << u"http://127.0.0.1.example.com"_s << false;
    QTest::newRow("localhost lookalike") << u"http://localhost.example.com"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    QTest::newRow("credentials") << u"http://u:p@127.0.0.1:8123"_s << false;
    QTest::newRow("no host") << u"127.0.0.1:8123"_s << false;
}

void TestEdgarNet::overrideLoopbackOnly()
{
    QFETCH(QString, base);
    QFETCH(bool, accepted);
    QString error;
    const auto endpoints = EdgarEndpoints::withBase(QUrl(base), &error);
    QCOMPARE(endpoints.has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (!accepted)
        QVERIFY2(error.contains(u"FILINGLENS_EDGAR_BASE_URL"_s), qPrintable(error));
}

void TestEdgarNet::overrideFromEnvironment()
{
    QString error;
    qputenv("FILINGLENS_EDGAR_BASE_URL", "http://example.com:8123");
    QVERIFY(!EdgarEndpoints::fromEnvironment(&error));
    QVERIFY(error.contains(u"loopback"_s));
    qputenv("FILINGLENS_EDGAR_BASE_URL", "http://127.0.0.1:8123");
    const auto local = EdgarEndpoints::fromEnvironment(&error);
    QVERIFY(local);
    // One base stands for both hosts; the paths stay as on EDGAR.
    QCOMPARE(local->tickers(), QUrl(u"http://127.0.0.1:8123/files/company_tickers.json"_s));
    QCOMPARE(local->submissions(1318605),
             QUrl(u"http://127.0.0.1:8123/submissions/CIK0001318605.json"_s));
    qunsetenv("FILINGLENS_EDGAR_BASE_URL");
    const auto official = EdgarEndpoints::fromEnvironment(&error);
    QVERIFY(official && !official->isOverridden());
}

void TestEdgarNet::overrideAllowsOnlyItself()
{
    const auto local = EdgarEndpoints::withBase(QUrl(u"http://127.0.0.1:8123"_s), nullptr);
    QVERIFY(local);
    QVERIFY(local->allows(QUrl(u"http://127.0.0.1:8123/files/company_tickers.json"_s)));
    QVERIFY(!local->allows(QUrl(u"http://127.0.0.1:9999/x"_s)));
    QVERIFY(!local->allows(QUrl(u"https://www.sec.gov/x"_s))); // the override replaces EDGAR
    QVERIFY(!local->allows(QUrl(u"http://files.example.com/x"_s)));
}

void TestEdgarNet::userAgent_data()
{
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("name and mail") << u"Jane Analyst jane@example.com"_s << true;
    QTest::newRow("SEC's example") << u"Sample Company Name AdminContact@example.com"_s << true;
    QTest::newRow("mail first") << u"jane@example.com Jane Analyst"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("name only") << u"Jane Analyst"_s << false;
    QTest::newRow("mail only") << u"jane@example.com"_s << false;
    QTest::newRow("no domain dot") << u"Jane jane@localhost"_s << false;
    QTest::newRow("header injection") << u"Jane jane@example.com\r\nX-Evil: 1"_s << false;
}

void TestEdgarNet::userAgent()
{
    QFETCH(QString, userAgent);
    QFETCH(bool, accepted);
    QCOMPARE(EdgarScheduler::userAgentProblem(userAgent).isEmpty(), accepted);
}

void TestEdgarNet::ciksAndAccessions()
{
    QCOMPARE(parseCik(u"0001318605"_s), 1318605);
    QCOMPARE(parseCik(u"1318605"_s), 1318605);
    QCOMPARE(parseCik(u"CIK0001318605"_s), 1318605);
    QCOMPARE(parseCik(u"TSLA"_s), 0);
    QCOMPARE(parseCik(u"12345678901"_s), 0);
    QCOMPARE(normalizeAccession(u"000156459020004475"_s), u"0001564590-20-004475"_s);
    QCOMPARE(normalizeAccession(u"0001564590-20-004475"_s), u"0001564590-20-004475"_s);
    QCOMPARE(normalizeAccession(u"0001564590-20-00447"_s), QString());
    QCOMPARE(accessionFolder(u"0001564590-20-004475"_s), u"000156459020004475"_s);
}

void TestEdgarNet::tickers()
{
    const Parsed<QList<CompanyTicker>> parsed = parseTickers(apiData(u"company_tickers.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 9610); // the file's entries "0" to "9609"
    const auto tesla = std::find_if(parsed.value.cbegin(), parsed.value.cend(),
                                    [](const CompanyTicker &t) { return t.ticker == u"TSLA"_s; });
    QVERIFY(tesla != parsed.value.cend());
    QCOMPARE(tesla->cik, 1318605);
    QCOMPARE(tesla->title, u"Tesla, Inc."_s);
}

void TestEdgarNet::teslaSubmissions()
{
    const Parsed<CompanyFilings> parsed =
        parseSubmissions(apiData(u"submissions-CIK0001318605.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const CompanyFilings &tesla = parsed.value;
    QCOMPARE(tesla.cik, 1318605);
    QCOMPARE(tesla.name, u"Tesla, Inc."_s);
    QCOMPARE(tesla.tickers, QStringList{u"TSLA"_s});
    QCOMPARE(tesla.filings.size(), 1001);
    const FilingEntry &first = tesla.filings.first();
    QCOMPARE(first.accession, u"0001790565-22-000015"_s);
    QCOMPARE(first.form, u"4"_s);
    QCOMPARE(first.filingDate, QDate(2022, 11, 30));
    QCOMPARE(first.reportDate, QDate(2022, 11, 28));
    QCOMPARE(first.size, 8579);
    // Row 7 is the first 8-K: the Q3 2022 results.
    const FilingEntry &eightK = tesla.filings.at(7);
    QCOMPARE(eightK.accession, u"0001564590-22-034639"_s);
    QCOMPARE(eightK.form, u"8-K"_s);
    QCOMPARE(eightK.items, u"2.02,9.01"_s);
    QCOMPARE(eightK.primaryDocument, u"tsla-8k_20221019.htm"_s);
    QCOMPARE(tesla.filings.last().filingDate, QDate(2013, 12, 11));
    const auto tenKs = std::count_if(tesla.filings.cbegin(), tesla.filings.cend(),
                                     [](const FilingEntry &e) { return e.form == u"10-K"_s; });
    QCOMPARE(tenKs, 9);
    QCOMPARE(tesla.pages.size(), 1);
    QCOMPARE(tesla.pages[0].name, u"CIK0001318605-submissions-001.json"_s);
    QCOMPARE(tesla.pages[0].filingCount, 347);
    QCOMPARE(tesla.pages[0].filingFrom, QDate(2005, 2, 17));
    QCOMPARE(tesla.pages[0].filingTo, QDate(2013, 12, 10));
}

void TestEdgarNet::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << "{\"cik\": \"0001318605\", \"filings\": {\"rec"_ba
                               << u"not valid JSON"_s;
    QTest::newRow("html") << "<html>Error</html>"_ba << u"not valid JSON"_s;
    QTest::newRow("array") << "[1, 2]"_ba << u"not a JSON object"_s;
    QTest::newRow("no recent") << "{\"cik\": \"1318605\", \"filings\": {}}"_ba
                               << u"no filings.recent"_s;
    QTest::newRow("uneven arrays")
        << "{\"cik\": \"1318605\", \"filings\": {\"recent\": {\"accessionNumber\": "
           "[\"0001564590-20-004475\"], \"form\": [], \"filingDate\": []}}}"_ba
        << u"different lengths"_s;
    QTest::newRow("bad accession")
        << "{\"cik\": \"1318605\", \"filings\": {\"recent\": {\"accessionNumber\": "
           "[\"../x\"], \"form\": [\"10-K\"], \"filingDate\": [\"2020-02-13\"]}}}"_ba
        << u"no valid accession number"_s;
}

void TestEdgarNet::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Parsed<CompanyFilings> parsed = parseSubmissions(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
}

void TestEdgarNet::formFourRendering()
{
    FilingEntry entry;
    entry.cik = 1318605;
    entry.accession = u"0000899243-22-035394"_s;
    entry.primaryDocument = u"xslF345X03/doc4.xml"_s;
    QCOMPARE(DownloadTarget::primaryDocument(entry).file, u"doc4.xml"_s);
    entry.primaryDocument = u"../../outside.txt"_s; // left as it is, to be refused
    QCOMPARE(DownloadTarget::primaryDocument(entry).file, u"../../outside.txt"_s);
    QCOMPARE(DownloadTarget::fullSubmission(entry).file, u"0000899243-22-035394.txt"_s);
}

QTEST_GUILESS_MAIN(TestEdgarNet)
#include "tst_edgarnet.moc"

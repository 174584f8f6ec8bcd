// SPDX-License-Identifier: MIT
// The EDGAR client against the local test server: fair-access rules (User-Agent, 10 requests
// per second, 429 waited out), every failure leaving the library as it was, cancel, the
// ticker cache, paged-out submissions and the library reused offline.
#include "edgarcompany.h"
#include "edgardownloader.h"
#include "edgartestutil.h"
#include "faultutil.h"
#include "filingparser.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace fl::edgar;
using fl::test::EdgarTestServer;
using Fault = EdgarTestServer::Fault;

Q_DECLARE_METATYPE(EdgarTestServer::Fault)

class TestEdgarClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void userAgentOnEveryRequestAndNoCookies();
    void refusesWithoutUserAgent();
    void refusesOtherHosts();
    void tenRequestsPerSecondWhileDownloadingFifty();
    void retryAfterWaitedOut();
    void backoffIsBounded();
    void downloadErrorsWriteNothing_data();
    void downloadErrorsWriteNothing();
    void listingErrors_data();
    void listingErrors();
    void outsidePrimaryDocumentRefused();
    void redirectWithinFollowed();
    void cancelHalfwayLeavesNoFile();
    void libraryReusedOffline();
    void downloadOnAFullDisk();
    void readOnlyLibrary();
    void pagedSubmissions();
    void tickerCacheRefreshedDaily();

private:
    CompanyFilings listTesla(const QDate &since = {});
    QList<DownloadTarget> eightKs(int count);

    std::unique_ptr<EdgarTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_library;
};

void TestEdgarClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<fl::edgar::DownloadTarget>();
}

void TestEdgarClient::init()
{
    m_server = std::make_unique<EdgarTestServer>();
    QVERIFY(m_server->start());
    fl::test::useServer(*m_server);
    m_library = std::make_unique<QTemporaryDir>();
    // The page is made up here (see generatedTeslaPage); Tesla's real list names it.
    m_server->setResponse(u"/submissions/CIK0001318605-submissions-001.json"_s,
                          fl::test::generatedTeslaPage());
}

void TestEdgarClient::cleanup()
{
    m_server.reset();
    QFile::remove(TickerDirectory::cachePath());
}

CompanyFilings TestEdgarClient::listTesla(const QDate &since)
{
    FilingsFetch fetch;
    QSignalSpy done(&fetch, &FilingsFetch::finished);
    QSignalSpy failed(&fetch, &FilingsFetch::failed);
    fetch.start(1318605, since);
    if (!done.wait(10000))
        qWarning() << "listing failed:" << failed;
    return fetch.company();
}

// The primary documents of Tesla's `count` most recent 8-Ks.
QList<DownloadTarget> TestEdgarClient::eightKs(int count)
{
    QList<DownloadTarget> targets;
    for (const FilingEntry &entry : listTesla(QDate(2020, 1, 1)).filings) {
        if (entry.form == u"8-K"_s && targets.size() < count)
            targets.append(DownloadTarget::primaryDocument(entry));
    }
    return targets;
}

namespace {

struct DownloadRun
{
    QStringList ready;
    QStringList errors;
    bool cancelled = false;
    int fromLibrary = 0;
};

DownloadRun download(EdgarDownloader &downloader, const QList<DownloadTarget> &targets,
                     int timeoutMs = 20000)
{
    DownloadRun run;
    QObject::connect(&downloader, &EdgarDownloader::fileReady, &downloader,
                     [&](const DownloadTarget &, const QString &path, bool fromLibrary) {
                         run.ready.append(path);
                         run.fromLibrary += fromLibrary ? 1 : 0;
                     });
    QObject::connect(
        &downloader, &EdgarDownloader::failed, &downloader,
        [&](const DownloadTarget &, const QString &message) { run.errors.append(message); });
    QSignalSpy finished(&downloader, &EdgarDownloader::finished);
    downloader.start(targets);
    if (finished.wait(timeoutMs))
        run.cancelled = finished.first().at(2).toBool();
    else
        run.errors.append(u"timed out"_s);
    return run;
}

} // namespace

void TestEdgarClient::userAgentOnEveryRequestAndNoCookies()
{
    TickerDirectory tickers;
    QSignalSpy loaded(&tickers, &TickerDirectory::loaded);
    tickers.load();
    QVERIFY(loaded.wait(10000));
    EdgarDownloader downloader(EdgarLibrary(m_library->path()));
    const DownloadRun run = download(downloader, eightKs(3));
    QCOMPARE(run.ready.size(), 3);
    // Tickers, submissions (filings since 2020: the older page is not needed), three documents.
    QCOMPARE(m_server->requests().size(), 5);
    for (const EdgarTestServer::Request &request : m_server->requests()) {
        QCOMPARE(request.headers.value("user-agent"), fl::test::kTestUserAgent.toLatin1());
        QVERIFY2(!request.headers.contains("cookie"), qPrintable(request.path));
    }
}

void TestEdgarClient::refusesWithoutUserAgent()
{
    EdgarScheduler::instance()->setUserAgent(QString());
    FilingsFetch fetch;
    QSignalSpy failed(&fetch, &FilingsFetch::failed);
    fetch.start(1318605);
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(u"User-Agent"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestEdgarClient::refusesOtherHosts()
{
    EdgarReply *reply = EdgarScheduler::instance()->get(
        QUrl(u"http://www.sec.gov/files/company_tickers.json"_s), 1000, this);
    QSignalSpy finished(reply, &EdgarReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!reply->ok());
    QVERIFY2(reply->error().contains(u"refused"_s), qPrintable(reply->error()));
    delete reply;
    QCOMPARE(m_server->requests().size(), 0);
}

void TestEdgarClient::tenRequestsPerSecondWhileDownloadingFifty()
{
    const QList<DownloadTarget> targets = eightKs(50);
    QCOMPARE(targets.size(), 50);
    m_server->clearRequests();
    EdgarDownloader downloader(EdgarLibrary(m_library->path()));
    const DownloadRun run = download(downloader, targets, 30000);
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u'\n')));
    QCOMPARE(run.ready.size(), 50);
    QCOMPARE(m_server->requestCount(u"/Archives/"_s), 50);
    const int most = m_server->maxRequestsInWindow(1000);
    QVERIFY2(most <= 10, qPrintable(u"%1 requests within one second"_s.arg(most)));
    QCOMPARE(fl::test::filesUnder(m_library->path()).size(), 50);
}

void TestEdgarClient::retryAfterWaitedOut()
{
    m_server->setFault(u"/submissions/CIK0001318605.json"_s, Fault::TooManyRequests, 1);
    FilingsFetch fetch;
    QSignalSpy done(&fetch, &FilingsFetch::finished);
    QSignalSpy told(&fetch, &FilingsFetch::retrying);
    fetch.start(1318605, QDate(2020, 1, 1));
    QVERIFY(done.wait(10000));
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.first().first().toString().contains(u"429"_s),
             qPrintable(told.first().first().toString()));
    QVERIFY(told.first().first().toString().contains(u"trying again in 1 s"_s));
    QCOMPARE(fetch.company().filings.size(), 1001);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].path, requests[1].path);
    QVERIFY2(requests[1].msecs - requests[0].msecs >= 1000,
             qPrintable(u"asked again after %1 ms"_s.arg(requests[1].msecs - requests[0].msecs)));
}

void TestEdgarClient::backoffIsBounded()
{
    m_server->setFault(u"/submissions/"_s, Fault::ServiceUnavailable);
    EdgarReply *reply = EdgarScheduler::instance()->get(
        EdgarScheduler::instance()->endpoints().submissions(1318605), 1 << 20, this);
    QSignalSpy retrying(reply, &EdgarReply::retrying);
    QSignalSpy finished(reply, &EdgarReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!reply->ok());
    QVERIFY2(reply->error().contains(u"503"_s), qPrintable(reply->error()));
    QCOMPARE(m_server->requests().size(), EdgarScheduler::kMaxTries);
    QCOMPARE(retrying.size(), EdgarScheduler::kMaxTries - 1);
    // Exponential: the waits are at least 200, 400 and 800 ms (the back-off set in
    // useServer, doubled each time); a lower bound, whatever the machine's load.
    const auto requests = m_server->requests();
    for (int i = 1; i < requests.size(); ++i)
        QVERIFY2(
            requests[i].msecs - requests[i - 1].msecs >= (200 << (i - 1)),
            qPrintable(u"wait %1: %2 ms"_s.arg(i).arg(requests[i].msecs - requests[i - 1].msecs)));
    QVERIFY(retrying.first().at(1).toString().contains(u"trying again"_s));
    delete reply;
}

void TestEdgarClient::downloadErrorsWriteNothing_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("404") << Fault::NotFound << u"HTTP 404"_s;
    QTest::newRow("connection reset") << Fault::Reset << u"failed"_s;
    QTest::newRow("truncated body") << Fault::Truncate << u"failed"_s;
    QTest::newRow("over the limit") << Fault::OverLimit << u"over the limit"_s;
    QTest::newRow("redirect to another host") << Fault::RedirectAway << u"not an EDGAR host"_s;
}

void TestEdgarClient::downloadErrorsWriteNothing()
{
    QFETCH(Fault, fault);
    QFETCH(QString, message);
    const QList<DownloadTarget> targets = eightKs(1);
    QCOMPARE(targets.size(), 1);
    m_server->setFault(u"/Archives/"_s, fault);
    EdgarDownloader downloader(EdgarLibrary(m_library->path()));
    downloader.setMaxBytes(1 << 20);
    const DownloadRun run = download(downloader, targets);
    QCOMPARE(run.ready.size(), 0);
    QCOMPARE(run.errors.size(), 1);
    QVERIFY2(run.errors.first().contains(message), qPrintable(run.errors.first()));
    QCOMPARE(fl::test::filesUnder(m_library->path()), QStringList());
    QCOMPARE(QDir(m_library->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

void TestEdgarClient::listingErrors_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid JSON") << Fault::InvalidJson << u"not valid JSON"_s;
    QTest::newRow("404") << Fault::NotFound << u"HTTP 404"_s;
    QTest::newRow("truncated") << Fault::Truncate << u"failed"_s;
    QTest::newRow("redirect away") << Fault::RedirectAway << u"not an EDGAR host"_s;
}

void TestEdgarClient::listingErrors()
{
    QFETCH(Fault, fault);
    QFETCH(QString, message);
    m_server->setFault(u"/submissions/"_s, fault);
    FilingsFetch fetch;
    QSignalSpy failed(&fetch, &FilingsFetch::failed);
    fetch.start(1318605);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(message),
             qPrintable(failed.first().first().toString()));
}

void TestEdgarClient::outsidePrimaryDocumentRefused()
{
    // Row 7 is the Q3 2022 8-K; its primaryDocument made hostile.
    m_server->setResponse(
        u"/submissions/CIK0001318605.json"_s,
        fl::test::teslaSubmissionsWith(7, u"primaryDocument"_s, u"../../outside.txt"_s));
    const CompanyFilings tesla = listTesla(QDate(2020, 1, 1));
    QCOMPARE(tesla.filings.at(7).primaryDocument, u"../../outside.txt"_s);
    m_server->clearRequests();
    EdgarDownloader downloader(EdgarLibrary(m_library->path() + u"/lib"_s));
    const DownloadRun run =
        download(downloader, {DownloadTarget::primaryDocument(tesla.filings.at(7))});
    QCOMPARE(run.errors.size(), 1);
    QVERIFY2(run.errors.first().contains(u"refused"_s), qPrintable(run.errors.first()));
    QCOMPARE(m_server->requests().size(), 0); // refused before asking
    QCOMPARE(fl::test::filesUnder(m_library->path()), QStringList());
}

void TestEdgarClient::redirectWithinFollowed()
{
    const QList<DownloadTarget> targets = eightKs(1);
    m_server->setFault(u"/Archives/"_s, Fault::RedirectWithin, 1);
    EdgarDownloader downloader(EdgarLibrary(m_library->path()));
    const DownloadRun run = download(downloader, targets);
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u'\n')));
    QCOMPARE(run.ready.size(), 1);
}

void TestEdgarClient::cancelHalfwayLeavesNoFile()
{
    const QList<DownloadTarget> targets = eightKs(1);
    m_server->setFault(u"/Archives/"_s, Fault::Stall);
    m_server->setFilingBytes(
        fl::test::readTestData(u"corpus/fullsub/scpp__0001193125-14-242424.txt"_s));
    EdgarDownloader downloader(EdgarLibrary(m_library->path()));
    QSignalSpy finished(&downloader, &EdgarDownloader::finished);
    m_server->clearRequests();
    downloader.start(targets);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(u"/Archives/"_s) > 0, 5000);
    // Half the body arrives: the filing's folder is made and the bytes go to QSaveFile's
    // temporary file (unnamed on Linux: O_TMPFILE); then cancel.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_library->path() + u"/1318605"_s), 5000);
    downloader.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(2).toBool(), true);
    QCOMPARE(fl::test::filesUnder(m_library->path()), QStringList());
    QCOMPARE(QDir(m_library->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList()); // the folders made for it are gone too
}

void TestEdgarClient::libraryReusedOffline()
{
    CompanyFilings tesla = listTesla(QDate(2020, 1, 1));
    QList<DownloadTarget> targets;
    for (const FilingEntry &entry : std::as_const(tesla.filings)) {
        if (entry.form == u"10-K"_s && entry.filingDate.year() >= 2020)
            targets.append(DownloadTarget::fullSubmission(entry));
    }
    QCOMPARE(targets.size(), 3); // filed 2022, 2021 and 2020
    EdgarDownloader downloader(EdgarLibrary(m_library->path()));
    const DownloadRun online = download(downloader, targets);
    QCOMPARE(online.ready.size(), 3);
    QCOMPARE(online.fromLibrary, 0);
    QVERIFY(online.ready.contains(m_library->path()
                                  + u"/1318605/000156459020004475/0001564590-20-004475.txt"_s));

    m_server->stop();
    m_server->clearRequests();
    EdgarDownloader offline(EdgarLibrary(m_library->path()));
    const DownloadRun again = download(offline, targets);
    QCOMPARE(again.ready, online.ready);
    QCOMPARE(again.fromLibrary, 3);
    QCOMPARE(m_server->requests().size(), 0);
    for (const QString &path : again.ready) {
        const fl::FilingPtr filing = fl::parseFile(path);
        QVERIFY2(filing->ok(), qPrintable(filing->errorMessage));
        // The server answers with the real Tesla 10-K of 2020 (see the server).
        QCOMPARE(filing->header.accessionNumber.value, u"0001564590-20-004475"_s);
    }
}

void TestEdgarClient::pagedSubmissions()
{
    const CompanyFilings all = listTesla();
    QCOMPARE(all.filings.size(), 1001 + 2);
    QCOMPARE(all.filings.last().accession, u"0001193125-12-081990"_s);
    QCOMPARE(all.filings.last().filingDate, QDate(2012, 2, 27));
    QCOMPARE(m_server->requestCount(u"submissions-001"_s), 1);

    m_server->clearRequests();
    const CompanyFilings recent = listTesla(QDate(2014, 1, 1)); // after the page's span
    QCOMPARE(recent.filings.size(), 1001);
    QCOMPARE(m_server->requestCount(u"submissions-001"_s), 0);
}

void TestEdgarClient::tickerCacheRefreshedDaily()
{
    {
        TickerDirectory tickers;
        QSignalSpy loaded(&tickers, &TickerDirectory::loaded);
        tickers.load();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(tickers.find(u"tsla"_s)->cik, 1318605);
        QCOMPARE(tickers.find(u"0000789019"_s)->ticker, u"MSFT"_s);
        QVERIFY(!tickers.find(u"NO-SUCH-TICKER"_s));
    }
    QCOMPARE(m_server->requestCount(u"company_tickers"_s), 1);
    {
        TickerDirectory cached;
        QSignalSpy loaded(&cached, &TickerDirectory::loaded);
        cached.load();
        QCOMPARE(loaded.size(), 1); // from the cache, at once
        QCOMPARE(cached.tickers().size(), 9610);
    }
    QCOMPARE(m_server->requestCount(u"company_tickers"_s), 1);
    QFile cache(TickerDirectory::cachePath());
    QVERIFY(cache.open(QIODevice::ReadWrite));
    QVERIFY(cache.setFileTime(QDateTime::currentDateTime().addDays(-2),
                              QFileDevice::FileModificationTime));
    cache.close();
    TickerDirectory stale;
    QSignalSpy loaded(&stale, &TickerDirectory::loaded);
    stale.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_server->requestCount(u"company_tickers"_s), 2);
}

void TestEdgarClient::downloadOnAFullDisk()
{
    // The library on a 64 KB tmpfs (else under a 64 KB file-size limit) and a 412 KB filing.
    fl::test::SmallDisk disk;
    QTemporaryDir plain;
    std::unique_ptr<fl::test::FileSizeLimit> limit;
    if (!disk.ok())
        limit = std::make_unique<fl::test::FileSizeLimit>(64 * 1024);
    if (!disk.ok() && !limit->ok())
        QSKIP("neither a tmpfs nor a file-size limit could be set");
    const QString root = QDir(disk.ok() ? disk.path() : plain.path()).filePath(u"library"_s);
    const QString cause = disk.ok() ? fl::test::diskFullCause() : fl::test::fileTooLargeCause();
    const QList<DownloadTarget> targets = eightKs(2);
    QCOMPARE(targets.size(), 2);
    const QByteArray small = m_server->filingBytes();
    m_server->setFilingBytes(
        fl::test::readTestData(u"corpus/fullsub/scpp__0000320193-24-000005.txt"_s));

    EdgarDownloader downloader{EdgarLibrary(root)};
    const DownloadRun full = download(downloader, {targets[0]});
    QCOMPARE(full.ready.size(), 0);
    QCOMPARE(full.errors.size(), 1);
    const QString path =
        EdgarLibrary(root).pathFor(targets[0].cik, targets[0].accession, targets[0].file);
    QCOMPARE(full.errors.first(), u"could not write %1: %2"_s.arg(path, cause));
    // Nothing left: neither the file, nor a temporary one, nor the folders made for it.
    QVERIFY(!QFileInfo::exists(root));

    // The next download, one that fits, still works.
    m_server->setFilingBytes(small);
    EdgarDownloader next{EdgarLibrary(root)};
    const DownloadRun fits = download(next, {targets[1]});
    QCOMPARE(fits.errors, QStringList());
    QCOMPARE(fits.ready.size(), 1);
    QCOMPARE(fl::test::fileBytes(fits.ready.first()), small);
}

void TestEdgarClient::readOnlyLibrary()
{
    // A library with one filing, then mounted read-only (as root, chmod stops no write).
    fl::test::SmallDisk disk(1 << 20);
    if (!disk.ok())
        QSKIP(qPrintable(u"cannot mount a tmpfs: "_s + disk.why()));
    const QString root = disk.filePath(u"library"_s);
    const QList<DownloadTarget> targets = eightKs(2);
    QCOMPARE(targets.size(), 2);
    {
        EdgarDownloader first{EdgarLibrary(root)};
        QCOMPARE(download(first, {targets[0]}).ready.size(), 1);
    }
    QVERIFY(EdgarLibrary(root).writeProblem().isEmpty());
    QVERIFY(disk.remountReadOnly());

    // EDGAR Settings warns with this at once.
    QCOMPARE(EdgarLibrary(root).writeProblem(),
             u"Cannot write in the library folder %1: Read-only file system."_s.arg(root));
    EdgarDownloader downloader{EdgarLibrary(root)};
    const DownloadRun run = download(downloader, targets);
    // The filing already there is still given (offline); the new one says which folder and why.
    QCOMPARE(run.fromLibrary, 1);
    QCOMPARE(run.ready.size(), 1);
    QCOMPARE(run.errors.size(), 1);
    const QString folder = EdgarLibrary(root).filingFolder(targets[1].cik, targets[1].accession);
    QCOMPARE(run.errors.first(),
             u"could not make the folder %1: Read-only file system"_s.arg(folder));
    const fl::FilingPtr filing = fl::parseFile(run.ready.first());
    QVERIFY2(filing->ok(), qPrintable(filing->errorMessage));
    QCOMPARE(fl::test::filesUnder(root).size(), 1);
}

QTEST_GUILESS_MAIN(TestEdgarClient)
#include "tst_edgarclient.moc"

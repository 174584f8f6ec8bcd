// SPDX-License-Identifier: MIT
// EDGAR in the viewer: how soon Tesla's real submissions (1,001 filings, 390 KB) show as a
// sorted list once the response is in, and how close downloading comes to EDGAR's ceiling
// of 10 requests a second, against the local test server. Prints figures, asserts nothing.
//   bench_edgar [--quick]   (--quick: 20 downloads instead of 50)
#include "benchutil.h"
#include "edgarcompany.h"
#include "edgardownloader.h"
#include "edgarfilingmodel.h"
#include "edgarscheduler.h"
#include "edgarserver.h"

#include <QApplication>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace fl::edgar;

namespace {

QByteArray teslaSubmissions()
{
    QFile file(QStringLiteral(FILINGLENS_TEST_DATA)
               + u"/edgar-api/submissions-CIK0001318605.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing Tesla submissions");
    return file.readAll();
}

void benchListToModel()
{
    const QByteArray json = teslaSubmissions();
    fl::EdgarFilingModel model;
    fl::EdgarFilingFilter proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(900, 500);
    view.show();
    QCoreApplication::processEvents();
    const double parse = fl::bench::medianSeconds(21, [&] { parseSubmissions(json); });
    const double total = fl::bench::medianSeconds(21, [&] {
        const Parsed<CompanyFilings> parsed = parseSubmissions(json);
        model.setCompany(parsed.value);
        view.sortByColumn(fl::EdgarFilingModel::FilingDate, Qt::DescendingOrder);
        QCoreApplication::processEvents(); // the view lays out and paints the first rows
    });
    std::printf("list to model: %lld bytes, %d filings: parse %.1f ms, parse + model + sort + "
                "paint %.1f ms (median of 21; budget 100 ms)\n",
                qlonglong(json.size()), model.rowCount(), parse * 1e3, total * 1e3);
}

void benchDownloads(int count)
{
    fl::test::EdgarTestServer server;
    if (!server.start())
        qFatal("could not start the test server");
    auto *scheduler = EdgarScheduler::instance();
    scheduler->setEndpoints(*EdgarEndpoints::withBase(server.baseUrl(), nullptr));
    scheduler->setUserAgent(u"FilingLens Bench bench@example.com"_s);

    FilingsFetch fetch;
    QEventLoop loop;
    QObject::connect(&fetch, &FilingsFetch::finished, &loop, &QEventLoop::quit);
    QObject::connect(&fetch, &FilingsFetch::failed, &loop, &QEventLoop::quit);
    fetch.start(1318605, QDate(2014, 1, 1));
    loop.exec();
    QList<DownloadTarget> targets;
    for (const FilingEntry &entry : fetch.company().filings) {
        if (entry.form == u"8-K"_s && targets.size() < count)
            targets.append(DownloadTarget::primaryDocument(entry));
    }
    QTemporaryDir library;
    EdgarDownloader downloader{EdgarLibrary(library.path())};
    QObject::connect(&downloader, &EdgarDownloader::finished, &loop, &QEventLoop::quit);
    server.clearRequests();
    QElapsedTimer timer;
    timer.start();
    downloader.start(targets);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const auto requests = server.requests();
    // The rate between the first and the last request: n-1 gaps.
    const double span = double(requests.last().msecs - requests.first().msecs) / 1e3;
    const double rate = double(requests.size() - 1) / span;
    std::printf("downloads: %d filings of %lld bytes in %.2f s; %.2f requests/s sustained "
                "(%.0f%% of the 10/s ceiling); at most %d requests in any 1 s window\n",
                int(targets.size()), qlonglong(server.filingBytes().size()), seconds, rate,
                rate * 10.0, server.maxRequestsInWindow(1000));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    benchListToModel();
    benchDownloads(quick ? 20 : 50);
    return 0;
}

// SPDX-License-Identifier: MIT
// The viewer on a big submission: time from asking to open it to the first paint of its text
// and to the whole filing on screen, today's path (the whole file parsed first) against the
// progressive one (the header and first document shown first), the longest stall of the GUI
// thread meanwhile and while scrolling and searching, and peak memory. Runs headless (offscreen
// platform) unless a display is asked for.
//
//   bench_viewer [--shared DIR] [--size MB] [--file FILE] [--plain-text-baseline]

#include "benchutil.h"
#include "filinglistmodel.h"
#include "filingsession.h"
#include "filingview.h"
#include "findbar.h"
#include "mainwindow.h"
#include "textview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace fl;
using namespace fl::bench;

namespace {

// Measures how long the GUI thread goes without running its event loop: a timer that should
// fire every 2 ms records each gap between two firings, so that the longest gap before a
// moment can be told (a gap that holds the moment started before it).
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gaps.push_back({m_last, now - m_last});
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return longestBefore(std::numeric_limits<qint64>::max());
    }
    qint64 elapsedNs() const { return m_clock.nsecsElapsed(); }
    // In ms, the longest gap that started before `ns` (from start()).
    double longestBefore(qint64 ns) const
    {
        qint64 longest = 0;
        for (const auto &[start, length] : m_gaps) {
            if (start < ns)
                longest = std::max(longest, length);
        }
        return double(longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<std::pair<qint64, qint64>> m_gaps;
};

// Runs the event loop until the condition holds. It sleeps between events, as the viewer's own
// loop does: polling without waiting kept the GUI thread busy and took one of a 2-core
// machine's cores from the parse it was waiting for (a third of open-to-first-paint was that).
// A timer wakes it now and then so that the timeout is seen even when nothing else happens.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wakeUp;
    wakeUp.start(5);
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// One open of the file in a new window: first paint of text, the whole filing on screen
// (filingShown, then painted), the GUI stalls up to each.
struct OpenRun
{
    std::unique_ptr<MainWindow> window;
    double firstPaintMs = -1;
    double stallToFirstPaintMs = 0;
    double wholeMs = -1;
    double stallToWholeMs = 0;
    bool sawPreview = false;
};

OpenRun openOnce(const QString &file, bool previews)
{
    OpenRun run;
    run.window = std::make_unique<MainWindow>();
    MainWindow &window = *run.window;
    window.session()->setPreviewsEnabled(previews);
    window.resize(1400, 900);
    window.show();
    waitFor([&] { return window.isVisible(); }, 5000);
    TextView *view = window.filingView()->textView();
    StallMonitor stalls;
    qint64 firstPaint = -1;
    qint64 whole = -1;
    bool wholeShown = false;
    QObject::connect(window.session(), &FilingSession::previewReady, &window,
                     [&] { run.sawPreview = true; });
    QObject::connect(&window, &MainWindow::filingShown, &window, [&] { wholeShown = true; });
    QObject::connect(view, &TextView::painted, &window, [&] {
        if (view->filing() && firstPaint < 0)
            firstPaint = stalls.elapsedNs();
        if (view->filing() && wholeShown && whole < 0)
            whole = stalls.elapsedNs();
    });
    stalls.start();
    window.openPaths({file});
    if (!waitFor([&] { return whole >= 0; }, 120000)) {
        std::printf("the filing never showed\n");
        std::exit(1);
    }
    // One more turn of the loop, so that the gap holding the last paint is recorded.
    QTimer::singleShot(5, &window, [] {});
    waitFor([&] { return stalls.elapsedNs() > whole + 5000000; }, 1000);
    stalls.stop();
    run.firstPaintMs = double(firstPaint) / 1e6;
    run.stallToFirstPaintMs = stalls.longestBefore(firstPaint);
    run.wholeMs = double(whole) / 1e6;
    run.stallToWholeMs = stalls.longestBefore(whole);
    QObject::disconnect(view, nullptr, &window, nullptr);
    return run;
}

void printRun(const char *name, const OpenRun &run)
{
    std::printf("%-34s first paint %6.0f ms (longest GUI stall before it %5.1f ms); whole "
                "filing on screen %6.0f ms (longest stall %5.1f ms)%s\n",
                name, run.firstPaintMs, run.stallToFirstPaintMs, run.wholeMs, run.stallToWholeMs,
                run.sawPreview ? "" : ", no preview");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption shared(u"shared"_s, u"The shared folder."_s, u"DIR"_s,
                                    QStringLiteral(FILINGLENS_SHARED_DIR));
    const QCommandLineOption size(u"size"_s, u"Size of the submission in MB."_s, u"MB"_s, u"100"_s);
    const QCommandLineOption fileOption(u"file"_s, u"Open this file instead."_s, u"FILE"_s);
    const QCommandLineOption plainText(u"plain-text-baseline"_s,
                                       u"Also time QPlainTextEdit::setPlainText on the text."_s);
    const QCommandLineOption folder(u"folder-of"_s,
                                    u"Also open a folder of N filings (the test data repeated)."_s,
                                    u"N"_s, u"1000"_s);
    parser.addOptions({shared, size, fileOption, plainText, folder});
    parser.process(app);

    QTemporaryDir tmp;
    QString file = parser.value(fileOption);
    if (file.isEmpty()) {
        file = tmp.filePath(u"big-submission.txt"_s);
        if (!makeBigSubmission(parser.value(shared), file, parser.value(size).toInt())) {
            std::printf("could not make the big submission\n");
            return 1;
        }
    }
    const qint64 bytes = QFileInfo(file).size();
    std::printf("file: %s, %.1f MB\n", qPrintable(QFileInfo(file).fileName()), mb(bytes));

    // Today's path (the whole file parsed, then shown) against the progressive one (the header
    // and first document shown first), alternated, each in a new window.
    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    const char *const kOld = "old path (whole file, then paint):";
    const char *const kNew = "new path (first document first):";
    printRun(kOld, openOnce(file, false));
    printRun(kNew, openOnce(file, true));
    printRun(kOld, openOnce(file, false));
    OpenRun last = openOnce(file, true);
    printRun(kNew, last);
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    MainWindow &window = *last.window;
    TextView *view = window.filingView()->textView();
    StallMonitor stalls;
    const FilingPtr filing = view->filing();
    std::printf("displayed text: %.1f M characters, %d lines, %lld sections\n",
                double(filing->text.size()) / 1e6, filing->lineCount(),
                qint64(filing->sections.size()));

    // Scrolling: page by page through the first 300 pages, then jumps across the file.
    stalls.start();
    std::vector<double> paints;
    const int pages = 300;
    for (int i = 0; i < pages; ++i) {
        view->setFirstVisibleLine(i * view->visibleLineCount());
        QElapsedTimer t;
        t.start();
        view->viewport()->repaint();
        paints.push_back(double(t.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    for (int i = 0; i < 100; ++i) {
        view->setFirstVisibleLine(int((qint64(filing->lineCount()) * i) / 100));
        QElapsedTimer t;
        t.start();
        view->viewport()->repaint();
        paints.push_back(double(t.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    const double scrollStall = stalls.stop();
    std::sort(paints.begin(), paints.end());
    std::printf("repaint while scrolling (%zu screens): median %.2f ms, slowest %.2f ms\n",
                paints.size(), paints[paints.size() / 2], paints.back());
    std::printf("longest GUI-thread stall while scrolling: %5.1f ms\n", scrollStall);

    // Find in the whole text: the search runs on a worker thread.
    FindBar *find = window.filingView()->findBar();
    window.filingView()->showFind();
    QCoreApplication::processEvents();
    QSignalSpy found(find, &FindBar::searchFinished);
    stalls.start();
    QElapsedTimer findClock;
    findClock.start();
    find->setQuery(u"financial"_s);
    waitFor([&] { return !found.isEmpty(); }, 120000);
    const double findStall = stalls.stop();
    std::printf("find \"financial\": %d matches in %.0f ms; longest GUI stall %.1f ms\n",
                find->matchCount(), double(findClock.nsecsElapsed()) / 1e6, findStall);

    std::printf("peak resident memory: %.0f MB (%.2fx the file)\n", mb(peakRssBytes()),
                double(peakRssBytes()) / double(bytes));

    if (parser.isSet(folder)) {
        // A folder of N filings: links to the test data, repeated.
        const int count = parser.value(folder).toInt();
        QStringList sources;
        QDirIterator it(QStringLiteral(FILINGLENS_TEST_DATA), {u"*.txt"_s, u"*.htm"_s, u"*.html"_s},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
        sources.sort();
        const QString dir = tmp.filePath(u"folder"_s);
        QDir().mkpath(dir);
        qint64 folderBytes = 0;
        for (int i = 0; i < count; ++i) {
            const QString source = sources[i % sources.size()];
            QFile::link(source,
                        u"%1/%2-%3"_s.arg(dir)
                            .arg(i, 5, 10, QChar(u'0'))
                            .arg(QFileInfo(source).fileName()));
            folderBytes += QFileInfo(source).size();
        }
        MainWindow browser;
        browser.resize(1400, 900);
        browser.show();
        FilingListModel *model = browser.filingModel();
        stalls.start();
        QElapsedTimer t;
        t.start();
        qint64 firstRow = -1;
        qint64 firstLoaded = -1;
        browser.openPaths({dir});
        waitFor(
            [&] {
                if (firstRow < 0 && model->rowCount() > 0)
                    firstRow = t.elapsed();
                if (firstLoaded < 0 && model->countIn(FilingListModel::State::Loaded) > 0)
                    firstLoaded = t.elapsed();
                return model->rowCount() == count
                    && model->countIn(FilingListModel::State::Queued) == 0;
            },
            600000);
        const double elapsed = double(t.nsecsElapsed()) / 1e9;
        std::printf("folder of %d filings (%.0f MB): rows listed after %lld ms, first filing "
                    "parsed after %lld ms, all parsed in %.1f s (%.0f files/s); longest GUI "
                    "stall %.1f ms; %lld MB of filings kept in memory\n",
                    count, mb(folderBytes), firstRow, firstLoaded, elapsed, count / elapsed,
                    stalls.stop(), browser.session()->memoryInUse() / 1000000);
        std::printf("peak resident memory: %.0f MB\n", mb(peakRssBytes()));
    }

    if (parser.isSet(plainText)) {
        QPlainTextEdit edit;
        edit.resize(1000, 800);
        edit.show();
        QElapsedTimer t;
        t.start();
        edit.setPlainText(filing->text);
        edit.viewport()->repaint();
        std::printf("baseline: QPlainTextEdit::setPlainText of the same text + first paint: "
                    "%.0f ms on the GUI thread; peak memory now %.0f MB\n",
                    double(t.nsecsElapsed()) / 1e6, mb(peakRssBytes()));
    }
    return 0;
}

// SPDX-License-Identifier: MIT
// File ▸ Open from EDGAR… against the local test server, headless: search with completion,
// filter by form and date, select, download and open, progress and Cancel.
#include "edgarcompany.h"
#include "edgardialog.h"
#include "edgarfilingmodel.h"
#include "edgarflow.h"
#include "edgartestutil.h"
#include "filingsession.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using fl::test::EdgarTestServer;

class TestEdgarDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuAndShortcut();
    void searchWithCompletion();
    void filterByFormAndDate();
    void downloadAndOpen();
    void progressAndCancel();

private:
    // Opens the dialog of a fresh window and lists Tesla.
    fl::EdgarDialog *openTesla(fl::MainWindow &window);

    std::unique_ptr<EdgarTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_library;
};

void TestEdgarDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FilingLensTests"_s);
    QCoreApplication::setApplicationName(u"tst_edgardialog"_s);
}

void TestEdgarDialog::init()
{
    m_server = std::make_unique<EdgarTestServer>();
    QVERIFY(m_server->start());
    m_server->setResponse(u"/submissions/CIK0001318605-submissions-001.json"_s,
                          fl::test::generatedTeslaPage());
    qputenv("FILINGLENS_EDGAR_BASE_URL", m_server->baseUrl().toEncoded());
    m_library = std::make_unique<QTemporaryDir>();
    QSettings().setValue(u"edgar/userAgent"_s, fl::test::kTestUserAgent); // asked once before
    fl::edgar::EdgarLibrary::setConfiguredRoot(m_library->path());
}

void TestEdgarDialog::cleanup()
{
    m_server.reset();
    QSettings().clear();
    QFile::remove(fl::edgar::TickerDirectory::cachePath());
}

fl::EdgarDialog *TestEdgarDialog::openTesla(fl::MainWindow &window)
{
    auto *flow = window.findChild<fl::EdgarFlow *>();
    if (!flow || !flow->showDialog())
        return nullptr;
    fl::EdgarDialog *dialog = flow->dialog();
    QSignalSpy listed(dialog, &fl::EdgarDialog::listed);
    dialog->lookUp(u"TSLA"_s);
    // The recent filings, then the generated older page.
    if (!QTest::qWaitFor([&] { return dialog->model()->rowCount() == 1003; }, 10000))
        return nullptr;
    return dialog;
}

void TestEdgarDialog::menuAndShortcut()
{
    fl::MainWindow window;
    auto *flow = window.findChild<fl::EdgarFlow *>();
    QVERIFY(flow);
    QCOMPARE(flow->openAction()->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
    QVERIFY(window.findChildren<QAction *>().contains(flow->libraryAction()));
}

void TestEdgarDialog::searchWithCompletion()
{
    fl::MainWindow window;
    auto *flow = window.findChild<fl::EdgarFlow *>();
    QVERIFY(flow->showDialog());
    fl::EdgarDialog *dialog = flow->dialog();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->completer()->model()->rowCount(), 9610, 10000);
    QTest::keyClicks(dialog->searchEdit(), u"tesla"_s);
    dialog->completer()->setCompletionPrefix(dialog->searchEdit()->text());
    QVERIFY(dialog->completer()->completionCount() >= 1);
    QStringList completions;
    for (int i = 0; i < dialog->completer()->completionCount(); ++i) {
        dialog->completer()->setCurrentRow(i);
        completions.append(dialog->completer()->currentCompletion());
    }
    QVERIFY2(completions.contains(u"TSLA — Tesla, Inc. (1318605)"_s),
             qPrintable(completions.join(u", "_s)));
    // Choosing the completion lists the company.
    Q_EMIT dialog->completer()->activated(u"TSLA — Tesla, Inc. (1318605)"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1003, 10000);
    QAbstractItemModelTester modelTester(dialog->model());
    QAbstractItemModelTester proxyTester(dialog->proxy());
    QCOMPARE(dialog->model()->cik(), 1318605);
    // Sorted by filing date, newest first: Tesla's Form 4 of 2022-11-30 on top.
    QCOMPARE(dialog->proxy()->index(0, fl::EdgarFilingModel::FilingDate).data().toString(),
             u"2022-11-30"_s);
    QCOMPARE(dialog->proxy()->index(0, fl::EdgarFilingModel::Accession).data().toString(),
             u"0001790565-22-000015"_s);
    for (const auto &request : m_server->requests())
        QCOMPARE(request.headers.value("user-agent"), fl::test::kTestUserAgent.toLatin1());
}

void TestEdgarDialog::filterByFormAndDate()
{
    fl::MainWindow window;
    fl::EdgarDialog *dialog = openTesla(window);
    QVERIFY(dialog);
    QAbstractItemModelTester proxyTester(dialog->proxy());
    dialog->formCombo()->setCurrentText(u"10-K"_s);
    QCOMPARE(dialog->proxy()->rowCount(), 9 + 3 + 2); // 10-Ks, 10-K/As, the page's two
    dialog->amendmentsBox()->setChecked(false);
    QCOMPARE(dialog->proxy()->rowCount(), 9 + 2);
    dialog->amendmentsBox()->setChecked(true);
    dialog->sinceEdit()->setDate(QDate(2021, 1, 1));
    // 10-K/A 2022-05-02, 10-K 2022-02-07, 10-K/A 2021-04-30, 10-K 2021-02-08.
    QCOMPARE(dialog->proxy()->rowCount(), 4);
    dialog->untilEdit()->setDate(QDate(2021, 12, 31));
    QCOMPARE(dialog->proxy()->rowCount(), 2);
    dialog->table()->sortByColumn(fl::EdgarFilingModel::FilingDate, Qt::AscendingOrder);
    QCOMPARE(dialog->proxy()->index(0, fl::EdgarFilingModel::Form).data().toString(), u"10-K"_s);
    QCOMPARE(dialog->proxy()->index(1, fl::EdgarFilingModel::Form).data().toString(), u"10-K/A"_s);
    dialog->formCombo()->setCurrentIndex(0);                          // all forms
    dialog->sinceEdit()->setDate(dialog->sinceEdit()->minimumDate()); // "any"
    dialog->untilEdit()->setDate(dialog->untilEdit()->minimumDate());
    QCOMPARE(dialog->proxy()->rowCount(), 1003);
}

void TestEdgarDialog::downloadAndOpen()
{
    fl::MainWindow window;
    fl::EdgarDialog *dialog = openTesla(window);
    QVERIFY(dialog);
    dialog->formCombo()->setCurrentText(u"10-K"_s);
    dialog->amendmentsBox()->setChecked(false);
    dialog->sinceEdit()->setDate(QDate(2021, 1, 1));
    QCOMPARE(dialog->proxy()->rowCount(), 2);
    QVERIFY(!dialog->downloadButton()->isEnabled());
    dialog->table()->selectAll();
    QVERIFY(dialog->downloadButton()->isEnabled());
    dialog->fullSubmissionBox()->setChecked(true);
    auto *flow = window.findChild<fl::EdgarFlow *>();
    QSignalSpy done(flow, &fl::EdgarFlow::downloadFinished);
    QTest::mouseClick(dialog->downloadButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(flow->progressBar()->isVisibleTo(&window));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toInt(), 2);
    QVERIFY(!flow->progressBar()->isVisibleTo(&window));
    const QStringList expected{
        m_library->path() + u"/1318605/000095017022000796/0000950170-22-000796.txt"_s,
        m_library->path() + u"/1318605/000156459021004599/0001564590-21-004599.txt"_s};
    // Each opened in the browser as it arrived.
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->paths().size(), 2, 10000);
    QStringList opened = window.session()->paths();
    opened.sort();
    QCOMPARE(opened, expected);
}

void TestEdgarDialog::progressAndCancel()
{
    fl::MainWindow window;
    fl::EdgarDialog *dialog = openTesla(window);
    QVERIFY(dialog);
    m_server->setFilingBytes(
        fl::test::readTestData(u"corpus/fullsub/scpp__0001193125-14-242424.txt"_s));
    m_server->setFault(u"/Archives/"_s, EdgarTestServer::Fault::Stall);
    dialog->formCombo()->setCurrentText(u"8-K"_s);
    dialog->table()->selectRow(0);
    dialog->table()->selectionModel()->select(
        dialog->proxy()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *flow = window.findChild<fl::EdgarFlow *>();
    QSignalSpy done(flow, &fl::EdgarFlow::downloadFinished);
    m_server->clearRequests();
    QTest::mouseClick(dialog->downloadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(u"/Archives/"_s) > 0, 5000);
    QVERIFY(flow->cancelButton()->isVisibleTo(&window));
    QCOMPARE(flow->progressBar()->maximum(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_library->path() + u"/1318605"_s), 5000);
    QTest::mouseClick(flow->cancelButton(), Qt::LeftButton);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().at(2).toBool(), true);
    QVERIFY(!flow->cancelButton()->isVisibleTo(&window));
    QCOMPARE(fl::test::filesUnder(m_library->path()), QStringList());
    QCOMPARE(window.session()->paths(), QStringList());
}

QTEST_MAIN(TestEdgarDialog)
#include "tst_edgardialog.moc"

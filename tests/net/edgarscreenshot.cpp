// SPDX-License-Identifier: MIT
// Makes the README's screenshot of File ▸ Open from EDGAR…: starts the test server, opens the
// dialog of a window, lists Tesla, filters 10-Ks and amendments since 2020, selects two and
// saves the dialog as PNG. Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1024x700x24" build/tests/edgar_screenshot
//   resources/screenshots/edgar.png
#include "edgardialog.h"
#include "edgarfilingmodel.h"
#include "edgarflow.h"
#include "edgarlibrary.h"
#include "edgarserver.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: edgar_screenshot OUT.png\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true); // settings and caches of its own
    QApplication::setOrganizationName(u"FilingLensScreenshot"_s);
    QApplication::setApplicationName(u"edgar_screenshot"_s);
    fl::test::EdgarTestServer server;
    if (!server.start())
        return 1;
    server.setResponse(u"/submissions/CIK0001318605-submissions-001.json"_s, "{}");
    qputenv("FILINGLENS_EDGAR_BASE_URL", server.baseUrl().toEncoded());
    QTemporaryDir library;
    QSettings().setValue(u"edgar/userAgent"_s, u"Jane Analyst jane@example.com"_s);
    fl::edgar::EdgarLibrary::setConfiguredRoot(library.path());

    fl::MainWindow window;
    window.show();
    auto *flow = window.findChild<fl::EdgarFlow *>();
    if (!flow->showDialog())
        return 1;
    fl::EdgarDialog *dialog = flow->dialog();
    dialog->resize(960, 520);
    if (!QTest::qWaitFor([&] { return dialog->completer()->model()->rowCount() > 0; }, 10000))
        return 1; // the ticker list did not load
    dialog->searchEdit()->setText(u"TSLA — Tesla, Inc. (1318605)"_s);
    dialog->lookUp(dialog->searchEdit()->text());
    if (!QTest::qWaitFor([&] { return dialog->model()->rowCount() >= 1001; }, 10000))
        return 1;
    dialog->formCombo()->setCurrentText(u"10-K"_s);
    dialog->sinceEdit()->setDate(QDate(2020, 1, 1));
    for (int row : {1, 3})
        dialog->table()->selectionModel()->select(dialog->proxy()->index(row, 0),
                                                  QItemSelectionModel::Select
                                                      | QItemSelectionModel::Rows);
    dialog->table()->resizeColumnsToContents();
    QTest::qWait(300);
    const bool saved = dialog->grab().save(QString::fromLocal8Bit(argv[1]));
    return saved ? 0 : 1;
}

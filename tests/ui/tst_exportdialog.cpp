// SPDX-License-Identifier: MIT
// The export dialog headless: the items layout and its "with text" choice, remembered between
// exports, and an items export through the session's background writer; the Excel workbook's
// dialog (a sheet per layout ticked), and File ▸ Export Excel Workbook driven end to end.

#include "dialoganswer.h"
#include "exportdialog.h"
#include "filinglistmodel.h"
#include "filingsession.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestExportDialog : public QObject
{
    Q_OBJECT

    static QCheckBox *textBox(const ExportDialog &dialog)
    {
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(u"text"_s))
                return box;
        }
        qFatal("no check box for the item text");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        QApplication::setApplicationName(u"tst_exportdialog"_s);
        QSettings().clear();
        test::useQtFileDialogs();
    }

    void itemsLayoutAndItsText()
    {
        ExportDialog dialog(0, 3, true);
        auto *layout = dialog.findChild<QComboBox *>();
        QVERIFY(layout);
        QCOMPARE(layout->count(), 4); // wide, long, items, facts
        QVERIFY(layout->findData(int(CsvLayout::Facts)) >= 0);
        QCOMPARE(dialog.layout(), CsvLayout::Wide);
        QCheckBox *text = textBox(dialog);
        // "With text" means something only for the items layout; it is on by default.
        QVERIFY(!text->isEnabled());
        QVERIFY(dialog.itemText());
        layout->setCurrentIndex(layout->findData(int(CsvLayout::Items)));
        QCOMPARE(dialog.layout(), CsvLayout::Items);
        QVERIFY(text->isEnabled());
        text->setChecked(false);
        QVERIFY(!dialog.itemText());
        layout->setCurrentIndex(layout->findData(int(CsvLayout::Long)));
        QVERIFY(!text->isEnabled());
        layout->setCurrentIndex(layout->findData(int(CsvLayout::Items)));

        // Export… remembers both for the next time.
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                button->click();
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        ExportDialog next(0, 3, true);
        QCOMPARE(next.layout(), CsvLayout::Items);
        QVERIFY(!next.itemText());
        QVERIFY(textBox(next)->isEnabled());
    }

    static void clickExport(QDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                button->click();
        }
    }

    static QPushButton *exportButton(const QDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(button);
        }
        qFatal("no Export button");
    }

    // The workbook dialog's check box for a layout ("Wide: ...", "Long: ...", "Items: ...").
    static QCheckBox *sheetBox(const ExportDialog &dialog, const QString &prefix)
    {
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().startsWith(prefix))
                return box;
        }
        qFatal("no check box %s", qPrintable(prefix));
    }

    void workbookDialogSheets()
    {
        ExportDialog dialog(ExportDialog::Format::Xlsx, 0, 3, true);
        QCOMPARE(dialog.format(), ExportDialog::Format::Xlsx);
        // No single-layout combo, no CSV-only choices: a workbook never holds a formula.
        QVERIFY(!dialog.findChild<QComboBox *>());
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            QVERIFY2(!box->text().contains(u"formula"_s) && !box->text().contains(u"byte-order"_s),
                     qPrintable(box->text()));
        // The wide sheet alone at first.
        QCOMPARE(dialog.layouts(), QList<CsvLayout>{CsvLayout::Wide});
        QVERIFY(!textBox(dialog)->isEnabled());
        sheetBox(dialog, u"Items"_s)->setChecked(true);
        QCOMPARE(dialog.layouts(), (QList<CsvLayout>{CsvLayout::Wide, CsvLayout::Items}));
        QVERIFY(textBox(dialog)->isEnabled());
        // Without a sheet there is nothing to export.
        sheetBox(dialog, u"Wide"_s)->setChecked(false);
        sheetBox(dialog, u"Items"_s)->setChecked(false);
        QVERIFY(dialog.layouts().isEmpty());
        QVERIFY(!exportButton(dialog)->isEnabled());
        sheetBox(dialog, u"Long"_s)->setChecked(true);
        sheetBox(dialog, u"Items"_s)->setChecked(true);
        QVERIFY(exportButton(dialog)->isEnabled());
        clickExport(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Remembered for the next workbook, apart from the CSV's choice.
        ExportDialog next(ExportDialog::Format::Xlsx, 0, 3, true);
        QCOMPARE(next.layouts(), (QList<CsvLayout>{CsvLayout::Long, CsvLayout::Items}));
        ExportDialog csv(0, 3, true);
        QCOMPARE(csv.layouts().size(), 1);
    }

    void excelActionWritesAWorkbook()
    {
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"seeds"_s)});
        const FilingListModel *model = w.filingModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowCount() == 3 && model->countIn(FilingListModel::State::Queued) == 0, 20000);
        QAction *excel = nullptr;
        for (QAction *menu : w.menuBar()->actions()) {
            for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>{}) {
                if (action->text().remove(u'&').contains(u"Excel"_s))
                    excel = action;
            }
        }
        QVERIFY(excel);
        QVERIFY(excel->isEnabled());

        QTemporaryDir dir;
        const QString out = dir.filePath(u"from-menu.xlsx"_s);
        // Answers the dialogs as they come: all filings, the wide and items sheets, then the
        // file name.
        bool sawDialog = false;
        bool answeredFileDialog = false;
        int fileDialogTries = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, &w, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ExportDialog *>(modal)) {
                sawDialog = true;
                for (QRadioButton *radio : dialog->findChildren<QRadioButton *>()) {
                    if (radio->text().contains(u"All"_s))
                        radio->setChecked(true);
                }
                sheetBox(*dialog, u"Wide"_s)->setChecked(true);
                sheetBox(*dialog, u"Long"_s)->setChecked(false); // ticked by the test before
                sheetBox(*dialog, u"Items"_s)->setChecked(true);
                clickExport(*dialog);
            } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                // Answered once the dialog is active, its name box focused: the case that hung
                // (within a second anyway, should the platform never activate it).
                if (!files->isActiveWindow() && ++fileDialogTries < 20)
                    return;
                if (test::answerFileDialog(files, out)) {
                    answeredFileDialog = true;
                } else if (++fileDialogTries == 200) {
                    // Given up after 10 s rather than waiting forever: the test then fails.
                    qWarning("the file dialog kept %s",
                             qPrintable(files->selectedFiles().value(0)));
                    files->reject();
                }
            } else if (auto *other = qobject_cast<QDialog *>(modal)) {
                // Anything else (a message box) would block the test forever: say what it
                // was and close it, so that the test fails instead of hanging.
                qWarning("unexpected dialog %s: %s", other->metaObject()->className(),
                         qPrintable(other->windowTitle()));
                other->reject();
            }
        });
        answer.start(50);
        QSignalSpy finished(&w, &MainWindow::exportFinished);
        excel->trigger();
        QVERIFY(finished.wait(30000));
        answer.stop();
        QVERIFY(sawDialog);
        QVERIFY(answeredFileDialog);
        QCOMPARE(finished.first().at(0).toBool(), true);
        // Three wide rows and the seeds' six items, on two sheets.
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.startsWith(u"Wrote 9 row(s) on 2 sheets to "_s + out),
                 qPrintable(message));
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out));
        QVERIFY(file.readAll().startsWith("PK\x03\x04")); // a zip container: the workbook
    }

    void itemsExportInTheBackground()
    {
        // The dialog's choice goes through the same atomic, cancellable writer as the others.
        FilingSession session;
        QTemporaryDir dir;
        const QString out = dir.filePath(u"items.csv"_s);
        const QStringList paths = {test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s),
                                   test::dataPath(u"corpus/periodic/ewr__d778787d10q.htm"_s)};
        CsvExportOptions options;
        options.layout = CsvLayout::Items;
        options.itemText = false;
        QSignalSpy done(&session, &FilingSession::exportDone);
        QCOMPARE(session.startExport(paths, out, options), QString());
        QVERIFY(done.wait(60000));
        const auto result = done.first().at(0).value<CsvExportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 2 + 11); // the seed's two items, the 10-Q's eleven
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith(
            QByteArray(csvHeader(CsvLayout::Items, false).join(u',').toUtf8() + "\r\n")));
        QCOMPARE(csv.count("\r\n"), 1 + 13);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"

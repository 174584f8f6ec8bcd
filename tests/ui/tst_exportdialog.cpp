// SPDX-License-Identifier: MIT
// The export dialog headless: the items layout and its "with text" choice, remembered between
// exports, and an items export through the session's background writer.

#include "exportdialog.h"
#include "filingsession.h"
#include "testutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    }

    void itemsLayoutAndItsText()
    {
        ExportDialog dialog(0, 3, true);
        auto *layout = dialog.findChild<QComboBox *>();
        QVERIFY(layout);
        QCOMPARE(layout->count(), 3);
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

// SPDX-License-Identifier: MIT
// The window's honest states, headless: the error page of a file that failed, actions disabled
// (with the reason) while they cannot run, the browser filter keeping the filing on screen, a
// full-text hit opening with its term found, Find saying it wrapped, Ctrl+E on a comparison
// writing its field table, and the plural wording of the English translation.

#include "actionstate.h"
#include "comparemodel.h"
#include "compareview.h"
#include "dialoganswer.h"
#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingview.h"
#include "findbar.h"
#include "mainwindow.h"
#include "testutil.h"
#include "textview.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestWindowStates : public QObject
{
    Q_OBJECT

    const QString m_seed2004 = test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
    const QString m_seedApril = test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s);
    const QString m_seed2007 = test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s);

    [[nodiscard]] static bool waitUntilOpened(MainWindow &w, int rows)
    {
        const FilingListModel *model = w.filingModel();
        const bool opened = QTest::qWaitFor(
            [&] {
                return model->rowCount() == rows
                    && model->countIn(FilingListModel::State::Queued) == 0;
            },
            20000);
        if (!opened)
            qWarning("not opened within 20 s: %d row(s), expected %d", model->rowCount(), rows);
        return opened;
    }

    static QAction *action(const MainWindow &w, const QString &text)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        qWarning("no action %s", qPrintable(text));
        return nullptr;
    }

    // Makes the filing at `path` the browser's current row (which shows it).
    [[nodiscard]] static bool show(MainWindow &w, const QString &path)
    {
        const QModelIndex index = w.filingProxy()->mapFromSource(
            w.filingModel()->index(w.filingModel()->rowOfPath(path), 0));
        w.browser()->setCurrentIndex(index);
        return QTest::qWaitFor([&] { return w.currentPath() == path && w.filingView()->filing(); },
                               20000);
    }

    static QStringList selectedPaths(const MainWindow &w)
    {
        QStringList paths;
        for (const QModelIndex &index : w.browser()->selectionModel()->selectedRows())
            paths << index.data(FilingListModel::PathRole).toString();
        return paths;
    }

    // Types a filter into the browser as a user would, and waits for it to apply.
    static void filter(MainWindow &w, FilingFilterProxy::Scope scope, const QString &text)
    {
        w.browserScope()->setCurrentIndex(w.browserScope()->findData(int(scope)));
        w.browserFilter()->clear();
        QTest::keyClicks(w.browserFilter(), text);
        QTRY_COMPARE(w.filingProxy()->query(), text);
    }

    // Reads a CSV file with Python's csv module, an independent reader.
    static QList<QStringList> readWithPython(const QString &path)
    {
        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import csv,json,sys\n"
                      u"with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                      u"    print(json.dumps(list(csv.reader(f, strict=True))))\n"_s,
                      path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            qFatal("python3 could not read %s: %s", qPrintable(path),
                   python.readAllStandardError().constData());
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        QApplication::setApplicationName(u"tst_windowstates"_s);
        test::useQtFileDialogs();
        QVERIFY(installTranslations(*qApp));
    }

    void errorPageInsteadOfTheHint()
    {
        MainWindow w;
        w.resize(1024, 700);
        w.show();
        QTemporaryDir dir;
        const QString notes = dir.filePath(u"notes.txt"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Remember to buy milk.\n");
        file.close();
        QSignalSpy shown(&w, &MainWindow::filingShown);
        w.openPaths({notes});
        QVERIFY(shown.wait(20000));
        FilingView *view = w.filingView();
        QVERIFY(view->isShowingError());
        QVERIFY(view->errorPage()->isVisible());
        // The text view, which paints the "Open a filing" hint, is not on screen.
        QVERIFY(!view->textView()->isVisible());
        QCOMPARE(view->findChild<QLabel *>(u"errorTitle"_s)->text(),
                 u"notes.txt could not be opened"_s);
        const QString reason = view->findChild<QLabel *>(u"errorReason"_s)->text();
        QVERIFY2(reason.contains(u"does not look like an SEC filing"_s), qPrintable(reason));
        // No label above the page says it again.
        for (QLabel *label : view->findChildren<QLabel *>()) {
            if (label->isVisible() && !view->errorPage()->isAncestorOf(label))
                QVERIFY2(!label->text().contains(u"could not be opened"_s),
                         qPrintable(label->text()));
        }
        // A filing that opens replaces the page with its text.
        w.openPaths({m_seed2004});
        QTRY_VERIFY(view->filing() != nullptr);
        QVERIFY(!view->isShowingError());
        QVERIFY(view->textView()->isVisible());
    }

    void actionsNeedWhatTheyWorkOn()
    {
        MainWindow w;
        w.show();
        QAction *close = action(w, u"&Close"_s);
        QAction *exportCsv = action(w, u"&Export CSV…"_s);
        QAction *exportXlsx = action(w, u"Export E&xcel Workbook (.xlsx)…"_s);
        QAction *find = action(w, u"&Find…"_s);
        QAction *findNext = action(w, u"Find &Next"_s);
        QAction *compare = action(w, u"&Compare Selected Filings"_s);
        QAction *next = action(w, u"&Next Filing"_s);
        QVERIFY(close && exportCsv && exportXlsx && find && findNext && compare && next);
        // Nothing open: disabled, the status tip saying why.
        for (QAction *a : {close, exportCsv, exportXlsx, find, findNext, compare, next})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QCOMPARE(close->statusTip(), u"Open a filing first"_s);
        QCOMPARE(find->statusTip(), u"Show a filing or a comparison first"_s);
        QVERIFY(compare->statusTip().startsWith(u"Select two filings in the browser"_s));
        QCOMPARE(close->toolTip(), u"Close (Ctrl+W) \u2014 Open a filing first"_s);
        // Tool bar buttons name their shortcuts.
        QAction *open = action(w, u"&Open…"_s);
        QCOMPARE(open->toolTip(), u"Open (Ctrl+O)"_s);
        QCOMPARE(find->toolTip().section(u" \u2014"_s, 0, 0), u"Find (Ctrl+F)"_s);

        w.openPaths({m_seed2004, m_seed2007});
        QVERIFY(waitUntilOpened(w, 2));
        QTRY_VERIFY(w.filingView()->filing() != nullptr);
        for (QAction *a : {close, exportCsv, exportXlsx, find, findNext, next})
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        QCOMPARE(close->statusTip(), u"Close the selected filings, or the comparison shown"_s);
        QCOMPARE(find->toolTip(), u"Find (Ctrl+F)"_s);
        // One filing selected: nothing to compare yet; two: Compare.
        QCOMPARE(selectedPaths(w).size(), 1);
        QVERIFY(!compare->isEnabled());
        w.browser()->selectAll();
        QVERIFY(compare->isEnabled());
        // Everything closed again: disabled again.
        w.browser()->setFocus();
        close->trigger();
        QCOMPARE(w.filingModel()->rowCount(), 0);
        for (QAction *a : {close, exportCsv, exportXlsx, find, compare, next})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }

    void filterKeepsTheShownFiling()
    {
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"seeds"_s)});
        QVERIFY(waitUntilOpened(w, 3));
        QVERIFY(show(w, m_seed2004));
        QSignalSpy shown(&w, &MainWindow::filingShown);
        // Items 7 and 12 are in both 2004 filings: the one on screen stays, still selected.
        filter(w, FilingFilterProxy::Scope::Item, u"7"_s);
        QCOMPARE(w.filingProxy()->rowCount(), 2);
        QCOMPARE(w.currentPath(), m_seed2004);
        QCOMPARE(selectedPaths(w), QStringList{m_seed2004});
        QCOMPARE(shown.count(), 0);
        // Item 2.02 only in the 2007 one: it is shown and selected.
        filter(w, FilingFilterProxy::Scope::Item, u"2.02"_s);
        QCOMPARE(w.filingProxy()->rowCount(), 1);
        QTRY_COMPARE(w.currentPath(), m_seed2007);
        QCOMPARE(selectedPaths(w), QStringList{m_seed2007});
        QCOMPARE(w.browser()->currentIndex().data(FilingListModel::PathRole).toString(),
                 m_seed2007);
        // Cleared: all rows back, the 2007 filing still on screen and selected.
        w.browserFilter()->clear();
        QTRY_COMPARE(w.filingProxy()->rowCount(), 3);
        QCOMPARE(w.currentPath(), m_seed2007);
        QCOMPARE(selectedPaths(w), QStringList{m_seed2007});
    }

    void fullTextHitOpensWithItsTermFound()
    {
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"seeds"_s)});
        QVERIFY(waitUntilOpened(w, 3));
        QVERIFY(show(w, m_seed2007));
        // "Item 12" is in the 2004 filings only, twice in each ("ITEM 12." heading and "under
        // Item 12" in its title, counted in the files): the 2007 one gives way to the first.
        filter(w, FilingFilterProxy::Scope::Text, u"Item 12"_s);
        QTRY_COMPARE(w.filingProxy()->rowCount(), 2);
        QTRY_COMPARE(w.currentPath(), m_seed2004);
        QCOMPARE(selectedPaths(w), QStringList{m_seed2004});
        FindBar *bar = w.filingView()->findBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->query(), u"Item 12"_s);
        QTRY_COMPARE(bar->matchCount(), 2);
        QCOMPARE(w.filingView()->textView()->findMatches().size(), 2);

        // The April filing, also a hit, opens with its matches too.
        QVERIFY(show(w, m_seedApril));
        QTRY_COMPARE(bar->matchCount(), 2);
        QCOMPARE(bar->query(), u"Item 12"_s);
    }

    void findSaysWhenItWraps()
    {
        MainWindow w;
        w.show();
        w.openPaths({m_seed2004});
        QTRY_VERIFY(w.filingView()->filing() != nullptr);
        FindBar *bar = w.filingView()->findBar();
        w.filingView()->showFind();
        QSignalSpy searched(bar, &FindBar::searchFinished);
        bar->setQuery(u"release"_s); // 4 times in the file (grep -oi)
        QVERIFY(searched.wait(10000));
        QCOMPARE(bar->matchCount(), 4);
        QCOMPARE(bar->currentMatch(), 0);
        QCOMPARE(bar->wrapNotice(), QString());
        for (int i = 1; i < 4; ++i) {
            bar->findNext();
            QCOMPARE(bar->currentMatch(), i);
            QCOMPARE(bar->wrapNotice(), QString());
        }
        bar->findNext();
        QCOMPARE(bar->currentMatch(), 0);
        QCOMPARE(bar->wrapNotice(), u"Wrapped to the top"_s);
        QVERIFY(bar->findChild<QLabel *>(u"wrapNote"_s)->isVisible());
        bar->findPrevious();
        QCOMPARE(bar->currentMatch(), 3);
        QCOMPARE(bar->wrapNotice(), u"Wrapped to the bottom"_s);
        bar->findPrevious();
        QCOMPARE(bar->currentMatch(), 2);
        QCOMPARE(bar->wrapNotice(), QString());
        QVERIFY(!bar->findChild<QLabel *>(u"wrapNote"_s)->isVisible());
    }

    void ctrlEOnAComparisonWritesItsTable()
    {
        MainWindow w;
        w.show();
        w.openPaths({m_seed2004, m_seed2007});
        QVERIFY(waitUntilOpened(w, 2));
        QSignalSpy opened(&w, &MainWindow::compareOpened);
        w.compare(m_seed2004, m_seed2007);
        QVERIFY(opened.count() == 1 || opened.wait(20000));
        QCOMPARE(w.tabs()->currentWidget(), w.currentCompareView());

        QTemporaryDir dir;
        const QString out = dir.filePath(u"comparison.csv"_s);
        bool answered = false;
        int tries = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, &w, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (files && !test::answerFileDialog(files, out) && ++tries == 200)
                files->reject(); // the test then fails instead of hanging
            answered = answered || files;
        });
        answer.start(50);
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
        answer.stop();
        QVERIFY(answered);
        QVERIFY(QFile::exists(out));

        const QList<QStringList> rows = readWithPython(out);
        QCOMPARE(
            rows.first(),
            (QStringList{u"section"_s, u"field"_s, u"left"_s, u"right"_s, u"status"_s, u"note"_s}));
        auto row = [&](const QString &field) {
            for (const QStringList &r : rows) {
                if (r.value(1).startsWith(field))
                    return r;
            }
            return QStringList();
        };
        // Read off the two covers: the date of report changed, the file number written two
        // ways; Items 7 and 12 of 2004 are 9.01 and 2.02 of 2007.
        QCOMPARE(
            row(u"Cover page / Date of report"_s),
            (QStringList{u"Cover page"_s, u"Cover page / Date of report"_s, u"February 26, 2004"_s,
                         u"April 24, 2007"_s, u"changed"_s, QString()}));
        QCOMPARE(row(u"Cover page / Commission file number"_s).mid(2, 3),
                 (QStringList{u"0-17297"_s, u"000-17297"_s, u"same"_s}));
        const QStringList item12 = row(u"Item 12 \u2192 2.02"_s);
        QCOMPARE(item12.value(0), u"Items"_s);
        QCOMPARE(item12.value(4), u"renumbered"_s);
        QCOMPARE(row(u"Item 7 \u2192 9.01"_s).value(3),
                 u"9.01 Financial Statements and Exhibits"_s);
        // Not the filings' own rows (the export of the filing tab): no "registrant" column.
        QVERIFY(!rows.first().contains(u"registrant"_s));
        QCOMPARE(rows.size() - 1, w.currentCompareView()->fieldModel()->rowCount());
    }

    void pluralsReadAsEnglish()
    {
        MainWindow w;
        w.show();
        auto *counts = w.findChild<QLabel *>(u"filingCounts"_s);
        QVERIFY(counts);
        w.openPaths({m_seed2004});
        QVERIFY(waitUntilOpened(w, 1));
        QTRY_COMPARE(counts->text(), u"1 filing"_s);
        w.openPaths({m_seed2007});
        QVERIFY(waitUntilOpened(w, 2));
        QTRY_COMPARE(counts->text(), u"2 filings"_s);
        filter(w, FilingFilterProxy::Scope::Item, u"2.02"_s);
        QTRY_COMPARE(counts->text(), u"1 of 2 filings"_s);
        // The same translation reaches every %n string.
        QCOMPARE(FilingListModel::tr("%n warning(s)", nullptr, 1), u"1 warning"_s);
        QCOMPARE(CompareView::tr("%n change(s)", nullptr, 21), u"21 changes"_s);
    }
};

QTEST_MAIN(TestWindowStates)
#include "tst_windowstates.moc"

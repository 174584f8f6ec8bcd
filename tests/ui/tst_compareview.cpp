// SPDX-License-Identifier: MIT
// The compare view headless: field table, synchronized scrolling, next / previous change,
// swapping sides, field rows that scroll both texts; and opening it from the window.

#include "comparemodel.h"
#include "compareview.h"
#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingparser.h"
#include "filingview.h"
#include "mainwindow.h"
#include "testutil.h"
#include "textview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>

#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestCompareView : public QObject
{
    Q_OBJECT

    static FilingPtr load(const QString &relative) { return test::parseData(relative); }

    // Shows the two filings; false (and the caller's QVERIFY fails) when the diff never came.
    [[nodiscard]] static bool showPair(CompareView &view, const QString &a, const QString &b)
    {
        QSignalSpy ready(&view, &CompareView::diffReady);
        view.setFilings(load(a), load(b));
        if (!ready.wait(10000)) {
            qWarning("no diff of %s and %s within 10 s", qPrintable(a), qPrintable(b));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fieldTable()
    {
        CompareView view;
        QAbstractItemModelTester tester(view.fieldModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            view.fieldProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1200, 800);
        view.show();
        QVERIFY(showPair(view, u"seeds/000_b149af05fdad4801.txt"_s,
                         u"seeds/002_804b7ad1e3b304a9.txt"_s));
        const int all = view.fieldProxy()->rowCount();
        QVERIFY(all > 10);
        view.changesOnlyBox()->setChecked(true);
        const int changes = view.fieldProxy()->rowCount();
        QVERIFY(changes < all);
        for (int row = 0; row < changes; ++row) {
            const QString status =
                view.fieldProxy()->index(row, CompareFieldModel::StatusColumn).data().toString();
            QVERIFY2(status != u"same"_s, qPrintable(status));
        }
        // Renumbered items are coloured and labelled as such.
        bool renumbered = false;
        for (int row = 0; row < changes; ++row) {
            const QModelIndex index =
                view.fieldProxy()->index(row, CompareFieldModel::StatusColumn);
            if (index.data().toString() == u"renumbered"_s) {
                renumbered = true;
                QVERIFY(index.data(Qt::BackgroundRole).isValid());
            }
        }
        QVERIFY(renumbered);
    }

    void selectingFieldScrollsBothTexts()
    {
        CompareView view;
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showPair(view, u"corpus/html8k/scpp__aapl-20240201.htm"_s,
                         u"corpus/fullsub/scpp__0000320193-24-000005.txt"_s));
        CompareFieldModel *model = view.fieldModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == u"Signature 1 / Signer"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        view.fieldTable()->setCurrentIndex(view.fieldProxy()->mapFromSource(model->index(row, 0)));
        QCOMPARE(view.leftView()->selectedText(), u"Luca Maestri"_s);
        QCOMPARE(view.rightView()->selectedText(), u"Luca Maestri"_s);
        // Each text shows its own occurrence, though they sit on different lines.
        const FilingPtr right = view.right();
        QVERIFY(view.rightView()->firstVisibleLine() > 50);
        QVERIFY(right->lineAt(view.rightView()->selection().start)
                >= view.rightView()->firstVisibleLine());
    }

    void scrollingIsSynchronized()
    {
        CompareView view;
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showPair(view, u"corpus/other/edgt__0001104659-25-002604.txt"_s,
                         u"corpus/odd/edgt__0001104659-25-002604.nc"_s));
        // Both panes show the same rows, whichever is scrolled.
        view.leftView()->setFirstVisibleLine(400);
        QCOMPARE(view.leftView()->firstVisibleRow(), view.alignment().rowForLeftLine(400));
        QCOMPARE(view.rightView()->firstVisibleRow(), view.leftView()->firstVisibleRow());
        const int middle = view.right()->lineCount() / 2;
        view.rightView()->setFirstVisibleLine(middle);
        QCOMPARE(view.rightView()->firstVisibleLine(), middle);
        QCOMPARE(view.leftView()->firstVisibleRow(), view.alignment().rowForRightLine(middle));
        // Same document text: the two sides show the same line of it.
        const FilingPtr l = view.left();
        const FilingPtr r = view.right();
        QCOMPARE(l->lineText(view.leftView()->firstVisibleLine()),
                 r->lineText(view.rightView()->firstVisibleLine()));
    }

    void nextAndPreviousChange()
    {
        CompareView view;
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showPair(view, u"seeds/000_b149af05fdad4801.txt"_s,
                         u"seeds/001_9900e7bb81fee8a1.txt"_s));
        const int changes = view.changeCount();
        QVERIFY(changes >= 3);
        QCOMPARE(view.currentChange(), -1);
        // (F7 and Shift+F7 are the window's: see tst_mainwindow.)
        view.nextChange();
        QCOMPARE(view.currentChange(), 0);
        const auto isChange = [](const DiffHunk &h) {
            return h.isChange();
        };
        const DiffHunk first =
            *std::find_if(view.textDiff().hunks.cbegin(), view.textDiff().hunks.cend(), isChange);
        QCOMPARE(view.leftView()->cursorPosition(), view.left()->lineStarts[first.leftStart]);
        view.nextChange();
        QCOMPARE(view.currentChange(), 1);
        view.previousChange();
        QCOMPARE(view.currentChange(), 0);
        for (int i = 0; i < changes + 2; ++i)
            view.nextChange();
        QCOMPARE(view.currentChange(), changes - 1); // stops at the last
    }

    void swapSides()
    {
        CompareView view;
        view.show();
        QVERIFY(showPair(view, u"seeds/000_b149af05fdad4801.txt"_s,
                         u"seeds/002_804b7ad1e3b304a9.txt"_s));
        const QString leftPath = view.left()->path;
        QSignalSpy ready(&view, &CompareView::diffReady);
        view.swapSides();
        QVERIFY(ready.wait(10000));
        QCOMPARE(view.right()->path, leftPath);
        QCOMPARE(view.rightView()->filing()->path, leftPath);
        const FieldDifference *date = test::findDifference(view.fieldModel()->differences(),
                                                           u"Cover page / Date of report"_s);
        QVERIFY(date);
        QCOMPARE(date->left, u"April 24, 2007"_s);
    }

    void ignoreWhitespaceRecomputes()
    {
        CompareView view;
        view.show();
        QVERIFY(showPair(view, u"seeds/000_b149af05fdad4801.txt"_s,
                         u"seeds/002_804b7ad1e3b304a9.txt"_s));
        const int strict = view.changeCount();
        QSignalSpy ready(&view, &CompareView::diffReady);
        view.ignoreWhitespaceBox()->setChecked(true);
        QVERIFY(ready.wait(10000));
        QVERIFY(view.changeCount() < strict);
    }

    void windowComparesSelectedFilings()
    {
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"seeds"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(w.filingModel()->countIn(FilingListModel::State::Loaded), 3,
                                  20000);
        QTreeView *browser = w.browser();
        browser->selectAll();
        QCOMPARE(browser->selectionModel()->selectedRows().size(), 3);
        browser->clearSelection();
        // The newer filing (2007) selected first: the comparison still puts it on the right.
        browser->selectionModel()->select(w.filingProxy()->index(2, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        browser->selectionModel()->select(w.filingProxy()->index(0, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(browser->selectionModel()
                     ->selectedRows(FilingListModel::DateColumn)
                     .first()
                     .data()
                     .toString(),
                 u"2007-04-24"_s);
        QSignalSpy opened(&w, &MainWindow::compareOpened);
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(w.tabs()->count(), 2);
        CompareView *view = w.currentCompareView();
        QVERIFY(view);
        // The older filing goes on the left.
        QVERIFY(view->left()->dateOfReport() < view->right()->dateOfReport());
    }

    void dragFromBrowserOntoTextCompares()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openPaths({test::dataPath(u"seeds"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(w.filingModel()->countIn(FilingListModel::State::Loaded), 3,
                                  20000);
        QTRY_VERIFY(!w.currentPath().isEmpty());
        const QString shown = w.currentPath();
        const int otherRow = w.filingModel()->rowOfPath(shown) == 0 ? 1 : 0;
        const QString other = w.filingModel()->pathAt(otherRow);
        // What the browser puts in a drag: the row's file URL and FilingLens's own format.
        std::unique_ptr<QMimeData> mime(
            w.filingModel()->mimeData({w.filingModel()->index(otherRow, 0)}));
        QVERIFY(mime->hasFormat(FilingListModel::kDragFormat));
        QCOMPARE(mime->urls(), QList<QUrl>{QUrl::fromLocalFile(other)});
        const QPoint onText = w.filingView()->mapTo(&w, w.filingView()->rect().center());
        QSignalSpy opened(&w, &MainWindow::compareOpened);
        QDragEnterEvent enter(onText, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(onText), Qt::CopyAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_COMPARE(opened.count(), 1);
        CompareView *view = w.currentCompareView();
        QCOMPARE(view->left()->path, shown);
        QCOMPARE(view->right()->path, other);

        // A file dragged in from outside is opened (here: focused, being open already).
        w.tabs()->setCurrentIndex(0);
        QMimeData external;
        external.setUrls({QUrl::fromLocalFile(other)});
        QDragEnterEvent enterOutside(onText, Qt::CopyAction, &external, Qt::LeftButton,
                                     Qt::NoModifier);
        QApplication::sendEvent(&w, &enterOutside);
        QDropEvent outside(QPointF(onText), Qt::CopyAction, &external, Qt::LeftButton,
                           Qt::NoModifier);
        QApplication::sendEvent(&w, &outside);
        QTRY_COMPARE(w.currentPath(), other);
        QCOMPARE(opened.count(), 1);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"

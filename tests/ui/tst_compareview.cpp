// SPDX-License-Identifier: MIT
// The compare view headless: field table, synchronized scrolling, next / previous change,
// swapping sides, field rows that scroll both texts; and opening it from the window.

#include "comparefacts.h"
#include "comparemodel.h"
#include "compareview.h"
#include "diffconnector.h"
#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingparser.h"
#include "filingview.h"
#include "findbar.h"
#include "itemsummary.h"
#include "mainwindow.h"
#include "testutil.h"
#include "textview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QSortFilterProxyModel>

#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
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

    static QString k2004() { return u"seeds/000_b149af05fdad4801.txt"_s; }
    static QString k2007() { return u"seeds/002_804b7ad1e3b304a9.txt"_s; }

    // The row under a line's first character, read from where the pane paints it.
    static int paintedY(const TextView *view, int line)
    {
        return view->pointFor(view->filing()->lineStarts[line]).y();
    }

    static int hunkContaining(const TextDiff &diff, bool left, int line)
    {
        for (int i = 0; i < diff.hunks.size(); ++i) {
            const DiffHunk &h = diff.hunks[i];
            const int start = left ? h.leftStart : h.rightStart;
            const int count = left ? h.leftCount : h.rightCount;
            if (line >= start && line < start + count)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        QSettings().remove(u"compare/wrapLines"_s);
    }

    void fillersKeepEqualLinesLevel()
    {
        // BTU's 8-Ks of 2004 and 2007: "SIGNATURES" is line 64 of the first file and line 57
        // of the second (read in the files). The 2007 cover has lines the 2004 one lacks and
        // the other way round, so without fillers they drift apart.
        CompareView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showPair(view, k2004(), k2007()));
        const int left = 63;
        const int right = 56;
        QCOMPARE(view.left()->lineText(left).trimmed(), u"SIGNATURES"_s);
        QCOMPARE(view.right()->lineText(right).trimmed(), u"SIGNATURES"_s);
        TextView *l = view.leftView();
        TextView *r = view.rightView();
        QVERIFY(l->hasRowMap() && r->hasRowMap());
        QCOMPARE(l->rowCount(), r->rowCount());
        QCOMPARE(l->rowOfLine(left), r->rowOfLine(right));
        // On screen: scrolled to it, both stand at the same height.
        l->setFirstVisibleLine(left - 5);
        QCOMPARE(r->firstVisibleRow(), l->firstVisibleRow());
        QCOMPARE(paintedY(l, left), paintedY(r, right));
        QCOMPARE(paintedY(l, left),
                 (l->rowOfLine(left) - l->firstVisibleRow()) * l->rowHeight() + l->rowHeight() / 2);
        // Fillers on both sides, without line numbers, and every line in exactly one row.
        for (TextView *pane : {l, r}) {
            int fillers = 0;
            QList<int> seen(pane->filing()->lineCount(), 0);
            for (int row = 0; row < pane->rowCount(); ++row) {
                const int line = pane->lineOfRow(row);
                if (line < 0)
                    ++fillers;
                else
                    ++seen[line];
            }
            QVERIFY2(fillers > 0, qPrintable(pane->objectName()));
            QCOMPARE(pane->rowCount(), pane->filing()->lineCount() + fillers);
            QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
        }
        // Below it too: "registrant has duly caused this report..." is line 67 of the first
        // file and 60 of the second, after a re-indented line.
        for (const int below : {0, 1}) {
            QCOMPARE(view.left()->lineText(66 + below), view.right()->lineText(59 + below));
            QCOMPARE(l->rowOfLine(66 + below), r->rowOfLine(59 + below));
        }
    }

    void currentChangeIsFramed()
    {
        CompareView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showPair(view, k2004(), k2007()));
        QCOMPARE(view.leftView()->frameRowCount(), 0);
        view.nextChange();
        view.nextChange();
        QCOMPARE(view.currentChange(), 1);
        const int hunk = view.currentHunk();
        QVERIFY(view.textDiff().hunks[hunk].isChange());
        const int first = view.alignment().hunkFirstRow[hunk];
        const int rows = view.alignment().hunkRowCount(hunk);
        for (TextView *pane : {view.leftView(), view.rightView()}) {
            QCOMPARE(pane->frameFirstRow(), first);
            QCOMPARE(pane->frameRowCount(), rows);
        }
        // Its band is on screen and drawn as the current one.
        QCOMPARE(view.connector()->currentHunk(), hunk);
        QVERIFY(view.connector()->visibleHunks().contains(hunk));

        // Clicking into another changed block makes it current.
        const auto &hunks = view.textDiff().hunks;
        const int other =
            int(std::find_if(hunks.cbegin() + hunk + 1, hunks.cend(),
                             [](const DiffHunk &h) { return h.isChange() && h.leftCount > 0; })
                - hunks.cbegin());
        QVERIFY(other < hunks.size());
        const DiffHunk &o = view.textDiff().hunks[other];
        view.leftView()->setFirstVisibleLine(o.leftStart);
        const QPoint onIt = view.leftView()->pointFor(view.left()->lineStarts[o.leftStart]);
        QTest::mouseClick(view.leftView()->viewport(), Qt::LeftButton, {}, onIt);
        QCOMPARE(view.currentHunk(), other);
        QCOMPARE(view.leftView()->frameFirstRow(), view.alignment().hunkFirstRow[other]);

        // And so does clicking its band between the panes.
        view.leftView()->setFirstVisibleRow(0);
        DiffConnector *connector = view.connector();
        QPoint onBand;
        int bandHunk = -1;
        for (int y = 0; y < connector->height() && bandHunk < 0; ++y) {
            const int h = connector->hunkAt(QPointF(connector->width() / 2.0, y));
            if (h >= 0 && h != view.currentHunk()) {
                bandHunk = h;
                onBand = QPoint(connector->width() / 2, y);
            }
        }
        QVERIFY(bandHunk >= 0);
        QTest::mouseClick(connector, Qt::LeftButton, {}, onBand);
        QCOMPARE(view.currentHunk(), bandHunk);
    }

    void movedBlockIsLinked()
    {
        // The 2004 8-K with its Item 7 paragraph (lines 39-44) moved below Item 12's text
        // (after line 56). The diff sees a deletion and an insertion; marked as one move by
        // hand (the detection of moves is core's), the view links them.
        QTemporaryDir dir;
        const QByteArray original = test::readData(k2004());
        QList<QByteArray> lines = original.split('\n');
        QCOMPARE(lines[38], QByteArray("ITEM 7. FINANCIAL STATEMENTS AND EXHIBITS."));
        QCOMPARE(lines[55], QByteArray("Securities Exchange Act of 1934."));
        const QList<QByteArray> block = lines.mid(38, 6);
        lines.remove(38, 6);
        for (int i = 0; i < block.size(); ++i)
            lines.insert(50 + i, block[i]); // after "...Act of 1934." (now line 49)
        const QString movedPath = test::writeFile(dir.filePath(u"moved.txt"_s), lines.join('\n'));
        CompareView view;
        view.resize(1200, 420); // a short view: both ends can be above it
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy ready(&view, &CompareView::diffReady);
        view.setFilings(load(k2004()), parseFile(movedPath));
        QVERIFY(ready.wait(10000));
        const int itemLeft = 38;
        const int itemRight = 50;
        QCOMPARE(view.right()->lineText(itemRight), view.left()->lineText(itemLeft));
        TextDiff diff = view.textDiff();
        const int from = hunkContaining(diff, true, itemLeft);
        const int to = hunkContaining(diff, false, itemRight);
        QVERIFY(from >= 0 && to >= 0);
        QCOMPARE(diff.hunks[from].op, DiffOp::Delete);
        QCOMPARE(diff.hunks[to].op, DiffOp::Insert);
        diff.moves = {DiffMove{from, to, 1.0}};
        diff.hunks[from].move = 0;
        diff.hunks[to].move = 0;
        view.showDiff(diff);

        // Both ends tinted in the move's colour.
        const QColor violet = diffcolour::of(DiffOp::Delete, true, 255);
        auto tintAt = [](const TextView *pane, int line) {
            const qsizetype at = pane->filing()->lineStarts[line];
            for (const TextHighlight &h : pane->highlights()) {
                if (h.wholeLines && h.range.contains(at))
                    return h.colour.rgb();
            }
            return QRgb(0);
        };
        QCOMPARE(tintAt(view.leftView(), itemLeft), violet.rgb());
        QCOMPARE(tintAt(view.rightView(), itemRight), violet.rgb());
        // The link is drawn while either end is on screen, toward the edge for the other...
        const int rowLeft = view.alignment().hunkFirstRow[from];
        const int rowRight = view.alignment().hunkFirstRow[to];
        QVERIFY(rowRight > rowLeft);
        DiffConnector *connector = view.connector();
        view.leftView()->setFirstVisibleRow(rowLeft);
        QVERIFY(view.rightView()->yForRow(rowRight) >= 0);
        QVERIFY(connector->visibleHunks().contains(from));
        view.leftView()->setFirstVisibleRow(rowRight);
        QVERIFY(view.leftView()->yForRow(rowLeft) < 0); // the left end is above
        QVERIFY(connector->visibleHunks().contains(from));
        // ...and not when both ends are past the same edge.
        view.leftView()->setFirstVisibleRow(view.leftView()->rowCount() - 1);
        QVERIFY(view.rightView()->yForRow(rowRight + diff.hunks[to].rightCount) < 0);
        QVERIFY(!connector->visibleHunks().contains(from));
        // The move is one change at each end, and going there frames it.
        view.leftView()->setFirstVisibleRow(0);
        while (view.currentHunk() != from && view.currentChange() + 1 < view.changeCount())
            view.nextChange();
        QCOMPARE(view.currentHunk(), from);
        QCOMPARE(view.leftView()->frameFirstRow(), rowLeft);
    }

    void wrappedRowsStayLevel()
    {
        CompareView view;
        view.resize(560, 700); // panes of a couple of dozen columns: most lines wrap
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showPair(view, k2004(), k2007()));
        view.setWrapLines(true);
        QVERIFY(QSettings().value(u"compare/wrapLines"_s).toBool());
        TextView *l = view.leftView();
        TextView *r = view.rightView();
        QCOMPARE(l->horizontalScrollBar()->maximum(), 0);
        const int columns = l->wrapColumns();
        QVERIFY(columns < 40);
        // A line of n characters (these files have no tabs) takes ceil(n / columns) lines at
        // its own pane's width; a row is as tall as the taller side.
        auto need = [](const TextView *pane, int line) {
            if (line < 0)
                return 1;
            const qsizetype n = pane->filing()->lineText(line).size();
            return std::max(1, int((n + pane->wrapColumns() - 1) / pane->wrapColumns()));
        };
        bool unequalSides = false;
        for (int row = 0; row < l->rowCount(); ++row) {
            const int a = need(l, l->lineOfRow(row));
            const int b = need(r, r->lineOfRow(row));
            unequalSides |= a != b;
            QCOMPARE(l->rowSpan(row), std::max(a, b));
            QCOMPARE(r->rowSpan(row), std::max(a, b));
        }
        QVERIFY(unequalSides); // else the test proves nothing
        // "SIGNATURES" (lines 64 and 57) stand level, and so does each row on screen.
        l->setFirstVisibleLine(50);
        QCOMPARE(paintedY(l, 63), paintedY(r, 56));
        for (int row = l->firstVisibleRow(); row < l->firstVisibleRow() + 15; ++row)
            QCOMPARE(l->yForRow(row), r->yForRow(row));
        // A character on a continuation line is hit where it is painted.
        const int longLine = 51; // "     On February 26,2004 BTU International Inc. issued ..."
        QVERIFY(view.left()->lineText(longLine).size() > columns + 5);
        const qsizetype offset = view.left()->lineStarts[longLine] + columns + 3;
        QCOMPARE(l->offsetAt(l->pointFor(offset)), offset);
        QCOMPARE(l->pointFor(offset).y(), paintedY(l, longLine) + l->rowHeight());

        // The choice is remembered for the next comparison.
        CompareView next;
        QVERIFY(next.wrapLines());
        view.setWrapLines(false);
        QVERIFY(!QSettings().value(u"compare/wrapLines"_s).toBool());
        QCOMPARE(l->rowSpan(0), 1);
    }

    void findSearchesThePaneWithTheFocus()
    {
        CompareView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(showPair(view, k2004(), k2007()));
        FindBar *find = view.findBar();
        QSignalSpy finished(find, &FindBar::searchFinished);
        view.rightView()->setFocus();
        view.showFind();
        QCOMPARE(view.findTarget(), view.rightView());
        find->setQuery(u"btu international"_s);
        QVERIFY(finished.wait(5000));
        // Counted in the files: 3 times in the 2007 8-K, 5 in the 2004 one.
        QCOMPARE(find->matchCount(), 3);
        QCOMPARE(view.rightView()->findMatches().size(), 3);
        QVERIFY(view.leftView()->findMatches().isEmpty());
        view.leftView()->setFocus();
        QTRY_COMPARE(view.findTarget(), view.leftView());
        QTRY_COMPARE(find->matchCount(), 5);
        QCOMPARE(view.leftView()->findMatches().size(), 5);
        QVERIFY(view.rightView()->findMatches().isEmpty());
    }

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

    // Two 10-Qs of Microsoft (March 2002, December 2008): the comparison opens on its items.
    // Part II Item 1A (Risk Factors) entered the 10-Q in 2005, so only the 2008 report has it.
    void reportsOpenOnTheirItems()
    {
        CompareView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(showPair(view, u"corpus/periodic/jlse__microsoft_2002_03_31.html"_s,
                         u"corpus/periodic/jlse__microsoft_2008_12_31.html"_s));
        const QList<ItemComparison> &items = view.itemComparisons();
        QVERIFY(!items.isEmpty());
        QCOMPARE(view.itemSummary()->model()->rowCount(), int(items.size()));
        auto *tabs = view.findChild<QTabWidget *>(u"compareTopTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget(), view.itemSummary());
        const auto riskFactors =
            std::find_if(items.cbegin(), items.cend(), [](const ItemComparison &c) {
                return c.part == u"II"_s && c.code == u"1A"_s;
            });
        QVERIFY(riskFactors != items.cend());
        QCOMPARE(riskFactors->status, CompareStatus::OnlyRight);

        // The field table carries each paired item's scores after its status.
        bool noted = false;
        for (int row = 0; row < view.fieldModel()->rowCount(); ++row) {
            const QModelIndex field = view.fieldModel()->index(row, CompareFieldModel::FieldColumn);
            if (field.data().toString() != u"Part I, Item 2"_s)
                continue;
            const QString status =
                view.fieldModel()->index(row, CompareFieldModel::StatusColumn).data().toString();
            QVERIFY2(status.contains(u"cosine"_s), qPrintable(status));
            noted = true;
        }
        QVERIFY(noted);

        // Activating an item scrolls the left pane to its heading, and the right one follows.
        const FilingPtr left = view.left();
        const auto heading =
            std::find_if(left->items.cbegin(), left->items.cend(),
                         [](const Item &i) { return i.part == u"I"_s && i.code == u"2"_s; });
        QVERIFY(heading != left->items.cend());
        QVERIFY(view.showItem(u"I"_s, u"2"_s));
        const int row = view.leftView()->rowOfLine(left->lineAt(heading->heading.start));
        const int first = view.leftView()->firstVisibleRow();
        QVERIFY2(row >= first && row < first + view.leftView()->visibleLineCount(),
                 qPrintable(u"row %1, first %2"_s.arg(row).arg(first)));
        QCOMPARE(view.rightView()->firstVisibleRow(), first);
        QVERIFY(!view.showItem(u"IX"_s, u"99"_s));
    }

    // The Facts tab: GameStop's 10-K against a copy with one tagged number changed (the
    // balance sheet's inventories at February 3, 2024: "632.5" made "633.5").
    void factsTab()
    {
        const QString name =
            u"corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s;
        QTemporaryDir dir;
        QByteArray html = test::readData(name);
        QCOMPARE(html.count(">632.5<"), 1);
        html.replace(">632.5<", ">633.5<");
        const QString edited = test::writeFile(dir.filePath(u"edited.html"_s), html);
        CompareView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy ready(&view, &CompareView::diffReady);
        view.setFilings(load(name), parseFile(edited));
        QVERIFY(ready.wait(60000));
        auto *tabs = view.findChild<QTabWidget *>(u"compareTopTabs"_s);
        CompareFactsPanel *facts = view.factsPanel();
        QAbstractItemModelTester modelTester(
            facts->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            facts->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(tabs->isTabVisible(tabs->indexOf(facts)));
        // 1,068 facts with 965 distinct (concept, period, dimensions) keys (lxml), one changed.
        QCOMPARE(facts->model()->comparison().changed, 1);
        QCOMPARE(facts->model()->comparison().equal, 964);
        QCOMPARE(facts->model()->comparison().added + facts->model()->comparison().removed, 0);
        QCOMPARE(facts->model()->rowCount(), 1);
        tabs->setCurrentWidget(facts);
        QTableView *table = facts->table();
        const QModelIndex row = table->model()->index(0, CompareFactModel::ConceptColumn);
        QCOMPARE(row.data().toString(), u"us-gaap:InventoryNet"_s);
        QCOMPARE(row.siblingAtColumn(CompareFactModel::LeftColumn).data().toString(),
                 u"632500000"_s);
        QCOMPARE(row.siblingAtColumn(CompareFactModel::RightColumn).data().toString(),
                 u"633500000"_s);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
        QCOMPARE(view.leftView()->selectedText(), u"632.5"_s);
        QCOMPARE(view.rightView()->selectedText(), u"633.5"_s);
        for (TextView *pane : {view.leftView(), view.rightView()}) {
            const int line = pane->filing()->lineAt(pane->selection().start);
            const int first = pane->firstVisibleRow();
            QVERIFY(pane->rowOfLine(line) >= first);
            QVERIFY(pane->rowOfLine(line) < first + pane->visibleLineCount());
        }
        facts->proxy()->sort(CompareFactModel::LeftColumn, Qt::DescendingOrder);
        QCOMPARE(facts->proxy()->rowCount(), 1);
        // Two text 8-Ks carry no tags: no Facts tab.
        QVERIFY(showPair(view, k2004(), k2007()));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(facts)));
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
        // The one scroll bar moves both.
        view.scrollBar()->setValue(200);
        QCOMPARE(view.rightView()->firstVisibleRow(), 200);
        QCOMPARE(view.leftView()->firstVisibleRow(), 200);
        QCOMPARE(view.scrollBar()->maximum(), view.rightView()->verticalScrollBar()->maximum());
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
        // Sideways too, to the end of the longer side's lines.
        QScrollBar *leftBar = view.leftView()->horizontalScrollBar();
        QScrollBar *rightBar = view.rightView()->horizontalScrollBar();
        QVERIFY(leftBar->maximum() > 0);
        QVERIFY(std::abs(leftBar->maximum() - rightBar->maximum()) <= 1); // panes of one width
        rightBar->setValue(rightBar->maximum());
        QCOMPARE(leftBar->value(), std::min(leftBar->maximum(), rightBar->maximum()));
        leftBar->setValue(leftBar->maximum() / 2);
        QCOMPARE(rightBar->value(), leftBar->maximum() / 2);
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

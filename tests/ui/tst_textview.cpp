// SPDX-License-Identifier: MIT
// The text view on its own: geometry, keyboard, tabs, very long lines, highlights, rows with
// fillers.

#include "filingparser.h"
#include "testutil.h"
#include "textview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestTextView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintsOnlyWhatIsVisible()
    {
        TextView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const FilingPtr f =
            parseFile(test::dataPath(u"corpus/fullsub/scpp__0001193125-14-242424.txt"_s));
        QVERIFY(f->ok());
        QSignalSpy painted(&view, &TextView::painted);
        view.setFiling(f);
        QVERIFY(painted.wait(2000));
        QCOMPARE(view.firstVisibleLine(), 0);
        QVERIFY(view.visibleLineCount() > 10);
        QCOMPARE(view.verticalScrollBar()->maximum(), f->lineCount() - view.visibleLineCount() + 1);
        const int middle = f->lineCount() / 2;
        view.setFirstVisibleLine(middle);
        QCOMPARE(view.firstVisibleLine(), middle);
    }

    void rowMapWithFillers()
    {
        // The 2004 BTU 8-K (94 lines) shown as rows with two fillers before line 5 and one at
        // the end, as a comparison's pane would be.
        TextView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const FilingPtr f = parseFile(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s));
        view.setFiling(f);
        QVERIFY(!view.hasRowMap());
        QCOMPARE(view.rowCount(), f->lineCount());
        QList<int> rows;
        for (int line = 0; line < f->lineCount(); ++line) {
            if (line == 4)
                rows << -1 << -1;
            rows << line;
        }
        rows << -1;
        view.setRowMap(rows);
        QCOMPARE(view.rowCount(), f->lineCount() + 3);
        QCOMPARE(view.lineOfRow(3), 3);
        QCOMPARE(view.lineOfRow(4), -1);
        QCOMPARE(view.lineOfRow(6), 4);
        QCOMPARE(view.rowOfLine(4), 6);
        QCOMPARE(view.rowOfLine(f->lineCount() - 1), f->lineCount() + 1);
        // Hit-testing: line 5 is two rows lower than it would be; a filler gives the next line.
        const int h = view.rowHeight();
        QCOMPARE(view.pointFor(f->lineStarts[4]).y(), 6 * h + h / 2);
        QCOMPARE(view.offsetAt(QPoint(200, 4 * h + 2)), f->lineStarts[4]);
        QCOMPARE(view.offsetAt(view.pointFor(f->lineStarts[10] + 3)), f->lineStarts[10] + 3);
        // Scrolling by rows; the first visible line of a filler row is the line after it.
        view.setFirstVisibleRow(5);
        QCOMPARE(view.firstVisibleLine(), 4);
        view.setFirstVisibleLine(20);
        QCOMPARE(view.firstVisibleRow(), 22);
        // The cursor goes from line to line over the fillers.
        view.setFirstVisibleRow(0);
        view.setCursorPosition(f->lineStarts[3]);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(f->lineAt(view.cursorPosition()), 4);
        // Without the map again, a row is a line.
        view.setRowMap({});
        QCOMPARE(view.rowOfLine(4), 4);
        QCOMPARE(view.pointFor(f->lineStarts[4]).y(), 4 * h + h / 2);
    }

    void offsetsAndPoints()
    {
        TextView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const FilingPtr f = parseFile(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s));
        view.setFiling(f);
        for (const qsizetype offset :
             {qsizetype(0), f->cover.phone.range.start, f->items.first().heading.start + 3}) {
            QCOMPARE(view.offsetAt(view.pointFor(offset)), offset);
        }
        QVERIFY(view.describe(f->cover.phone.range.start).startsWith(u"Cover page"_s));
    }

    void tabsExpand()
    {
        // Apple's 1996 cover uses tabs to lay out columns.
        TextView view;
        view.resize(900, 600);
        view.show();
        const FilingPtr f =
            parseFile(test::dataPath(u"corpus/text8k/scpp__0000320193-96-000027_doc1_8k.txt"_s));
        view.setFiling(f);
        const qsizetype fileNumber = f->cover.commissionFileNumber.range.start;
        const qsizetype lineStart = f->lineStarts[f->lineAt(fileNumber)];
        QVERIFY(f->text.mid(lineStart, fileNumber - lineStart).contains(u'\t'));
        const QPoint start = view.pointFor(lineStart);
        const QPoint value = view.pointFor(fileNumber);
        // "\tCalifornia\t\t\t0-10030": the file number sits at column 40, not 14, as far from
        // its line's start as the 40th character of a line without tabs.
        QCOMPARE(f->text.mid(lineStart, fileNumber - lineStart), u"\tCalifornia\t\t\t"_s);
        int plainLine = 0;
        while (f->lineText(plainLine).size() < 41 || f->lineText(plainLine).contains(u'\t'))
            ++plainLine;
        const qsizetype plain = f->lineStarts[plainLine];
        QCOMPARE(value.x() - start.x(), view.pointFor(plain + 40).x() - view.pointFor(plain).x());
        QCOMPARE(view.offsetAt(value), fileNumber);
    }

    void keyboardSelection()
    {
        TextView view;
        view.resize(900, 600);
        view.show();
        const FilingPtr f = parseFile(test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s));
        view.setFiling(f);
        view.setFocus();
        QSignalSpy moved(&view, &TextView::cursorMovedByUser);
        QTest::keyClick(&view, Qt::Key_End, Qt::ShiftModifier);
        QCOMPARE(view.selectedText(), u"UNITED STATES"_s);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selection().length, 0);
        QCOMPARE(moved.count(), 2);
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view.cursorPosition(), f->text.size());
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selection().length, f->text.size());
        // select() moves the view but is not a user move.
        view.select(f->cover.zipCode.range);
        QCOMPARE(moved.count(), 3);
        QCOMPARE(view.selectedText(), u"01862"_s);
    }

    void oneVeryLongLine()
    {
        // 4 MB on a single line: painting and hit-testing stay cheap.
        QByteArray bytes = "FORM 8-K\nItem 8.01 Other Events.\n";
        const qsizetype longLine = bytes.size();
        bytes += QByteArray(4 * 1024 * 1024, 'x');
        const FilingPtr f = parseBytes(bytes, u"long.txt"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(f->lineCount(), 3);
        QCOMPARE(f->lineStarts.last(), longLine);
        TextView view;
        view.resize(800, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFiling(f);
        view.select({3 * 1024 * 1024, 10});
        QVERIFY(view.horizontalScrollBar()->value() > 0);
        QSignalSpy painted(&view, &TextView::painted);
        view.viewport()->repaint();
        QCOMPARE(painted.count(), 1);
        QCOMPARE(view.offsetAt(view.pointFor(3 * 1024 * 1024 + 5)), 3 * 1024 * 1024 + 5);
    }
};

QTEST_MAIN(TestTextView)
#include "tst_textview.moc"

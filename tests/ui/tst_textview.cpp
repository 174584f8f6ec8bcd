// SPDX-License-Identifier: MIT
// The text view on its own: geometry, keyboard, tabs, very long lines, highlights, rows with
// fillers; its font (always fixed-pitch, zoomed, saved), the marks of extracted values and
// the context menu.

#include "fieldtreemodel.h"
#include "filingparser.h"
#include "filingview.h"
#include "legendbar.h"
#include "sectionstyle.h"
#include "testutil.h"
#include "textfont.h"
#include "textview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestTextView : public QObject
{
    Q_OBJECT
    static QAction *actionNamed(QMenu *menu, const QString &name)
    {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == name)
                return action;
        }
        qWarning("no action %s in the menu", qPrintable(name));
        return nullptr;
    }

    // Ctrl + one notch of the wheel over the text.
    static void ctrlWheel(TextView &view, int notches)
    {
        const QPointF at(view.viewport()->rect().center());
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(),
                          QPoint(0, notches * QWheelEvent::DefaultDeltasPerStep), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The font and zoom are saved: in the test settings, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        QApplication::setApplicationName(u"tst_textview"_s);
        QSettings().remove(u"text"_s);
    }

    void proportionalFontFallsBackToFixedPitch()
    {
        // A theme handing over a proportional font as its "fixed" one, as qt6ct did: DejaVu
        // Sans has a narrow "i" and a wide "M".
        const QFont proportional(u"DejaVu Sans"_s, 11);
        const QFontMetricsF given(proportional);
        QVERIFY(given.horizontalAdvance(u'i') < given.horizontalAdvance(u'M'));
        QVERIFY(!isFixedPitch(proportional));
        const QFont fixed = fixedPitchFont(proportional);
        QVERIFY(isFixedPitch(fixed));
        QCOMPARE(fixed.pointSizeF(), 11.0);
        // The view refuses it too, however it is set, and lays columns out in equal cells.
        TextView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFont(proportional);
        const QFontMetricsF shown(view.font());
        QCOMPARE(shown.horizontalAdvance(u"iiiiiiiiii"_s),
                 shown.horizontalAdvance(u"MMMMMMMMMM"_s));
        QVERIFY(QFontInfo(view.font()).fixedPitch());
        // "CURRENT REPORT" is cut no more: its last letter is where 13 cells put it.
        const FilingPtr f = test::parseData(u"seeds/001_9900e7bb81fee8a1.txt"_s);
        view.setFiling(f);
        const qsizetype title = f->text.indexOf(u"CURRENT REPORT"_s);
        QVERIFY(title > 0);
        const int drawnWidth = view.pointFor(title + 13).x() - view.pointFor(title).x();
        // (Within the pixel the two positions are rounded to.)
        QVERIFY(std::abs(drawnWidth - 13 * shown.horizontalAdvance(u"CURRENT REPORT"_s) / 14) <= 1);
        // A proportional base font chosen in the settings is made fixed as well.
        TextFont font;
        font.setBaseFont(proportional);
        QVERIFY(isFixedPitch(font.font()));
        font.resetBaseFont();
    }

    void zoomAndItsReset()
    {
        TextFont *shared = TextFont::instance();
        shared->setZoom(0);
        const double base = shared->font().pointSizeF();
        TextView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.font().pointSizeF(), base);
        const int lineHeight = view.rowHeight();
        ctrlWheel(view, 2);
        QCOMPARE(shared->zoom(), 2);
        QCOMPARE(view.font().pointSizeF(), base + 2);
        QVERIFY(view.rowHeight() > lineHeight);
        // A pane made later (a comparison's) comes at the same size.
        TextView later;
        QCOMPARE(later.font().pointSizeF(), base + 2);
        ctrlWheel(view, -1);
        QCOMPARE(view.font().pointSizeF(), base + 1);
        // Without Ctrl the wheel scrolls and leaves the size alone.
        view.setFiling(test::parseData(u"seeds/000_b149af05fdad4801.txt"_s));
        const QPointF at(view.viewport()->rect().center());
        QWheelEvent scroll(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                           Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &scroll);
        QVERIFY(view.firstVisibleRow() > 0);
        QCOMPARE(view.font().pointSizeF(), base + 1);
        // The size stays within bounds.
        shared->setZoom(500);
        QCOMPARE(view.font().pointSizeF(), 40.0);
        shared->setZoom(0);
        QCOMPARE(view.font().pointSizeF(), base);
        QCOMPARE(later.font().pointSizeF(), base);
    }

    void fontAndZoomPersist()
    {
        {
            TextFont chosen;
            chosen.setBaseFont(QFont(u"DejaVu Sans Mono"_s, 13));
            chosen.setZoom(2);
        }
        TextFont next; // as at the next start
        QCOMPARE(next.baseFont().family(), u"DejaVu Sans Mono"_s);
        QCOMPARE(next.zoom(), 2);
        QCOMPARE(next.font().pointSizeF(), 15.0);
        next.resetBaseFont();
        QCOMPARE(TextFont().zoom(), 0);
        QCOMPARE(TextFont().baseFont(), TextFont::platformFont());
    }

    void onlyRealValuesAreUnderlined()
    {
        // Apple's 8-K of 1 March 2019, a submission whose 8-K is HTML of 63.8 kB: the document's
        // Size and Content describe the whole document and underlined every line of it.
        const FilingPtr f = test::parseData(u"corpus/fullsub/scpp__0000320193-19-000032.txt"_s);
        FieldTreeModel model;
        model.setFiling(f);
        const QList<TextMark> marks = model.marks();
        QVERIFY(marks.size() > 5);
        QVERIFY(!f->documents.isEmpty());
        for (const TextMark &m : marks) {
            QVERIFY2(!m.label.contains(u"Size: "_s) && !m.label.contains(u"Content: "_s),
                     qPrintable(m.label));
            for (const Document &d : f->documents)
                QVERIFY2(m.range != d.contentRange && m.range != d.range, qPrintable(m.label));
            // What is underlined is written there.
            QVERIFY2(!f->textOf(m.range).trimmed().isEmpty(), qPrintable(m.label));
        }
        int blankLines = 0;
        for (int line = 0; line < f->lineCount(); ++line) {
            if (!f->lineText(line).trimmed().isEmpty())
                continue;
            ++blankLines;
            const qsizetype start = f->lineStarts[line];
            for (const TextMark &m : marks)
                QVERIFY2(!m.range.contains(start), qPrintable(m.label));
        }
        QVERIFY(blankLines > 10);

        // The tooltip over "California" (the first: the state of incorporation, beside the
        // file number 001-36743) names that value alone.
        TextView view;
        view.setFiling(f);
        view.setMarks(marks);
        const qsizetype california = f->text.indexOf(u"California"_s);
        QVERIFY(california > 0);
        const QStringList tip = view.describe(california + 3).split(u'\n');
        QCOMPARE(tip.size(), 2);
        QCOMPARE(tip.first(), u"Cover page"_s);
        QCOMPARE(tip.last(), u"State of incorporation: California"_s);
    }

    void legendFollowsThePalette()
    {
        // Part is indigo on light bases, a lighter violet on dark ones, where indigo would
        // hardly show.
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
        const QColor lightPart = SectionStyle(light).solid(SectionKind::Part);
        const QColor darkPart = SectionStyle(dark).solid(SectionKind::Part);
        QVERIFY(darkPart.lightnessF() > lightPart.lightnessF());
        FilingView view;
        LegendBar *legend = view.legend();
        QVERIFY(legend);
        const auto colourOf = [&](const QString &label) {
            for (const SectionStyle::LegendEntry &e : legend->entries()) {
                if (e.label == label)
                    return e.colour;
            }
            return QColor();
        };
        view.setPalette(light);
        QCOMPARE(colourOf(u"Part"_s), lightPart);
        QStringList labels;
        for (const SectionStyle::LegendEntry &e : legend->entries())
            labels << e.label;
        QVERIFY2(labels.contains(u"Item (2nd, 4th…)"_s), qPrintable(labels.join(u", "_s)));
        QVERIFY(!labels.contains(u"Item (next)"_s));
        view.setPalette(dark);
        QCOMPARE(colourOf(u"Part"_s), darkPart);
    }

    void contextMenuActions()
    {
        TextView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const FilingPtr f = test::parseData(u"seeds/000_b149af05fdad4801.txt"_s);
        view.setFiling(f);
        const qsizetype name = f->text.indexOf(u"BTU INTERNATIONAL, INC."_s);
        QVERIFY(name > 0);
        qsizetype asked = -1;
        connect(&view, &TextView::contextMenuAboutToShow, &view,
                [&asked](QMenu *, qsizetype offset) { asked = offset; });

        // Nothing selected: Copy and Find Selection do not apply; Select All does.
        std::unique_ptr<QMenu> menu(view.createContextMenu(view.pointFor(name + 2)));
        QCOMPARE(asked, name + 2);
        QAction *copy = actionNamed(menu.get(), u"copyAction"_s);
        QAction *all = actionNamed(menu.get(), u"selectAllAction"_s);
        QAction *find = actionNamed(menu.get(), u"findSelectionAction"_s);
        QVERIFY(copy && all && find);
        QVERIFY(!copy->isEnabled());
        QVERIFY(!find->isEnabled());
        QVERIFY(all->isEnabled());

        view.select({name, 23});
        menu.reset(view.createContextMenu(view.pointFor(name + 2)));
        copy = actionNamed(menu.get(), u"copyAction"_s);
        find = actionNamed(menu.get(), u"findSelectionAction"_s);
        QVERIFY(copy->isEnabled() && find->isEnabled());
        QGuiApplication::clipboard()->clear();
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"BTU INTERNATIONAL, INC."_s);
        QSignalSpy findAsked(&view, &TextView::findSelectionRequested);
        find->trigger();
        QCOMPARE(findAsked.count(), 1);
        QCOMPARE(view.selectionToFind(), u"BTU INTERNATIONAL, INC."_s);

        actionNamed(menu.get(), u"selectAllAction"_s)->trigger();
        QCOMPARE(view.selection(), (SourceRange{0, f->text.size()}));
        // Over several lines there is nothing to find.
        menu.reset(view.createContextMenu(view.pointFor(name)));
        QVERIFY(actionNamed(menu.get(), u"copyAction"_s)->isEnabled());
        QVERIFY(!actionNamed(menu.get(), u"findSelectionAction"_s)->isEnabled());
    }

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

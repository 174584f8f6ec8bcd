// SPDX-License-Identifier: MIT
// Reading a periodic report in the window: Go > Next / Previous Item, the outline above the
// text, the field tree following both, and the part and table-of-contents bands.

#include "fieldtreemodel.h"
#include "filingview.h"
#include "legendbar.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "reportexpectations.h"
#include "sectionstyle.h"
#include "textview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

const QString kTenK = u"corpus/periodic/s10x__msft-2013_filing.htm"_s;
const QString kTenQ = u"corpus/periodic/jlse__microsoft_2008_12_31.html"_s;

} // namespace

class TestReportNavigation : public QObject
{
    Q_OBJECT

    [[nodiscard]] static FilingPtr open(MainWindow &w, const QString &file)
    {
        QSignalSpy shown(&w, &MainWindow::filingShown);
        w.openPaths({test::dataPath(file)});
        if (!shown.wait(30000)) {
            qWarning("%s was not shown within 30 s", qPrintable(file));
            return nullptr;
        }
        return w.filingView()->filing();
    }

    // The labels from the tree's current row up to its section: "Item 1A", "Part I", "Items".
    static QStringList treePath(MainWindow &w)
    {
        QStringList labels;
        for (QModelIndex index = w.fieldProxy()->mapToSource(w.fieldTree()->currentIndex());
             index.isValid(); index = index.parent())
            labels << index.siblingAtColumn(0).data().toString();
        return labels;
    }

    static QString outlineText(MainWindow &w)
    {
        QComboBox *outline = w.filingView()->outline();
        return outline->currentIndex() < 0 ? QString()
                                           : outline->model()
                                                 ->index(outline->currentIndex(), 0)
                                                 .data(OutlineModel::FullLabelRole)
                                                 .toString();
    }

    // The expected items of a report in the order of the text.
    static QList<test::ExpectedItem> inOrder(const QString &file)
    {
        QList<test::ExpectedItem> items = test::expectedReport(file).items;
        std::stable_sort(items.begin(), items.end(),
                         [](const auto &a, const auto &b) { return a.line < b.line; });
        return items;
    }

    // One step of Next / Previous Item landed on this item's heading, and the outline and
    // the field tree name it.
    static bool landedOn(MainWindow &w, const FilingPtr &f, const test::ExpectedItem &item)
    {
        TextView *text = w.filingView()->textView();
        const int line = f->lineAt(text->cursorPosition()) + 1;
        const QString name = u"Part %1, Item %2 "_s.arg(item.part, item.code);
        const QStringList path = treePath(w);
        const bool inTree = path.contains(u"Item "_s + item.code)
            && path.contains(u"Part "_s + item.part) && path.endsWith(u"Items"_s);
        if (line == item.line && outlineText(w).startsWith(name) && inTree)
            return true;
        qWarning("expected %s at line %d; cursor at line %d, outline \"%s\", tree %s",
                 qPrintable(name), item.line, line, qPrintable(outlineText(w)),
                 qPrintable(path.join(u" < "_s)));
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        QApplication::setApplicationName(u"tst_reportnavigation"_s);
    }

    void nextAndPreviousWalkTheItems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("10-K") << kTenK;
        // Part I Item 1 and Part II Item 1 are two stops.
        QTest::newRow("10-Q") << kTenQ;
    }

    void nextAndPreviousWalkTheItems()
    {
        QFETCH(QString, file);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const FilingPtr f = open(w, file);
        QVERIFY(f);
        QVERIFY(w.nextItemAction()->isEnabled());
        QVERIFY(w.previousItemAction()->isEnabled());
        const QList<test::ExpectedItem> items = inOrder(file);
        TextView *text = w.filingView()->textView();
        QCOMPARE(text->cursorPosition(), 0);
        for (const test::ExpectedItem &item : items) {
            w.nextItemAction()->trigger();
            QVERIFY(landedOn(w, f, item));
        }
        // Past the last item there is nowhere to go.
        const qsizetype last = text->cursorPosition();
        w.nextItemAction()->trigger();
        QCOMPARE(text->cursorPosition(), last);
        for (qsizetype i = items.size() - 2; i >= 0; --i) {
            w.previousItemAction()->trigger();
            QVERIFY(landedOn(w, f, items[i]));
        }
        // Before the first item there is nowhere to go either.
        const qsizetype first = text->cursorPosition();
        w.previousItemAction()->trigger();
        QCOMPARE(text->cursorPosition(), first);
    }

    void shortcutsWhileReading()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const FilingPtr f = open(w, kTenK);
        QVERIFY(f);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        TextView *text = w.filingView()->textView();
        text->setFocus();
        QTRY_VERIFY(text->hasFocus());
        QCOMPARE(w.nextItemAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Down));
        QCOMPARE(w.previousItemAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Up));
        const QList<test::ExpectedItem> items = inOrder(kTenK);
        QTest::keyClick(text, Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(landedOn(w, f, items[0]));
        QTest::keyClick(text, Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(landedOn(w, f, items[1]));
        // Inside an item, Previous goes to its own heading first.
        QTest::keyClick(text, Qt::Key_Down);
        QTest::keyClick(text, Qt::Key_Down);
        QTest::keyClick(text, Qt::Key_Up, Qt::ControlModifier);
        QVERIFY(landedOn(w, f, items[1]));
        QTest::keyClick(text, Qt::Key_Up, Qt::ControlModifier);
        QVERIFY(landedOn(w, f, items[0]));
    }

    void fromARowOfTheFieldTree()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const FilingPtr f = open(w, kTenK);
        QVERIFY(f);
        // Clicking Part II > Item 7 selects the whole item; Next goes on to Item 7A.
        QTreeView *tree = w.fieldTree();
        const QAbstractItemModel *model = tree->model();
        QModelIndex items;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == u"Items"_s)
                items = model->index(row, 0);
        }
        QModelIndex partII, item7;
        for (int row = 0; row < model->rowCount(items); ++row) {
            if (model->index(row, 0, items).data().toString() == u"Part II"_s)
                partII = model->index(row, 0, items);
        }
        for (int row = 0; row < model->rowCount(partII); ++row) {
            if (model->index(row, 0, partII).data().toString() == u"Item 7"_s)
                item7 = model->index(row, 0, partII);
        }
        QVERIFY(item7.isValid());
        tree->expand(items);
        tree->expand(partII);
        tree->scrollTo(item7);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(item7).center());
        TextView *text = w.filingView()->textView();
        QVERIFY(text->selectedText().startsWith(u"ITEM 7. MANAGEMENT"_s));
        QVERIFY(outlineText(w).startsWith(u"Part II, Item 7 "_s));
        w.nextItemAction()->trigger();
        QVERIFY(outlineText(w).startsWith(u"Part II, Item 7A "_s));
        QCOMPARE(f->lineAt(text->cursorPosition()) + 1, 1587);
    }

    void disabledWithoutItems()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // An SEC header alone: no items, no outline.
        QVERIFY(open(w, u"corpus/odd/edgt__1990sheader.txt"_s));
        QVERIFY(!w.nextItemAction()->isEnabled());
        QVERIFY(!w.previousItemAction()->isEnabled());
        QVERIFY(!w.filingView()->outline()->isVisible());
        // An 8-K walks its items but, as before, shows no outline.
        const FilingPtr eightK = open(w, u"seeds/002_804b7ad1e3b304a9.txt"_s);
        QVERIFY(eightK);
        QVERIFY(w.nextItemAction()->isEnabled());
        QVERIFY(!w.filingView()->outline()->isVisible());
        w.nextItemAction()->trigger();
        QCOMPARE(w.filingView()->textView()->cursorPosition(), eightK->items.first().heading.start);
        // A report brings the outline in.
        QVERIFY(open(w, kTenK));
        QVERIFY(w.filingView()->outline()->isVisible());
    }

    void outlineJumpsAndFollows()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const FilingPtr f = open(w, kTenK);
        QVERIFY(f);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QComboBox *outline = w.filingView()->outline();
        OutlineModel *model = w.filingView()->outlineModel();
        TextView *text = w.filingView()->textView();
        QVERIFY(outline->isVisible());
        QCOMPARE(outline->currentIndex(), -1); // the cover is in no part

        // Alt+O, then the arrow keys step through the list, jumping as they go; the focus
        // stays in the outline for the next step.
        QTest::keyClick(&w, Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(outline->hasFocus());
        QTest::keyClick(outline, Qt::Key_Down);
        QCOMPARE(outline->currentIndex(), 0);
        QCOMPARE(outlineText(w), u"Table of contents"_s);
        QCOMPARE(text->cursorPosition(), f->tocRange.start);
        QTest::keyClick(outline, Qt::Key_Down);
        QTest::keyClick(outline, Qt::Key_Down);
        QCOMPARE(outlineText(w), u"Part I, Item 1 Business"_s);
        QCOMPARE(f->lineAt(text->cursorPosition()) + 1, 125);
        QTest::qWait(50); // nothing pending takes the focus away
        QVERIFY(outline->hasFocus());
        // The tree follows the jump.
        QVERIFY(treePath(w).contains(u"Item 1"_s));

        // Chosen from the open list: there, and the focus goes to the text to read on.
        int item9a = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row)
                    .data(OutlineModel::FullLabelRole)
                    .toString()
                    .startsWith(u"Part II, Item 9A "_s))
                item9a = row;
        }
        QVERIFY(item9a > 0);
        outline->showPopup();
        QTRY_VERIFY(outline->view()->isVisible());
        outline->view()->setCurrentIndex(model->index(item9a));
        QTest::keyClick(outline->view(), Qt::Key_Return);
        QTRY_VERIFY(text->hasFocus());
        QCOMPARE(f->lineAt(text->cursorPosition()) + 1, 3351);
        QCOMPARE(outline->currentIndex(), item9a);

        // Clicking into the text of Item 7 names it.
        const qsizetype mdna = f->text.indexOf(u"The following Management"_s);
        text->setFirstVisibleLine(f->lineAt(mdna));
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->pointFor(mdna + 4));
        QVERIFY(outlineText(w).startsWith(u"Part II, Item 7 Management"_s));
        QVERIFY(outline->toolTip().contains(u"follows the cursor"_s));
    }

    void partAndContentsBands()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const FilingPtr f = open(w, kTenK);
        QVERIFY(f);
        const test::ExpectedReport expected = test::expectedReport(kTenK);
        // A band for each part heading and for the table of contents, where the reader saw
        // them.
        QList<int> partLines;
        int tocLine = -1;
        for (const Section &s : f->sections) {
            if (s.kind == SectionKind::Part)
                partLines << f->lineAt(s.range.start) + 1;
            if (s.kind == SectionKind::TableOfContents)
                tocLine = f->lineAt(s.range.start) + 1;
        }
        QList<int> expectedLines;
        for (const test::ExpectedPart &part : expected.parts)
            expectedLines << part.line;
        QCOMPARE(partLines, expectedLines);
        QCOMPARE(tocLine, expected.tocStartLine);

        // Hovering names the part and the item.
        TextView *text = w.filingView()->textView();
        const qsizetype mdna = f->text.indexOf(u"The following Management"_s);
        QVERIFY(text->describe(mdna).startsWith(
            u"Part II, Item 7 Management's Discussion and Analysis"_s));
        QVERIFY(text->describe(f->tocRange.start + 2).startsWith(u"Table of contents"_s));

        // The gutter strip of a part heading's line is drawn in the part's colour.
        const SectionStyle style(text->palette());
        const ReportPart &part = f->parts[1];
        text->setFirstVisibleLine(f->lineAt(part.heading.range.start));
        const QImage image = text->viewport()->grab().toImage();
        const QPoint at = text->pointFor(part.heading.range.start);
        bool stripFound = false;
        for (int x = 0; x < at.x(); ++x)
            stripFound =
                stripFound || image.pixelColor(x, at.y()) == style.solid(SectionKind::Part);
        QVERIFY(stripFound);

        // The legend names both colours, in their swatches' colours.
        QStringList labels;
        for (const SectionStyle::LegendEntry &e : w.filingView()->legend()->entries()) {
            labels << e.label;
            if (e.label == u"Part"_s)
                QCOMPARE(e.colour, style.solid(SectionKind::Part));
            if (e.label == u"Table of contents"_s)
                QCOMPARE(e.colour, style.solid(SectionKind::TableOfContents));
        }
        QVERIFY2(labels.contains(u"Table of contents"_s) && labels.contains(u"Part"_s)
                     && labels.contains(u"Exhibit index"_s),
                 qPrintable(labels.join(u", "_s)));
    }
};

QTEST_MAIN(TestReportNavigation)
#include "tst_reportnavigation.moc"

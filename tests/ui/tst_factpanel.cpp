// SPDX-License-Identifier: MIT
// The Facts dock in a window, headless, on GameStop's FY2023 10-K: choosing a fact selects
// its value in the text ("632.5", the balance sheet's inventories), a hidden one is named in
// the status bar, the cursor moved onto a tagged value selects its row, the hover over a
// tagged number names its concept, period, scale and decimals (the innermost tag only), and
// a filing without tags says so instead of showing an empty table.
#include "factmodel.h"
#include "factpanel.h"
#include "filingview.h"
#include "testutil.h"
#include "textview.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

const QString kGme = u"corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s;

} // namespace

class TestFactPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { delete m_window; }
    void selectingAFactSelectsItsText();
    void hiddenFactInStatusBar();
    void cursorSelectsRow();
    void tooltipNamesTheConcept();
    void innermostTagOnly();
    void filterBox();
    void emptyState();

private:
    int proxyRowOf(const QString &name, const QString &period) const;

    QMainWindow *m_window = nullptr;
    FilingView *m_view = nullptr;
    FactPanel *m_panel = nullptr;
    FilingPtr m_filing;
};

void TestFactPanel::init()
{
    m_window = new QMainWindow;
    m_view = new FilingView(m_window);
    m_window->setCentralWidget(m_view);
    m_panel = FactPanel::addDock(m_window, m_view);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    if (!m_filing)
        m_filing = test::parseData(kGme);
    m_view->setFiling(m_filing);
    m_view->textView()->setMarks(factMarks(*m_filing));
}

int TestFactPanel::proxyRowOf(const QString &name, const QString &period) const
{
    const QAbstractItemModel *proxy = m_panel->table()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, FactModel::ConceptColumn).data().toString() == name
            && proxy->index(row, FactModel::PeriodColumn).data().toString() == period)
            return row;
    }
    return -1;
}

void TestFactPanel::selectingAFactSelectsItsText()
{
    QVERIFY(m_panel->showsTable());
    auto *dock = m_window->findChild<QDockWidget *>(u"factsDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(u"Ctrl+Shift+X"_s));
    QTableView *table = m_panel->table();
    const int row = proxyRowOf(u"us-gaap:InventoryNet"_s, u"2024-02-03"_s);
    QVERIFY(row >= 0);
    const QModelIndex index = table->model()->index(row, FactModel::ValueColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    TextView *text = m_view->textView();
    QCOMPARE(text->selectedText(), u"632.5"_s);
    // Scrolled into view.
    const int line = m_filing->lineAt(text->selection().start);
    QVERIFY(line >= text->firstVisibleLine());
    QVERIFY(line < text->firstVisibleLine() + text->visibleLineCount());
}

void TestFactPanel::hiddenFactInStatusBar()
{
    QTableView *table = m_panel->table();
    const SourceRange before = m_view->textView()->selection();
    // The first fact, dei:AmendmentFlag, sits in ix:hidden.
    const QModelIndex index = table->model()->index(0, FactModel::ConceptColumn);
    QCOMPARE(index.data().toString(), u"dei:AmendmentFlag"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"dei:AmendmentFlag"_s) && message.contains(u"hidden"_s),
             qPrintable(message));
    QCOMPARE(m_view->textView()->selection(), before);
}

void TestFactPanel::cursorSelectsRow()
{
    TextView *text = m_view->textView();
    const qsizetype at = m_filing->text.indexOf(u"632.5"_s);
    QVERIFY(at > 0);
    // Clicking the number in the text (the cursor moved by the reader).
    text->select(SourceRange{at, 0});
    text->setFirstVisibleLine(std::max(0, m_filing->lineAt(at) - 3));
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->pointFor(at + 1));
    const QModelIndex current = m_panel->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(FactModel::ConceptColumn).data().toString(),
             u"us-gaap:InventoryNet"_s);
}

void TestFactPanel::tooltipNamesTheConcept()
{
    TextView *text = m_view->textView();
    const qsizetype at = m_filing->text.indexOf(u"632.5"_s);
    text->setFirstVisibleLine(std::max(0, m_filing->lineAt(at) - 3));
    const QPoint pos = text->pointFor(at + 1);
    QHelpEvent help(QEvent::ToolTip, pos, text->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(text->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    for (const QString &part : {u"us-gaap:InventoryNet"_s, u"Period: 2024-02-03"_s, u"Scale: 6"_s,
                                u"Decimals: -5"_s, u"Value: 632500000"_s, u"Unit: iso4217:USD"_s})
        QVERIFY2(tip.contains(part), qPrintable(part + u" not in:\n"_s + tip));
    QToolTip::hideText();
}

void TestFactPanel::innermostTagOnly()
{
    // A tagged number inside a tagged note: the hover names the number, not the note.
    const Fact *inner = nullptr;
    const Fact *outer = nullptr;
    for (const Fact &o : m_filing->facts) {
        const bool twin =
            std::any_of(m_filing->facts.cbegin(), m_filing->facts.cend(),
                        [&](const Fact &f) { return &f != &o && f.range == o.range; });
        if (o.isNumeric() || !o.range.isValid() || twin)
            continue;
        for (const Fact &i : m_filing->facts) {
            if (i.isNumeric() && i.range.isValid() && i.range.start > o.range.start
                && i.range.end() < o.range.end()) {
                inner = &i;
                outer = &o;
                break;
            }
        }
        if (inner)
            break;
    }
    QVERIFY(inner && outer);
    const QString described = m_view->textView()->describe(inner->range.start);
    QVERIFY2(described.contains(inner->name), qPrintable(described));
    QVERIFY2(!described.contains(outer->name), qPrintable(described));
    // Where no smaller tag lies, the note names itself.
    qsizetype free = -1;
    for (qsizetype at = outer->range.start; at < outer->range.end() && free < 0; ++at) {
        const bool covered =
            std::any_of(m_filing->facts.cbegin(), m_filing->facts.cend(), [&](const Fact &f) {
                return &f != outer && f.range.contains(at) && f.range.length < outer->range.length;
            });
        if (!covered)
            free = at;
    }
    QVERIFY(free >= 0);
    QVERIFY(m_view->textView()->describe(free).contains(outer->name));
}

void TestFactPanel::filterBox()
{
    QTest::keyClicks(m_panel->filter(), u"InventoryNet"_s);
    QTRY_COMPARE(m_panel->table()->model()->rowCount(), 2);
    m_panel->hiddenBox()->setChecked(false);
    m_panel->filter()->clear();
    QTRY_COMPARE(m_panel->table()->model()->rowCount(), 1068 - 4);
}

void TestFactPanel::emptyState()
{
    m_view->setFiling(test::parseData(u"corpus/text8k/edgt__0001011438-98-000429_doc1_8k.txt"_s));
    QVERIFY(!m_panel->showsTable());
    QVERIFY(m_panel->emptyLabel()->isVisible());
    QCOMPARE(m_panel->emptyLabel()->text(), u"This filing has no inline-XBRL tags."_s);
    QVERIFY(!m_panel->filter()->isEnabled());
    m_view->setFiling(m_filing);
    QVERIFY(m_panel->showsTable());
}

QTEST_MAIN(TestFactPanel)
#include "tst_factpanel.moc"

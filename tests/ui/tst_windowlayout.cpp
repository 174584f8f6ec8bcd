// SPDX-License-Identifier: MIT
// The main window's layout on a small screen (headless, the offscreen platform given a
// 1024x700 screen, or FILINGLENS_TEST_SCREEN): the text pane gets its columns first, the
// legend stays on one line, a first start fits the screen, columns fit their contents and
// can be hidden, Tab follows the layout, and the document switcher filters and keeps a chosen
// document at the top.

#include "fieldtreemodel.h"
#include "filinglistmodel.h"
#include "filingview.h"
#include "headermenu.h"
#include "legendbar.h"
#include "mainwindow.h"
#include "testutil.h"
#include "textview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

const QString kLongLines = u"corpus/text8k/scpp__0000891020-98-001352_doc1_8k.txt"_s;

[[nodiscard]] FilingPtr openAndShow(MainWindow &w, const QString &relative)
{
    QSignalSpy shown(&w, &MainWindow::filingShown);
    w.openPaths({test::dataPath(relative)});
    if (!shown.wait(20000)) {
        qWarning("%s was not shown within 20 s", qPrintable(relative));
        return nullptr;
    }
    return w.filingView()->filing();
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// Whether the text shows column `columns` of a line long enough whole, left of its edge.
bool showsColumns(TextView *text, const Filing &f, int columns)
{
    for (int line = 0; line < f.lineCount(); ++line) {
        const qsizetype start = f.lineStarts[line];
        const qsizetype end = line + 1 < f.lineCount() ? f.lineStarts[line + 1] : f.text.size();
        if (end - start > columns + 1) {
            const int charWidth = text->fontMetrics().horizontalAdvance(u'M');
            const int right = text->pointFor(start + columns - 1).x() + charWidth / 2;
            if (right > text->viewport()->width())
                qWarning("column %d ends at %d, the view at %d", columns, right,
                         text->viewport()->width());
            return right <= text->viewport()->width();
        }
    }
    qWarning("no line of %d columns", columns);
    return false;
}

// Opens a header's context menu and toggles the entry titled `title` while it is open.
bool toggleColumnInMenu(QHeaderView *header, const QString &title)
{
    bool toggled = false;
    QTimer::singleShot(0, header, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (QAction *action : menu ? menu->actions() : QList<QAction *>()) {
            if (action->text() == title && action->isEnabled()) {
                action->toggle();
                toggled = true;
            }
        }
        if (menu)
            menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
    return toggled;
}

// The raw values of one tag (TYPE, FILENAME, DESCRIPTION) of each <DOCUMENT>, read from the
// file without the parser.
QList<QStringList> documentTags(const QString &relative)
{
    const QString raw = QString::fromLatin1(test::readData(relative));
    QList<QStringList> documents;
    static const QRegularExpression block(u"<DOCUMENT>(.*?)</DOCUMENT>"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"^<(TYPE|FILENAME|DESCRIPTION)>(.*)$"_s,
                                        QRegularExpression::MultilineOption);
    for (auto it = block.globalMatch(raw); it.hasNext();) {
        const QString body = it.next().captured(1);
        const QString head = body.left(body.indexOf(u"<TEXT>"_s));
        QStringList values;
        for (auto t = tag.globalMatch(head); t.hasNext();)
            values << t.next().captured(2).trimmed();
        documents << values;
    }
    return documents;
}

QAction *sectionsAction(MainWindow &w)
{
    for (QAction *action : w.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H))
            return action;
    }
    return nullptr;
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        QApplication::setApplicationName(u"tst_windowlayout"_s);
    }

    void init() { QSettings().clear(); }

    void firstStartFitsTheScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            settle();
            QVERIFY2(available.contains(w.frameGeometry()),
                     qPrintable(u"%1x%2 on %3x%4"_s.arg(w.frameGeometry().width())
                                    .arg(w.frameGeometry().height())
                                    .arg(available.width())
                                    .arg(available.height())));
            // A window bigger than the screen, saved as the window closes...
            w.resize(available.size() * 2);
            w.close();
        }
        // ...comes back within the screen.
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        settle();
        QVERIFY2(available.contains(again.frameGeometry()),
                 qPrintable(u"%1x%2"_s.arg(again.width()).arg(again.height())));
    }

    void textPaneGetsTheRoomFirst()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // An 8-K of 1998 in plain text whose lines run past 90 columns.
        const FilingPtr f = openAndShow(w, kLongLines);
        QVERIFY(f);
        settle();
        QCOMPARE(w.frameGeometry().size(),
                 QGuiApplication::primaryScreen()->availableGeometry().size());
        // 80 columns whole, and the docks still there beside them.
        QVERIFY(showsColumns(w.filingView()->textView(), *f, 80));
        for (const QString &name : {u"filingsDock"_s, u"fieldsDock"_s}) {
            auto *dock = w.findChild<QDockWidget *>(name);
            QVERIFY2(dock->isVisible() && dock->width() >= 150, qPrintable(name));
        }
    }

    void docksShrinkWhenTheWindowDoes()
    {
        // As a window manager clamping a window saved on a bigger screen does.
        MainWindow w;
        w.resize(1800, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resetLayout();
        const FilingPtr f = openAndShow(w, kLongLines);
        QVERIFY(f);
        settle();
        QVERIFY(w.findChild<QDockWidget *>(u"filingsDock"_s)->width() > 300);
        w.resize(1024, 700);
        settle();
        QVERIFY(showsColumns(w.filingView()->textView(), *f, 80));
    }

    void legendOnOneLine()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndShow(w, u"seeds/002_804b7ad1e3b304a9.txt"_s));
        settle();
        LegendBar *legend = w.filingView()->legend();
        QVERIFY(legend->isVisible());
        const QFontMetrics fm = legend->fontMetrics();
        QVERIFY2(legend->height() < 2 * fm.lineSpacing(),
                 qPrintable(QString::number(legend->height())));
        // Too narrow for all of it here: it ends in "…", and the tooltip names every entry.
        QVERIFY(legend->sizeHint().width() > legend->width());
        QVERIFY(legend->shownEntryCount() < legend->entries().size());
        QVERIFY(legend->shownEntryCount() > 0);
        for (const auto &entry : legend->entries())
            QVERIFY2(legend->toolTip().contains(entry.label.toHtmlEscaped()),
                     qPrintable(entry.label));
        // Wide enough: all of it, still one line.
        legend->resize(legend->sizeHint().width(), legend->height());
        QCOMPARE(legend->shownEntryCount(), legend->entries().size());
    }

    void ctrlHHidesTheLegendWithTheBands()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QAction *sections = sectionsAction(w);
            QVERIFY(sections && sections->isCheckable() && sections->isChecked());
            QTest::keyClick(&w, Qt::Key_H, Qt::ControlModifier);
            QVERIFY(!sections->isChecked());
            QVERIFY(!w.filingView()->legend()->isVisible());
            w.close(); // saves the choice
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!sectionsAction(again)->isChecked());
        QVERIFY(!again.filingView()->legend()->isVisible());
        sectionsAction(again)->trigger();
        QVERIFY(again.filingView()->legend()->isVisible());
    }

    void formTypesAreNotCut()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // 485APOS is among the odd ones.
        const QString odd = u"corpus/odd/edgt__header_with_double_newlines.txt"_s;
        w.openPaths({test::dataPath(u"corpus/other"_s), test::dataPath(odd)});
        const FilingListModel *model = w.filingModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowCount() == 16 && model->countIn(FilingListModel::State::Queued) == 0, 20000);
        settle();
        QTreeView *browser = w.browser();
        // The longest form types of these filings, as their headers give them.
        QStringList expected;
        QStringList files = {odd};
        for (const QString &name : QDir(test::dataPath(u"corpus/other"_s)).entryList(QDir::Files))
            files << u"corpus/other/"_s + name;
        for (const QString &file : std::as_const(files)) {
            static const QRegularExpression type(
                u"CONFORMED SUBMISSION TYPE:\\s*(\\S[^\\r\\n]*)"_s);
            const auto match = type.match(QString::fromLatin1(test::readData(file)));
            if (match.hasMatch())
                expected << match.captured(1).trimmed();
        }
        QVERIFY(expected.contains(u"SC TO-T/A"_s));
        QVERIFY(expected.contains(u"485APOS"_s));
        const int margins = 2 * (browser->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const int width = browser->columnWidth(FilingListModel::FormColumn);
                for (const QString &form : std::as_const(expected)) {
                    if (width < browser->fontMetrics().horizontalAdvance(form) + margins)
                        return false;
                }
                return true;
            }(),
            5000);
        // Each row's form as shown fits too.
        const QAbstractItemModel *shown = browser->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString form = shown->index(row, FilingListModel::FormColumn).data().toString();
            QVERIFY2(browser->columnWidth(FilingListModel::FormColumn)
                         >= browser->fontMetrics().horizontalAdvance(form) + margins,
                     qPrintable(form));
        }
    }

    void hiddenColumnStaysHiddenInANewWindow()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QHeaderView *header = w.browser()->header();
            QVERIFY(!header->isSectionHidden(FilingListModel::FileColumn));
            const QString title =
                w.filingModel()->headerData(FilingListModel::FileColumn, Qt::Horizontal).toString();
            QVERIFY(toggleColumnInMenu(header, title));
            QVERIFY(header->isSectionHidden(FilingListModel::FileColumn));
            QVERIFY(toggleColumnInMenu(w.fieldTree()->header(), u"Line"_s));
            QVERIFY(w.fieldTree()->header()->isSectionHidden(FieldTreeModel::LineColumn));
        }
        MainWindow again;
        QVERIFY(again.browser()->header()->isSectionHidden(FilingListModel::FileColumn));
        QVERIFY(!again.browser()->header()->isSectionHidden(FilingListModel::StatusColumn));
        QVERIFY(again.fieldTree()->header()->isSectionHidden(FieldTreeModel::LineColumn));
    }

    void tabFollowsTheLayout()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QList<QWidget *> expected = {w.browserFilter(),
                                           w.browserScope(),
                                           w.browser(),
                                           w.tabs()->tabBar(),
                                           w.filingView()->documentSwitcher(),
                                           w.filingView()->outline(),
                                           w.filingView()->textView(),
                                           w.fieldFilter(),
                                           w.fieldTree()};
        QList<QWidget *> order;
        QWidget *widget = w.browserFilter();
        for (int step = 0; step < 500 && order.size() < expected.size(); ++step) {
            if (expected.contains(widget) && !order.contains(widget))
                order << widget;
            widget = widget->nextInFocusChain();
        }
        QCOMPARE(order, expected);
    }

    void focusInKeepsTheSelection()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(openAndShow(w, u"seeds/002_804b7ad1e3b304a9.txt"_s));
        TextView *text = w.filingView()->textView();
        text->setCursorPosition(500);
        const SourceRange before = text->selection();
        QTreeView *tree = w.fieldTree();
        QVERIFY(!tree->currentIndex().isValid());
        tree->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(tree->hasFocus());
        settle();
        QCOMPARE(text->selection(), before);
        QVERIFY(tree->selectionModel()->selectedRows().isEmpty());
        // The browser too: the filing shown stays.
        const QString shown = w.currentPath();
        w.browser()->selectionModel()->clear();
        w.browser()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(w.browser()->hasFocus());
        settle();
        QCOMPARE(w.currentPath(), shown);
        QVERIFY(w.browser()->selectionModel()->selectedRows().isEmpty());
    }

    void documentSwitcherFiltersAndKeepsTheLastDocument()
    {
        // Caterpillar's 8-K of 2022: 18 documents, the last a zip of XBRL shown as one line.
        const QString relative = u"corpus/fullsub/scpp__0000018230-22-000107.txt"_s;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const FilingPtr f = openAndShow(w, relative);
        QVERIFY(f);
        const QList<QStringList> documents = documentTags(relative);
        QComboBox *switcher = w.filingView()->documentSwitcher();
        QCOMPARE(switcher->count(), documents.size());
        qsizetype withXbrl = 0;
        for (const QStringList &tags : documents) {
            if (tags.join(u' ').contains(u"xbrl"_s, Qt::CaseInsensitive))
                ++withXbrl;
        }
        QVERIFY(withXbrl > 1 && withXbrl < documents.size());
        QVERIFY(documents.last().join(u' ').contains(u"XBRL"_s));

        switcher->setFocus(Qt::TabFocusReason);
        switcher->lineEdit()->selectAll();
        QTest::keyClicks(switcher->lineEdit(), u"xbrl"_s);
        QCompleter *completer = switcher->completer();
        QTRY_COMPARE(completer->completionCount(), int(withXbrl));
        QTRY_VERIFY(completer->popup()->isVisible());
        // The popup lists no more than fit a small screen.
        QVERIFY(completer->popup()->height() < w.height());

        // The last match is the last document: chosen, it comes to the top and stays.
        const int last = completer->completionCount() - 1;
        completer->popup()->setCurrentIndex(completer->completionModel()->index(last, 0));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        const Document &lastDocument = f->documents.last();
        TextView *text = w.filingView()->textView();
        const int lastLine = f->lineAt(lastDocument.range.start);
        // Short enough that without scrolling past the end it could not reach the top.
        QVERIFY(f->lineCount() - lastLine < text->visibleLineCount());
        QTRY_COMPARE(switcher->currentIndex(), int(documents.size() - 1));
        QCOMPARE(text->firstVisibleLine(), lastLine);
        QTRY_VERIFY(text->hasFocus());
        settle();
        QCOMPARE(text->firstVisibleLine(), lastLine);
        QCOMPARE(switcher->currentIndex(), int(documents.size() - 1));
        QCOMPARE(text->cursorPosition(), lastDocument.range.start);
    }
};

// The offscreen platform with a screen of the size asked for (default 1024x700), so that the
// window meets a small screen as it would on a laptop.
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QByteArray size = qEnvironmentVariableIsSet("FILINGLENS_TEST_SCREEN")
        ? qgetenv("FILINGLENS_TEST_SCREEN")
        : QByteArray("1024x700");
    const QList<QByteArray> wh = size.split('x');
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && wh.size() == 2) {
        const QString config = dir.filePath(u"screen.json"_s);
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(config));
        file.write("{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, \"width\": " + wh[0]
                   + ", \"height\": " + wh[1] + ", \"logicalDpi\": 96, \"logicalBaseDpi\": 96}]}");
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    }
    QApplication app(argc, argv);
    TestWindowLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"

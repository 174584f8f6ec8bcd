// SPDX-License-Identifier: MIT
// The viewer driven as a user would, headless (QT_QPA_PLATFORM=offscreen): drag and drop,
// tree and text kept in sync, find.

#include "compareview.h"
#include "diffconnector.h"
#include "fieldtreemodel.h"
#include "filingfilterproxy.h"
#include "filinglistmodel.h"
#include "filingsession.h"
#include "filingview.h"
#include "findbar.h"
#include "mainwindow.h"
#include "nativepath.h"
#include "testutil.h"
#include "textview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestMainWindow : public QObject
{
    Q_OBJECT

    // Each helper reports its failure and returns false (or null): the caller QVERIFYs it, so
    // a failed wait ends that test instead of going on into a filing that is not there.
    [[nodiscard]] static bool drop(QWidget *target, const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        return drop(target, mime);
    }

    [[nodiscard]] static bool drop(QWidget *target, QMimeData &mime)
    {
        const QPoint pos = target->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        if (enter.isAccepted())
            QApplication::sendEvent(target, &dropEvent);
        if (!enter.isAccepted() || !dropEvent.isAccepted()) {
            qWarning("the drop was not accepted (drag enter accepted: %d)", enter.isAccepted());
            return false;
        }
        return true;
    }

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
            qWarning("not opened within 20 s: %d row(s) (expected %d), %d still queued",
                     model->rowCount(), rows, model->countIn(FilingListModel::State::Queued));
        return opened;
    }

    static QModelIndex findRow(const QAbstractItemModel *model, const QString &label,
                               const QModelIndex &parent = {})
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data().toString() == label)
                return index;
            const QModelIndex inner = findRow(model, label, index);
            if (inner.isValid())
                return inner;
        }
        return {};
    }

    // Opens a seed filing and returns it once it is on screen, or null.
    [[nodiscard]] static FilingPtr openSeed(MainWindow &w, const QString &seed)
    {
        QSignalSpy shown(&w, &MainWindow::filingShown);
        w.openPaths({test::dataPath(u"seeds/"_s + seed)});
        if (!shown.wait(20000)) {
            qWarning("%s was not shown within 20 s", qPrintable(seed));
            return nullptr;
        }
        if (!w.filingView()->filing())
            qWarning("%s was shown without its text", qPrintable(seed));
        return w.filingView()->filing();
    }

    // Opens BTU's 8-Ks of 2004 and 2007 and compares them; the view once its diff is shown.
    [[nodiscard]] static CompareView *openComparison(MainWindow &w)
    {
        const QString a = test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        const QString b = test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        w.openPaths({a, b});
        if (!waitUntilOpened(w, 2))
            return nullptr;
        QSignalSpy opened(&w, &MainWindow::compareOpened);
        w.compare(a, b);
        if (opened.count() == 0 && !opened.wait(20000)) {
            qWarning("no comparison within 20 s");
            return nullptr;
        }
        auto *view = qvariant_cast<CompareView *>(opened.first().first());
        if (!view->isDiffReady() && !QSignalSpy(view, &CompareView::diffReady).wait(20000)) {
            qWarning("no diff within 20 s");
            return nullptr;
        }
        return view;
    }

    static QDockWidget *dock(MainWindow &w, const QString &name)
    {
        return w.findChild<QDockWidget *>(name);
    }

    static void settleLayout()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        QApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().remove(u"text"_s); // the text font and zoom of an earlier run
    }

    void dropFilesAndFolders()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTemporaryDir dir;
        // A folder with two filings in a subfolder, and a loose file beside it.
        QVERIFY(QDir(dir.path()).mkpath(u"reports/2004"_s));
        QVERIFY(QFile::copy(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s),
                            dir.filePath(u"reports/2004/feb.txt"_s)));
        QVERIFY(QFile::copy(test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s),
                            dir.filePath(u"reports/2004/apr.txt"_s)));
        QVERIFY(QFile::copy(test::dataPath(u"corpus/html8k/scpp__aapl-20240201.htm"_s),
                            dir.filePath(u"apple.htm"_s)));
        QVERIFY(drop(&w,
                     {QUrl::fromLocalFile(dir.filePath(u"reports"_s)),
                      QUrl::fromLocalFile(dir.filePath(u"apple.htm"_s))}));
        QVERIFY(waitUntilOpened(w, 3));
        QCOMPARE(w.filingModel()->countIn(FilingListModel::State::Loaded), 3);
        // The first file of the drop is on screen.
        QTRY_VERIFY(w.filingView()->filing() != nullptr);
        QCOMPARE(w.currentPath(), dir.filePath(u"reports/2004/apr.txt"_s));

        // Dropping one of them again focuses it instead of adding a row.
        QVERIFY(drop(&w, {QUrl::fromLocalFile(dir.filePath(u"apple.htm"_s))}));
        QTRY_COMPARE(w.currentPath(), dir.filePath(u"apple.htm"_s));
        QCOMPARE(w.filingModel()->rowCount(), 3);
        QCOMPARE(w.filingView()->filing()->cover.registrantName.value, u"Apple Inc."_s);
    }

    // A file manager's drag names a file by its bytes, percent-encoded in text/uri-list:
    // a name with the Latin-1 byte 0xE9 opens (QMimeData::urls() would spell it U+FFFD).
    void dropNameThatIsNotUtf8()
    {
        test::TemporaryDir dir;
        const QByteArray native = QFile::encodeName(dir.path()) + "/r\xE9port 1.txt";
        const QByteArray seed = test::readData(u"seeds/000_b149af05fdad4801.txt"_s);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, seed.constData(), size_t(seed.size())), seed.size());
        ::close(fd);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMimeData mime;
        mime.setData(u"text/uri-list"_s, "file://" + native.toPercentEncoding("/") + "\r\n");
        QVERIFY(mime.urls().first().toLocalFile().contains(u'\uFFFD')); // Qt's own reading
        QVERIFY(drop(&w, mime));
        QVERIFY(waitUntilOpened(w, 1));
        QCOMPARE(w.filingModel()->countIn(FilingListModel::State::Loaded), 1);
        QTRY_VERIFY(w.filingView()->filing() != nullptr);
        QCOMPARE(w.currentPath(), pathFromNative(native));
        QCOMPARE(w.filingView()->filing()->registrantName(), u"BTU INTERNATIONAL, INC."_s);
        QCOMPARE(w.windowTitle(), u"r\\xE9port 1.txt \u2014 FilingLens"_s);
    }

    void nonFilingDroppedAlongside()
    {
        MainWindow w;
        w.show();
        QTemporaryDir dir;
        QFile notes(dir.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Remember to buy milk.\n");
        notes.close();
        QFile png(dir.filePath(u"chart.htm"_s));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        png.close();
        // A FIFO would block a reader forever.
        const QString fifo = dir.filePath(u"pipe.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(
            drop(&w,
                 {QUrl::fromLocalFile(test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s)),
                  QUrl::fromLocalFile(notes.fileName()), QUrl::fromLocalFile(png.fileName()),
                  QUrl::fromLocalFile(dir.filePath(u"missing.txt"_s)), QUrl::fromLocalFile(fifo)}));
        QVERIFY(waitUntilOpened(w, 5));
        FilingListModel *model = w.filingModel();
        QCOMPARE(model->countIn(FilingListModel::State::Loaded), 1);
        QCOMPARE(model->countIn(FilingListModel::State::Failed), 4);
        QVERIFY(model->index(model->rowOfPath(fifo), FilingListModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"not a regular file"_s));
        const int notesRow = model->rowOfPath(notes.fileName());
        QVERIFY(model->index(notesRow, FilingListModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"does not look like an SEC filing"_s));
        QVERIFY(model->index(model->rowOfPath(png.fileName()), FilingListModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"PNG image"_s));
        // Selecting a failed row shows why instead of text.
        w.browser()->setCurrentIndex(w.filingProxy()->mapFromSource(model->index(notesRow, 0)));
        QTRY_COMPARE(w.currentPath(), notes.fileName());
        QVERIFY(w.filingView()->filing() == nullptr);
    }

    void clickingTreeRowSelectsText()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const FilingPtr f = openSeed(w, u"000_b149af05fdad4801.txt"_s);
        QVERIFY(f);
        QTreeView *tree = w.fieldTree();
        const QModelIndex phone = findRow(tree->model(), u"Telephone number"_s);
        QVERIFY(phone.isValid());
        tree->scrollTo(phone);
        const QRect rect = tree->visualRect(phone);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        TextView *text = w.filingView()->textView();
        QCOMPARE(text->selection(), f->cover.phone.range);
        QCOMPARE(text->selectedText(), u"(978) 667-4111"_s);

        // An item row selects the whole item, heading and body.
        const QModelIndex item = findRow(tree->model(), u"Item 12"_s);
        tree->scrollTo(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(item).center());
        QCOMPARE(text->selection(), f->items[1].range());
        QVERIFY(text->selectedText().startsWith(u"ITEM 12."_s));
    }

    void movingCursorSelectsTreeRow()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const FilingPtr f = openSeed(w, u"002_804b7ad1e3b304a9.txt"_s);
        QVERIFY(f);
        TextView *text = w.filingView()->textView();
        // Click into the body of Item 2.02.
        const qsizetype body = f->text.indexOf(u"issued a news release"_s);
        text->select({body, 0});
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->pointFor(body + 3));
        QVERIFY(std::abs(text->cursorPosition() - (body + 3)) <= 1);
        QModelIndex current = w.fieldTree()->currentIndex();
        QCOMPARE(current.data().toString(), u"Item 2.02"_s);

        // Arrow keys move the cursor too: up into the heading, whose title is a row of its own.
        QTest::keyClick(text, Qt::Key_Up);
        QTest::keyClick(text, Qt::Key_Up);
        QTest::keyClick(text, Qt::Key_Home);
        QVERIFY(text->cursorPosition() < body);
        const QModelIndex expected = w.fieldModel()->innermostIndexAt(text->cursorPosition());
        QVERIFY(expected.isValid());
        current = w.fieldProxy()->mapToSource(w.fieldTree()->currentIndex());
        QCOMPARE(current, expected);
        QVERIFY(current.data().toString() == u"Item 2.02"_s
                || current.parent().data().toString() == u"Item 2.02"_s);

        // Into the registrant name: its own row.
        const qsizetype name = f->cover.registrantName.range.start + 4;
        text->select({name, 0});
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->pointFor(name));
        QCOMPARE(w.fieldTree()->currentIndex().data().toString(), u"Registrant name"_s);
    }

    void textContextMenu()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const FilingPtr f = openSeed(w, u"000_b149af05fdad4801.txt"_s);
        QVERIFY(f);
        TextView *text = w.filingView()->textView();
        auto actionIn = [](QMenu *menu, const QString &name) {
            return menu->findChild<QAction *>(name);
        };
        // Show in Fields on the phone number "(978) 667-4111" selects its row, showing the dock.
        QDockWidget *fields = dock(w, u"fieldsDock"_s);
        fields->hide();
        const qsizetype phone = f->text.indexOf(u"(978) 667-4111"_s);
        QVERIFY(phone > 0);
        std::unique_ptr<QMenu> menu(text->createContextMenu(text->pointFor(phone + 4)));
        QAction *show = actionIn(menu.get(), u"showInFieldsAction"_s);
        QVERIFY(show && show->isEnabled());
        show->trigger();
        QVERIFY(fields->isVisible());
        const QModelIndex current = w.fieldTree()->currentIndex();
        QCOMPARE(current.data().toString(), u"Telephone number"_s);
        QCOMPARE(current.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString(),
                 u"(978) 667-4111"_s);

        // Find Selection searches for the selected words and highlights every match.
        const qsizetype name = f->text.indexOf(u"BTU INTERNATIONAL"_s);
        text->select({name, 17});
        menu.reset(text->createContextMenu(text->pointFor(name)));
        FindBar *find = w.filingView()->findBar();
        QSignalSpy finished(find, &FindBar::searchFinished);
        actionIn(menu.get(), u"findSelectionAction"_s)->trigger();
        QVERIFY(find->isVisible());
        QCOMPARE(find->query(), u"BTU INTERNATIONAL"_s);
        QVERIFY(finished.wait(5000));
        QCOMPARE(find->matchCount(),
                 int(f->text.count(u"btu international"_s, Qt::CaseInsensitive)));
        QCOMPARE(text->findMatches().size(), find->matchCount());
        QCOMPARE(text->selection(), (SourceRange{name, 17}));
    }

    void findHighlightsAllMatches()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openSeed(w, u"000_b149af05fdad4801.txt"_s));
        FindBar *find = w.filingView()->findBar();
        QSignalSpy finished(find, &FindBar::searchFinished);
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find->isVisible());
        find->setQuery(u"btu international"_s);
        QVERIFY(finished.wait(5000));
        // Case-insensitive: the registrant name, the cover twice... every occurrence.
        const QString text = w.filingView()->filing()->text;
        const int expected = int(text.count(u"btu international"_s, Qt::CaseInsensitive));
        QCOMPARE(expected, 5);
        QCOMPARE(find->matchCount(), expected);
        TextView *view = w.filingView()->textView();
        // Every occurrence is highlighted in the text, each where it is.
        const QString needle = u"btu international"_s;
        QList<SourceRange> occurrences;
        for (qsizetype at = 0; (at = text.indexOf(needle, at, Qt::CaseInsensitive)) >= 0;
             at += needle.size())
            occurrences.append(SourceRange{at, needle.size()});
        QCOMPARE(view->findMatches(), occurrences);
        QCOMPARE(view->selectedText().toLower(), u"btu international"_s);
        const qsizetype first = view->selection().start;
        find->findNext();
        QVERIFY(view->selection().start > first);
        find->findPrevious();
        QCOMPARE(view->selection().start, first);
        QTest::keyClick(find, Qt::Key_Escape);
        QVERIFY(!find->isVisible());
    }

    void findPreviousRightAfterTyping()
    {
        // Typing a new word and pressing Find Previous at once: the match chosen is the last
        // one of the new word before the cursor, not a step through the old word's matches.
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openSeed(w, u"000_b149af05fdad4801.txt"_s));
        FindBar *find = w.filingView()->findBar();
        QSignalSpy finished(find, &FindBar::searchFinished);
        TextView *view = w.filingView()->textView();
        const QString text = w.filingView()->filing()->text;
        w.filingView()->showFind();
        find->setQuery(u"btu"_s);
        QVERIFY(finished.wait(5000));
        view->select(SourceRange{text.size(), 0}); // the cursor at the end
        QWidget *edit = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(edit));
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, u"exhibit"_s);
        finished.clear();
        find->findPrevious();
        QVERIFY(finished.wait(5000));
        QCOMPARE(view->selection().start, text.lastIndexOf(u"exhibit"_s, -1, Qt::CaseInsensitive));
    }

    void documentSwitcherJumps()
    {
        MainWindow w;
        w.show();
        QSignalSpy shown(&w, &MainWindow::filingShown);
        w.openPaths({test::dataPath(u"corpus/fullsub/scpp__0000320193-96-000027.txt"_s)});
        QVERIFY(shown.wait(20000));
        QComboBox *switcher = w.filingView()->documentSwitcher();
        QCOMPARE(switcher->count(), 2);
        QVERIFY(switcher->itemText(1).contains(u"EX-99"_s));
        switcher->setCurrentIndex(1);
        Q_EMIT switcher->activated(1);
        const FilingPtr f = w.filingView()->filing();
        QCOMPARE(w.filingView()->textView()->cursorPosition(), f->documents[1].range.start);
    }

    void browserFilterAndNavigation()
    {
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"seeds"_s)});
        QVERIFY(waitUntilOpened(w, 3));
        w.browserScope()->setCurrentIndex(
            w.browserScope()->findData(int(FilingFilterProxy::Scope::Item)));
        w.browserFilter()->setText(u"2.02"_s);
        QTRY_COMPARE(w.filingProxy()->rowCount(), 1);
        w.browserFilter()->clear();
        QTRY_COMPARE(w.filingProxy()->rowCount(), 3);
        // Next / previous filing walk the browser.
        w.browser()->setCurrentIndex(w.filingProxy()->index(0, 0));
        const QString first = w.currentPath();
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QVERIFY(w.currentPath() != first);
        QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(w.currentPath(), first);
    }

    void copyFieldValue()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openSeed(w, u"002_804b7ad1e3b304a9.txt"_s));
        QTreeView *tree = w.fieldTree();
        const QModelIndex irs = findRow(tree->model(), u"IRS employer identification number"_s);
        tree->setFocus();
        tree->setCurrentIndex(irs);
        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"04-2781248"_s);
    }

    void exportCsvInTheBackground()
    {
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"seeds"_s)});
        QVERIFY(waitUntilOpened(w, 3));
        QTemporaryDir dir;
        const QString out = dir.filePath(u"export.csv"_s);
        QSignalSpy finished(&w, &MainWindow::exportFinished);
        CsvExportOptions options;
        options.layout = CsvLayout::Wide;
        w.exportCsv(w.filingModel()->paths(), out, options);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(finished.first().at(1).toString().startsWith(u"Wrote 3 row(s) to "_s));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 4);

        // Writing over an open filing is refused, and the filing is left as it was.
        const QString opened = w.filingModel()->pathAt(0);
        QFile original(opened);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        finished.clear();
        w.exportCsv(w.filingModel()->paths(), opened, options);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(u"one of the open filings"_s));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        // The message does not block the window.
        QTRY_VERIFY(w.findChild<QMessageBox *>(u"notification"_s));
    }

    void closingSeveralShowsOnlyTheNextOne()
    {
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"corpus/text8k"_s)});
        QVERIFY(waitUntilOpened(w, 9));
        QTreeView *browser = w.browser();
        browser->selectionModel()->setCurrentIndex(w.filingProxy()->index(1, 0),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
        QTRY_VERIFY(w.filingView()->filing() != nullptr);
        QCOMPARE(browser->selectionModel()->selectedRows().size(), 1);
        browser->selectionModel()->select(w.filingProxy()->index(2, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        browser->selectionModel()->select(w.filingProxy()->index(3, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList closing = {
            w.filingProxy()->index(1, 0).data(FilingListModel::PathRole).toString(),
            w.filingProxy()->index(2, 0).data(FilingListModel::PathRole).toString(),
            w.filingProxy()->index(3, 0).data(FilingListModel::PathRole).toString()};
        QSignalSpy shown(&w, &MainWindow::filingShown);
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(w.filingModel()->rowCount(), 6);
        QCOMPARE(shown.count(), 1); // one filing shown: the one now in the closed rows' place
        QVERIFY(!closing.contains(shown.first().first().toString()));
        QCOMPARE(w.currentPath(), shown.first().first().toString());
    }

    void failedFileCanBeOpenedAgain()
    {
        MainWindow w;
        w.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"later.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly)); // empty for now
        file.close();
        w.openPaths({path});
        QVERIFY(waitUntilOpened(w, 1));
        QCOMPARE(w.filingModel()->stateAt(0), FilingListModel::State::Failed);
        // The user fixes the file and opens it again: it is read again, not just focused.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s), path));
        w.openPaths({path});
        QTRY_COMPARE_WITH_TIMEOUT(w.filingModel()->stateAt(0), FilingListModel::State::Loaded,
                                  20000);
        QCOMPARE(w.filingModel()->rowCount(), 1);
        QTRY_VERIFY(w.filingView()->filing() != nullptr);
    }

    void enterOnTheShownFilingKeepsThePlace()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openSeed(w, u"001_9900e7bb81fee8a1.txt"_s));
        TextView *text = w.filingView()->textView();
        text->setFirstVisibleLine(40);
        text->setCursorPosition(w.filingView()->filing()->lineStarts[45]);
        QSignalSpy shown(&w, &MainWindow::filingShown);
        w.browser()->setFocus();
        QTest::keyClick(w.browser(), Qt::Key_Return);
        QCOMPARE(shown.count(), 0);
        QCOMPARE(text->firstVisibleLine(), 40);
        QCOMPARE(text->cursorPosition(), w.filingView()->filing()->lineStarts[45]);
    }

    void staleFindResultsAreDropped()
    {
        MainWindow w;
        w.show();
        w.openPaths({test::dataPath(u"seeds"_s)});
        QVERIFY(waitUntilOpened(w, 3));
        w.browser()->setCurrentIndex(w.filingProxy()->index(0, 0));
        QTRY_VERIFY(w.filingView()->filing() != nullptr);
        FindBar *find = w.filingView()->findBar();
        w.filingView()->showFind();
        QSignalSpy finished(find, &FindBar::searchFinished);
        find->setQuery(u"Exhibit"_s); // a search starts on this filing...
        find->dismiss();              // ...and the bar is closed before it ends
        // Let the search end and its result arrive: it must be dropped.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(find->matchCount(), 0);
        QVERIFY(!find->isVisible());
        // Switching filings while searching: only the new filing's matches count.
        w.filingView()->showFind();
        finished.clear();
        find->setQuery(u"ITEM"_s);
        w.browser()->setCurrentIndex(w.filingProxy()->index(2, 0));
        QTRY_VERIFY(finished.count() >= 1);
        QTRY_COMPARE(find->matchCount(),
                     int(w.filingView()->filing()->text.count(u"ITEM"_s, Qt::CaseInsensitive)));
    }

    void oddFileNamesInTheBrowser()
    {
        // Names with a byte that is not UTF-8 (Latin-1 e-acute, 0xE9), a newline and quotes,
        // made by their bytes (QFile cannot): each opens, and the list, the title and the
        // status bar show its name on one line, the byte as \xE9 and the newline as \n.
        test::TemporaryDir dir;
        const QByteArray root = QFile::encodeName(dir.path());
        const QByteArray seed = test::readData(u"seeds/000_b149af05fdad4801.txt"_s);
        const QList<std::pair<QByteArray, QByteArray>> files{
            {"line\nbreak.txt", seed},
            {"r\xE9port.txt", seed},
            {"say \"hi\".txt", seed},
            {"n\xF4te\n.txt", "Dear Sir,\nplease find enclosed our invoice.\n"},
        };
        for (const auto &[name, bytes] : files) {
            const QByteArray path = root + '/' + name;
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), bytes.size());
            ::close(fd);
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openPaths({dir.path()});
        FilingListModel *model = w.filingModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->countIn(FilingListModel::State::Queued), 0, 20000);
        QCOMPARE(model->countIn(FilingListModel::State::Loaded), 3);
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->index(row, FilingListModel::FileColumn).data().toString();
        shown.sort();
        QCOMPARE(shown,
                 (QStringList{u"line\\nbreak.txt"_s, u"n\\xF4te\\n.txt"_s, u"r\\xE9port.txt"_s,
                              u"say \"hi\".txt"_s}));
        const int failed = model->rowOfPath(pathFromNative(root + "/n\xF4te\n.txt"));
        QVERIFY(model->index(failed, FilingListModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"does not look like an SEC filing"_s));

        const auto select = [&](const QByteArray &name) {
            const int row = model->rowOfPath(pathFromNative(root + '/' + name));
            w.browser()->setCurrentIndex(w.filingProxy()->mapFromSource(model->index(row, 0)));
        };
        select("r\xE9port.txt");
        QTRY_COMPARE(w.currentPath(), pathFromNative(root + "/r\xE9port.txt"));
        QTRY_VERIFY(w.filingView()->filing() != nullptr);
        QCOMPARE(w.filingView()->filing()->registrantName(), u"BTU INTERNATIONAL, INC."_s);
        QCOMPARE(w.windowTitle(), u"r\\xE9port.txt \u2014 FilingLens"_s);
        QVERIFY2(w.statusBar()->currentMessage().startsWith(
                     u"r\\xE9port.txt: BTU INTERNATIONAL, INC., "_s),
                 qPrintable(w.statusBar()->currentMessage()));
        select("line\nbreak.txt");
        QTRY_COMPARE(w.windowTitle(), u"line\\nbreak.txt \u2014 FilingLens"_s);
        QVERIFY(w.filingView()->filing() != nullptr);
    }

    void folderOfTenThousandFiles()
    {
        // 9,995 filings in 100 subfolders and five files that are not filings: every one gets
        // a row, the window keeps handling events while they load, and stays usable after.
        QTemporaryDir dir;
        const QByteArray seed = test::readData(u"seeds/000_b149af05fdad4801.txt"_s);
        constexpr int kFilings = 9995;
        for (int i = 0; i < kFilings; ++i) {
            const QString folder = u"%1"_s.arg(i % 100, 2, 10, QChar(u'0'));
            QVERIFY(QDir(dir.path()).mkpath(folder));
            QByteArray bytes = seed;
            const QByteArray name = "COMPANY "_ba + QByteArray::number(i) + ", INC.";
            bytes.replace("BTU INTERNATIONAL, INC.", name);
            test::writeFile(dir.filePath(u"%1/%2.txt"_s.arg(folder).arg(i, 5, 10, QChar(u'0'))),
                            bytes);
        }
        const QList<QPair<QString, QByteArray>> bad{
            {u"empty.txt"_s, {}},
            {u"one-byte.txt"_s, "x"},
            {u"image.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)},
            {u"archive.htm"_s, QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10)},
            {u"letter.txt"_s, "Dear Sir,\nplease find enclosed our invoice.\n"},
        };
        for (const auto &[name, bytes] : bad)
            test::writeFile(dir.filePath(name), bytes);

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // A timer on the GUI thread measures how long the event loop was kept away.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticksWhileLoading = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &w, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            if (w.filingModel()->countIn(FilingListModel::State::Queued) > 0)
                ++ticksWhileLoading;
        });
        clock.start();
        ticker.start();
        w.openPaths({dir.path()});
        QTRY_COMPARE_WITH_TIMEOUT(w.filingModel()->rowCount(), kFilings + int(bad.size()), 300000);
        QTRY_COMPARE_WITH_TIMEOUT(w.filingModel()->countIn(FilingListModel::State::Queued), 0,
                                  300000);
        const qint64 total = clock.elapsed();
        ticker.stop();
        qDebug("10,000 files: %lld ms, longest GUI-thread gap %lld ms", qlonglong(total),
               qlonglong(longestGap));
        // Loading was interleaved with the event loop, not done in one block.
        QVERIFY(ticksWhileLoading > 0);
        FilingListModel *model = w.filingModel();
        QCOMPARE(model->countIn(FilingListModel::State::Loaded), kFilings);
        QCOMPARE(model->countIn(FilingListModel::State::Failed), int(bad.size()));
        QVERIFY(model
                    ->index(model->rowOfPath(dir.filePath(u"empty.txt"_s)),
                            FilingListModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"empty"_s));

        // Still usable: filter to one company and open it.
        w.browserScope()->setCurrentIndex(
            w.browserScope()->findData(int(FilingFilterProxy::Scope::Company)));
        w.browserFilter()->setText(u"COMPANY 4242,"_s);
        QTRY_COMPARE_WITH_TIMEOUT(w.filingProxy()->rowCount(), 1, 20000);
        w.browser()->setCurrentIndex(w.filingProxy()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(w.filingView()->filing() != nullptr, 20000);
        QCOMPARE(w.filingView()->filing()->cover.registrantName.value, u"COMPANY 4242, INC."_s);

        // And all 10,000 close at once.
        w.browserFilter()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(w.filingProxy()->rowCount(), kFilings + int(bad.size()), 20000);
        w.browser()->setFocus();
        w.browser()->selectAll();
        clock.restart();
        QTest::keyClick(w.browser(), Qt::Key_W, Qt::ControlModifier);
        qDebug("closing 10,000 filings: %lld ms", qlonglong(clock.elapsed()));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(w.filingView()->filing() == nullptr);
    }

    void compareWaitsForFilingsStillBeingRead()
    {
        // As `filinglens --compare A B` does: the comparison is asked for while both rows are
        // still queued, and opens once both have been read.
        MainWindow w;
        w.show();
        const QString a = test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        const QString b = test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        QSignalSpy opened(&w, &MainWindow::compareOpened);
        bool queuedWhenAsked = false;
        connect(w.session(), &FilingSession::listed, &w, [&] {
            queuedWhenAsked = w.filingModel()->countIn(FilingListModel::State::Queued) == 2;
            w.compare(a, b);
        });
        w.openPaths({a, b});
        QVERIFY(opened.wait(20000));
        QVERIFY(queuedWhenAsked);
        auto *view = qvariant_cast<CompareView *>(opened.first().first());
        QVERIFY(view);
        QCOMPARE(view->left()->path, a);
        QCOMPARE(view->right()->path, b);
    }

    void compareAskedBeforeTheFilesAreListed()
    {
        // `filinglens --compare A B` asks at once, before the files are even listed: the
        // comparison opens once both are read.
        MainWindow w;
        w.show();
        const QString a = test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        const QString b = test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        QSignalSpy opened(&w, &MainWindow::compareOpened);
        w.openPaths({a, b});
        QCOMPARE(w.filingModel()->rowCount(), 0);
        w.compare(a, b);
        QVERIFY(opened.wait(20000));
        auto *view = qvariant_cast<CompareView *>(opened.first().first());
        QVERIFY(view);
        QCOMPARE(view->left()->path, a);
        QCOMPARE(view->right()->path, b);

        // A filing that is not open cannot be compared: the window says so.
        w.compare(a, test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s));
        QCOMPARE(opened.count(), 1);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(u"notification"_s)));
        QVERIFY2(box->text().contains(u"it is not among the open filings."_s),
                 qPrintable(box->text()));
    }

    void windowActionsOnAComparisonTab()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString a = test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s);
        const QString b = test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        w.openPaths({a, b});
        QVERIFY(waitUntilOpened(w, 2));
        QSignalSpy opened(&w, &MainWindow::compareOpened);
        w.compare(a, b);
        QVERIFY(opened.count() == 1 || opened.wait(20000));
        auto *view = qvariant_cast<CompareView *>(opened.first().first());
        auto *tabs = w.findChild<QTabWidget *>();
        QCOMPARE(tabs->currentWidget(), view);

        // Find is offered here too (it searches a pane).
        QAction *find = nullptr;
        for (QAction *action : w.findChildren<QAction *>()) {
            if (action->text() == u"&Find…"_s)
                find = action;
        }
        QVERIFY(find);
        QVERIFY(find->isEnabled());
        // Zoom reaches the comparison's texts too.
        const qreal before = view->leftView()->font().pointSizeF();
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view->leftView()->font().pointSizeF(), before + 1);
        QCOMPARE(view->rightView()->font().pointSizeF(), before + 1);
        QCOMPARE(w.filingView()->textView()->font().pointSizeF(), before + 1);
        // Ctrl+= too (the key under "+"), Ctrl+0 back to the size chosen; saved.
        QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view->rightView()->font().pointSizeF(), before + 2);
        QCOMPARE(QSettings().value(u"text/zoom"_s).toInt(), 2);
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->leftView()->font().pointSizeF(), before);
        QCOMPARE(w.filingView()->textView()->font().pointSizeF(), before);
        QCOMPARE(QSettings().value(u"text/zoom"_s).toInt(), 0);
        // Ctrl+W closes the comparison, not the filings selected in the browser.
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(w.filingModel()->rowCount(), 2);
        QVERIFY(find->isEnabled());
    }

    void f7WithTheFocusAnywhere()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(!w.nextChangeAction()->isEnabled()); // no comparison yet
        CompareView *view = openComparison(w);
        QVERIFY(view);
        QVERIFY(w.nextChangeAction()->isEnabled());
        QCOMPARE(w.nextChangeAction()->shortcutContext(), Qt::WindowShortcut);
        // The focus in the filing list: F7 still goes through the comparison's changes.
        w.browser()->setFocus();
        QCOMPARE(QApplication::focusWidget(), w.browser());
        QTest::keyClick(w.browser(), Qt::Key_F7);
        QCOMPARE(view->currentChange(), 0);
        QTest::keyClick(w.browser(), Qt::Key_F7);
        QCOMPARE(view->currentChange(), 1);
        QTest::keyClick(w.browser(), Qt::Key_F7, Qt::ShiftModifier);
        QCOMPARE(view->currentChange(), 0);
        // In a pane and in the field tree of the comparison too.
        view->rightView()->setFocus();
        QTest::keyClick(view->rightView(), Qt::Key_F7);
        QCOMPARE(view->currentChange(), 1);
        QCOMPARE(view->connector()->currentHunk(), view->currentHunk());
        w.fieldTree()->setFocus();
        QTest::keyClick(w.fieldTree(), Qt::Key_F7);
        QCOMPARE(view->currentChange(), 2);
        // Ctrl+F searches the pane that last had the focus.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view->findBar()->isVisible());
        QCOMPARE(view->findTarget(), view->rightView());
        // On the filing's tab there is no change to go to.
        w.tabs()->setCurrentIndex(0);
        QVERIFY(!w.nextChangeAction()->isEnabled());
        QVERIFY(!w.previousChangeAction()->isEnabled());
        QTest::keyClick(w.browser(), Qt::Key_F7);
        QCOMPARE(view->currentChange(), 2);
    }

    void windowTitleNamesBothFiles()
    {
        MainWindow w;
        w.show();
        CompareView *view = openComparison(w);
        QVERIFY(view);
        QCOMPARE(w.windowTitle(),
                 u"000_b149af05fdad4801.txt \u2194 002_804b7ad1e3b304a9.txt \u2014 FilingLens"_s);
        w.tabs()->setCurrentIndex(0);
        QCOMPARE(w.windowTitle(), QFileInfo(w.currentPath()).fileName() + u" \u2014 FilingLens"_s);
        w.tabs()->setCurrentWidget(view);
        view->swapSides();
        QCOMPARE(w.windowTitle(),
                 u"002_804b7ad1e3b304a9.txt \u2194 000_b149af05fdad4801.txt \u2014 FilingLens"_s);
    }

    void comparisonFitsANarrowWindow()
    {
        MainWindow w;
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resetLayout(); // the default widths for this size (tst_windowlayout checks them)
        settleLayout();
        QList<int> dockWidths;
        for (const QString &name : {u"filingsDock"_s, u"fieldsDock"_s})
            dockWidths.append(dock(w, name)->width());
        CompareView *view = openComparison(w);
        QVERIFY(view);
        settleLayout();
        QVERIFY2(w.width() <= 1024, qPrintable(QString::number(w.width())));
        QVERIFY2(w.minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(w.minimumSizeHint().width())));
        // What does not fit in the comparison's tool bar is in its extension menu.
        auto *extension = view->toolBar()->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
        QVERIFY(extension);
        QVERIFY(extension->isVisible());
        // The comparison took no width from the docks.
        QCOMPARE(dock(w, u"filingsDock"_s)->width(), dockWidths[0]);
        QCOMPARE(dock(w, u"fieldsDock"_s)->width(), dockWidths[1]);
    }

    void closingTheComparisonRestoresTheDocks()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QDockWidget *filings = dock(w, u"filingsDock"_s);
        QDockWidget *fields = dock(w, u"fieldsDock"_s);
        w.resetLayout(); // the default widths for this size
        settleLayout();
        const int filingsWidth = filings->width();
        const int fieldsWidth = fields->width();
        CompareView *view = openComparison(w);
        QVERIFY(view);
        // Squeezed while comparing...
        w.resizeDocks({filings, fields}, {150, 150}, Qt::Horizontal);
        settleLayout();
        QVERIFY(filings->width() < filingsWidth - 50);
        // ...and back as they were once the comparison is closed.
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(w.tabs()->count(), 1);
        settleLayout();
        QVERIFY2(std::abs(filings->width() - filingsWidth) <= 2,
                 qPrintable(u"%1 vs %2"_s.arg(filings->width()).arg(filingsWidth)));
        QVERIFY2(std::abs(fields->width() - fieldsWidth) <= 2,
                 qPrintable(u"%1 vs %2"_s.arg(fields->width()).arg(fieldsWidth)));

        // A dock the user floated while comparing stays floating.
        view = openComparison(w);
        QVERIFY(view);
        fields->setFloating(true);
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
        QVERIFY(fields->isFloating());
    }

    void resetLayout()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QDockWidget *filings = dock(w, u"filingsDock"_s);
        QDockWidget *fields = dock(w, u"fieldsDock"_s);
        filings->hide();
        fields->setFloating(true);
        QToolBar *toolbar = w.findChild<QToolBar *>(u"mainToolBar"_s);
        toolbar->hide();
        QVERIFY(w.resetLayoutAction());
        w.resetLayoutAction()->trigger();
        settleLayout();
        QVERIFY(filings->isVisible());
        QVERIFY(fields->isVisible());
        QVERIFY(!fields->isFloating());
        QVERIFY(toolbar->isVisible());
        QCOMPARE(w.dockWidgetArea(filings), Qt::LeftDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(fields), Qt::RightDockWidgetArea);
        // A quarter of the window each, at most (1400 px: 350), the same for both.
        for (QDockWidget *d : {filings, fields})
            QVERIFY2(d->width() <= 350, qPrintable(QString::number(d->width())));
        QVERIFY2(std::abs(filings->width() - fields->width()) <= 2,
                 qPrintable(u"%1 vs %2"_s.arg(filings->width()).arg(fields->width())));
    }

    void fieldFilter()
    {
        MainWindow w;
        w.show();
        QVERIFY(openSeed(w, u"002_804b7ad1e3b304a9.txt"_s));
        w.fieldFilter()->setText(u"Kealy"_s);
        QTRY_VERIFY(w.fieldProxy()->rowCount() == 1);
        QCOMPARE(w.fieldProxy()->index(0, 0).data().toString(), u"Signatures"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

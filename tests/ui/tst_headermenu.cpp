// SPDX-License-Identifier: MIT
// The header menu that shows and hides columns (saved per view) and fits them to their
// contents, on a plain tree over a standard model.

#include "headermenu.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestHeaderMenu : public QObject
{
    Q_OBJECT

    // A model of `columns` columns titled A, B, C, ... with one row of `cells`.
    static QStandardItemModel *makeModel(QObject *parent, const QStringList &cells)
    {
        auto *model = new QStandardItemModel(0, int(cells.size()), parent);
        QList<QStandardItem *> row;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            model->setHeaderData(int(i), Qt::Horizontal, QString(QChar(char16_t(u'A' + i))));
            row << new QStandardItem(cells[i]);
        }
        model->appendRow(row);
        return model;
    }

    // Opens the header's menu and, while it is open, toggles the entry titled `title`;
    // returns whether that entry was enabled.
    static bool toggleInMenu(QHeaderView *header, const QString &title)
    {
        bool enabled = false;
        bool seen = false;
        QTimer::singleShot(0, header, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->text() == title) {
                    seen = true;
                    enabled = action->isEnabled();
                    if (enabled)
                        action->toggle();
                }
            }
            menu->close();
        });
        Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
        if (!seen)
            qWarning("no menu entry %s", qPrintable(title));
        return enabled;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"FilingLensTest"_s);
        QApplication::setApplicationName(u"tst_headermenu"_s);
    }

    void init() { QSettings().clear(); }

    void hideAColumnAndKeepTheChoice()
    {
        {
            QTreeView view;
            view.setModel(makeModel(&view, {u"one"_s, u"two"_s, u"three"_s}));
            new HeaderMenu(view.header(), u"test"_s);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(toggleInMenu(view.header(), u"B"_s));
            QVERIFY(view.header()->isSectionHidden(1));
            QVERIFY(!view.header()->isSectionHidden(0));
            QVERIFY(!view.header()->isSectionHidden(2));
        }
        // A new view under the same key hides it too; another key does not.
        QTreeView again;
        again.setModel(makeModel(&again, {u"one"_s, u"two"_s, u"three"_s}));
        new HeaderMenu(again.header(), u"test"_s);
        QVERIFY(again.header()->isSectionHidden(1));
        QTreeView other;
        other.setModel(makeModel(&other, {u"one"_s, u"two"_s, u"three"_s}));
        new HeaderMenu(other.header(), u"other"_s);
        QVERIFY(!other.header()->isSectionHidden(1));

        // Shown again from the menu, and saved so.
        QVERIFY(toggleInMenu(again.header(), u"B"_s));
        QVERIFY(!again.header()->isSectionHidden(1));
        QTreeView third;
        third.setModel(makeModel(&third, {u"one"_s, u"two"_s, u"three"_s}));
        new HeaderMenu(third.header(), u"test"_s);
        QVERIFY(!third.header()->isSectionHidden(1));
    }

    void theLastColumnStays()
    {
        QTreeView view;
        view.setModel(makeModel(&view, {u"one"_s, u"two"_s}));
        new HeaderMenu(view.header(), u"last"_s);
        view.show();
        QVERIFY(toggleInMenu(view.header(), u"A"_s));
        QVERIFY(view.header()->isSectionHidden(0));
        // B is all that is left: its entry is disabled.
        QVERIFY(!toggleInMenu(view.header(), u"B"_s));
        QVERIFY(!view.header()->isSectionHidden(1));
    }

    void aNewModelGetsTheSavedChoice()
    {
        QTreeView view;
        auto *menu = new HeaderMenu(view.header(), u"models"_s);
        view.setModel(makeModel(&view, {u"one"_s, u"two"_s, u"three"_s}));
        menu->setColumnShown(2, false);
        view.setModel(makeModel(&view, {u"x"_s, u"y"_s, u"z"_s}));
        QVERIFY(view.header()->isSectionHidden(2));
        QVERIFY(!view.header()->isSectionHidden(1));
    }

    void fitsToContentsWithinTheCap()
    {
        QTreeView view;
        view.header()->setStretchLastSection(false);
        const QString longText(200, u'W');
        QStandardItemModel *model = makeModel(&view, {u"SC TO-T/A"_s, longText, u"x"_s});
        view.setModel(model);
        for (int column = 0; column < 3; ++column)
            view.setColumnWidth(column, 10);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *menu = new HeaderMenu(view.header(), u"fit"_s);
        const int cap = view.fontMetrics().horizontalAdvance(u"W"_s) * 30;
        menu->fitToContents(&view, cap);
        // The form type whole: its text and the cell's margins.
        const int formWidth = view.fontMetrics().horizontalAdvance(u"SC TO-T/A"_s);
        QVERIFY2(view.columnWidth(0) >= formWidth,
                 qPrintable(u"%1 < %2"_s.arg(view.columnWidth(0)).arg(formWidth)));
        QCOMPARE(view.columnWidth(1), cap);
        // Never narrower than the header's title.
        QVERIFY(view.columnWidth(2) >= view.header()->sectionSizeHint(2));

        // A row arriving later widens the column...
        model->appendRow(
            {new QStandardItem(u"SC TO-T/A AND MORE"_s), new QStandardItem(), new QStandardItem()});
        const int wider = view.fontMetrics().horizontalAdvance(u"SC TO-T/A AND MORE"_s);
        QTRY_VERIFY(view.columnWidth(0) >= wider);
        // ...until the user sets a width.
        view.header()->resizeSection(0, 40);
        model->appendRow(
            {new QStandardItem(QString(60, u'M')), new QStandardItem(), new QStandardItem()});
        menu->fitNow(); // what the new row asks for
        QCOMPARE(view.columnWidth(0), 40);
    }
};

QTEST_MAIN(TestHeaderMenu)
#include "tst_headermenu.moc"

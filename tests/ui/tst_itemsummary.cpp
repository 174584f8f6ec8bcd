// SPDX-License-Identifier: MIT
// The per-item summary of two compared reports: its model and sorting proxy under
// QAbstractItemModelTester, the columns, numeric sorting, colours and a click on a row.

#include "heatmap.h"
#include "itemsummary.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

ItemComparison item(const QString &part, const QString &code, const QString &title,
                    CompareStatus status, int changes, TextSimilarity scores)
{
    ItemComparison c;
    c.part = part;
    c.code = code;
    c.title = title;
    c.status = status;
    c.changeCount = changes;
    c.scores = scores;
    return c;
}

// In form order. The word counts 9 and 10 tell a numeric sort from a textual one.
QList<ItemComparison> items()
{
    return {
        item(u"I"_s, u"1"_s, u"Business"_s, CompareStatus::Changed, 3,
             {2000, 2010, 10, 0, 0.995, 0.97, 0.9975}),
        item(u"I"_s, u"1A"_s, u"Risk Factors"_s, CompareStatus::Changed, 12,
             {5000, 5200, 1234, 1034, 0.91, 0.80, 0.7582}),
        item(u"I"_s, u"1C"_s, u"Cybersecurity"_s, CompareStatus::OnlyRight, 0, {0, 700, 700, 0}),
        item(u"II"_s, u"7"_s, u"Management's Discussion"_s, CompareStatus::Same, 0,
             {9000, 9000, 0, 0, 1.0, 1.0, 1.0}),
        item(u"II"_s, u"9B"_s, u"Other Information"_s, CompareStatus::Changed, 1,
             {100, 91, 9, 18, 0.60, 0.55, 0.8586}),
    };
}

QStringList column(const QAbstractItemModel &model, int c)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, c).data().toString();
    return values;
}

} // namespace

class TestItemSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester()
    {
        ItemSummaryPanel panel;
        QAbstractItemModelTester sourceTester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setComparisons(items());
        panel.table()->sortByColumn(ItemSummaryModel::CosineColumn, Qt::DescendingOrder);
        panel.setComparisons({});
        panel.setComparisons(items());
        QCOMPARE(panel.proxy()->rowCount(), 5);
    }

    void columns()
    {
        ItemSummaryModel model;
        model.setComparisons(items());
        QCOMPARE(model.columnCount(), 9);
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
                 (QStringList{u"Item"_s, u"Title"_s, u"Status"_s, u"Changes"_s, u"Cosine"_s,
                              u"Jaccard"_s, u"Simple"_s, u"+words"_s, u"\u2212words"_s}));
        const QLocale locale;
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(1, c).data().toString();
        QCOMPARE(
            row,
            (QStringList{u"Part I, Item 1A"_s, u"Risk Factors"_s, u"changed"_s, u"12"_s, u"0.910"_s,
                         u"0.800"_s, u"0.758"_s, locale.toString(1234), locale.toString(1034)}));
        // An item only the later report has: no scores to show, "new" as its status.
        QCOMPARE(model.index(2, ItemSummaryModel::StatusColumn).data().toString(), u"new"_s);
        QCOMPARE(model.index(2, ItemSummaryModel::CosineColumn).data().toString(), QString());
        QCOMPARE(model.index(2, ItemSummaryModel::AddedColumn).data().toString(), u"700"_s);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("item: form order") << int(ItemSummaryModel::ItemColumn) << Qt::AscendingOrder
                                          << QStringList{u"1"_s, u"1A"_s, u"1C"_s, u"7"_s, u"9B"_s};
        QTest::newRow("cosine, least similar first")
            << int(ItemSummaryModel::CosineColumn) << Qt::AscendingOrder
            << QStringList{u"1C"_s, u"9B"_s, u"1A"_s, u"1"_s, u"7"_s};
        QTest::newRow("words added, by number")
            << int(ItemSummaryModel::AddedColumn) << Qt::DescendingOrder
            << QStringList{u"1A"_s, u"1C"_s, u"1"_s, u"9B"_s, u"7"_s};
        QTest::newRow("changes") << int(ItemSummaryModel::ChangesColumn) << Qt::DescendingOrder
                                 << QStringList{u"1A"_s, u"1"_s, u"9B"_s, u"1C"_s, u"7"_s};
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, codes);
        ItemSummaryPanel panel;
        panel.setComparisons(items());
        panel.table()->sortByColumn(column, order);
        QStringList sorted;
        for (int row = 0; row < panel.proxy()->rowCount(); ++row)
            sorted << panel.proxy()->index(row, 0).data(ItemSummaryModel::CodeRole).toString();
        QCOMPARE(sorted, codes);
    }

    void similarityCellsColoured()
    {
        ItemSummaryModel model;
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        model.setPalette(palette);
        model.setComparisons(items());
        QCOMPARE(model.index(4, ItemSummaryModel::JaccardColumn)
                     .data(Qt::BackgroundRole)
                     .value<QColor>(),
                 heat::background(0.55, palette));
        QCOMPARE(
            model.index(3, ItemSummaryModel::CosineColumn).data(Qt::BackgroundRole).value<QColor>(),
            QColor(Qt::white));
        QVERIFY(!model.index(2, ItemSummaryModel::CosineColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, ItemSummaryModel::TitleColumn).data(Qt::BackgroundRole).isValid());
    }

    // After sorting, a click still names the item on the row clicked.
    void clickActivatesItem()
    {
        ItemSummaryPanel panel;
        panel.resize(900, 300);
        panel.setComparisons(items());
        panel.table()->sortByColumn(ItemSummaryModel::CosineColumn, Qt::AscendingOrder);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &ItemSummaryPanel::itemActivated);
        QTableView *table = panel.table();
        const QRect cell =
            table->visualRect(panel.proxy()->index(1, ItemSummaryModel::TitleColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy[0][0].toString(), u"II"_s);
        QCOMPARE(spy[0][1].toString(), u"9B"_s);
        QCOMPARE(column(*panel.proxy(), ItemSummaryModel::ItemColumn).first(),
                 u"Part I, Item 1C"_s);
    }
};

QTEST_MAIN(TestItemSummary)
#include "tst_itemsummary.moc"

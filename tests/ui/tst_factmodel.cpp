// SPDX-License-Identifier: MIT
// The Facts pane's model and proxy on GameStop's FY2023 10-K: structure under
// QAbstractItemModelTester, row and filter counts and the sort order against an lxml reading
// of the same file (tests/tools/ixfacts.py: 1,068 facts, 958 numeric, 4 in ix:hidden), and a
// row's range holding the number the balance sheet shows.
#include "factmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

const QString kGme = u"corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s;

int rowOf(const FactModel &model, const QString &name, const QString &period)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, FactModel::ConceptColumn).data().toString() == name
            && model.index(row, FactModel::PeriodColumn).data().toString() == period)
            return row;
    }
    return -1;
}

} // namespace

class TestFactModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_filing = test::parseData(kGme); }
    void rowsAndColumns();
    void underTester();
    void filter_data();
    void filter();
    void hiddenToggle();
    void sortByValue();
    void sortByPeriod();
    void rowToRange();
    void resetOnNewFiling();

private:
    FilingPtr m_filing;
};

void TestFactModel::rowsAndColumns()
{
    FactModel model;
    QCOMPARE(model.rowCount(), 0);
    model.setFiling(m_filing);
    QCOMPARE(model.rowCount(), 1068);
    QCOMPARE(model.columnCount(), int(FactModel::ColumnCount));
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{u"Concept"_s, u"Value"_s, u"Unit"_s, u"Period"_s, u"Dimensions"_s,
                          u"Hidden"_s}));
    // The first fact of the document: the amendment flag, hidden, "FALSE" shown as false.
    QCOMPARE(model.index(0, FactModel::ConceptColumn).data().toString(), u"dei:AmendmentFlag"_s);
    QCOMPARE(model.index(0, FactModel::ValueColumn).data().toString(), u"false"_s);
    QCOMPARE(model.index(0, FactModel::HiddenColumn).data().toString(), u"hidden"_s);
    QCOMPARE(model.index(0, FactModel::PeriodColumn).data().toString(),
             u"2023-01-29 to 2024-02-03"_s);
    // Inventories at February 3, 2024: "632.5" in millions on the balance sheet.
    const int inventory = rowOf(model, u"us-gaap:InventoryNet"_s, u"2024-02-03"_s);
    QVERIFY(inventory >= 0);
    QCOMPARE(model.index(inventory, FactModel::UnitColumn).data().toString(), u"iso4217:USD"_s);
    QCOMPARE(model.index(inventory, FactModel::ValueColumn).data(FactModel::SortRole).toDouble(),
             632500000.0);
    QCOMPARE(model.index(inventory, FactModel::HiddenColumn).data().toString(), QString());
    const QString tip = model.index(inventory, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Scale: 6"_s) && tip.contains(u"Decimals: -5"_s), qPrintable(tip));
}

void TestFactModel::underTester()
{
    FactModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    FactFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFiling(m_filing);
    proxy.setText(u"inventory"_s);
    proxy.sort(FactModel::ValueColumn, Qt::DescendingOrder);
    proxy.setShowHidden(false);
    proxy.setText({});
    model.setFiling(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestFactModel::filter_data()
{
    // Counted by the lxml reading over concept, text (with continuations), displayed text and
    // the context's axis=member pairs, case-insensitively.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("concept") << u"InventoryNet"_s << 2;
    QTest::newRow("concept, any case") << u"inventory"_s << 27;
    QTest::newRow("an axis") << u"srt:ProductOrServiceAxis"_s << 9;
    QTest::newRow("segments") << u"us-gaap:StatementBusinessSegmentsAxis"_s << 101;
    QTest::newRow("the company's own concepts and members") << u"gme:"_s << 282;
    QTest::newRow("cover") << u"dei:"_s << 38;
    QTest::newRow("nothing") << u"no such concept"_s << 0;
}

void TestFactModel::filter()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    FactModel model;
    model.setFiling(m_filing);
    FactFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setText(text);
    QCOMPARE(proxy.rowCount(), rows);
}

void TestFactModel::hiddenToggle()
{
    FactModel model;
    model.setFiling(m_filing);
    FactFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setShowHidden(false);
    QCOMPARE(proxy.rowCount(), 1068 - 4);
    proxy.setText(u"dei:"_s);
    QCOMPARE(proxy.rowCount(), 34);
    proxy.setShowHidden(true);
    QCOMPARE(proxy.rowCount(), 38);
}

void TestFactModel::sortByValue()
{
    FactModel model;
    model.setFiling(m_filing);
    FactFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FactModel::ValueColumn, Qt::AscendingOrder);
    // The 958 numbers first, as numbers (not as text: "-434.3" before "-400.7" before
    // "1"), then the text values.
    int numbers = 0;
    double last = -1e300;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QVariant key = proxy.index(row, FactModel::ValueColumn).data(FactModel::SortRole);
        if (key.typeId() != QMetaType::Double)
            break;
        QVERIFY(key.toDouble() >= last);
        last = key.toDouble();
        ++numbers;
    }
    QCOMPARE(numbers, 958);
    // Smallest: cash used in operating activities, "(434.3)" in millions with sign="-".
    QCOMPARE(proxy.index(0, FactModel::ConceptColumn).data().toString(),
             u"us-gaap:NetCashProvidedByUsedInOperatingActivities"_s);
    QCOMPARE(proxy.index(0, FactModel::ValueColumn).data(FactModel::SortRole).toDouble(),
             -434300000.0);
    // Largest: net sales of $6,010.7 million.
    QCOMPARE(proxy.index(numbers - 1, FactModel::ValueColumn).data(FactModel::SortRole).toDouble(),
             6010700000.0);
    proxy.sort(FactModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(proxy.rowCount() - numbers, FactModel::ValueColumn)
                 .data(FactModel::SortRole)
                 .toDouble(),
             6010700000.0);
}

void TestFactModel::sortByPeriod()
{
    FactModel model;
    model.setFiling(m_filing);
    FactFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FactModel::PeriodColumn, Qt::AscendingOrder);
    // By the date each period ends, ISO dates in order.
    QString last;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString key =
            proxy.index(row, FactModel::PeriodColumn).data(FactModel::SortRole).toString();
        QVERIFY2(key.left(10) >= last.left(10), qPrintable(last + u" > "_s + key));
        last = key;
    }
    QCOMPARE(last.left(10), u"2024-03-22"_s); // the latest end of a fact's period (lxml)
}

void TestFactModel::rowToRange()
{
    FactModel model;
    model.setFiling(m_filing);
    const int row = rowOf(model, u"us-gaap:InventoryNet"_s, u"2024-02-03"_s);
    const SourceRange range = model.rangeAt(model.index(row, 0));
    QVERIFY(range.isValid());
    QCOMPARE(QStringView(m_filing->text).sliced(range.start, range.length), u"632.5");
    QCOMPARE(model.rowAt(range.start + 2), row);
    // A hidden fact has no range.
    QVERIFY(!model.rangeAt(model.index(0, 0)).isValid());
}

void TestFactModel::resetOnNewFiling()
{
    FactModel model;
    model.setFiling(m_filing);
    FactFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setText(u"InventoryNet"_s);
    QCOMPARE(proxy.rowCount(), 2);
    // An 8-K of 1998 in plain text: no tags.
    model.setFiling(test::parseData(u"corpus/text8k/edgt__0001011438-98-000429_doc1_8k.txt"_s));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestFactModel)
#include "tst_factmodel.moc"

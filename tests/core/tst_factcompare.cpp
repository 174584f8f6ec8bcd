// SPDX-License-Identifier: MIT
// Facts of two filings paired by (concept, period, dimensions), checked against an
// independent pairing with lxml (tests/tools/factpairs.py) on real filings: two years of
// Apple's third-quarter 10-Q (no period in common), one Caterpillar 8-K as a bare document and
// as its full submission (every fact equal), and the FY2023 10-Ks of Moderna and GE (the same
// periods, different companies: most values differ). A few rows are checked by hand against
// the filings' text.
#include "factcompare.h"
#include "testutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

const QString kApple2024 = u"corpus/other/edgt__Apple.10-Q.html"_s;
const QString kApple2026 = u"corpus/periodic/s10x__aapl-2026-10q_filing.htm"_s;
const QString kCatHtml = u"corpus/html8k/scpp__cat-20220428.htm"_s;
const QString kCatSubmission = u"corpus/fullsub/scpp__0000018230-22-000107.txt"_s;
const QString kModerna = u"corpus/periodic/goed__moderna_10k_input.htm"_s;
const QString kGe = u"corpus/periodic/sptd__10-K_GE_0000040545-24-000027_primary-document.html"_s;

QJsonObject independentPairs(const QString &left, const QString &right)
{
    return test::runToolJson(u"factpairs.py"_s, {test::dataPath(left), test::dataPath(right)});
}

QString keyText(const QString &name, const QString &period, const QString &dimensions)
{
    return name + u" | "_s + period + u" | "_s + dimensions;
}

const FactDifference *findRow(const FactComparison &c, const QString &name, const QString &period,
                              const QString &dimensions = {})
{
    for (const FactDifference &d : c.rows) {
        if (d.name == name && d.period == period && d.dimensions == dimensions)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestFactCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void againstLxml_data();
    void againstLxml();
    void appleQuarters();
    void modernaAndGe();
    void sameFilingTwoContainers();
    void keysIgnoreDimensionOrder();
    void numbersCompareByValue_data();
    void numbersCompareByValue();
};

void TestFactCompare::againstLxml_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::newRow("apple 10-Q 2024 / 2026") << kApple2024 << kApple2026;
    QTest::newRow("caterpillar 8-K html / submission") << kCatHtml << kCatSubmission;
    QTest::newRow("moderna / GE 10-K FY2023") << kModerna << kGe;
}

void TestFactCompare::againstLxml()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    const QJsonObject expected = independentPairs(left, right);
    const FactComparison c = compareFacts(*test::parseData(left), *test::parseData(right));
    QCOMPARE(c.equal, expected[u"equal"_s].toInt());
    QCOMPARE(c.changed, expected[u"changed"_s].toInt());
    QCOMPARE(c.added, expected[u"added"_s].toInt());
    QCOMPARE(c.removed, expected[u"removed"_s].toInt());
    QCOMPARE(c.rows.size(), c.equal + c.changed + c.added + c.removed);

    // The same changed facts, with the same numbers.
    QHash<QString, QJsonObject> changed;
    for (const QJsonValue &v : expected[u"changed_facts"_s].toArray()) {
        const QJsonObject o = v.toObject();
        changed.insert(keyText(o[u"concept"_s].toString(), o[u"period"_s].toString(),
                               o[u"dimensions"_s].toString()),
                       o);
    }
    const FilingPtr l = test::parseData(left);
    const FilingPtr r = test::parseData(right);
    for (const FactDifference &d : c.rows) {
        if (d.change != FactChange::Changed)
            continue;
        const FactKey key = factKey(*l, l->facts[d.leftFact]);
        const QString text = keyText(key.name, key.period, key.dimensions);
        QVERIFY2(changed.contains(text), qPrintable(text));
        const QJsonObject o = changed.take(text);
        if (l->facts[d.leftFact].isNumeric()) {
            QCOMPARE(comparableFactValue(l->facts[d.leftFact]), o[u"left"_s].toString());
            QCOMPARE(comparableFactValue(r->facts[d.rightFact]), o[u"right"_s].toString());
        }
    }
    QVERIFY2(changed.isEmpty(), qPrintable(QStringList(changed.keys()).join(u", "_s)));
}

void TestFactCompare::appleQuarters()
{
    // The June 2024 and June 2026 quarters share no period: every fact is one side's only.
    // Shares outstanding, read from the covers: 15,204,137,000 on July 19, 2024 and
    // 14,594,180,000 on July 17, 2026.
    const FactComparison c =
        compareFacts(*test::parseData(kApple2024), *test::parseData(kApple2026));
    QCOMPARE(c.paired(), 0);
    const auto *removed = findRow(c, u"dei:EntityCommonStockSharesOutstanding"_s, u"2024-07-19"_s);
    QVERIFY(removed);
    QCOMPARE(removed->change, FactChange::Removed);
    QCOMPARE(removed->left, u"15204137000"_s);
    QCOMPARE(removed->rightFact, -1);
    const auto *added = findRow(c, u"dei:EntityCommonStockSharesOutstanding"_s, u"2026-07-17"_s);
    QVERIFY(added);
    QCOMPARE(added->change, FactChange::Added);
    QCOMPARE(added->right, u"14594180000"_s);
    QCOMPARE(added->unit, u"xbrli:shares"_s);
    // Removed rows come in the left filing's order, added ones after them.
    QVERIFY(removed < added);
}

void TestFactCompare::modernaAndGe()
{
    // Additional paid-in capital at December 31, 2023, in millions on both balance sheets:
    // Moderna $371, GE $26,962.
    const FactComparison c = compareFacts(*test::parseData(kModerna), *test::parseData(kGe));
    const auto *apic = findRow(c, u"us-gaap:AdditionalPaidInCapital"_s, u"2023-12-31"_s);
    QVERIFY(apic);
    QCOMPARE(apic->change, FactChange::Changed);
    QCOMPARE(apic->left, u"371000000"_s);
    QCOMPARE(apic->right, u"26962000000"_s);
    QCOMPARE(apic->unit, u"iso4217:USD"_s);
    QVERIFY(apic->leftFact >= 0 && apic->rightFact >= 0);
}

void TestFactCompare::sameFilingTwoContainers()
{
    // Caterpillar's 8-K of April 28, 2022 (29 facts): the context ids and document indexes
    // differ between the bare document and the submission; nothing that is compared does.
    const FactComparison c =
        compareFacts(*test::parseData(kCatHtml), *test::parseData(kCatSubmission));
    QCOMPARE(c.equal, 29);
    QCOMPARE(c.changed + c.added + c.removed, 0);
    const auto *name = findRow(c, u"dei:EntityRegistrantName"_s, u"2022-04-28 to 2022-04-28"_s);
    QVERIFY(name);
    QCOMPARE(name->left, u"CATERPILLAR INC."_s);
}

void TestFactCompare::keysIgnoreDimensionOrder()
{
    Filing a;
    a.contexts << XbrlContext{u"c1"_s,
                              {},
                              {},
                              {},
                              u"2023-01-01"_s,
                              u"2023-12-31"_s,
                              false,
                              {{u"b:Axis"_s, u"b:M"_s}, {u"a:Axis"_s, u"a:M"_s}}};
    Filing b;
    b.contexts << XbrlContext{u"other"_s,
                              {},
                              {},
                              {},
                              u"2023-01-01"_s,
                              u"2023-12-31"_s,
                              false,
                              {{u"a:Axis"_s, u"a:M"_s}, {u"b:Axis"_s, u"b:M"_s}}};
    Fact f;
    f.kind = FactKind::NonFraction;
    f.name = u"us-gaap:Revenues"_s;
    f.value = u"10"_s;
    f.context = 0;
    a.facts << f;
    f.value = u"12"_s;
    b.facts << f;
    QCOMPARE(factKey(a, a.facts[0]), factKey(b, b.facts[0]));
    const FactComparison c = compareFacts(a, b);
    QCOMPARE(c.changed, 1);
    QCOMPARE(c.rows[0].left, u"10"_s);
    QCOMPARE(c.rows[0].right, u"12"_s);
    QCOMPARE(c.rows[0].period, u"2023-01-01 to 2023-12-31"_s);
}

void TestFactCompare::numbersCompareByValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("comparable");
    QTest::newRow("integer") << u"1500"_s << u"1500"_s;
    QTest::newRow("zeros after the point") << u"1500.00"_s << u"1500"_s;
    QTest::newRow("fraction") << u"0.250"_s << u"0.25"_s;
    QTest::newRow("leading zeros") << u"007"_s << u"7"_s;
    QTest::newRow("negative zero") << u"-0.0"_s << u"0"_s;
    QTest::newRow("negative") << u"-12.50"_s << u"-12.5"_s;
    QTest::newRow("not a number") << u"INF"_s << u"INF"_s;
}

void TestFactCompare::numbersCompareByValue()
{
    QFETCH(QString, value);
    QFETCH(QString, comparable);
    Fact f;
    f.kind = FactKind::NonFraction;
    f.value = value;
    QCOMPARE(comparableFactValue(f), comparable);
}

QTEST_GUILESS_MAIN(TestFactCompare)
#include "tst_factcompare.moc"

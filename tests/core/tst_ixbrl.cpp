// SPDX-License-Identifier: MIT
// The inline-XBRL fact pass, checked against lxml (tests/tools/ixfacts.py) over every
// inline-XBRL file of the test data, the transformation formats one by one against
// hand-computed answers, and continuations, exclusions, hidden facts and several contexts on
// small documents written here.
#include "htmltotext.h"
#include "ixtransforms.h"
#include "testutil.h"
#include "xbrl.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

QJsonObject lxmlFacts(const QString &path)
{
    return test::runToolJson(u"ixfacts.py"_s, {path}, 120000);
}

FilingPtr parseHtml(const QByteArray &html)
{
    return parseBytes(html, u"test.htm"_s);
}

QByteArray inlineDocument(const QByteArray &resources, const QByteArray &body)
{
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
           "xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\"><body>"
           "<div style=\"display:none\"><ix:header><ix:hidden>"
           "<ix:nonNumeric name=\"dei:AmendmentFlag\" contextRef=\"c1\">false</ix:nonNumeric>"
           "</ix:hidden><ix:resources>"
        + resources
        + "</ix:resources></ix:header></div><p>UNITED STATES SECURITIES AND EXCHANGE "
          "COMMISSION</p><p>FORM 8-K</p><p>CURRENT REPORT</p>"
        + body + "</body></html>";
}

const QByteArray kTwoContexts =
    "<xbrli:context id=\"c1\"><xbrli:entity><xbrli:identifier scheme=\"http://www.sec.gov/CIK\">"
    "0000092122</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2023-01-01"
    "</xbrli:startDate><xbrli:endDate>2023-12-31</xbrli:endDate></xbrli:period></xbrli:context>"
    "<xbrli:context id=\"c2\"><xbrli:entity><xbrli:identifier scheme=\"http://www.sec.gov/CIK\">"
    "0000092122</xbrli:identifier><xbrli:segment><xbrldi:explicitMember "
    "dimension=\"dei:LegalEntityAxis\">so:AlabamaPowerMember</xbrldi:explicitMember>"
    "</xbrli:segment></xbrli:entity><xbrli:period><xbrli:instant>2023-12-31</xbrli:instant>"
    "</xbrli:period></xbrli:context>"
    "<xbrli:unit id=\"usd\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>"
    "<xbrli:unit id=\"eps\"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD"
    "</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares"
    "</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>";

const Fact *findFact(const Filing &f, const QString &name, int nth = 0)
{
    for (const Fact &fact : f.facts) {
        if (fact.name == name && nth-- == 0)
            return &fact;
    }
    return nullptr;
}

} // namespace

class TestIxbrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void transform_data();
    void transform();
    void scale_data();
    void scale();
    void contextsAndUnits();
    void continuationsAndExclusions();
    void continuationIds();
    void repeatedAttributesShared();
    void manyDistinctFacts();
    void hiddenFacts();
    void nestedFactsAndTables();
    void unknownFormatWarns();
    void factPassOff();
    void coverAgreesWithTags();
    void coverMismatchWarns();
};

void TestIxbrl::corpus_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(test::dataPath(), QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll().toLower();
        if (bytes.contains("<ix:nonnumeric") || bytes.contains("<ix:nonfraction"))
            paths << path;
    }
    paths.sort();
    QVERIFY(paths.size() >= 30);
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// Every fact lxml finds, in the same order, with the same concept, context, unit, scale,
// decimals, sign, format, displayed text and hidden flag; its context's period and dimensions
// as lxml reads them; the continuation chain's text as the value of a nonNumeric without a
// format; and a shown number's range showing its displayed text.
void TestIxbrl::corpus()
{
    QFETCH(QString, path);
    const FilingPtr f = parseFile(path);
    QVERIFY(f->ok());
    const QJsonArray documents = lxmlFacts(path)[u"documents"_s].toArray();
    qsizetype checked = 0;
    for (const QJsonValue &docValue : documents) {
        const QJsonObject doc = docValue.toObject();
        const int document = doc[u"document"_s].toInt();
        QList<const Fact *> mine;
        for (const Fact &fact : f->facts) {
            if (fact.document == document)
                mine << &fact;
        }
        const QJsonArray theirs = doc[u"facts"_s].toArray();
        QCOMPARE(mine.size(), theirs.size());
        const QJsonObject contexts = doc[u"contexts"_s].toObject();
        const QJsonObject units = doc[u"units"_s].toObject();
        for (qsizetype i = 0; i < mine.size(); ++i) {
            const Fact &fact = *mine[i];
            const QJsonObject t = theirs[i].toObject();
            QCOMPARE(factKindName(fact.kind), t[u"kind"_s].toString());
            QCOMPARE(fact.name, t[u"concept"_s].toString());
            QCOMPARE(fact.contextRef(), t[u"context"_s].toString());
            QCOMPARE(fact.unitRef(), t[u"unit"_s].toString());
            QCOMPARE(fact.scale(), t[u"scale"_s].toString());
            QCOMPARE(fact.decimals(), t[u"decimals"_s].toString());
            QCOMPARE(fact.sign(), t[u"sign"_s].toString());
            QCOMPARE(fact.format(), t[u"format"_s].toString());
            QCOMPARE(fact.displayed, t[u"displayed"_s].toString());
            QCOMPARE(fact.hidden, t[u"hidden"_s].toBool());
            if (!fact.isNumeric() && fact.format().isEmpty() && !fact.nil)
                QCOMPARE(fact.value, t[u"full"_s].toString());
            // A context the document does not define is missing for both readers.
            QCOMPARE(fact.context >= 0, contexts.contains(fact.contextRef()));
            if (fact.context < 0)
                continue;
            const XbrlContext &c = f->contexts[fact.context];
            const QJsonObject tc = contexts[fact.contextRef()].toObject();
            QCOMPARE(c.entity, tc[u"entity"_s].toString());
            QCOMPARE(c.instant, tc[u"instant"_s].toString());
            QCOMPARE(c.start, tc[u"start"_s].toString());
            QCOMPARE(c.end, tc[u"end"_s].toString());
            const QJsonArray dims = tc[u"dimensions"_s].toArray();
            QCOMPARE(c.dimensions.size(), dims.size());
            for (qsizetype d = 0; d < dims.size(); ++d) {
                QCOMPARE(c.dimensions[d].first, dims[d].toArray()[0].toString());
                QCOMPARE(c.dimensions[d].second, dims[d].toArray()[1].toString());
            }
            if (!fact.unitRef().isEmpty()) {
                QVERIFY(fact.unit >= 0);
                QCOMPARE(f->units[fact.unit].text(), units[fact.unitRef()].toString());
            }
            if (fact.hidden)
                QVERIFY(!fact.range.isValid());
            if (fact.isNumeric() && !fact.hidden && !fact.displayed.isEmpty()) {
                QVERIFY2(fact.range.isValid(), qPrintable(fact.name));
                QCOMPARE(simplified(f->textOf(fact.range)), fact.displayed);
            }
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestIxbrl::transform_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("value");
    const auto row = [](const char *name, const QString &format, const QString &text, bool ok,
                        const QString &value) {
        QTest::newRow(name) << format << text << ok << value;
    };
    row("num-dot-decimal", u"ixt:num-dot-decimal"_s, u"1,234,567.89"_s, true, u"1234567.89"_s);
    row("numdotdecimal", u"ixt:numdotdecimal"_s, u"12,000"_s, true, u"12000"_s);
    row("num-dot-decimal letters", u"ixt:num-dot-decimal"_s, u"12a"_s, false, {});
    row("num-comma-decimal", u"ixt:num-comma-decimal"_s, u"1.234.567,89"_s, true, u"1234567.89"_s);
    row("numcommadecimal", u"ixt:numcommadecimal"_s, u"0,5"_s, true, u"0.5"_s);
    row("num-unit-decimal", u"ixt:num-unit-decimal"_s, u"5 dollars 25 cents"_s, true, u"5.25"_s);
    row("zerodash hyphen", u"ixt:zerodash"_s, u"-"_s, true, u"0"_s);
    row("zerodash em dash", u"ixt:zerodash"_s, u"\u2014"_s, true, u"0"_s);
    row("zerodash digit", u"ixt:zerodash"_s, u"1"_s, false, {});
    row("fixed-zero", u"ixt:fixed-zero"_s, u"none"_s, true, u"0"_s);
    row("fixed-true", u"ixt:fixed-true"_s, u"Yes"_s, true, u"true"_s);
    row("fixed-false", u"ixt:fixed-false"_s, u"No"_s, true, u"false"_s);
    row("booleanfalse", u"ixt:booleanfalse"_s, u"not"_s, true, u"false"_s);
    row("booleantrue", u"ixt:booleantrue"_s, u"is"_s, true, u"true"_s);
    row("date-monthname-day-year-en", u"ixt:date-monthname-day-year-en"_s, u"February 1, 2024"_s,
        true, u"2024-02-01"_s);
    row("datemonthdayyearen", u"ixt:datemonthdayyearen"_s, u"Sept. 30, 2021"_s, true,
        u"2021-09-30"_s);
    row("datemonthdayyearen bad day", u"ixt:datemonthdayyearen"_s, u"February 30, 2021"_s, false,
        {});
    row("date-day-monthname-year-en", u"ixt:date-day-monthname-year-en"_s,
        u"31st of December 2023"_s, true, u"2023-12-31"_s);
    row("datedaymonthyearen", u"ixt:datedaymonthyearen"_s, u"1 March 2020"_s, true,
        u"2020-03-01"_s);
    row("date-month-day-year", u"ixt:date-month-day-year"_s, u"12/31/2023"_s, true,
        u"2023-12-31"_s);
    row("datemonthdayyear two-digit year", u"ixt:datemonthdayyear"_s, u"3/4/22"_s, true,
        u"2022-03-04"_s);
    row("date-day-month-year", u"ixt:date-day-month-year"_s, u"31.12.2023"_s, true,
        u"2023-12-31"_s);
    row("date-year-month-day", u"ixt:date-year-month-day"_s, u"2023-12-31"_s, true,
        u"2023-12-31"_s);
    row("date-monthname-day-en", u"ixt:date-monthname-day-en"_s, u"December 31"_s, true,
        u"--12-31"_s);
    row("datemonthday", u"ixt:datemonthday"_s, u"12/31"_s, true, u"--12-31"_s);
    row("date-month-day", u"ixt:date-month-day"_s, u"02/29"_s, true, u"--02-29"_s);
    row("date-monthname-year-en", u"ixt:date-monthname-year-en"_s, u"June 2022"_s, true,
        u"2022-06"_s);
    row("datemonthyearen", u"ixt:datemonthyearen"_s, u"Jun 2022"_s, true, u"2022-06"_s);
    row("date-year-monthname-en", u"ixt:date-year-monthname-en"_s, u"2022 June"_s, true,
        u"2022-06"_s);
    row("numwordsen", u"ixt-sec:numwordsen"_s, u"one hundred twenty-three"_s, true, u"123"_s);
    row("numwordsen none", u"ixt-sec:numwordsen"_s, u"None"_s, true, u"0"_s);
    row("numwordsen thousands", u"ixt-sec:numwordsen"_s, u"two thousand and five"_s, true,
        u"2005"_s);
    row("numwordsen not a number", u"ixt-sec:numwordsen"_s, u"several"_s, false, {});
    row("duryear", u"ixt-sec:duryear"_s, u"5"_s, true, u"P5Y"_s);
    row("duryear fraction", u"ixt-sec:duryear"_s, u"1.5"_s, true, u"P1Y6M"_s);
    row("duryear words", u"ixt-sec:duryear"_s, u"three"_s, true, u"P3Y"_s);
    row("durmonth", u"ixt-sec:durmonth"_s, u"18"_s, true, u"P18M"_s);
    row("durday", u"ixt-sec:durday"_s, u"30"_s, true, u"P30D"_s);
    row("durwordsen", u"ixt-sec:durwordsen"_s, u"two years and six months"_s, true, u"P2Y6M"_s);
    row("durwordsen days", u"ixt-sec:durwordsen"_s, u"thirty days"_s, true, u"P30D"_s);
    row("stateprovnameen", u"ixt-sec:stateprovnameen"_s, u"Delaware"_s, true, u"DE"_s);
    row("stateprovnameen province", u"ixt-sec:stateprovnameen"_s, u"Ontario"_s, true, u"A6"_s);
    row("edgarprovcountryen country", u"ixt-sec:edgarprovcountryen"_s, u"Cayman Islands"_s, true,
        u"E9"_s);
    row("edgarprovcountryen state", u"ixt-sec:edgarprovcountryen"_s, u"New York"_s, true, u"NY"_s);
    row("exchnameen NYSE", u"ixt-sec:exchnameen"_s, u"New York Stock Exchange"_s, true, u"NYSE"_s);
    row("exchnameen Nasdaq", u"ixt-sec:exchnameen"_s, u"The Nasdaq Stock Market LLC"_s, true,
        u"NASDAQ"_s);
    row("exchnameen NYSE American", u"ixt-sec:exchnameen"_s, u"NYSE American LLC"_s, true,
        u"NYSEAMER"_s);
    row("exchnameen unknown", u"ixt-sec:exchnameen"_s, u"Moon Exchange"_s, false, {});
    row("boolballotbox checked", u"ixt-sec:boolballotbox"_s, u"\u2612"_s, true, u"true"_s);
    row("boolballotbox unchecked", u"ixt-sec:boolballotbox"_s, u"\u2610"_s, true, u"false"_s);
    row("entityfilercategoryen", u"ixt-sec:entityfilercategoryen"_s, u"Large accelerated filer"_s,
        true, u"Large Accelerated Filer"_s);
    row("numinf", u"ixt-sec:numinf"_s, u"unlimited"_s, true, u"INF"_s);
}

void TestIxbrl::transform()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, value);
    const TransformResult r = applyTransform(format, text);
    QVERIFY(r.known);
    QCOMPARE(r.ok, ok);
    if (ok)
        QCOMPARE(r.value, value);
}

void TestIxbrl::scale_data()
{
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<QString>("value");
    QTest::newRow("millions") << u"1.5"_s << 6 << false << u"1500000"_s;
    QTest::newRow("thousands") << u"12345"_s << 3 << false << u"12345000"_s;
    QTest::newRow("percent") << u"21"_s << -2 << false << u"0.21"_s;
    QTest::newRow("small percent") << u"0.5"_s << -2 << false << u"0.005"_s;
    QTest::newRow("sign") << u"394328"_s << 6 << true << u"-394328000000"_s;
    QTest::newRow("zero keeps no sign") << u"0"_s << 6 << true << u"0"_s;
    QTest::newRow("trailing zeros") << u"2.50"_s << 0 << false << u"2.5"_s;
    QTest::newRow("not a number") << u"n/a"_s << 0 << false << QString();
    // The plain-decimal reading, edge by edge.
    QTest::newRow("fraction only") << u".5"_s << 0 << false << u"0.5"_s;
    QTest::newRow("point at the end") << u"1."_s << 2 << false << u"100"_s;
    QTest::newRow("plus sign") << u"+7"_s << 0 << false << u"7"_s;
    QTest::newRow("minus in the text") << u"-3"_s << 0 << false << u"-3"_s;
    QTest::newRow("minus twice cancels") << u"-3"_s << 0 << true << u"3"_s;
    QTest::newRow("leading zeros") << u"007"_s << 0 << false << u"7"_s;
    QTest::newRow("scale eats the fraction") << u"0.001"_s << 3 << false << u"1"_s;
    QTest::newRow("negative scale pads") << u"5"_s << -3 << false << u"0.005"_s;
    QTest::newRow("blank around") << u" 12 "_s << 1 << false << u"120"_s;
    QTest::newRow("two points") << u"1.2.3"_s << 0 << false << QString();
    QTest::newRow("grouped") << u"1,000"_s << 0 << false << QString();
    QTest::newRow("point alone") << u"."_s << 0 << false << QString();
    QTest::newRow("sign alone") << u"-"_s << 0 << false << QString();
    QTest::newRow("empty") << QString() << 0 << false << QString();
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s << 0 << false << QString();
}

void TestIxbrl::scale()
{
    QFETCH(QString, decimal);
    QFETCH(int, scale);
    QFETCH(bool, negative);
    QFETCH(QString, value);
    QCOMPARE(scaleDecimal(decimal, scale, negative), value);
}

// Two registrants (a utility and its subsidiary) in two contexts, a per-share unit, scale and
// sign applied.
void TestIxbrl::contextsAndUnits()
{
    const FilingPtr f = parseHtml(inlineDocument(
        kTwoContexts,
        "<p>Revenue <ix:nonFraction name=\"us-gaap:Revenues\" contextRef=\"c1\" unitRef=\"usd\" "
        "decimals=\"-6\" scale=\"6\" format=\"ixt:num-dot-decimal\">25,253</ix:nonFraction> "
        "and loss <ix:nonFraction name=\"us-gaap:NetIncomeLoss\" contextRef=\"c2\" "
        "unitRef=\"usd\" decimals=\"-6\" scale=\"6\" sign=\"-\" "
        "format=\"ixt:num-dot-decimal\">1.2</ix:nonFraction>, EPS <ix:nonFraction "
        "name=\"us-gaap:EarningsPerShareBasic\" contextRef=\"c1\" unitRef=\"eps\" "
        "decimals=\"2\">3.61</ix:nonFraction></p>"));
    QCOMPARE(f->contexts.size(), 2);
    QCOMPARE(f->units.size(), 2);
    QCOMPARE(f->facts.size(), 4);
    const Fact *revenue = findFact(*f, u"us-gaap:Revenues"_s);
    QVERIFY(revenue);
    QCOMPARE(revenue->value, u"25253000000"_s);
    QCOMPARE(revenue->displayed, u"25,253"_s);
    QCOMPARE(f->textOf(revenue->range), u"25,253"_s);
    const XbrlContext &c1 = f->contexts[revenue->context];
    QCOMPARE(c1.entity, u"0000092122"_s);
    QCOMPARE(c1.start, u"2023-01-01"_s);
    QCOMPARE(c1.end, u"2023-12-31"_s);
    QVERIFY(c1.dimensions.isEmpty());
    const Fact *loss = findFact(*f, u"us-gaap:NetIncomeLoss"_s);
    QCOMPARE(loss->value, u"-1200000"_s);
    const XbrlContext &c2 = f->contexts[loss->context];
    QCOMPARE(c2.instant, u"2023-12-31"_s);
    QCOMPARE(c2.dimensions.size(), 1);
    QCOMPARE(c2.dimensions[0].first, u"dei:LegalEntityAxis"_s);
    QCOMPARE(c2.dimensions[0].second, u"so:AlabamaPowerMember"_s);
    const Fact *eps = findFact(*f, u"us-gaap:EarningsPerShareBasic"_s);
    QCOMPARE(f->units[eps->unit].text(), u"iso4217:USD/xbrli:shares"_s);
    QCOMPARE(eps->value, u"3.61"_s);
}

// A nonNumeric continued twice, with an ix:exclude inside it: the value joins the parts
// without the excluded text, which stays in the displayed text of the document.
void TestIxbrl::continuationsAndExclusions()
{
    const FilingPtr f = parseHtml(inlineDocument(
        kTwoContexts,
        "<p><ix:nonNumeric name=\"us-gaap:PolicyTextBlock\" contextRef=\"c1\" "
        "continuedAt=\"k1\">Revenue is recognized <ix:exclude>(page 7)</ix:exclude>when "
        "earned</ix:nonNumeric></p><p>Unrelated paragraph.</p><p><ix:continuation id=\"k1\" "
        "continuedAt=\"k2\">over the term</ix:continuation></p><p><ix:continuation "
        "id=\"k2\">of the contract.</ix:continuation></p>"));
    const Fact *policy = findFact(*f, u"us-gaap:PolicyTextBlock"_s);
    QVERIFY(policy);
    QCOMPARE(policy->displayed, u"Revenue is recognized when earned"_s);
    QCOMPARE(policy->value, u"Revenue is recognized when earned over the term of the contract."_s);
    QCOMPARE(f->textOf(policy->range), u"Revenue is recognized (page 7)when earned"_s);
    QCOMPARE(policy->continuationRanges.size(), 2);
    QCOMPARE(f->textOf(policy->continuationRanges[0]), u"over the term"_s);
    QCOMPARE(f->textOf(policy->continuationRanges[1]), u"of the contract."_s);
    QVERIFY(f->text.contains(u"Unrelated paragraph."_s));
}

// Chains are followed by id: ids are trimmed, the last part of an id counts, a part without
// text adds no space, and a missing or second use of a part ends the chain with a warning.
void TestIxbrl::continuationIds()
{
    const FilingPtr f = parseHtml(inlineDocument(
        kTwoContexts,
        "<p><ix:nonNumeric name=\"a:First\" contextRef=\"c1\" continuedAt=\" k1 \">One"
        "</ix:nonNumeric></p><p><ix:continuation id=\"k1\" continuedAt=\"k2\">first k1"
        "</ix:continuation></p><p><ix:continuation id=\"k1\" continuedAt=\"k2\">  two  "
        "</ix:continuation></p><p><ix:continuation id=\"\tk2\" continuedAt=\"k3\"> "
        "</ix:continuation></p><p><ix:continuation id=\"k3\" continuedAt=\"gone\">three"
        "</ix:continuation></p><p><ix:nonNumeric name=\"a:Second\" contextRef=\"c1\" "
        "continuedAt=\"k3\">Again</ix:nonNumeric></p>"));
    const Fact *first = findFact(*f, u"a:First"_s);
    QVERIFY(first);
    QCOMPARE(first->displayed, u"One"_s);
    QCOMPARE(first->value, u"One two three"_s);
    QCOMPARE(first->continuationRanges.size(), 2); // the blank part has no range
    QCOMPARE(f->textOf(first->continuationRanges[0]), u"two"_s);
    QCOMPARE(f->textOf(first->continuationRanges[1]), u"three"_s);
    const Fact *second = findFact(*f, u"a:Second"_s);
    QVERIFY(second);
    QCOMPARE(second->value, u"Again"_s);
    QVERIFY(second->continuationRanges.isEmpty());
    QStringList messages;
    for (const Warning &w : f->warnings) {
        if (w.code.startsWith(u"ix-continuation"_s))
            messages << w.code + u": "_s + w.message;
    }
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages[0].startsWith(u"ix-continuation-missing: a:First continues at \"gone\""_s),
             qPrintable(messages[0]));
    QVERIFY2(messages[1].startsWith(u"ix-continuation-reused: a:Second continues at \"k3\""_s),
             qPrintable(messages[1]));
}

// What facts repeat is stored once: the attributes written the same way, a short displayed
// text, and a value equal to the displayed text.
void TestIxbrl::repeatedAttributesShared()
{
    QByteArray body = "<p>";
    for (int i = 0; i < 3; ++i)
        body += "<ix:nonFraction name=\"us-gaap:X" + QByteArray::number(i)
            + "\" contextRef=\"c1\" unitRef=\"usd\" decimals=\"-3\" scale=\"3\" "
              "format=\"ixt:num-dot-decimal\">1,234</ix:nonFraction> ";
    body += "<ix:nonFraction name=\"us-gaap:Y\" contextRef=\"c2\" unitRef=\"usd\" "
            "decimals=\"0\">17</ix:nonFraction></p>";
    const FilingPtr f = parseHtml(inlineDocument(kTwoContexts, body));
    QCOMPARE(f->facts.size(), 5); // with the hidden dei:AmendmentFlag
    const Fact *x0 = findFact(*f, u"us-gaap:X0"_s);
    const Fact *x2 = findFact(*f, u"us-gaap:X2"_s);
    const Fact *y = findFact(*f, u"us-gaap:Y"_s);
    QVERIFY(x0 && x2 && y);
    QCOMPARE(x2->value, u"1234000"_s);
    QCOMPARE(x2->contextRef(), u"c1"_s);
    QCOMPARE(x2->decimals(), u"-3"_s);
    QCOMPARE(x2->format(), u"ixt:num-dot-decimal"_s);
    QCOMPARE(y->contextRef(), u"c2"_s);
    QCOMPARE(y->scale(), QString());
    QVERIFY(x0->attributes.data() == x2->attributes.data());
    QVERIFY(x0->attributes.data() != y->attributes.data());
    QVERIFY(x0->displayed.constData() == x2->displayed.constData());
    QVERIFY(x0->value.constData() == x2->value.constData());
    QCOMPARE(y->value, u"17"_s);
    QVERIFY(y->value.constData() == y->displayed.constData());
    const Fact none;
    QVERIFY(none.contextRef().isNull() && none.format().isNull());
}

// Past the limit of shared values (16,384 of each), every fact still has its own.
void TestIxbrl::manyDistinctFacts()
{
    constexpr int kFacts = 20000;
    QByteArray body = "<p>";
    for (int i = 0; i < kFacts; ++i) {
        const QByteArray n = QByteArray::number(i);
        body += "<ix:nonFraction name=\"a:X" + n
            + "\" contextRef=\"c1\" unitRef=\"usd\" "
              "decimals=\""
            + n + "\">" + n + ".5</ix:nonFraction> ";
    }
    body += "</p>";
    const FilingPtr f = parseHtml(inlineDocument(kTwoContexts, body));
    QCOMPARE(f->facts.size(), kFacts + 1);
    for (const int i : {0, 16383, 16384, 19999}) {
        const Fact &fact = f->facts[i + 1];
        const QString n = QString::number(i);
        QCOMPARE(fact.name, u"a:X"_s + n);
        QCOMPARE(fact.decimals(), n);
        QCOMPARE(fact.value, n + u".5"_s);
        QCOMPARE(fact.displayed, n + u".5"_s);
        QCOMPARE(fact.context, 0);
    }
}

// Facts of ix:hidden are hidden, have no range, and are transformed like any other.
void TestIxbrl::hiddenFacts()
{
    const FilingPtr f = parseHtml(inlineDocument(
        kTwoContexts
            + "</ix:resources><ix:hidden><ix:nonNumeric name=\"dei:DocumentPeriodEndDate\" "
              "contextRef=\"c1\" format=\"ixt:date-monthname-day-year-en\">December "
              "31, 2023</ix:nonNumeric></ix:hidden><ix:resources>",
        "<p>Shown <ix:nonNumeric name=\"dei:EntityRegistrantName\" contextRef=\"c1\">Southern "
        "Co</ix:nonNumeric></p>"));
    const Fact *flag = findFact(*f, u"dei:AmendmentFlag"_s);
    QVERIFY(flag);
    QVERIFY(flag->hidden);
    QVERIFY(!flag->range.isValid());
    QCOMPARE(flag->value, u"false"_s);
    const Fact *period = findFact(*f, u"dei:DocumentPeriodEndDate"_s);
    QVERIFY(period);
    QVERIFY(period->hidden);
    QCOMPARE(period->value, u"2023-12-31"_s);
    const Fact *name = findFact(*f, u"dei:EntityRegistrantName"_s);
    QVERIFY(!name->hidden);
    QCOMPARE(f->textOf(name->range), u"Southern Co"_s);
    QVERIFY(!f->text.contains(u"December 31, 2023"_s));
}

// A text block holding a table with tagged numbers: every fact keeps its own range, and the
// text is laid out as without the fact pass.
void TestIxbrl::nestedFactsAndTables()
{
    const QByteArray html = inlineDocument(
        kTwoContexts,
        "<ix:nonNumeric name=\"us-gaap:ScheduleTextBlock\" contextRef=\"c1\"><table><tr><td>"
        "Revenue</td><td> <ix:nonFraction name=\"us-gaap:Revenues\" contextRef=\"c1\" "
        "unitRef=\"usd\" decimals=\"0\">100</ix:nonFraction> </td></tr><tr><td>Cost</td><td>"
        "<ix:nonFraction name=\"us-gaap:CostOfRevenue\" contextRef=\"c1\" unitRef=\"usd\" "
        "decimals=\"0\" format=\"ixt:zerodash\">\u2014</ix:nonFraction></td></tr></table>"
        "</ix:nonNumeric>");
    const FilingPtr f = parseHtml(html);
    const Fact *block = findFact(*f, u"us-gaap:ScheduleTextBlock"_s);
    QVERIFY(block);
    QCOMPARE(block->displayed, u"Revenue 100 Cost\u2014"_s); // no blank between the cells
    QCOMPARE(f->textOf(block->range), u"Revenue\t100\nCost\t\u2014"_s);
    QCOMPARE(f->textOf(findFact(*f, u"us-gaap:Revenues"_s)->range), u"100"_s);
    const Fact *cost = findFact(*f, u"us-gaap:CostOfRevenue"_s);
    QCOMPARE(f->textOf(cost->range), u"\u2014"_s);
    QCOMPARE(cost->value, u"0"_s);
    ParseOptions off;
    off.readFacts = false;
    QCOMPARE(parseBytes(html, u"test.htm"_s, off)->text, f->text);
}

void TestIxbrl::unknownFormatWarns()
{
    const FilingPtr f = parseHtml(
        inlineDocument(kTwoContexts,
                       "<p><ix:nonNumeric name=\"dei:Security12bTitle\" contextRef=\"c1\" "
                       "format=\"ixt:made-up-format\">Common Stock</ix:nonNumeric></p>"));
    const Fact *title = findFact(*f, u"dei:Security12bTitle"_s);
    QCOMPARE(title->value, u"Common Stock"_s);
    bool warned = false;
    for (const Warning &w : f->warnings)
        warned = warned
            || (w.code == u"ix-unknown-format"_s && w.message.contains(u"ixt:made-up-format"_s));
    QVERIFY(warned);
}

// Without the fact pass the text is the same over the inline-XBRL files of the test data:
// the markers that give the ranges never change the layout.
void TestIxbrl::factPassOff()
{
    const QStringList files = {
        u"corpus/periodic/s10x__cost-2022_filing.htm"_s,
        u"corpus/periodic/sptd__10-K_GE_0000040545-24-000027_primary-document.html"_s,
        u"corpus/fullsub/scpp__0000092122-19-000063.txt"_s,
        u"corpus/html8k/scpp__aapl-20240201.htm"_s,
    };
    ParseOptions off;
    off.readFacts = false;
    for (const QString &file : files) {
        const FilingPtr on = test::parseData(file);
        const FilingPtr without = parseFile(test::dataPath(file), off);
        QVERIFY(!on->facts.isEmpty());
        QVERIFY(without->facts.isEmpty());
        QCOMPARE(on->text, without->text);
    }
}

// Apple's 8-K of 1 February 2024: the cover as read (Apple Inc., California, 001-36743,
// 94-2404110, (408) 996-1010) says what its dei tags say.
void TestIxbrl::coverAgreesWithTags()
{
    const FilingPtr f = test::parseData(u"corpus/html8k/scpp__aapl-20240201.htm"_s);
    for (const Warning &w : f->warnings)
        QVERIFY2(w.code != u"dei-mismatch"_s, qPrintable(w.message));
    QCOMPARE(f->cover.stateOfIncorporation.canonical(), u"CA"_s);
    QCOMPARE(findFact(*f, u"dei:EntityIncorporationStateCountryCode"_s)->value, u"CA"_s);
}

// The same 8-K with a planted disagreement: a hidden tag, first in the document, says another
// name than the cover's text (whose own tag still says Apple Inc.). The warning names both
// values, the tag's becomes the normalized value, the text's reading stays as written.
void TestIxbrl::coverMismatchWarns()
{
    QByteArray html = test::readData(u"corpus/html8k/scpp__aapl-20240201.htm"_s);
    QCOMPARE(html.count("<ix:hidden>"), 1);
    html.replace("<ix:hidden>",
                 "<ix:hidden><ix:nonNumeric name=\"dei:EntityRegistrantName\" "
                 "contextRef=\"c-1\">Banana Corp</ix:nonNumeric>");
    const FilingPtr f = parseBytes(html, u"aapl-planted.htm"_s);
    QVERIFY(f->ok());
    QStringList mismatches;
    for (const Warning &w : f->warnings) {
        if (w.code == u"dei-mismatch"_s)
            mismatches << w.message;
    }
    QCOMPARE(mismatches.size(), 1);
    QVERIFY(mismatches[0].contains(u"Apple Inc."_s));
    QVERIFY(mismatches[0].contains(u"Banana Corp"_s));
    QVERIFY(mismatches[0].contains(u"dei:EntityRegistrantName"_s));
    QCOMPARE(f->cover.registrantName.value, u"Apple Inc."_s);
    QCOMPARE(f->cover.registrantName.normalized, u"Banana Corp"_s);
}

QTEST_GUILESS_MAIN(TestIxbrl)
#include "tst_ixbrl.moc"

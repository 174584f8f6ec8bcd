// SPDX-License-Identifier: MIT
// Periodic reports (10-K, 10-K405, 10-KSB, 10-Q, 20-F) against what people found by reading
// each one (tests/data/periodic_expectations.json: every Part and Item of the body with the
// line its heading starts on, the first words of its text and the status it states), and
// the form schema and heading shapes they rest on.

#include "filingparser.h"
#include "formschema.h"
#include "normalize.h"
#include "reportheadings.h"
#include "testutil.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

QJsonArray expectations()
{
    QFile file(test::dataPath(u"periodic_expectations.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing periodic_expectations.json");
    return QJsonDocument::fromJson(file.readAll()).array();
}

// 1-based line of an offset, as `filinglens-cli text | cat -n` numbers them.
int lineOf(const Filing &f, qsizetype offset)
{
    return f.lineAt(offset) + 1;
}

QString keyOf(const QString &part, const QString &code)
{
    return part.isEmpty() ? code : part + u'/' + code;
}

// Codes a reader wrote down that are not items of the form ("Item X. Executive Officers").
bool isFormItemCode(const QString &code)
{
    return !code.isEmpty() && code.front().isDigit();
}

// Filings whose layout the parser does not read yet, and why.
QString knownLimitation(const QString &file)
{
    if (file.contains(u"edgt__20-F_0000928385-01-500187"_s))
        return u"a plain-text 20-F wrapped in <html><body><div> without <pre>: HTML rules join "
               u"its lines, so its headings stand in the middle of lines"_s;
    return {};
}

// Each report is parsed once for all the checks on it (items, first words, parts, table of
// contents, status): filings are immutable, so sharing them changes nothing checked.
FilingPtr parsed(const QString &file)
{
    static QHash<QString, FilingPtr> cache;
    auto it = cache.find(file);
    if (it == cache.end())
        it = cache.insert(file, test::parseData(file));
    return *it;
}

const Item *itemAt(const Filing &f, const QString &part, const QString &code)
{
    for (const Item &item : f.items) {
        if (item.part == part && item.code == code)
            return &item;
    }
    return nullptr;
}

// An item's text after its heading; for a heading with no text of its own (several headings
// over one shared text), the text of the next item that has some.
QString textAfterHeading(const Filing &f, const Item &item)
{
    for (qsizetype i = &item - f.items.data(); i < f.items.size(); ++i) {
        const QString body = simplified(f.textOf(f.items[i].body));
        if (!body.isEmpty())
            return body;
    }
    return {};
}

} // namespace

class TestPeriodic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void items_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray all = expectations();
        QVERIFY(all.size() >= 30);
        for (const QJsonValue v : all)
            QTest::newRow(qPrintable(v[u"file"_s].toString())) << v.toObject();
    }

    // Every (part, item) the reader found, on the line the reader found it, and no other.
    void items()
    {
        QFETCH(QJsonObject, expected);
        const QString file = expected[u"file"_s].toString();
        const FilingPtr f = parsed(file);
        const QString limitation = knownLimitation(file);
        QStringList want;
        for (const QJsonValue v : expected[u"items"_s].toArray()) {
            const QString code = v[u"item"_s].toString();
            if (isFormItemCode(code))
                want << keyOf(v[u"part"_s].toString(), code) + u'@'
                        + QString::number(v[u"line"_s].toInt());
        }
        QStringList got;
        for (const Item &item : f->items)
            got << keyOf(item.part, item.code) + u'@'
                    + QString::number(lineOf(*f, item.heading.start));
        if (!limitation.isEmpty())
            QEXPECT_FAIL("", qPrintable(limitation), Abort);
        QCOMPARE(got, want);
    }

    void firstWords_data() { items_data(); }

    // Each item's text starts with the words the reader wrote down (past page furniture:
    // a page number, a "Table of Contents" link, an underline).
    void firstWords()
    {
        QFETCH(QJsonObject, expected);
        const QString file = expected[u"file"_s].toString();
        if (!knownLimitation(file).isEmpty())
            QSKIP("its items are not read yet (see items())");
        const FilingPtr f = parsed(file);
        for (const QJsonValue v : expected[u"items"_s].toArray()) {
            const QString words = simplified(v[u"first_words"_s].toString());
            if (words.isEmpty() || !isFormItemCode(v[u"item"_s].toString()))
                continue;
            const Item *item = itemAt(*f, v[u"part"_s].toString(), v[u"item"_s].toString());
            QVERIFY2(item, qPrintable(v[u"item"_s].toString()));
            if (!item->pages.isEmpty())
                continue; // read from a cross-reference index: its text is elsewhere
            const QString text = textAfterHeading(*f, *item);
            QVERIFY2(text.left(600).contains(words),
                     qPrintable(u"Item %1: \"%2\" is not at the start of \"%3\""_s.arg(
                         item->code, words, text.left(200))));
        }
    }

    void parts_data() { items_data(); }

    // Every Part heading of the body, on its line.
    void parts()
    {
        QFETCH(QJsonObject, expected);
        const QString file = expected[u"file"_s].toString();
        const FilingPtr f = parsed(file);
        QStringList want;
        for (const QJsonValue v : expected[u"parts"_s].toArray())
            want << v[u"part"_s].toString() + u'@' + QString::number(v[u"line"_s].toInt());
        QStringList got;
        for (const ReportPart &part : f->parts)
            got << part.name + u'@' + QString::number(lineOf(*f, part.heading.range.start));
        QCOMPARE(got, want);
    }

    void tableOfContents_data() { items_data(); }

    // The table of contents starts where the reader saw it start and holds no item of the
    // body; it may stop a few lines before the reader's end (trailing entries without page
    // numbers, such as a list of exhibits, are not always taken in).
    void tableOfContents()
    {
        QFETCH(QJsonObject, expected);
        const QString file = expected[u"file"_s].toString();
        const FilingPtr f = parsed(file);
        const QJsonValue toc = expected[u"toc"_s];
        if (!knownLimitation(file).isEmpty())
            QEXPECT_FAIL("", qPrintable(knownLimitation(file)), Abort);
        QCOMPARE(f->tocRange.isValid(), toc.isObject());
        if (!toc.isObject())
            return;
        const int start = lineOf(*f, f->tocRange.start);
        const int end = lineOf(*f, f->tocRange.end() - 1);
        QVERIFY2(std::abs(start - toc[u"start_line"_s].toInt()) <= 3,
                 qPrintable(u"starts at %1"_s.arg(start)));
        QVERIFY2(end <= toc[u"end_line"_s].toInt() + 3 && end >= toc[u"end_line"_s].toInt() - 20,
                 qPrintable(u"ends at %1"_s.arg(end)));
        for (const Item &item : f->items)
            QVERIFY(!f->tocRange.contains(item.heading.start) || !item.pages.isEmpty());
    }

    // The status an item states ("Not applicable.", "None.", "[Reserved]", incorporated by
    // reference to the proxy statement), against the readers' judgement over every item.
    // Readers and parser differ on items that mix text of their own with a pointer, so the
    // agreement is measured and must stay at least 95%; the differences are printed.
    void statusAgreement()
    {
        int compared = 0;
        int agreed = 0;
        for (const QJsonValue e : expectations()) {
            const QString file = e[u"file"_s].toString();
            if (!knownLimitation(file).isEmpty())
                continue;
            const FilingPtr f = parsed(file);
            for (const QJsonValue v : e[u"items"_s].toArray()) {
                const Item *item = itemAt(*f, v[u"part"_s].toString(), v[u"item"_s].toString());
                if (!item)
                    continue;
                ++compared;
                const QString want = v[u"status"_s].toString();
                if (item->status == want)
                    ++agreed;
                else
                    qInfo("%s Item %s: reader \"%s\", parser \"%s\"",
                          qPrintable(file.section(u'/', -1)), qPrintable(item->code),
                          qPrintable(want), qPrintable(item->status));
            }
        }
        qInfo("status agrees on %d of %d items", agreed, compared);
        QVERIFY(compared > 600);
        QVERIFY(agreed * 100 >= compared * 95);
    }

    // Microsoft's 2013 10-K lists "Item 1.<tab>Business<tab>3" in its table of contents (line
    // 83), repeats "PART I" / "Item 1" at the top of every page, and heads Item 1 on line 125.
    void tableOfContentsAndRunningHeadersAreNotHeadings()
    {
        const FilingPtr f = test::parseData(u"corpus/periodic/s10x__msft-2013_filing.htm"_s);
        const Item *business = itemAt(*f, u"I"_s, u"1"_s);
        QVERIFY(business);
        QCOMPARE(lineOf(*f, business->heading.start), 125);
        QCOMPARE(f->textOf(business->heading), u"ITEM 1. BUSINESS");
        QVERIFY(f->tocRange.contains(f->lineStarts[82]));
        // The running header "Item 1" of each page lies inside Item 1, not as an item.
        QVERIFY(business->range().contains(f->lineStarts[148]));
        QCOMPARE(f->textOf({f->lineStarts[148], 6}), u"Item 1");
        bool tocSection = false;
        for (const Section &s : f->sections)
            tocSection = tocSection || s.kind == SectionKind::TableOfContents;
        QVERIFY(tocSection);
    }

    // Microsoft's 10-Q for December 2008: Part I Item 1 (Financial Statements) and Part II
    // Item 1 (Legal Proceedings) are two items.
    void tenQPartsAreDistinct()
    {
        const FilingPtr f = test::parseData(u"corpus/periodic/jlse__microsoft_2008_12_31.html"_s);
        const Item *statements = itemAt(*f, u"I"_s, u"1"_s);
        const Item *legal = itemAt(*f, u"II"_s, u"1"_s);
        QVERIFY(statements && legal);
        QCOMPARE(statements->officialTitle, u"Financial Statements"_s);
        QCOMPARE(legal->officialTitle, u"Legal Proceedings"_s);
        QCOMPARE(lineOf(*f, statements->heading.start), 95);
        QCOMPARE(lineOf(*f, legal->heading.start), 1389);
        // In force in 2008: Part II Item 4 "Submission of Matters to a Vote of Security Holders".
        const Item *vote = itemAt(*f, u"II"_s, u"4"_s);
        QVERIFY(vote);
        QCOMPARE(vote->officialTitle, u"Submission of Matters to a Vote of Security Holders"_s);
    }

    // General Electric's 2023 10-K heads no items: its "Form 10-K Cross Reference Index" maps
    // them to pages, and the page footers ("2023 FORM 10-K 27") number the pages.
    void crossReferenceIndex()
    {
        const FilingPtr f = test::parseData(
            u"corpus/periodic/sptd__10-K_GE_0000040545-24-000027_primary-document.html"_s);
        QVERIFY(test::findWarning(*f, u"cross-reference-index"_s));
        const Item *risk = itemAt(*f, u"I"_s, u"1A"_s);
        QVERIFY(risk);
        QCOMPARE(lineOf(*f, risk->heading.start), 2850);
        QCOMPARE(risk->pages.size(), 1); // pages 27-36, one run
        // Page 27 is the page whose footer reads "2023 FORM 10-K 27"; it holds "RISK FACTORS".
        const QString pages = f->textOf(risk->pages.first()).toString();
        QVERIFY(pages.contains(u"RISK FACTORS"_s));
        QVERIFY(pages.trimmed().endsWith(u"2023 FORM 10-K 36"_s));
        const Item *unresolved = itemAt(*f, u"I"_s, u"1B"_s);
        QVERIFY(unresolved);
        QCOMPARE(unresolved->status, u"not applicable"_s);
        QVERIFY(unresolved->pages.isEmpty());
        const Item *directors = itemAt(*f, u"III"_s, u"10"_s);
        QVERIFY(directors); // "82, (a)": footnote (a) incorporates the proxy statement
        QCOMPARE(directors->status, u"incorporated by reference"_s);
    }

    // A real 10-K with its Items 1 and 2 headed together ("Items 1 and 2. Business and
    // Properties"): both items, one heading.
    void combinedItems()
    {
        QByteArray data = test::readData(u"corpus/periodic/s10x__ge-1994_filing.txt"_s);
        QVERIFY(data.contains("\nItem 1. Business\n"));
        data.replace("\nItem 1. Business\n", "\nItems 1 and 2. Business and Properties\n");
        data.replace("\nItem 2.  Properties\n", "\nProperties\n");
        const FilingPtr f = parseBytes(data, u"combined.txt"_s);
        const Item *business = itemAt(*f, u"I"_s, u"1"_s);
        const Item *properties = itemAt(*f, u"I"_s, u"2"_s);
        QVERIFY(business && properties);
        QCOMPARE(business->heading, properties->heading);
        QCOMPARE(f->textOf(business->heading), u"Items 1 and 2. Business and Properties");
        QCOMPARE(lineOf(*f, business->heading.start), 139);
    }

    // A form without an item structure keeps its text and cover and gets no warning for it.
    void formsWithoutItems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("DEF 14A") << u"corpus/periodic/saftl__0001324424-20-000029_raw.txt"_s;
        QTest::newRow("6-K") << u"corpus/other/edgt__form6k.RoyalPhilips.html"_s;
        QTest::newRow("13F-HR") << u"corpus/other/edgt__13F.0001894188-23-000007.txt"_s;
    }
    void formsWithoutItems()
    {
        QFETCH(QString, file);
        const FilingPtr f = parsed(file);
        QVERIFY(f->items.isEmpty());
        QVERIFY(f->parts.isEmpty());
        for (const char16_t *code : {u"no-items", u"missing-item", u"no-toc", u"unknown-item"})
            QVERIFY2(!test::findWarning(*f, QString::fromUtf16(code)), qPrintable(file));
    }

    void schema()
    {
        QCOMPARE(schemaForForm(u"10-K405")->name, u"10-K"_s);
        QCOMPARE(schemaForForm(u"10KSB")->name, u"10-KSB"_s);
        QCOMPARE(schemaForForm(u"10-q/a")->name, u"10-Q"_s);
        QCOMPARE(schemaForForm(u"20-F")->name, u"20-F"_s);
        QCOMPARE(schemaForForm(u"8-K")->name, u"8-K"_s);
        QVERIFY(!schemaForForm(u"DEF 14A"));
        QVERIFY(!schemaForForm(u"S-1"));
        QCOMPARE(canonicalFormType(u"10KSB"), u"10-KSB"_s);
        const FormSchema &tenK = *schemaForForm(u"10-K");
        // Item 4: three titles over time.
        QCOMPARE(tenK.find(u"I", u"4", QDate(2009, 12, 31))->title,
                 u"Submission of Matters to a Vote of Security Holders"_s);
        QCOMPARE(tenK.find(u"I", u"4", QDate(2010, 12, 31))->title, u"(Removed and Reserved)"_s);
        QCOMPARE(tenK.find(u"I", u"4", QDate(2013, 6, 30))->title, u"Mine Safety Disclosures"_s);
        QCOMPARE(tenK.find(u"II", u"6", QDate(2020, 12, 31))->title, u"Selected Financial Data"_s);
        QCOMPARE(tenK.find(u"II", u"6", QDate(2021, 12, 31))->title, u"[Reserved]"_s);
        // Controls and Procedures: Item 14 from August 2002, Item 9A from August 2003.
        QCOMPARE(tenK.find(u"III", u"14", QDate(2002, 12, 28))->title,
                 u"Controls and Procedures"_s);
        QCOMPARE(tenK.find(u"III", u"14", QDate(2004, 12, 31))->title,
                 u"Principal Accountant Fees and Services"_s);
        QVERIFY(!tenK.find(u"I", u"1C", QDate(2022, 12, 31))->inForceAt(QDate(2022, 12, 31)));
        QVERIFY(tenK.find(u"I", u"1C", QDate(2023, 12, 31))->inForceAt(QDate(2023, 12, 31)));
        QVERIFY(!tenK.find(u"I", u"1A")->inForceAt(QDate(2004, 12, 31)));
        QVERIFY(tenK.find(u"II", u"9C")->since == QDate(2022, 1, 10));
        QCOMPARE(tenK.partsOf(u"7A"), QStringList{u"II"_s});
        QVERIFY(tenK.orderOf(u"I", u"1A") < tenK.orderOf(u"II", u"7"));
        const FormSchema &tenQ = *schemaForForm(u"10-Q");
        QCOMPARE(tenQ.partsOf(u"1"), (QStringList{u"I"_s, u"II"_s}));
        QCOMPARE(tenQ.find(u"II", u"6", QDate(2003, 3, 31))->title,
                 u"Exhibits and Reports on Form 8-K"_s);
        const FormSchema &ksb = *schemaForForm(u"10-KSB");
        QCOMPARE(ksb.find(u"II", u"6")->title,
                 u"Management's Discussion and Analysis or Plan of Operation"_s);
        QCOMPARE(ksb.find(u"II", u"7")->title, u"Financial Statements"_s);
        QVERIFY(ksb.find(u"II", u"8A") && ksb.find(u"II", u"8B"));
        const FormSchema &twentyF = *schemaForForm(u"20-F");
        for (const char16_t *code : {u"16A", u"16B", u"16C", u"16D", u"16E", u"16F", u"16G", u"16H",
                                     u"16I", u"16J", u"16K"})
            QCOMPARE(twentyF.partsOf(QStringView(code)), QStringList{u"II"_s});
        QCOMPARE(twentyF.partsOf(u"19"), QStringList{u"III"_s});
    }

    void itemHeadings_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("codes"); // empty: not a heading
        QTest::addColumn<QString>("title");
        auto row = [](const char *name, const QString &line, const QStringList &codes,
                      const QString &title = {}) {
            QTest::newRow(name) << line << codes << title;
        };
        row("plain", u"Item 1A. Risk Factors"_s, {u"1A"_s}, u"Risk Factors"_s);
        row("cells", u"ITEM 7A.\tQUANTITATIVE AND QUALITATIVE"_s, {u"7A"_s},
            u"QUANTITATIVE AND QUALITATIVE"_s);
        row("dash", u"Item 1\u2014Business"_s, {u"1"_s}, u"Business"_s);
        row("colon", u"ITEM 1: BUSINESS"_s, {u"1"_s}, u"BUSINESS"_s);
        row("no space", u"Item 1A.Risk Factors."_s, {u"1A"_s}, u"Risk Factors."_s);
        row("alone", u"ITEM 7."_s, {u"7"_s}, {});
        row("combined", u"Items 1 and 2. Business and Properties"_s, {u"1"_s, u"2"_s},
            u"Business and Properties"_s);
        row("list", u"Items 10, 11, 12 and 13."_s, {u"10"_s, u"11"_s, u"12"_s, u"13"_s}, {});
        row("range", u"Items 10 through 14. Incorporated by reference"_s,
            {u"10"_s, u"11"_s, u"12"_s, u"13"_s, u"14"_s}, u"Incorporated by reference"_s);
        row("number word", u"Item No. 5 Market for Common Equity"_s, {u"5"_s},
            u"Market for Common Equity"_s);
        row("letter-spaced", u"I T E M 1. BUSINESS"_s, {u"1"_s}, u"BUSINESS"_s);
        row("lowercase", u"item 1. business"_s, {u"1"_s}, u"business"_s);
        row("temporary", u"Item 9A(T). Controls and Procedures"_s, {u"9A"_s},
            u"Controls and Procedures"_s);
        row("sentence", u"Item 7 of this report describes"_s, {});
        row("cross-reference", u"Item 1A, Risk Factors, of our 2012 Form 10-K"_s, {});
        row("regulation", u"Item 405 of Regulation S-K"_s, {});
        row("8-K item", u"Item 2.02 Results of Operations"_s, {});
        row("sub-heading", u"Item 14(a)(1): Financial Statements"_s, {});
        row("itemized", u"Itemized deductions"_s, {});
    }
    void itemHeadings()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, codes);
        QFETCH(QString, title);
        const auto heading = parseReportItemHeading(line);
        QCOMPARE(heading.has_value(), !codes.isEmpty());
        if (!heading)
            return;
        QCOMPARE(heading->codes, codes);
        QCOMPARE(heading->title.toString(), title);
    }

    void partHeadings_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("part"); // empty: not a part heading
        QTest::newRow("plain") << u"PART II"_s << u"II"_s;
        QTest::newRow("titled") << u"PART II \u2014 OTHER INFORMATION"_s << u"II"_s;
        QTest::newRow("period") << u"Part I. Financial Information"_s << u"I"_s;
        QTest::newRow("digit") << u"PART 1"_s << u"I"_s;
        QTest::newRow("spaced") << u"P A R T  III"_s << u"III"_s;
        QTest::newRow("mention") << u"Part II of this report"_s << QString();
        QTest::newRow("cover") << u"PART III (Items 10, 11, 12 and 13)"_s << QString();
        QTest::newRow("partners") << u"Partners' capital"_s << QString();
        QTest::newRow("letter") << u"Part A. Audit"_s << QString();
    }
    void partHeadings()
    {
        QFETCH(QString, line);
        QFETCH(QString, part);
        QCOMPARE(parsePartHeading(line).value_or(QString()), part);
    }

    void pageReferences_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("reference");
        QTest::newRow("tab") << u"Item 1A.\tRisk Factors\t14"_s << true;
        QTest::newRow("spaces") << u"Business                         2"_s << true;
        QTest::newRow("leaders") << u"Item 1. Business ........ 3"_s << true;
        QTest::newRow("range") << u"Item 8.\tFinancial Statements\t41-81"_s << true;
        QTest::newRow("F-page") << u"Differences Letter      F-47"_s << true;
        QTest::newRow("sentence") << u"The Company had 2,400 employees at year end 2"_s << false;
        QTest::newRow("year") << u"Item 7.\tDiscussion\t2023"_s << false;
        QTest::newRow("million spaces")
            << QString(u"Item 1"_s + QString(1000000, u' ') + u'x') << false;
    }
    void pageReferences()
    {
        QFETCH(QString, line);
        QFETCH(bool, reference);
        QCOMPARE(endsWithPageReference(line), reference);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("status");
        QTest::newRow("not applicable")
            << u"Mine Safety Disclosures"_s << u"Not applicable."_s << u"not applicable"_s;
        QTest::newRow("none") << u"Unresolved Staff Comments"_s << u"None."_s << u"none"_s;
        QTest::newRow("reserved title") << u"[Reserved]"_s << QString() << u"reserved"_s;
        QTest::newRow("proxy") << u"Executive Compensation"_s
                               << u"The information required by this item is incorporated herein "
                                  u"by reference to our 2024 Proxy Statement."_s
                               << u"incorporated by reference"_s;
        QTest::newRow("pointer") << u"Legal Proceedings"_s
                                 << u"See Note 17 of the Notes to Financial Statements."_s
                                 << u"incorporated by reference"_s;
        QTest::newRow("smaller company") << u"Risk Factors"_s
                                         << u"As a smaller reporting company, we are not required "
                                            u"to provide risk factors."_s
                                         << u"not applicable"_s;
        QTest::newRow("content") << u"Business"_s
                                 << u"We design, manufacture and market mobile devices."_s
                                 << QString();
        QTest::newRow("exhibit list") << u"Exhibits"_s
                                      << u"3.1 Articles of Incorporation (incorporated by "
                                         u"reference to Exhibit 3.1 of Form 8-K)"_s
                                      << QString();
    }
    void statuses()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, status);
        QCOMPARE(itemStatus(title, body), status);
    }
};

QTEST_MAIN(TestPeriodic)
#include "tst_periodic.moc"

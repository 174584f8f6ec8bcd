// SPDX-License-Identifier: MIT
// The cover reader on the layouts it used to misread (issue 12, "Improve the text reader for
// filings without tags"): one row per mistake, on the real filing that shows it. Expected values
// were read from each filing's text; where the filing has dei: tags, they say the same
// (tests/tools/ixfacts.py lists them).

#include "filingparser.h"
#include "testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

// "title | symbol | exchange", one string per row of the Section 12(b) table.
QStringList securities(const CoverPage &c)
{
    QStringList rows;
    for (const RegisteredSecurity &s : c.securities12b)
        rows << s.title.value + u" | "_s + s.tradingSymbol.value + u" | "_s + s.exchange.value;
    return rows;
}

// The cover value a row checks, as text.
QStringList valueOf(const CoverPage &c, const QString &key)
{
    if (key == u"securities_12b"_s)
        return securities(c);
    if (key == u"registrant_name"_s)
        return {c.registrantName.value};
    if (key == u"state_of_incorporation"_s)
        return {c.stateOfIncorporation.value};
    if (key == u"irs_employer_id"_s)
        return {c.irsEmployerId.value};
    if (key == u"address"_s)
        return {c.address.value};
    if (key == u"zip_code"_s)
        return {c.zipCode.value};
    if (key == u"phone_digits"_s)
        return {c.phone.normalized};
    if (key == u"emerging_growth_company"_s)
        return {c.emergingGrowthCompany.normalized};
    return {u"unknown key "_s + key};
}

} // namespace

class TestCoverText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected");

        const QString oracle = u"corpus/html8k/edgt__Oracle.8-K.html"_s;
        const QString iff = u"corpus/fullsub/scpp__0001140361-25-017716.txt"_s;
        const QString apple2019 = u"corpus/fullsub/sedl__aapl-8k-20191115.txt"_s;
        const QString southern = u"corpus/fullsub/scpp__0000092122-19-000063.txt"_s;
        const QString southernHtml = u"corpus/html8k/scpp__soga8-kpscdecision12x19.htm"_s;

        // "Title of each class | Trading | Name of each exchange" / "| Symbol(s) | on which
        // registered": the second heading line is not a security.
        QTest::newRow("12b two-line heading: Oracle")
            << oracle << u"securities_12b"_s
            << QStringList{
                   u"Common Stock, par value $0.01 per share | ORCL | New York Stock Exchange"_s,
                   u"3.125% senior notes due July 2025 |  | New York Stock Exchange"_s};
        QTest::newRow("12b two-line heading: BlackRock")
            << u"corpus/html8k/edgt__form8K.Blackrock.html"_s << u"securities_12b"_s
            << QStringList{u"Common Stock, $.01 par value | BLK | New York Stock Exchange"_s,
                           u"1.250% Notes due 2025 | BLK25 | New York Stock Exchange"_s};
        QTest::newRow("12b two-line heading: IFF")
            << iff << u"securities_12b"_s
            << QStringList{
                   u"Common Stock, par value 12 1/2\u00A2 per share | IFF | New York Stock Exchange"_s,
                   u"1.800% Senior Notes due 2026 | IFF 26 | New York Stock Exchange"_s};
        QStringList appleNotes{
            u"Common Stock, $0.00001 par value per share | AAPL | The Nasdaq Stock Market LLC"_s};
        for (const char *note :
             {"1.000% Notes due 2022", "1.375% Notes due 2024", "0.875% Notes due 2025",
              "1.625% Notes due 2026", "2.000% Notes due 2027", "1.375% Notes due 2029",
              "3.050% Notes due 2029", "3.600% Notes due 2042"})
            appleNotes << QString::fromUtf8(note) + u" | \u2014 | The Nasdaq Stock Market LLC"_s;
        QTest::newRow("12b two-line heading: Apple 2019")
            << apple2019 << u"securities_12b"_s << appleNotes;

        // Southern Company and Georgia Power: a Registrant column first, titles wrapped onto a
        // second line ("Series 2015A 6.25% Junior" / "Subordinated Notes due 2075").
        const QStringList southernRows{
            u"Common Stock, par value $5 per share | SO | New York Stock Exchange"_s,
            u"Series 2015A 6.25% Junior Subordinated Notes due 2075 | SOJA | New York Stock Exchange"_s,
            u"Series 2016A 5.25% Junior Subordinated Notes due 2076 | SOJB | New York Stock Exchange"_s,
            u"Series 2017B 5.25% Junior Subordinated Notes due 2077 | SOJC | New York Stock Exchange"_s,
            u"2019 Series A Corporate Units | SOLN | New York Stock Exchange"_s,
            u"Series 2017A 5.00% Junior Subordinated Notes due 2077 | GPJA | New York Stock Exchange"_s,
        };
        QTest::newRow("12b multi-registrant: Southern submission")
            << southern << u"securities_12b"_s << southernRows;
        QTest::newRow("12b multi-registrant: Southern HTML")
            << southernHtml << u"securities_12b"_s << southernRows;
        // "Section 12(b) of the Act: None", then "Tile of each class | ..." and "N/A | N/A | N/A".
        QTest::newRow("12b heading misspelt, no securities")
            << u"corpus/periodic/s10x__sgrp-2019_filing.htm"_s << u"securities_12b"_s
            << QStringList{};
        // Text cover: "Name of Each Exchange on" / "Title of Class   Which Registered", titles
        // wrapped onto indented lines.
        QTest::newRow("12b text headings and wrapped titles: Textron")
            << u"corpus/periodic/s10x__textron-2001_filing.txt"_s << u"securities_12b"_s
            << QStringList{
                   u"Common Stock - par value 12 1/2(cent)(140,033,068 shares outstanding at March "
                   u"1, 2002); |  | New York Stock Exchange"_s,
                   u"Preferred Stock Purchase Rights |  | Chicago Stock Exchange"_s,
                   u"$2.08 Cumulative Convertible Preferred Stock, Series A - no par value |  | "
                   u"New "
                   u"York Stock Exchange"_s,
                   u"$1.40 Convertible Preferred Dividend Stock, Series B (preferred only as to "
                   u"dividends) - no par value |  | New York Stock Exchange"_s,
                   u"8 3/4% Debentures due July 1, 2022 |  | New York Stock Exchange"_s,
                   u"7.92% Trust Preferred Securities of Subsidiary Trust |  | New York Stock "
                   u"Exchange"_s};

        // "(Address and telephone number of principal executive offices)" under an address
        // line and a telephone line.
        const QString textron = u"corpus/periodic/s10x__textron-2001_filing.txt"_s;
        QTest::newRow("address and telephone caption: Textron address")
            << textron << u"address"_s << QStringList{u"40 Westminster Street, Providence, R.I."_s};
        QTest::newRow("address and telephone caption: Textron zip")
            << textron << u"zip_code"_s << QStringList{u"02903"_s};
        QTest::newRow("address and telephone caption: Textron phone")
            << textron << u"phone_digits"_s << QStringList{u"4014212800"_s};
        // "3135 Easton Turnpike, Fairfield, CT   06431-0001   203/373-2459" over "(Address of
        // principal executive offices)   (Zip Code)   (Telephone No.)".
        const QString ge = u"corpus/periodic/s10x__ge-1994_filing.txt"_s;
        QTest::newRow("telephone column beside the address: GE address")
            << ge << u"address"_s << QStringList{u"3135 Easton Turnpike, Fairfield, CT"_s};
        QTest::newRow("telephone column beside the address: GE phone")
            << ge << u"phone_digits"_s << QStringList{u"2033732459"_s};
        const QString deere = u"corpus/periodic/jlse__deere_2002_10_31.html"_s;
        QTest::newRow("telephone column beside the address: Deere address")
            << deere << u"address"_s << QStringList{u"One John Deere Place, Moline, Illinois"_s};
        QTest::newRow("telephone column beside the address: Deere phone")
            << deere << u"phone_digits"_s << QStringList{u"3097658000"_s};
        // "One Bowerman Drive | (503) 671-6453" / "Beaverton, Oregon 97005-6453 | (Registrant's
        // Telephone Number, ...)": the second address line and the number beside both lines.
        const QString nike = u"corpus/periodic/s10x__nike-2006_filing.htm"_s;
        QTest::newRow("second address line: Nike address")
            << nike << u"address"_s << QStringList{u"One Bowerman Drive, Beaverton, Oregon"_s};
        QTest::newRow("second address line: Nike zip")
            << nike << u"zip_code"_s << QStringList{u"97005-6453"_s};
        QTest::newRow("second address line: Nike phone")
            << nike << u"phone_digits"_s << QStringList{u"5036716453"_s};
        // "(Address, including zip code, and telephone number, including area code, of
        // registrant's principal executive offices)", then the agent for service's own.
        const QString s3 = u"corpus/other/edgt__0000899681-95-000096.txt"_s;
        QTest::newRow("address and telephone caption: S-3 address")
            << s3 << u"address"_s << QStringList{u"125 State Street, Hackensack, New Jersey"_s};
        QTest::newRow("address and telephone caption: S-3 phone, not the agent's")
            << s3 << u"phone_digits"_s << QStringList{u"2013426676"_s};

        // "&emsp;Delaware&emsp;&emsp;...22-2084119": the HTML's columns of em spaces come out
        // as one space, "Delaware 22-2084119".
        QTest::newRow("columns run together: North European Oil Royalty Trust state")
            << u"corpus/periodic/d2d__tenk2021.htm"_s << u"state_of_incorporation"_s
            << QStringList{u"Delaware"_s};
        // "DELAWARE   36-2660763" / "<S>   <C>" / "(STATE OR OTHER JURISDICTION OF ...".
        const QString wmx = u"corpus/periodic/ewr__0000950131-94-000440.txt"_s;
        QTest::newRow("SGML markup between values and captions: WMX state")
            << wmx << u"state_of_incorporation"_s << QStringList{u"DELAWARE"_s};
        QTest::newRow("SGML markup between values and captions: WMX IRS number")
            << wmx << u"irs_employer_id"_s << QStringList{u"36-2660763"_s};
    }

    void reads()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        const FilingPtr f = test::parseData(file);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QCOMPARE(valueOf(f->cover, key), expected);
    }

    // Every 12(b) value points at its own text; a wrapped title's range runs from its first
    // line to its last (taking in the row's other cells between).
    void securityRangesPointAtTheirText()
    {
        const FilingPtr f = test::parseData(u"corpus/fullsub/scpp__0000092122-19-000063.txt"_s);
        QCOMPARE(f->cover.securities12b.size(), 6);
        const RegisteredSecurity &notes = f->cover.securities12b[1];
        const QStringView title = f->textOf(notes.title.range);
        QVERIFY2(title.startsWith(u"Series 2015A 6.25% Junior"), qPrintable(title.toString()));
        QVERIFY2(title.endsWith(u"Subordinated Notes due 2075"), qPrintable(title.toString()));
        QCOMPARE(f->textOf(notes.tradingSymbol.range), u"SOJA"_s);
        QCOMPARE(f->textOf(notes.exchange.range), u"New York Stock Exchange"_s);
        const RegisteredSecurity &common = f->cover.securities12b[0];
        QCOMPARE(f->textOf(common.title.range), u"Common Stock, par value $5 per share"_s);
    }

    // A 10-K fragment written in Windows-1252 (30 ’, 18 “, 17 ” and 6 – as bytes 0x92, 0x93,
    // 0x94 and 0x96, counted with Python), stored the way some filings are: each byte read as
    // Latin-1 and encoded again as UTF-8, so that the punctuation arrives as the C1 control
    // characters U+0092 ... The text shows the characters meant, and a warning counts them.
    void c1ControlsShowAsWindows1252()
    {
        const QByteArray cp1252 =
            test::readData(u"corpus/odd/jfsp__text1_cp1252_10-K_fragment.txt"_s);
        const QByteArray twice = QString::fromLatin1(cp1252).toUtf8();
        QVERIFY(twice.contains("\xC2\x92"));
        const FilingPtr f = parseBytes(twice, u"text1_twice_encoded.txt"_s);
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QVERIFY(f->text.contains(u"since the beginning of the Company\u2019s last fiscal year"_s));
        for (const QChar c : f->text)
            QVERIFY2(c.unicode() < 0x80 || c.unicode() > 0x9F, "a C1 control character is left");
        QStringList codes;
        const Warning *c1 = nullptr;
        for (const Warning &w : f->warnings) {
            codes << w.code;
            if (w.code == u"encoding-c1"_s)
                c1 = &w;
        }
        QVERIFY2(c1, qPrintable(codes.join(u' ')));
        QVERIFY2(c1->message.startsWith(u"71 "_s), qPrintable(c1->message));
        QVERIFY(!codes.contains(u"encoding"_s)); // every line is valid UTF-8
        QCOMPARE(f->text.count(QChar(0x2019)), 30);
        QCOMPARE(f->text.count(QChar(0x2013)), 6);
        // The warning points at the first of them, the "“" of line 3.
        QCOMPARE(f->textOf(c1->range), u"\u201C"_s);
    }
};

QTEST_MAIN(TestCoverText)
#include "tst_covertext.moc"

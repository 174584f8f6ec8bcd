// SPDX-License-Identifier: MIT
#include "itemcatalog.h"
#include "literalfilter.h"
#include "normalize.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestNormalize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("month day, year") << u"February 26, 2004"_s << u"2004-02-26"_s;
        QTest::newRow("no space after comma") << u"February 26,2004"_s << u"2004-02-26"_s;
        QTest::newRow("upper case") << u"DECEMBER 15, 1998"_s << u"1998-12-15"_s;
        QTest::newRow("abbreviated") << u"Dec. 20, 1996"_s << u"1996-12-20"_s;
        QTest::newRow("sept.") << u"Sept. 2, 2003"_s << u"2003-09-02"_s;
        QTest::newRow("ordinal") << u"March 1st, 2021"_s << u"2021-03-01"_s;
        QTest::newRow("day first") << u"26 February 2004"_s << u"2004-02-26"_s;
        QTest::newRow("slashes") << u"2/26/2004"_s << u"2004-02-26"_s;
        QTest::newRow("two-digit year") << u"02/26/04"_s << u"2004-02-26"_s;
        QTest::newRow("iso") << u"2004-02-26"_s << u"2004-02-26"_s;
        QTest::newRow("edgar header") << u"19961224"_s << u"1996-12-24"_s;
        QTest::newRow("inside a sentence")
            << u"Date :   February 26, 2004   By: /s/"_s << u"2004-02-26"_s;
        QTest::newRow("not a date") << u"February 30, 2004"_s << QString();
        QTest::newRow("no date") << u"NOT APPLICABLE"_s << QString();
        QTest::newRow("mayor is not may") << u"Mayor 12, 2004"_s << QString();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(normalizeDate(text), iso);
    }

    void dateMatchPosition()
    {
        const auto m = findDate(u"Date of Report (Date of earliest reported) February 26, 2004");
        QVERIFY(m);
        QCOMPARE(m->position, 43);
        QCOMPARE(m->length, 17);
        QVERIFY(!findDate(u"no date here"));
    }

    void phones()
    {
        QCOMPARE(digitsOnly(u"(978) 667-4111"), u"9786674111"_s);
        QCOMPARE(digitsOnly(u"978-667-4111"), u"9786674111"_s);
        QCOMPARE(digitsOnly(u"( 408 ) 996-1010"), u"4089961010"_s);
    }

    void states_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("name upper") << u"DELAWARE"_s << u"DE"_s;
        QTest::newRow("name mixed") << u"California"_s << u"CA"_s;
        QTest::newRow("two words") << u"New  York"_s << u"NY"_s;
        QTest::newRow("abbreviation") << u"Del."_s << u"DE"_s;
        QTest::newRow("code") << u"ma"_s << u"MA"_s;
        QTest::newRow("state of") << u"State of Washington"_s << u"WA"_s;
        QTest::newRow("commonwealth") << u"Commonwealth of Pennsylvania"_s << u"PA"_s;
        QTest::newRow("foreign") << u"British Columbia"_s << QString();
        QTest::newRow("nonsense") << u"N/A"_s << QString();
    }
    void states()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(stateCode(text), code);
    }

    void fileNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("short prefix") << u"0-17297"_s << u"000-17297"_s;
        QTest::newRow("long prefix") << u"000-17297"_s << u"000-17297"_s;
        QTest::newRow("1934 act") << u"1-768"_s << u"001-00768"_s;
        QTest::newRow("1933 act") << u"333-46893-01"_s << u"333-46893-01"_s;
        QTest::newRow("spaces") << u"001 - 36743"_s << u"001-36743"_s;
        QTest::newRow("not a file number") << u"94-2404110x"_s << QString();
    }
    void fileNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QCOMPARE(normalizeFileNumber(text), normalized);
    }

    void irsAndCik()
    {
        QCOMPARE(normalizeIrsNumber(u"942404110"), u"94-2404110"_s);
        QCOMPARE(normalizeIrsNumber(u"94-2404110"), u"94-2404110"_s);
        QCOMPARE(normalizeIrsNumber(u"03-153200"), QString());
        QCOMPARE(normalizeCik(u"320193"), u"0000320193"_s);
        QCOMPARE(normalizeCik(u"0000320193"), u"0000320193"_s);
    }

    void companyNames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("edgar conformed")
            << u"BTU INTERNATIONAL, INC."_s << u"BTU INTERNATIONAL INC"_s << true;
        QTest::newRow("state suffix")
            << u"Morton International, Inc."_s << u"MORTON INTERNATIONAL INC /IN/"_s << true;
        QTest::newRow("abbreviations")
            << u"Apple Computer, Incorporated"_s << u"APPLE COMPUTER INC"_s << true;
        QTest::newRow("apostrophe") << u"OASIS ENTERTAINMENT'S FOURTH MOVIE PROJECT, INC."_s
                                    << u"OASIS ENTERTAINMENTS FOURTH MOVIE PROJECT INC"_s << true;
        QTest::newRow("ampersand")
            << u"Sears, Roebuck & Co."_s << u"SEARS ROEBUCK AND CO"_s << true;
        QTest::newRow("different") << u"Apple Inc."_s << u"Oracle Corp"_s << false;
    }
    void companyNames()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(companyNameKey(a) == companyNameKey(b), same);
    }

    // Keys are cached per thread: the same name gives the same key every time, and names that
    // differ only where the key does not look stay apart from names that differ where it does.
    void companyNameKeyRepeated()
    {
        const QString key = companyNameKey(u"MORTON INTERNATIONAL INC /IN/");
        QCOMPARE(key, u"MORTON INTL INC"_s);
        QCOMPARE(companyNameKey(u"MORTON INTERNATIONAL INC /IN/"), key);
        QCOMPARE(companyNameKey(u"Novo Nordisk A/S"), u"NOVO NORDISK A S"_s);
        QCOMPARE(companyNameKey(u"Novo Nordisk A/S"), u"NOVO NORDISK A S"_s);
        QCOMPARE(companyNameKey(u"The Coca-Cola Company"), u"COCA COLA CO"_s);
    }

    void literalFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("contains");
        QTest::newRow("upper case") << u"(Exact NAME of registrant)"_s << u"name"_s << true;
        QTest::newRow("mixed case") << u"Emerging Growth Company"_s << u"emerging"_s << true;
        QTest::newRow("at the end") << u"Registrant's telephone"_s << u"telephone"_s << true;
        QTest::newRow("absent") << u"Item 9.01 Financial Statements"_s << u"former"_s << false;
        QTest::newRow("cut short") << u"Nam"_s << u"name"_s << false;
        QTest::newRow("not ASCII") << u"EMERG\u0130NG"_s << u"emerging"_s << false;
        QTest::newRow("punctuation") << u"(IRS Employer"_s << u"("_s << true;
        QTest::newRow("empty text") << QString() << u"date"_s << false;
        QTest::newRow("empty word") << u"anything"_s << QString() << true;
    }
    void literalFilter()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QFETCH(bool, contains);
        const std::string ascii = word.toStdString();
        QCOMPARE(containsNoCase(text, ascii), contains);
        QCOMPARE(containsAnyNoCase(text, {"zzz", ascii}), contains);
    }

    void notApplicable()
    {
        QVERIFY(isNotApplicable(u"NOT APPLICABLE"));
        QVERIFY(isNotApplicable(u"Not Applicable."));
        QVERIFY(isNotApplicable(u"N/A"));
        QVERIFY(isNotApplicable(u"(None)"));
        QVERIFY(!isNotApplicable(u"614 Chapala Street"));
    }

    void itemCodes_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("code");
        QTest::newRow("current") << u"2.02"_s << u"2.02"_s;
        QTest::newRow("one-digit minor") << u"9.1"_s << u"9.01"_s;
        QTest::newRow("6.10") << u"6.10"_s << u"6.10"_s;
        QTest::newRow("trailing dot") << u"7."_s << u"7"_s;
        QTest::newRow("leading zero") << u"07"_s << u"7"_s;
        QTest::newRow("legacy 12") << u"12"_s << u"12"_s;
        QTest::newRow("garbage") << u"x"_s << QString();
    }
    void itemCodes()
    {
        QFETCH(QString, written);
        QFETCH(QString, code);
        QCOMPARE(normalizeItemCode(written), code);
    }

    void itemCatalog()
    {
        QCOMPARE(officialItemTitle(u"1.05"), u"Material Cybersecurity Incidents"_s);
        QCOMPARE(officialItemTitle(u"6.06"), u"Static Pool"_s);
        QCOMPARE(officialItemTitle(u"6.10"), u"Alternative Filings of Asset-Backed Issuers"_s);
        QCOMPARE(officialItemTitle(u"12"), u"Results of Operations and Financial Condition"_s);
        QCOMPARE(officialItemTitle(u"13"), QString());
        // The renumbering of August 2004.
        QCOMPARE(currentItemCode(u"12"), u"2.02"_s);
        QCOMPARE(currentItemCode(u"7"), u"9.01"_s);
        QCOMPARE(currentItemCode(u"5"), u"8.01"_s);
        QCOMPARE(currentItemCode(u"9"), u"7.01"_s);
        QCOMPARE(currentItemCode(u"4"), u"4.01"_s);
        QCOMPARE(currentItemCode(u"2.02"), u"2.02"_s);
        int current = 0;
        int legacy = 0;
        for (const ItemDefinition &item : fl::itemCatalog())
            (item.regime == ItemRegime::Current ? current : legacy)++;
        QCOMPARE(current, 34);
        QCOMPARE(legacy, 12);
    }
};

QTEST_MAIN(TestNormalize)
#include "tst_normalize.moc"

// SPDX-License-Identifier: MIT
// The cover filled from its inline-XBRL dei: tags: over every tagged file of the test data, each
// cover field that has a tag equals the tag as lxml reads it (tests/tools/deicover.py, which
// normalizes in Python), the 12(b) rows are the tagged securities and the fields only the tags
// give (CIK, amendment flag, par value, fiscal year end, address and phone parts) are there
// with their ranges; on hand-read filings: two registrants, an amendment, the new fields in the
// exports, and the earliest event date of a cover that gives two dates.
#include "coverfields.h"
#include "exporttable.h"
#include "fieldtree.h"
#include "ixtransforms.h"
#include "jsonexport.h"
#include "testutil.h"

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

QJsonObject tagCover(const QString &path)
{
    return test::runToolJson(u"deicover.py"_s, {path}, 120000);
}

QString titleKey(QStringView title)
{
    QString key;
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// Whether a field's normalized reading equals the tag's value as deicover.py normalizes it.
// Names compare by their key, a full address line and a zip code by what the tag holds.
bool equalsTag(const CoverFieldDef &def, const Field &field, const QString &tag)
{
    const QString mine = field.canonical();
    if (def.kind == CoverFieldKind::Name)
        return companyNameKey(mine) == companyNameKey(tag);
    if (def.member == &CoverPage::address)
        return simplified(mine).toUpper().contains(simplified(tag).toUpper());
    if (def.kind == CoverFieldKind::ZipCode)
        return digitsOnly(mine).startsWith(tag);
    return mine == tag;
}

// The agreement the README reports, summed over the files tagged() runs on.
struct Tally
{
    int fields = 0;     // cover fields with a tag
    int equal = 0;      // ... whose normalized reading equals the tag
    int textRead = 0;   // ... that the text reader found as well
    int textAgrees = 0; // ... and read as the tag says
    int securities = 0; // 12(b) cells with a tag
    int securitiesEqual = 0;
    int textSecurityCells = 0; // the text reader's 12(b) cells that say what the tags say
    QStringList differing;
    QStringList textDiffering;
};
Tally tally;

} // namespace

class TestDeiCover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagged_data();
    void tagged();
    void cleanupTestCase();
    void twoRegistrants();
    void tagOnlyFields();
    void cikOnlyWithoutHeader();
    void amendment();
    void fiscalYearEnd_data();
    void fiscalYearEnd();
    void exports();
    void earliestEventDate_data();
    void earliestEventDate();
};

void TestDeiCover::tagged_data()
{
    QTest::addColumn<QString>("path");
    QStringList paths;
    QDirIterator it(test::dataPath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("name=\"dei:"))
            paths << path;
    }
    paths.sort();
    QVERIFY(paths.size() >= 30);
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestDeiCover::tagged()
{
    QFETCH(QString, path);
    const QJsonObject expected = tagCover(path);
    QVERIFY(!expected[u"document"_s].isNull());
    const FilingPtr f = parseFile(path);
    QVERIFY(f->ok());
    ParseOptions noFacts;
    noFacts.readFacts = false;
    const FilingPtr textOnly = parseFile(path, noFacts);
    QCOMPARE(f->mainDocument, expected[u"document"_s].toInt());
    const QJsonObject fields = expected[u"fields"_s].toObject();
    QVERIFY(!fields.isEmpty());
    for (const CoverFieldDef &def : coverFields()) {
        const Field &field = def.of(f->cover);
        QString why;
        QVERIFY2(test::rangeShowsValueOrUnshownTag(*f, field, &why),
                 qPrintable(def.key + u": "_s + why));
        if (!fields.contains(def.jsonName)) {
            // A submission's CIK is its header's: the cover's is left to the tag of a bare file.
            if (def.member == &CoverPage::cik)
                QVERIFY(field.isEmpty());
            continue;
        }
        const QString tag = fields[def.jsonName].toString();
        ++tally.fields;
        const bool equal = equalsTag(def, field, tag);
        tally.equal += equal ? 1 : 0;
        if (!equal)
            tally.differing << QFileInfo(path).fileName() + u' ' + def.key;
        // What the text reader reads on its own, without the fact pass.
        const Field &text = def.of(textOnly->cover);
        if (!text.isEmpty()) {
            ++tally.textRead;
            if (equalsTag(def, text, tag))
                ++tally.textAgrees;
            else
                tally.textDiffering << u"%1 %2: \"%3\" vs \"%4\""_s.arg(
                    QFileInfo(path).fileName(), def.key, text.canonical(), tag);
        }
        QVERIFY2(equal, qPrintable(u"%1: %2 vs tag %3"_s.arg(def.key, field.canonical(), tag)));
    }
    if (!expected[u"securities_tagged"_s].toBool())
        return; // the text's reading of the 12(b) table stands
    const QJsonArray securities = expected[u"securities"_s].toArray();
    QCOMPARE(f->cover.securities12b.size(), securities.size());
    for (qsizetype i = 0; i < securities.size(); ++i) {
        const QJsonObject e = securities[i].toObject();
        const RegisteredSecurity &s = f->cover.securities12b[i];
        tally.securities += 3;
        const bool title = titleKey(s.title.canonical()) == titleKey(e[u"title"_s].toString());
        const bool symbol = s.tradingSymbol.normalized == e[u"symbol"_s].toString();
        const bool exchange = s.exchange.canonical() == e[u"exchange"_s].toString();
        tally.securitiesEqual += int(title) + int(symbol) + int(exchange);
        QVERIFY2(title, qPrintable(s.title.canonical()));
        QVERIFY2(symbol, qPrintable(s.tradingSymbol.normalized));
        QVERIFY2(exchange, qPrintable(s.exchange.canonical()));
        // The text reader's own row of the same security (same title, else same symbol), for
        // the measurement only.
        RegisteredSecurity t;
        for (const RegisteredSecurity &mine : textOnly->cover.securities12b) {
            if (titleKey(mine.title.value) == titleKey(e[u"title"_s].toString())) {
                t = mine;
                break;
            }
            if (t.title.isEmpty() && !e[u"symbol"_s].toString().isEmpty()
                && mine.tradingSymbol.normalized == e[u"symbol"_s].toString())
                t = mine;
        }
        const QString code = applyTransform(u"ixt-sec:exchnameen", t.exchange.value).value;
        const bool cells[] = {titleKey(t.title.value) == titleKey(e[u"title"_s].toString()),
                              t.tradingSymbol.normalized == e[u"symbol"_s].toString(),
                              code == e[u"exchange"_s].toString()};
        for (const bool same : cells)
            tally.textSecurityCells += same ? 1 : 0;
        if (!cells[0] || !cells[1] || !cells[2])
            tally.textDiffering << u"%1 12(b) row %2: \"%3\" %4 %5"_s.arg(
                QFileInfo(path).fileName(), QString::number(i), t.title.value,
                t.tradingSymbol.value, t.exchange.value);
        for (const SecurityColumnDef &column : securityColumns()) {
            QString why;
            QVERIFY2(test::rangeShowsValueOrUnshownTag(*f, column.of(s), &why), qPrintable(why));
        }
    }
    const QJsonValue par = expected[u"par_value"_s];
    if (par.isNull())
        QVERIFY2(f->cover.parValue.isEmpty(), qPrintable(f->cover.parValue.value));
    else
        QCOMPARE(f->cover.parValue.normalized, par.toString());
}

// The measured agreement, for the README: printed, not asserted (tagged() asserts each field).
void TestDeiCover::cleanupTestCase()
{
    if (tally.fields == 0)
        return;
    qInfo("dei cover: %d of %d tagged fields equal their tag (%.1f%%); 12(b) cells %d of %d; "
          "the text reader alone read %d of %d fields it found as the tag says (%.1f%%)",
          tally.equal, tally.fields, 100.0 * tally.equal / tally.fields, tally.securitiesEqual,
          tally.securities, tally.textAgrees, tally.textRead,
          tally.textRead ? 100.0 * tally.textAgrees / tally.textRead : 0.0);
    qInfo("dei cover: the text reader alone read %d of the %d tagged 12(b) cells as tagged",
          tally.textSecurityCells, tally.securities);
    for (const QString &d : std::as_const(tally.differing))
        qInfo("differs: %s", qPrintable(d));
    for (const QString &d : std::as_const(tally.textDiffering))
        qInfo("text reader differs: %s", qPrintable(d));
}

// The Southern Company's 8-K of 17 December 2019 for itself and Georgia Power: the cover's
// fields are Southern's (its tags have no dimensions; Georgia Power's carry the
// LegalEntityAxis), and the 12(b) table's six rows, read off the cover, include Georgia
// Power's notes without the registrant column in their titles.
void TestDeiCover::twoRegistrants()
{
    const FilingPtr f = test::parseData(u"corpus/fullsub/scpp__0000092122-19-000063.txt"_s);
    QCOMPARE(f->cover.registrantName.canonical(), companyNameKey(u"The Southern Company"));
    QCOMPARE(f->cover.commissionFileNumber.canonical(), u"001-03526"_s);
    QCOMPARE(f->cover.localPhoneNumber.normalized, u"5065000"_s);
    const QList<std::pair<QString, QString>> rows = {
        {u"Common Stock, par value $5 per share"_s, u"SO"_s},
        {u"Series 2015A 6.25% Junior Subordinated Notes due 2075"_s, u"SOJA"_s},
        {u"Series 2016A 5.25% Junior Subordinated Notes due 2076"_s, u"SOJB"_s},
        {u"Series 2017B 5.25% Junior Subordinated Notes due 2077"_s, u"SOJC"_s},
        {u"2019 Series A Corporate Units"_s, u"SOLN"_s},
        {u"Series 2017A 5.00% Junior Subordinated Notes due 2077"_s, u"GPJA"_s},
    };
    QCOMPARE(f->cover.securities12b.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RegisteredSecurity &s = f->cover.securities12b[i];
        QCOMPARE(titleKey(s.title.canonical()), titleKey(rows[i].first));
        QVERIFY(!s.title.canonical().contains(u"Company"_s));
        QCOMPARE(s.tradingSymbol.normalized, rows[i].second);
        QCOMPARE(s.exchange.normalized, u"NYSE"_s);
    }
    QCOMPARE(f->cover.parValue.normalized, u"5"_s);
    QCOMPARE(f->textOf(f->cover.parValue.range), u"$5"_s);
}

// Caterpillar's 8-K of 28 April 2022, a bare HTML document: the CIK, the address in its parts
// (the tags hold "510 Lake Cook Road," with its comma: normalized without), the phone in two,
// each with the fact's range in the text; Apple's 8-K of 1 February 2024: notes without a
// trading symbol (dei:NoTradingSymbolFlag) and the par value of its common stock's title.
void TestDeiCover::tagOnlyFields()
{
    const FilingPtr f = test::parseData(u"corpus/html8k/scpp__cat-20220428.htm"_s);
    const CoverPage &c = f->cover;
    QCOMPARE(c.cik.normalized, u"0000018230"_s);
    QVERIFY(!c.cik.range.isValid()); // hidden
    QCOMPARE(c.addressLine1.value, u"510 Lake Cook Road,"_s);
    QCOMPARE(c.addressLine1.normalized, u"510 Lake Cook Road"_s);
    QCOMPARE(c.addressLine2.normalized, u"Suite 100"_s);
    QCOMPARE(c.city.normalized, u"Deerfield"_s);
    QCOMPARE(c.stateOrProvince.value, u"Illinois"_s);
    QCOMPARE(c.stateOrProvince.normalized, u"IL"_s);
    QCOMPARE(c.zipCode.canonical(), u"60015"_s);
    QCOMPARE(c.cityAreaCode.normalized, u"224"_s);
    QCOMPARE(c.localPhoneNumber.normalized, u"5514000"_s);
    QVERIFY(c.addressLine3.isEmpty());
    QVERIFY(c.country.isEmpty());
    for (const Field *field : {&c.addressLine1, &c.addressLine2, &c.city, &c.stateOrProvince,
                               &c.cityAreaCode, &c.localPhoneNumber})
        QCOMPARE(simplified(f->textOf(field->range)), field->value);
    QCOMPARE(c.parValue.normalized, u"1"_s); // "Common Stock ($1.00 par value)"
    QCOMPARE(f->textOf(c.parValue.range), u"$1.00"_s);

    const FilingPtr apple = test::parseData(u"corpus/html8k/scpp__aapl-20240201.htm"_s);
    QCOMPARE(apple->cover.securities12b.size(), 9);
    QCOMPARE(apple->cover.securities12b[0].tradingSymbol.normalized, u"AAPL"_s);
    QCOMPARE(apple->cover.securities12b[0].exchange.normalized, u"NASDAQ"_s);
    QCOMPARE(apple->cover.securities12b[8].title.canonical(), u"3.600% Notes due 2042"_s);
    QVERIFY(apple->cover.securities12b[8].tradingSymbol.normalized.isEmpty());
    QCOMPARE(apple->cover.parValue.normalized, u"0.00001"_s);
}

// The same Caterpillar 8-K in its full submission: the CIK is the SEC header's, not the cover's.
void TestDeiCover::cikOnlyWithoutHeader()
{
    const FilingPtr f = test::parseData(u"corpus/fullsub/scpp__0000018230-22-000107.txt"_s);
    QVERIFY(f->header.isPresent());
    QVERIFY(f->cover.cik.isEmpty());
    QCOMPARE(f->cover.addressLine2.normalized, u"Suite 100"_s);
}

// No tagged file of the test data is an amendment (every dei:AmendmentFlag says false), so
// Apple's 8-K is read as it is (false) and with its hidden flag planted true.
void TestDeiCover::amendment()
{
    const QString file = u"corpus/html8k/scpp__aapl-20240201.htm"_s;
    QCOMPARE(test::parseData(file)->cover.amendmentFlag.normalized, u"false"_s);
    QByteArray html = test::readData(file);
    const QByteArray flag = "name=\"dei:AmendmentFlag\" id=\"f-45\">false<";
    QCOMPARE(html.count(flag), 1);
    html.replace(flag, "name=\"dei:AmendmentFlag\" id=\"f-45\">true<");
    const FilingPtr f = parseBytes(html, u"aapl-amended.htm"_s);
    QCOMPARE(f->cover.amendmentFlag.value, u"true"_s);
    QCOMPARE(f->cover.amendmentFlag.normalized, u"true"_s);
    QCOMPARE(filingToJson(*f)[u"cover"_s].toObject()[u"amendment_flag"_s], QJsonValue(true));
}

// dei:CurrentFiscalYearEndDate in the forms filers write it, read off the files.
void TestDeiCover::fiscalYearEnd_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("monthDay");
    QTest::newRow("Progressive, date-monthname-day-en")
        << u"corpus/periodic/s10x__pgr-2023_filing.htm"_s << u"December 31"_s << u"--12-31"_s;
    QTest::newRow("Costco, date-month-day")
        << u"corpus/periodic/s10x__cost-2022_filing.htm"_s << u"08/28"_s << u"--08-28"_s;
    QTest::newRow("Sandston, as the value")
        << u"corpus/periodic/s10x__sandston-2021_filing.htm"_s << u"--12-31"_s << u"--12-31"_s;
}

void TestDeiCover::fiscalYearEnd()
{
    QFETCH(QString, file);
    QFETCH(QString, written);
    QFETCH(QString, monthDay);
    const FilingPtr f = test::parseData(file);
    QCOMPARE(f->cover.currentFiscalYearEnd.value, written);
    QCOMPARE(f->cover.currentFiscalYearEnd.normalized, monthDay);
}

// The new fields are columns of the wide layout (after "warnings"), keys of the JSON cover and
// rows of the field tree, like every cover field.
void TestDeiCover::exports()
{
    const FilingPtr f = test::parseData(u"corpus/html8k/scpp__cat-20220428.htm"_s);
    const QStringList header = csvHeader(CsvLayout::Wide);
    const QStringList row = cellTexts(wideRow(*f));
    QCOMPARE(row.size(), header.size());
    const qsizetype warnings = header.indexOf(u"warnings"_s);
    const QList<std::pair<QString, QString>> cells = {
        {u"entity_cik"_s, u"0000018230"_s},
        {u"amendment_flag"_s, u"false"_s},
        {u"par_value"_s, u"$1.00"_s},
        {u"address_line_1"_s, u"510 Lake Cook Road,"_s},
        {u"address_line_2"_s, u"Suite 100,"_s},
        {u"city"_s, u"Deerfield,"_s},
        {u"state_or_province"_s, u"Illinois"_s},
        {u"city_area_code"_s, u"(224)"_s},
        {u"local_phone_number"_s, u"551-4000"_s},
        {u"earliest_event_date"_s, QString()},
    };
    for (const auto &[column, value] : cells) {
        const qsizetype at = header.indexOf(column);
        QVERIFY2(at > warnings, qPrintable(column));
        QCOMPARE(row[at], value);
    }
    const QJsonObject cover = filingToJson(*f)[u"cover"_s].toObject();
    QCOMPARE(cover[u"cik"_s].toString(), u"0000018230"_s);
    QCOMPARE(cover[u"amendment_flag"_s], QJsonValue(false));
    QCOMPARE(cover[u"fields"_s].toObject()[u"city"_s].toObject()[u"normalized"_s].toString(),
             u"Deerfield"_s);
    QStringList labels;
    buildFieldTree(*f).visit([&](const FieldNode &node, const QString &path) {
        if (node.label == u"Address line 2"_s || node.label == u"Local phone number"_s) {
            labels << path;
            QVERIFY(node.range.isValid());
        }
    });
    QCOMPARE(labels.size(), 2);
}

// Covers that give the date of report and, in parentheses, the date of the earliest event;
// and covers that give one date (or the second under a caption of its own, not in parentheses).
void TestDeiCover::earliestEventDate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("earliest");
    QTest::addColumn<QString>("earliestWritten");
    QTest::newRow("same line") << u"corpus/fullsub/scpp__0001213900-09-002194.txt"_s
                               << u"2009-08-19"_s << u"2009-08-03"_s << u"August 3, 2009"_s;
    QTest::newRow("next line") << u"corpus/fullsub/scpp__0000723533-04-000001.txt"_s
                               << u"2003-04-30"_s << u"2003-03-21"_s << u"March 21,2003"_s;
    QTest::newRow("one date, tagged")
        << u"corpus/html8k/scpp__aapl-20240201.htm"_s << u"2024-02-01"_s << QString() << QString();
    QTest::newRow("second caption") << u"corpus/text8k/scpp__0000320193-96-000027_doc1_8k.txt"_s
                                    << u"1996-12-24"_s << QString() << QString();
}

void TestDeiCover::earliestEventDate()
{
    QFETCH(QString, file);
    QFETCH(QString, report);
    QFETCH(QString, earliest);
    QFETCH(QString, earliestWritten);
    const FilingPtr f = test::parseData(file);
    QCOMPARE(f->cover.dateOfReport.normalized, report);
    QCOMPARE(f->cover.earliestEventDate.normalized, earliest);
    QCOMPARE(f->cover.earliestEventDate.value, earliestWritten);
    if (!earliest.isEmpty())
        QCOMPARE(f->textOf(f->cover.earliestEventDate.range), earliestWritten);
}

QTEST_GUILESS_MAIN(TestDeiCover)
#include "tst_deicover.moc"

// SPDX-License-Identifier: MIT
// The cover page of periodic reports (10-K, 10-Q, 10-KSB, 20-F) against what people recorded
// reading each cover (tests/data/periodic_expectations.json, its "cover" objects).

#include "filingparser.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

// Values the parser does not read yet, with the reason; checked with QEXPECT_FAIL so that a fix
// shows up as an unexpected pass. Keyed by file name and value.
struct KnownGap
{
    const char *file;
    const char *value;
    const char *reason;
};

constexpr KnownGap kKnownGaps[] = {
    {"s10x__mrk-1995_filing.txt", "registrant_name",
     "no \"(Exact name of registrant ...)\" caption; the caption-less guess is for 8-Ks only"},
    {"s10x__msft-2013_filing.htm", "registrant_name",
     "no \"(Exact name of registrant ...)\" caption; the caption-less guess is for 8-Ks only"},
    {"s10x__sandston-2021_filing.htm", "registrant_name",
     "the caption \"(Name of small business issuer in its charter)\" is not one the reader knows"},
    {"edgt__20-F_0000928385-01-500187.html", "registrant_name",
     "the whole cover is one converted line; the name is past the 1,000 characters read"},
    {"edgt__20-F_0000928385-01-500187.html", "shares_outstanding",
     "the whole cover is one converted line; the count is past the 1,000 characters read"},
    {"s10x__ibm-1997_filing.txt", "shares_outstanding",
     "the count is a column of the Section 12(b) table (\"VOTING SHARES OUTSTANDING AT\")"},
    {"s10x__textron-2001_filing.txt", "shares_outstanding",
     "the count is inside a title cell of the Section 12(b) table, wrapped over two lines"},
    {"ewr__0000037996-94-000005.txt", "public_float.as_of",
     "the float sentence says \"on that date\", the date being two sentences before"},
};

const char *knownGap(const QString &file, const char *value)
{
    for (const KnownGap &gap : kKnownGaps) {
        if (file.endsWith(QLatin1StringView(gap.file)) && qstrcmp(gap.value, value) == 0)
            return gap.reason;
    }
    return nullptr;
}

// The class of shares as both sides name it: "Common Stock, par value $.0833" and "common
// stock" are the same class; what follows the name (par value, nominal value) is not compared.
QString classKey(QString name)
{
    name.replace(QChar(0x2019), u'\'');
    for (const QString &stop : {u","_s, u"$"_s, u"("_s, u"par value"_s, u"EUR"_s}) {
        const qsizetype at = name.indexOf(stop, 0, Qt::CaseInsensitive);
        if (at >= 0)
            name.truncate(at);
    }
    return name.simplified().toCaseFolded();
}

// A check box or Yes/No question as the expectations write it: true, false or null.
QJsonValue boxValue(const Field &field)
{
    if (field.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return field.normalized == u"checked"_s;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(const Field &field)
{
    bool ok = false;
    const qint64 n = field.normalized.toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
}

} // namespace

class TestReportCover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cover_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray all =
            QJsonDocument::fromJson(test::readData(u"periodic_expectations.json"_s)).array();
        QCOMPARE(all.size(), 43);
        for (const QJsonValue v : all) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o[u"file"_s].toString().section(u'/', -1))) << o;
        }
    }

    void cover()
    {
        QFETCH(QJsonObject, expected);
        const QString file = expected[u"file"_s].toString();
        const FilingPtr f = test::parseData(file);
        const CoverPage &c = f->cover;
        const QJsonObject e = expected[u"cover"_s].toObject();
        auto expectGap = [&](const char *value) {
            if (const char *reason = knownGap(file, value))
                QEXPECT_FAIL("", reason, Continue);
        };

        QCOMPARE(f->formType.canonical(), expected[u"form_type"_s].toString());
        expectGap("registrant_name");
        QCOMPARE(c.registrantName.value, expected[u"registrant_name"_s].toString());
        QCOMPARE(c.periodOfReport.normalized, expected[u"period_of_report"_s].toString());
        QCOMPARE(c.periodOfReport.value, e[u"fiscal_year_ended_as_written"_s].toString());
        QCOMPARE(textOrNull(c.transitionPeriod.value), e[u"transition_period"_s]);
        QCOMPARE(textOrNull(c.filerCategory.normalized), e[u"filer_category"_s]);
        QCOMPARE(boxValue(c.smallerReportingCompany), e[u"smaller_reporting_company"_s]);
        QCOMPARE(boxValue(c.emergingGrowthCompany), e[u"emerging_growth_company"_s]);
        QCOMPARE(boxValue(c.shellCompany), e[u"shell_company"_s]);
        QCOMPARE(boxValue(c.wellKnownSeasonedIssuer), e[u"well_known_seasoned_issuer"_s]);
        // A 10-Q has no public float: null, as a cover that prints "N/A" gives no value.
        checkPublicFloat(file, c.publicFloat,
                         e[u"public_float"_s].isNull()
                             ? QJsonObject{{u"value"_s, QJsonValue(QJsonValue::Null)}}
                             : e[u"public_float"_s].toObject(),
                         expected[u"notes"_s].toString());
        checkShares(file, c.sharesOutstanding, e[u"shares_outstanding"_s].toArray());
    }

    // 8-K covers have none of the periodic report's values.
    void eightKHasNoReportValues()
    {
        const FilingPtr f = test::parseData(u"seeds/000_b149af05fdad4801.txt"_s);
        const CoverPage &c = f->cover;
        QVERIFY(!c.registrantName.isEmpty());
        QVERIFY(c.periodOfReport.isEmpty());
        QVERIFY(c.filerCategory.isEmpty());
        QVERIFY(c.shellCompany.isEmpty());
        QVERIFY(c.publicFloat.isEmpty());
        QVERIFY(c.sharesOutstanding.isEmpty());
        QVERIFY(c.documentsIncorporatedByReference.isEmpty());
    }

    // Every value found points at its text on the cover.
    void rangesPointAtTheirText()
    {
        const FilingPtr f = test::parseData(u"corpus/periodic/s10x__cost-2022_filing.htm"_s);
        const CoverPage &c = f->cover;
        QCOMPARE(f->textOf(c.periodOfReport.range), u"August 28, 2022"_s);
        QCOMPARE(f->textOf(c.publicFloat.amount.range), u"$225,434,477,639"_s);
        QCOMPARE(c.publicFloat.amount.normalized, u"225434477639"_s);
        QCOMPARE(f->textOf(c.sharesOutstanding.value(0).shares.range), u"442,604,145"_s);
        QVERIFY(f->textOf(c.filerCategory.range).startsWith(u"Large accelerated filer"_s));
        QVERIFY(c.documentsIncorporatedByReference.value.startsWith(u"Portions of the Company"_s));
        QVERIFY(c.range.contains(c.documentsIncorporatedByReference.range.start));
    }

private:
    static void checkPublicFloat(const QString &file, const PublicFloat &got,
                                 const QJsonObject &expected, const QString &notes)
    {
        QCOMPARE(numberOrNull(got.amount), expected[u"value"_s]);
        if (expected[u"value"_s].isNull())
            return;
        // A date the cover does not print ("as of the last business day of the registrant's most
        // recently completed second fiscal quarter") was inferred by the reader: not checked.
        if (notes.contains(u"recorded as "_s + expected[u"as_of"_s].toString()))
            return;
        if (const char *reason = knownGap(file, "public_float.as_of"))
            QEXPECT_FAIL("", reason, Continue);
        QCOMPARE(textOrNull(got.asOf.normalized), expected[u"as_of"_s]);
    }

    static void checkShares(const QString &file, const QList<SharesOutstanding> &got,
                            const QJsonArray &expected)
    {
        if (const char *reason = knownGap(file, "shares_outstanding")) {
            QEXPECT_FAIL("", reason, Continue);
            QCOMPARE(got.size(), expected.size());
            return;
        }
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject e = expected[i].toObject();
            QCOMPARE(classKey(got[i].shareClass.value), classKey(e[u"class"_s].toString()));
            QCOMPARE(numberOrNull(got[i].shares), e[u"shares"_s]);
            QCOMPARE(textOrNull(got[i].asOf.normalized), e[u"as_of"_s]);
        }
    }
};

QTEST_GUILESS_MAIN(TestReportCover)
#include "tst_reportcover.moc"

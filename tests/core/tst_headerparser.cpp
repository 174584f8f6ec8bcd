// SPDX-License-Identifier: MIT
#include "filingparser.h"
#include "headerparser.h"
#include "testutil.h"
#include "textlines.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestHeaderParser : public QObject
{
    Q_OBJECT

    static Header parse(const QString &text)
    {
        const LineIndex starts = buildLineStarts(text);
        const TextLines lines(text, starts, SourceRange{0, text.size()});
        return parseHeader(lines);
    }

private Q_SLOTS:
    void keyValueDialect()
    {
        const QString text =
            u"<SEC-HEADER>0000320193-96-000027.hdr.sgml : 19961225\n"
            u"ACCESSION NUMBER:\t\t0000320193-96-000027\n"
            u"CONFORMED SUBMISSION TYPE:\t8-K\n"
            u"PUBLIC DOCUMENT COUNT:\t\t2\n"
            u"CONFORMED PERIOD OF REPORT:\t19961224\n"
            u"ITEM INFORMATION:\t\tFinancial statements and exhibits\n"
            u"FILED AS OF DATE:\t\t19961224\n\n"
            u"FILER:\n\n"
            u"\tCOMPANY DATA:\t\n"
            u"\t\tCOMPANY CONFORMED NAME:\t\t\tAPPLE COMPUTER INC\n"
            u"\t\tCENTRAL INDEX KEY:\t\t\t0000320193\n"
            u"\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tELECTRONIC COMPUTERS [3571]\n"
            u"\t\tIRS NUMBER:\t\t\t\t942404110\n"
            u"\t\tSTATE OF INCORPORATION:\t\t\tCA\n"
            u"\t\tFISCAL YEAR END:\t\t\t0930\n\n"
            u"\tFILING VALUES:\n"
            u"\t\tFORM TYPE:\t\t8-K\n"
            u"\t\tSEC ACT:\t\t1934 Act\n"
            u"\t\tSEC FILE NUMBER:\t000-10030\n"
            u"\t\tFILM NUMBER:\t\t96686001\n\n"
            u"\tBUSINESS ADDRESS:\t\n"
            u"\t\tSTREET 1:\t\t1 INFINITE LOOP\n"
            u"\t\tCITY:\t\t\tCUPERTINO\n"
            u"\t\tSTATE:\t\t\tCA\n"
            u"\t\tZIP:\t\t\t95014\n"
            u"\t\tBUSINESS PHONE:\t\t4089961010\n"
            u"</SEC-HEADER>\n"_s;
        const Header h = parse(text);
        QCOMPARE(h.dialect, HeaderDialect::KeyValue);
        QCOMPARE(h.accessionNumber.value, u"0000320193-96-000027"_s);
        QCOMPARE(h.submissionType.value, u"8-K"_s);
        QCOMPARE(h.documentCount.normalized, u"2"_s);
        QCOMPARE(h.periodOfReport.normalized, u"1996-12-24"_s);
        QCOMPARE(h.filedAsOfDate.normalized, u"1996-12-24"_s);
        QCOMPARE(h.itemInformation.size(), 1);
        QCOMPARE(h.parties.size(), 1);
        const Party &p = h.parties.first();
        QCOMPARE(p.role, u"FILER"_s);
        QCOMPARE(p.companyName.value, u"APPLE COMPUTER INC"_s);
        QCOMPARE(p.cik.normalized, u"0000320193"_s);
        QCOMPARE(p.sic.normalized, u"3571"_s);
        QCOMPARE(p.irsNumber.normalized, u"94-2404110"_s);
        QCOMPARE(p.stateOfIncorporation.value, u"CA"_s);
        QCOMPARE(p.fiscalYearEnd.normalized, u"09-30"_s);
        QCOMPARE(p.formType.value, u"8-K"_s);
        QCOMPARE(p.secAct.value, u"1934 Act"_s);
        QCOMPARE(p.secFileNumber.value, u"000-10030"_s);
        QCOMPARE(p.filmNumber.value, u"96686001"_s);
        QCOMPARE(p.businessAddress.street1.value, u"1 INFINITE LOOP"_s);
        QCOMPARE(p.businessAddress.city.value, u"CUPERTINO"_s);
        QCOMPARE(p.businessAddress.phone.normalized, u"4089961010"_s);
        QVERIFY(p.mailAddress.isEmpty());
        QCOMPARE(text.mid(p.companyName.range.start, p.companyName.range.length),
                 u"APPLE COMPUTER INC"_s);
    }

    void taggedDialect()
    {
        const FilingPtr f =
            parseFile(test::dataPath(u"corpus/odd/scpp__0000018230-22-000107.hdr.sgml"_s));
        QVERIFY(f->ok());
        const Header &h = f->header;
        QCOMPARE(h.dialect, HeaderDialect::Tagged);
        QCOMPARE(h.accessionNumber.value, u"0000018230-22-000107"_s);
        QCOMPARE(h.submissionType.value, u"8-K"_s);
        QCOMPARE(h.documentCount.normalized, u"18"_s);
        QCOMPARE(h.acceptanceDateTime.normalized, u"2022-04-28T06:32:03"_s);
        QCOMPARE(h.itemInformation.size(), 3);
        QCOMPARE(h.itemInformation[1].value, u"7.01"_s);
        QCOMPARE(h.parties.size(), 1);
        const Party &p = h.parties.first();
        QCOMPARE(p.companyName.value, u"CATERPILLAR INC"_s);
        QCOMPARE(p.businessAddress.street2.value, u"SUITE 100"_s);
        QCOMPARE(p.mailAddress.city.value, u"DEERFIELD"_s);
        QCOMPARE(p.formerNames.size(), 1);
        QCOMPARE(p.formerNames.first().name.value, u"CATERPILLAR TRACTOR CO"_s);
        QCOMPARE(p.formerNames.first().dateChanged.normalized, u"1986-06-23"_s);
        // A header alone: no documents, and the user is told so.
        QVERIFY(f->documents.isEmpty());
        QCOMPARE(f->warnings.size(), 1);
        QCOMPARE(f->warnings.first().code, u"no-documents"_s);
    }

    void mixedDialectWithFormerCompany()
    {
        const FilingPtr f = parseFile(test::dataPath(u"corpus/odd/edgt__1990sheader.txt"_s));
        QVERIFY(f->ok());
        const Header &h = f->header;
        QCOMPARE(h.submissionType.value, u"4"_s);
        QCOMPARE(h.parties.size(), 2);
        QCOMPARE(h.parties[0].role, u"SUBJECT COMPANY"_s);
        QCOMPARE(h.parties[0].companyName.value, u"MORTON INTERNATIONAL INC /IN/"_s);
        QCOMPARE(h.parties[0].formerNames.size(), 1);
        QCOMPARE(h.parties[0].formerNames[0].name.value, u"NEW MORTON INTERNATIONAL INC"_s);
        QCOMPARE(h.parties[0].formerNames[0].dateChanged.normalized, u"1997-03-18"_s);
        QCOMPARE(h.parties[1].role, u"REPORTING OWNER"_s);
        QCOMPARE(h.parties[1].companyName.value, u"CANTALUPO JAMES R"_s);
        QCOMPARE(h.parties[1].cik.value, u"0001012325"_s);
        QCOMPARE(h.parties[1].mailAddress.zip.value, u"60606"_s);
    }

    void multipleFilers()
    {
        const FilingPtr f =
            parseFile(test::dataPath(u"corpus/odd/edgt__MultipleFilersHeader.txt"_s));
        QVERIFY(f->ok());
        QCOMPARE(f->header.submissionType.value, u"10-D"_s);
        QCOMPARE(f->header.parties.size(), 2);
        QCOMPARE(f->header.parties[0].companyName.value, u"First National Master Note Trust"_s);
        QCOMPARE(f->header.parties[1].companyName.value, u"FIRST NATIONAL FUNDING LLC"_s);
        for (const Party &p : f->header.parties) {
            QCOMPARE(p.role, u"FILER"_s);
            QVERIFY(!p.companyName.isEmpty());
            QVERIFY(!p.cik.isEmpty());
        }
    }

    void headerWithoutWrapperAndDoubleNewlines()
    {
        const FilingPtr f =
            parseFile(test::dataPath(u"corpus/odd/edgt__header_with_double_newlines.txt"_s));
        QVERIFY(f->ok());
        QCOMPARE(f->format, FilingFormat::FullSubmission);
        QCOMPARE(f->header.accessionNumber.value, u"0001193125-24-066744"_s);
        QCOMPARE(f->header.submissionType.value, u"485APOS"_s);
        // Two FILER blocks: the trust files under both the 1940 and the 1933 Act.
        QCOMPARE(f->header.parties.size(), 2);
        QCOMPARE(f->header.parties[0].companyName.value, u"iSHARES TRUST"_s);
        QCOMPARE(f->header.parties[1].secFileNumber.value, u"333-92935"_s);
        QCOMPARE(f->header.parties[0].secFileNumber.value, u"811-09729"_s);
        QCOMPARE(f->header.parties[0].businessAddress.phone.normalized, u"4156702000"_s);
    }

    void imsHeader()
    {
        const FilingPtr f =
            parseFile(test::dataPath(u"corpus/odd/ssgml__0000891618-94-000021.txt"_s));
        QVERIFY(f->ok());
        QCOMPARE(f->header.accessionNumber.value, u"0000891618-94-000021"_s);
        QCOMPARE(f->header.submissionType.value, u"424B5"_s);
        QCOMPARE(f->header.parties[0].companyName.value, u"APPLE COMPUTER INC"_s);
        QCOMPARE(f->header.parties[0].sic.normalized, u"3571"_s);
        QCOMPARE(f->documents.size(), 1);
        QVERIFY(f->textOf(f->header.range).startsWith(u"<IMS-HEADER>"_s));
    }
};

QTEST_MAIN(TestHeaderParser)
#include "tst_headerparser.moc"

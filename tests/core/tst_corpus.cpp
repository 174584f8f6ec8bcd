// SPDX-License-Identifier: MIT
// Real filings of many formats and eras, checked against expectations written by reading
// each filing (tests/data/corpus_expectations.json; a key left out is not checked).

#include "filingparser.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestCorpus : public QObject
{
    Q_OBJECT

    static QStringList strings(const QJsonValue &value)
    {
        QStringList out;
        for (const QJsonValue v : value.toArray())
            out << v.toString();
        return out;
    }

    // A value that must be absent is written as null; one not checked is left out.
    static void checkText(const QJsonObject &e, const char *key, const Field &field)
    {
        const QString name = QString::fromLatin1(key);
        if (!e.contains(name))
            return;
        if (e[name].isNull()) {
            QVERIFY2(field.isEmpty(),
                     qPrintable(name + u" should be absent, got "_s + field.value));
            return;
        }
        QCOMPARE(field.value, e[name].toString());
    }

private Q_SLOTS:
    void filing_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        QFile file(test::dataPath(u"corpus_expectations.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray all = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(all.size() >= 25);
        QSet<QString> formats;
        for (const QJsonValue v : all) {
            const QJsonObject o = v.toObject();
            formats.insert(o[u"format"_s].toString());
            QTest::newRow(qPrintable(o[u"file"_s].toString())) << o;
        }
        QCOMPARE(formats.size(), 3); // text, html and full submissions all represented
    }

    void filing()
    {
        QFETCH(QJsonObject, expected);
        const FilingPtr f = parseFile(test::dataPath(expected[u"file"_s].toString()));
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        const QJsonObject &e = expected;

        if (e.contains(u"format"_s))
            QCOMPARE(formatName(f->format), e[u"format"_s].toString());
        if (e.contains(u"form_type"_s))
            QCOMPARE(f->formType.canonical(), e[u"form_type"_s].toString());

        const CoverPage &c = f->cover;
        checkText(e, "registrant_name", c.registrantName);
        checkText(e, "state_of_incorporation", c.stateOfIncorporation);
        checkText(e, "commission_file_number", c.commissionFileNumber);
        checkText(e, "irs_employer_id", c.irsEmployerId);
        checkText(e, "zip_code", c.zipCode);
        if (e.contains(u"date_of_report"_s))
            QCOMPARE(c.dateOfReport.normalized, e[u"date_of_report"_s].toString());
        if (e.contains(u"phone_digits"_s))
            QCOMPARE(c.phone.normalized, e[u"phone_digits"_s].toString());
        if (e.contains(u"address_contains"_s))
            QVERIFY2(c.address.value.contains(e[u"address_contains"_s].toString()),
                     qPrintable(c.address.value));

        if (e.contains(u"items"_s)) {
            QStringList codes;
            for (const Item &item : f->items)
                codes << item.code;
            QCOMPARE(codes, strings(e[u"items"_s]));
        }
        if (e.contains(u"exhibits"_s)) {
            QStringList numbers;
            for (const Exhibit &exhibit : f->exhibits)
                numbers << exhibit.number.value;
            QCOMPARE(numbers, strings(e[u"exhibits"_s]));
        }
        if (e.contains(u"signers"_s)) {
            QStringList signers;
            for (const Signature &s : f->signatures)
                signers << s.signer.value;
            QCOMPARE(signers, strings(e[u"signers"_s]));
        }
        if (e.contains(u"signature_date"_s)) {
            QVERIFY(!f->signatures.isEmpty());
            QCOMPARE(f->signatures.first().date.normalized, e[u"signature_date"_s].toString());
        }
        if (e.contains(u"documents"_s))
            QCOMPARE(f->documents.size(), e[u"documents"_s].toInt());
        if (e.contains(u"header"_s)) {
            const QJsonObject h = e[u"header"_s].toObject();
            QVERIFY(f->header.isPresent());
            if (h.contains(u"accession_number"_s))
                QCOMPARE(f->header.accessionNumber.value, h[u"accession_number"_s].toString());
            if (h.contains(u"submission_type"_s))
                QCOMPARE(f->header.submissionType.value, h[u"submission_type"_s].toString());
            if (h.contains(u"period_of_report"_s))
                QCOMPARE(f->header.periodOfReport.normalized, h[u"period_of_report"_s].toString());
            if (h.contains(u"filed_as_of_date"_s))
                QCOMPARE(f->header.filedAsOfDate.normalized, h[u"filed_as_of_date"_s].toString());
            QVERIFY(!f->header.parties.isEmpty());
            if (h.contains(u"cik"_s))
                QCOMPARE(f->header.parties.first().cik.value, h[u"cik"_s].toString());
            if (h.contains(u"company_name"_s))
                QCOMPARE(f->header.parties.first().companyName.value,
                         h[u"company_name"_s].toString());
        }
    }
};

QTEST_MAIN(TestCorpus)
#include "tst_corpus.moc"

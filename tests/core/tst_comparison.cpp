// SPDX-License-Identifier: MIT
// Field comparison of two filings, paired by meaning and compared on normalized values.

#include "comparison.h"
#include "coverfields.h"
#include "fieldtree.h"
#include "filingparser.h"
#include "testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestComparison : public QObject
{
    Q_OBJECT

    static FilingPtr load(const QString &relative) { return test::parseData(relative); }

    static const FieldDifference *find(const QList<FieldDifference> &rows, const QString &field)
    {
        return test::findDifference(rows, field);
    }

private Q_SLOTS:
    void seeds000And002()
    {
        const FilingPtr a = load(u"seeds/000_b149af05fdad4801.txt"_s);
        const FilingPtr b = load(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        const QList<FieldDifference> rows = compareFields(*a, *b);

        const FieldDifference *date = find(rows, u"Cover page / Date of report"_s);
        QVERIFY(date);
        QCOMPARE(date->status, CompareStatus::Changed);
        QCOMPARE(date->left, u"February 26, 2004"_s);
        QCOMPARE(date->right, u"April 24, 2007"_s);
        QCOMPARE(date->leftRange, a->cover.dateOfReport.range);
        QCOMPARE(date->rightRange, b->cover.dateOfReport.range);

        // "0-17297" and "000-17297" are the same file number.
        const FieldDifference *file = find(rows, u"Cover page / Commission file number"_s);
        QCOMPARE(file->status, CompareStatus::Same);
        QCOMPARE(file->left, u"0-17297"_s);
        QCOMPARE(file->right, u"000-17297"_s);

        // Items 7 and 12 of 2004 are Items 9.01 and 2.02 of 2007: renumbered, not unrelated.
        QList<const FieldDifference *> items;
        for (const FieldDifference &d : rows) {
            if (d.section == u"Items"_s)
                items << &d;
        }
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0]->status, CompareStatus::Renumbered);
        QVERIFY(items[0]->field.startsWith(u"Item 7 \u2192 9.01"_s));
        QCOMPARE(items[0]->right, u"9.01 Financial Statements and Exhibits"_s);
        QCOMPARE(items[1]->status, CompareStatus::Renumbered);
        QVERIFY(items[1]->field.startsWith(u"Item 12 \u2192 2.02"_s));
        QCOMPARE(items[1]->leftRange, a->items[1].heading);
        QCOMPARE(items[1]->rightRange, b->items[0].heading);

        QCOMPARE(find(rows, u"Cover page / Registrant name"_s)->status, CompareStatus::Same);
        QCOMPARE(find(rows, u"Cover page / Telephone number"_s)->status, CompareStatus::Same);
        QCOMPARE(find(rows, u"Exhibit 99.1"_s)->status, CompareStatus::Changed);
        QCOMPARE(find(rows, u"Signature 1 / Signer"_s)->status, CompareStatus::Same);
        QCOMPARE(find(rows, u"Signature 1 / Date"_s)->status, CompareStatus::Changed);
        // Plain text filings have no header or documents to compare.
        QVERIFY(!find(rows, u"Header / Accession number"_s));
    }

    void seeds000And001PhoneDiffers()
    {
        const QList<FieldDifference> rows = compareFields(
            *load(u"seeds/000_b149af05fdad4801.txt"_s), *load(u"seeds/001_9900e7bb81fee8a1.txt"_s));
        const FieldDifference *phone = find(rows, u"Cover page / Telephone number"_s);
        QCOMPARE(phone->status, CompareStatus::Changed); // 001's number is missing a digit
        QCOMPARE(phone->right, u"(978) 667-411"_s);
        QCOMPARE(find(rows, u"Cover page / Commission file number"_s)->status, CompareStatus::Same);
        // Same numbering on both: Items 7 and 12 are the same items.
        QCOMPARE(find(rows, u"Item 7"_s)->status, CompareStatus::Same);
        QCOMPARE(find(rows, u"Item 12"_s)->status, CompareStatus::Same);
        // The exhibit descriptions differ only by the date.
        QCOMPARE(find(rows, u"Exhibit 99.1"_s)->status, CompareStatus::Changed);
    }

    void normalizedEquality_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("same");
        QTest::newRow("phone punctuation")
            << u"phone"_s << u"(978) 667-4111"_s << u"978-667-4111"_s << true;
        QTest::newRow("phone with country code")
            << u"phone"_s << u"+1 978 667 4111"_s << u"(978) 667-4111"_s << true;
        QTest::newRow("phone digit")
            << u"phone"_s << u"(978) 667-4111"_s << u"(978) 667-4112"_s << false;
        QTest::newRow("date forms")
            << u"dateOfReport"_s << u"February 26, 2004"_s << u"2/26/2004"_s << true;
        QTest::newRow("date other day")
            << u"dateOfReport"_s << u"February 26, 2004"_s << u"Feb. 27, 2004"_s << false;
        QTest::newRow("file number")
            << u"commissionFileNumber"_s << u"1-768"_s << u"001-00768"_s << true;
        QTest::newRow("state") << u"stateOfIncorporation"_s << u"Delaware"_s << u"DE"_s << true;
        QTest::newRow("name") << u"registrantName"_s << u"BTU International, Inc."_s
                              << u"BTU INTERNATIONAL INC"_s << true;
        QTest::newRow("former name") << u"formerName"_s << u"Not Applicable"_s << u"N/A"_s << true;
    }

    void normalizedEquality()
    {
        QFETCH(QString, field);
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, same);
        Filing a;
        Filing b;
        const CoverFieldDef *def = findCoverField(field);
        QVERIFY2(def, qPrintable(field));
        a.cover.*def->member = Field{left, {}, {}};
        b.cover.*def->member = Field{right, {}, {}};
        const QList<FieldDifference> rows = compareFields(a, b);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().status == CompareStatus::Same, same);
    }

    void sameFilingInTwoFormats()
    {
        // The .nc dissemination copy and the .txt copy of one SC TO-T/A agree on every field.
        const QList<FieldDifference> rows =
            compareFields(*load(u"corpus/other/edgt__0001104659-25-002604.txt"_s),
                          *load(u"corpus/odd/edgt__0001104659-25-002604.nc"_s));
        QVERIFY(rows.size() > 10);
        for (const FieldDifference &d : rows)
            QVERIFY2(d.status == CompareStatus::Same,
                     qPrintable(d.field + u": "_s + d.left + u" / "_s + d.right));
    }

    void htmlDocumentAgainstItsSubmission()
    {
        // Apple's 8-K as a lone HTML document and as the full submission it came in.
        const QList<FieldDifference> rows =
            compareFields(*load(u"corpus/html8k/scpp__aapl-20240201.htm"_s),
                          *load(u"corpus/fullsub/scpp__0000320193-24-000005.txt"_s));
        for (const QString &field :
             {u"Cover page / Date of report"_s, u"Cover page / Registrant name"_s,
              u"Cover page / Commission file number"_s, u"Item 2.02"_s, u"Item 9.01"_s,
              u"Exhibit 99.1"_s, u"Exhibit 104"_s}) {
            const FieldDifference *d = find(rows, field);
            QVERIFY2(d, qPrintable(field));
            QCOMPARE(d->status, CompareStatus::Same);
        }
        // Only the submission has a header, documents and the XBRL exhibits.
        QCOMPARE(find(rows, u"Header / Accession number"_s)->status, CompareStatus::OnlyRight);
        QCOMPARE(find(rows, u"Exhibit 101.SCH"_s)->status, CompareStatus::OnlyRight);
    }

    void checkBoxesUseTheFieldTreeLabels()
    {
        // One filer prints "Emerging growth company ☒", the other "☐"; neither
        // checks the four Rule boxes.
        const FilingPtr left = load(u"corpus/fullsub/edgt__0000943374-24-000509.txt"_s);
        const FilingPtr right = load(u"corpus/fullsub/edgt__0001213900-25-032135.txt"_s);
        const QList<FieldDifference> rows = compareFields(*left, *right);
        const std::pair<QString, CompareStatus> expected[] = {
            {u"Rule 425 (written communications)"_s, CompareStatus::Same},
            {u"Rule 14a-12 (soliciting material)"_s, CompareStatus::Same},
            {u"Rule 14d-2(b) (pre-commencement)"_s, CompareStatus::Same},
            {u"Rule 13e-4(c) (pre-commencement)"_s, CompareStatus::Same},
            {u"Emerging growth company"_s, CompareStatus::Changed},
        };
        QStringList treeLabels;
        const FieldNode tree = buildFieldTree(*left);
        for (const FieldNode &section : tree.children) {
            for (const FieldNode &node : section.children) {
                if (section.label == u"Cover page"_s && node.label == u"Check boxes"_s) {
                    for (const FieldNode &box : node.children)
                        treeLabels << box.label;
                }
            }
        }
        QStringList expectedLabels;
        for (const auto &[label, status] : expected) {
            expectedLabels << label;
            const FieldDifference *d = find(rows, u"Cover page / "_s + label);
            QVERIFY2(d, qPrintable(label));
            QCOMPARE(d->status, status);
        }
        QCOMPARE(treeLabels, expectedLabels);
        QCOMPARE(find(rows, u"Cover page / Emerging growth company"_s)->left, u"checked"_s);
    }

    void itemsOnlyOnOneSide()
    {
        const QList<FieldDifference> rows =
            compareFields(*load(u"corpus/html8k/edgt__form8K.Blackrock.html"_s),
                          *load(u"corpus/html8k/scpp__aapl-20240201.htm"_s));
        QCOMPARE(find(rows, u"Item 5.02"_s)->status, CompareStatus::OnlyLeft);
        QCOMPARE(find(rows, u"Item 2.02"_s)->status, CompareStatus::OnlyRight);
        QCOMPARE(find(rows, u"Cover page / Registrant name"_s)->status, CompareStatus::Changed);
    }

    void statusNames()
    {
        QCOMPARE(compareStatusName(CompareStatus::Same), u"same"_s);
        QCOMPARE(compareStatusName(CompareStatus::Changed), u"changed"_s);
        QCOMPARE(compareStatusName(CompareStatus::OnlyLeft), u"only-left"_s);
        QCOMPARE(compareStatusName(CompareStatus::OnlyRight), u"only-right"_s);
        QCOMPARE(compareStatusName(CompareStatus::Renumbered), u"renumbered"_s);
    }

    void thousandsOfDocumentsPairByType()
    {
        // Two submissions with 5,000 exhibits each, in opposite orders, one missing on each
        // side: every exhibit finds its partner of the same type (through a hash, not a
        // quadratic search), the missing ones show as only-left / only-right.
        auto submission = [](bool reversed, int skip) -> QByteArray {
            QByteArray bytes = "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t0000000000-24-"
                               "000001\nCONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n"
                               "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\nFORM 8-K\n"
                               "Item 8.01 Other Events.\nNothing.\n</TEXT>\n</DOCUMENT>\n";
            for (int k = 0; k < 5000; ++k) {
                const int n = reversed ? 4999 - k : k;
                if (n == skip)
                    continue;
                const QByteArray number = QByteArray::number(n);
                bytes += "<DOCUMENT>\n<TYPE>EX-99." + number + "\n<SEQUENCE>" + number
                    + "\n<FILENAME>ex" + number + ".txt\n<TEXT>\nExhibit " + number
                    + "\n</TEXT>\n</DOCUMENT>\n";
            }
            return bytes + "</SEC-DOCUMENT>\n";
        };
        const FilingPtr left = parseBytes(submission(false, 17), u"left.txt"_s);
        const FilingPtr right = parseBytes(submission(true, 4242), u"right.txt"_s);
        QVERIFY(left->ok() && right->ok());
        QCOMPARE(left->documents.size(), 5000); // the 8-K and 4,999 exhibits
        const QList<FieldDifference> rows = compareFields(*left, *right);
        int same = 0;
        for (const FieldDifference &d : rows) {
            if (d.field.startsWith(u"Document EX-99."_s) && d.field.endsWith(u" / Filename"_s))
                same += d.status == CompareStatus::Same;
        }
        QCOMPARE(same, 4998);
        QCOMPARE(find(rows, u"Document EX-99.4242"_s)->status, CompareStatus::OnlyLeft);
        QCOMPARE(find(rows, u"Document EX-99.17"_s)->status, CompareStatus::OnlyRight);
    }

    void anchorsFollowItems()
    {
        const FilingPtr a = load(u"seeds/000_b149af05fdad4801.txt"_s);
        const FilingPtr b = load(u"seeds/001_9900e7bb81fee8a1.txt"_s);
        const QList<QPair<int, int>> anchors = alignmentAnchors(*a, *b);
        // Cover, Item 7, Item 12 and the signatures line up.
        QVERIFY(anchors.contains(QPair<int, int>(a->lineAt(a->items[0].heading.start),
                                                 b->lineAt(b->items[0].heading.start))));
        QVERIFY(anchors.contains(QPair<int, int>(a->lineAt(a->items[1].heading.start),
                                                 b->lineAt(b->items[1].heading.start))));
        for (qsizetype i = 1; i < anchors.size(); ++i) {
            QVERIFY(anchors[i].first > anchors[i - 1].first);
            QVERIFY(anchors[i].second > anchors[i - 1].second);
        }
    }
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"

// SPDX-License-Identifier: MIT
// The outline of a report: its table of contents, parts and items in the order of the text,
// under QAbstractItemModelTester, and which row the cursor is in.

#include "filingparser.h"
#include "outlinemodel.h"
#include "reportexpectations.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestOutlineModel : public QObject
{
    Q_OBJECT

    static OutlineModel::EntryKind kindAt(const OutlineModel &model, int row)
    {
        return OutlineModel::EntryKind(model.index(row).data(OutlineModel::KindRole).toInt());
    }

    static int rowOfLabel(const OutlineModel &model, const QString &fullLabel)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(OutlineModel::FullLabelRole).toString() == fullLabel)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void rowsFollowTheText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Microsoft 10-K 2013") << u"corpus/periodic/s10x__msft-2013_filing.htm"_s;
        QTest::newRow("Microsoft 10-Q 2008")
            << u"corpus/periodic/jlse__microsoft_2008_12_31.html"_s;
    }

    // Table of contents, then each part followed by its items, at the lines read by hand.
    void rowsFollowTheText()
    {
        QFETCH(QString, file);
        OutlineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const FilingPtr f = test::parseData(file);
        model.setFiling(f);
        QCOMPARE(resets.count(), 1);
        const test::ExpectedReport expected = test::expectedReport(file);

        QStringList want{u"toc %1"_s.arg(expected.tocStartLine)};
        for (const test::ExpectedPart &part : expected.parts) {
            want << u"Part %1 %2"_s.arg(part.name).arg(part.line);
            for (const test::ExpectedItem &item : expected.items) {
                if (item.part == part.name)
                    want << u"Part %1, Item %2 %3"_s.arg(item.part, item.code).arg(item.line);
            }
        }
        QStringList got;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int line = f->lineAt(model.headingStart(row)) + 1;
            switch (kindAt(model, row)) {
            case OutlineModel::EntryKind::TableOfContents:
                got << u"toc %1"_s.arg(line);
                break;
            case OutlineModel::EntryKind::Part:
                got << model.index(row).data().toString().section(u' ', 0, 1) + u' '
                        + QString::number(line);
                break;
            case OutlineModel::EntryKind::Item: {
                // "Part II, Item 1A Risk Factors" -> "Part II, Item 1A"
                const QString label = model.index(row).data(OutlineModel::FullLabelRole).toString();
                got << label.section(u' ', 0, 3) + u' ' + QString::number(line);
                // Listed set in under its part.
                QVERIFY(model.index(row).data().toString().startsWith(u"\u2003Item "_s));
                break;
            }
            }
        }
        QCOMPARE(got, want);
        model.setFiling(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void titlesAndStatus()
    {
        OutlineModel model;
        const FilingPtr f = test::parseData(u"corpus/periodic/s10x__msft-2013_filing.htm"_s);
        model.setFiling(f);
        // Official titles, with what an item says instead of content.
        const int mine = rowOfLabel(model,
                                    u"Part I, Item 4 Mine Safety Disclosures "
                                    u"(not applicable)"_s);
        QVERIFY(mine >= 0);
        QCOMPARE(model.index(mine).data().toString(),
                 u"\u2003Item 4 Mine Safety Disclosures (not applicable)"_s);
        QVERIFY(rowOfLabel(model,
                           u"Part III, Item 11 Executive Compensation "
                           u"(incorporated by reference)"_s)
                >= 0);
        QVERIFY(rowOfLabel(model, u"Part I, Item 1A Risk Factors"_s) >= 0);
        // Parts as their headings name them; this report's say only "PART II".
        QVERIFY(rowOfLabel(model, u"Part II"_s) >= 0);
        QVERIFY(
            model.index(rowOfLabel(model, u"Part II"_s)).data(Qt::FontRole).value<QFont>().bold());
    }

    void partTitlesFromHeadings()
    {
        OutlineModel model;
        model.setFiling(test::parseData(u"corpus/periodic/jlse__microsoft_2008_12_31.html"_s));
        QVERIFY(rowOfLabel(model, u"Part I \u2014 Financial Information"_s) >= 0);
        QVERIFY(rowOfLabel(model, u"Part II \u2014 Other Information"_s) >= 0);
        QVERIFY(rowOfLabel(model, u"Part II, Item 1 Legal Proceedings"_s) >= 0);
        QVERIFY(rowOfLabel(model, u"Part I, Item 1 Financial Statements"_s) >= 0);
    }

    void rowAtTheCursor()
    {
        OutlineModel model;
        const FilingPtr f = test::parseData(u"corpus/periodic/s10x__msft-2013_filing.htm"_s);
        model.setFiling(f);
        // In the body of Item 7: that item, not its part.
        const qsizetype mdna = f->text.indexOf(u"The following Management"_s);
        QVERIFY(mdna > 0);
        const int row = model.rowAt(mdna);
        QVERIFY(model.index(row)
                    .data(OutlineModel::FullLabelRole)
                    .toString()
                    .startsWith(u"Part II, Item 7 Management"_s));
        // On a part's heading: the part.
        const ReportPart &partII = f->parts[1];
        QCOMPARE(model.index(model.rowAt(partII.heading.range.start)).data().toString(),
                 u"Part II"_s);
        // In the table of contents, and before it: the contents, nothing.
        QCOMPARE(kindAt(model, model.rowAt(f->tocRange.start + 1)),
                 OutlineModel::EntryKind::TableOfContents);
        QCOMPARE(model.rowAt(0), -1);
        QCOMPARE(model.headingStart(row), f->text.indexOf(u"ITEM 7. MANAGEMENT"_s));
        QCOMPARE(model.headingStart(-1), qsizetype(-1));
    }

    void eightKHasNoOutline()
    {
        OutlineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FilingPtr f = test::parseData(u"seeds/002_804b7ad1e3b304a9.txt"_s);
        QVERIFY(!f->items.isEmpty());
        model.setFiling(f);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowAt(f->items.first().heading.start), -1);
    }
};

QTEST_MAIN(TestOutlineModel)
#include "tst_outlinemodel.moc"

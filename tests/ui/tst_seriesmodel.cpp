// SPDX-License-Identifier: MIT
// The Changes Over Time table model over hand-built tables (plain values): shape and headers,
// cell text per score, new / removed / absent cells, the heat-map colours (monotone in
// similarity, readable text, light and dark palettes) and the tooltips.

#include "heatmap.h"
#include "seriesmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

FilingPtr report(const QString &name, const QString &period, bool annual)
{
    auto f = std::make_shared<Filing>();
    f->path = u"/data/"_s + name;
    f->cover.periodOfReport.normalized = period;
    if (annual)
        f->cover.fiscalYearEnd.normalized = period;
    return f;
}

ItemComparison paired(const QString &part, const QString &code, double cosine, double jaccard,
                      double simple, qsizetype added = 0, qsizetype deleted = 0)
{
    ItemComparison c;
    c.part = part;
    c.code = code;
    c.status = cosine < 1.0 ? CompareStatus::Changed : CompareStatus::Same;
    c.changeCount = cosine < 1.0 ? 2 : 0;
    c.scores = {1000, 1000 + added - deleted, added, deleted, cosine, jaccard, simple};
    return c;
}

ItemComparison oneSided(const QString &part, const QString &code, CompareStatus status,
                        qsizetype words)
{
    ItemComparison c;
    c.part = part;
    c.code = code;
    c.status = status;
    (status == CompareStatus::OnlyLeft ? c.scores.wordsLeft : c.scores.wordsRight) = words;
    return c;
}

// Three annual reports, two pairs: Item 1 changed little then a lot, Item 1A new in 2022,
// Item 1B removed in 2023, Item 1C (cybersecurity) new in 2023 and absent from the first pair.
SimilarityTable threeYears()
{
    SimilarityTable t;
    t.series = {u"Example Corp"_s,
                u"0000000001"_s,
                u"10-K"_s,
                {report(u"a.htm"_s, u"2021-12-31"_s, true),
                 report(u"b.htm"_s, u"2022-12-31"_s, true),
                 report(u"c.htm"_s, u"2023-12-31"_s, true)}};
    t.itemKeys = {u"I/1"_s, u"I/1A"_s, u"I/1B"_s, u"I/1C"_s};
    t.itemLabels = {u"Part I, Item 1 \u2014 Business"_s, u"Part I, Item 1A \u2014 Risk Factors"_s,
                    u"Part I, Item 1B \u2014 Unresolved Staff Comments"_s,
                    u"Part I, Item 1C \u2014 Cybersecurity"_s};
    t.cells = {
        {paired(u"I"_s, u"1"_s, 0.98765, 0.5, 0.99999, 1234, 56),
         paired(u"I"_s, u"1"_s, 0.4, 0.3, 0.2, 9, 10)},
        {oneSided(u"I"_s, u"1A"_s, CompareStatus::OnlyRight, 4321),
         paired(u"I"_s, u"1A"_s, 1.0, 1.0, 1.0)},
        {paired(u"I"_s, u"1B"_s, 1.0, 1.0, 1.0),
         oneSided(u"I"_s, u"1B"_s, CompareStatus::OnlyLeft, 77)},
        {ItemComparison{}, oneSided(u"I"_s, u"1C"_s, CompareStatus::OnlyRight, 500)},
    };
    return t;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    return p;
}

} // namespace

class TestSeriesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester()
    {
        SimilarityTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setTable(threeYears());
        for (const SeriesScoreDef &def : seriesScores())
            model.setScore(def.score);
        model.setPalette(darkPalette());
        model.setTable({});
        QCOMPARE(model.columnCount(), 0);
    }

    void shapeAndHeaders()
    {
        SimilarityTableModel model;
        model.setTable(threeYears());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"FY2021 \u2192 FY2022"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"FY2022 \u2192 FY2023"_s);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(),
                 u"Part I, Item 1A \u2014 Risk Factors"_s);
        QCOMPARE(model.headerData(1, Qt::Vertical, SimilarityTableModel::ItemKeyRole).toString(),
                 u"I/1A"_s);
        const QString tip = model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"b.htm (2022-12-31)"_s) && tip.contains(u"c.htm (2023-12-31)"_s),
                 qPrintable(tip));
        QCOMPARE(model.leftFiling(1)->path, u"/data/b.htm"_s);
        QCOMPARE(model.rightFiling(1)->path, u"/data/c.htm"_s);
        QVERIFY(!model.leftFiling(2));
    }

    void periodLabels_data()
    {
        QTest::addColumn<bool>("annual");
        QTest::addColumn<QStringList>("periods");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("annual") << true << QStringList{u"2012-06-30"_s, u"2013-06-30"_s}
                                << QStringList{u"FY2012"_s, u"FY2013"_s};
        QTest::newRow("quarterly") << false << QStringList{u"2002-03-31"_s, u"2008-12-31"_s}
                                   << QStringList{u"2002-03-31"_s, u"2008-12-31"_s};
        // Two fiscal years ending in one calendar year (a changed fiscal year end): dates.
        QTest::newRow("one year twice") << true << QStringList{u"2013-01-31"_s, u"2013-12-31"_s}
                                        << QStringList{u"2013-01-31"_s, u"2013-12-31"_s};
    }

    void periodLabels()
    {
        QFETCH(bool, annual);
        QFETCH(QStringList, periods);
        QFETCH(QStringList, labels);
        FilingSeries series;
        for (const QString &p : periods)
            series.filings << report(p + u".txt"_s, p, annual);
        QCOMPARE(seriesPeriodLabels(series), labels);
    }

    void cellText_data()
    {
        QTest::addColumn<SeriesScore>("score");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        const QLocale locale;
        QTest::newRow("cosine") << SeriesScore::Cosine << 0 << 0 << u"0.987"_s;
        QTest::newRow("jaccard") << SeriesScore::Jaccard << 0 << 0 << u"0.500"_s;
        // Rounded down: only identical text reads 1.000.
        QTest::newRow("simple 0.99999") << SeriesScore::Simple << 0 << 0 << u"0.999"_s;
        QTest::newRow("identical") << SeriesScore::Simple << 1 << 1 << u"1.000"_s;
        QTest::newRow("added") << SeriesScore::WordsAdded << 0 << 0 << locale.toString(1234);
        QTest::newRow("deleted") << SeriesScore::WordsDeleted << 0 << 1 << u"10"_s;
        QTest::newRow("new") << SeriesScore::Cosine << 1 << 0 << u"new"_s;
        QTest::newRow("removed") << SeriesScore::WordsAdded << 2 << 1 << u"removed"_s;
        QTest::newRow("absent") << SeriesScore::Cosine << 3 << 0 << QString();
    }

    void cellText()
    {
        QFETCH(SeriesScore, score);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        SimilarityTableModel model;
        model.setTable(threeYears());
        model.setScore(score);
        QCOMPARE(model.index(row, column).data().toString(), text);
    }

    void absentAndOneSidedCells()
    {
        SimilarityTableModel model;
        model.setPalette(lightPalette());
        model.setTable(threeYears());
        const QModelIndex absent = model.index(3, 0);
        QVERIFY(!model.comparisonAt(absent));
        QVERIFY(!absent.data(Qt::BackgroundRole).isValid());
        QVERIFY(!absent.data(SimilarityTableModel::StatusRole).isValid());
        QCOMPARE(absent.data(Qt::ToolTipRole).toString(), u"Neither report has this item"_s);
        const QModelIndex added = model.index(1, 0);
        QCOMPARE(model.comparisonAt(added)->code, u"1A"_s);
        QCOMPARE(added.data(SimilarityTableModel::StatusRole).toInt(),
                 int(CompareStatus::OnlyRight));
        QVERIFY(!added.data(SimilarityTableModel::SimilarityRole).isValid());
        QCOMPARE(added.data(Qt::BackgroundRole).value<QColor>(), QColor(0xf5, 0xf5, 0xf5));
        QVERIFY(added.data(Qt::FontRole).value<QFont>().italic());
    }

    void coloursFollowTheChosenScore()
    {
        SimilarityTableModel model;
        model.setPalette(lightPalette());
        model.setTable(threeYears());
        const QModelIndex cell = model.index(0, 1); // cosine 0.4, jaccard 0.3, simple 0.2
        const QPalette light = lightPalette();
        const QList<std::pair<SeriesScore, double>> expected = {{SeriesScore::Cosine, 0.4},
                                                                {SeriesScore::Jaccard, 0.3},
                                                                {SeriesScore::Simple, 0.2},
                                                                {SeriesScore::WordsAdded, 0.2},
                                                                {SeriesScore::WordsDeleted, 0.2}};
        for (const auto &[score, similarity] : expected) {
            model.setScore(score);
            QCOMPARE(cell.data(SimilarityTableModel::SimilarityRole).toDouble(), similarity);
            QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(),
                     heat::background(similarity, light));
        }
        // Identical text stands in the palette's own colour.
        QCOMPARE(model.index(1, 1).data(Qt::BackgroundRole).value<QColor>(), QColor(Qt::white));
    }

    void coloursMonotone_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    // Lower similarity, stronger colour: the distance in luminance from the base colour grows
    // strictly as similarity falls from 1 to 0, and the text on every colour stays readable
    // (WCAG AA, contrast 4.5 or more).
    void coloursMonotone()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        QCOMPARE(heat::background(1.0, palette), base);
        double previous = -1;
        for (int step = 1000; step >= 0; --step) {
            const double similarity = step / 1000.0;
            const QColor colour = heat::background(similarity, palette);
            const double distance = std::abs(heat::luminance(colour) - heat::luminance(base));
            if (step < 1000)
                QVERIFY2(distance > previous, qPrintable(u"at %1"_s.arg(similarity)));
            previous = distance;
            const double contrast = heat::contrast(colour, heat::foreground(colour));
            QVERIFY2(contrast >= 4.5,
                     qPrintable(u"contrast %1 at %2"_s.arg(contrast).arg(similarity)));
        }
        // The small changes of consecutive years show: 0.99 is a tenth of the way.
        QCOMPARE(heat::strength(0.99), std::sqrt(0.01));
        QVERIFY(heat::background(0.99, palette) != base);
    }

    void toolTips()
    {
        SimilarityTableModel model;
        model.setTable(threeYears());
        const QLocale locale;
        const QString changed = model.index(0, 0).data(Qt::ToolTipRole).toString();
        for (const QString &part :
             {u"Part I, Item 1 \u2014 Business"_s, u"FY2021 \u2192 FY2022"_s,
              u"changed, 2 changes"_s, u"cosine 0.9876"_s, u"jaccard 0.5000"_s, u"simple 0.9999"_s,
              u"words %1 \u2192 %2: %3 added, 56 deleted"_s.arg(
                  locale.toString(1000), locale.toString(2178), locale.toString(1234))})
            QVERIFY2(changed.contains(part), qPrintable(part + u" not in:\n"_s + changed));
        const QString added = model.index(1, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(added.contains(
                     u"new: only the FY2022 report has it (%1 words)"_s.arg(locale.toString(4321))),
                 qPrintable(added));
        const QString removed = model.index(2, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(removed.contains(u"removed: only the FY2022 report has it (77 words)"_s),
                 qPrintable(removed));
    }
};

QTEST_MAIN(TestSeriesModel)
#include "tst_seriesmodel.moc"

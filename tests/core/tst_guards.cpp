// SPDX-License-Identifier: MIT
// The guards that keep hostile constructs linear (README, "Bad input"): each is checked at its
// limit and one past it, on what it must keep as much as on what it drops.
#include "filingparser.h"
#include "htmlguard.h"
#include "htmltotext.h"
#include "ixbrl.h"
#include "ixtransforms.h"
#include "pagebreaks.h"
#include "testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

QByteArray tagWithAttributes(int count)
{
    QByteArray tag = "<p";
    for (int i = 0; i < count; ++i)
        tag += " a" + QByteArray::number(i) + "=\"v\"";
    return tag + ">";
}

const QByteArray kEightK = "<html><body><p>FORM 8-K</p><p>Item 8.01 Other Events</p>";

// An inline-XBRL 8-K body with `resources` in ix:resources and `body` after the heading.
QByteArray ixDocument(const QByteArray &resources, const QByteArray &body)
{
    return "<html><body><div style=\"display:none\"><ix:header><ix:resources>"
           "<xbrli:context id=\"c1\"><xbrli:entity><xbrli:identifier scheme=\"x\">1"
           "</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2023-12-31"
           "</xbrli:instant></xbrli:period></xbrli:context>"
        + resources + "</ix:resources></ix:header></div><p>FORM 8-K</p><p>Item 8.01 Other</p>"
        + body + "</body></html>";
}

} // namespace

class TestGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributes_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("cut");
        QTest::newRow("at the limit") << kMaxHtmlAttributes << false;
        QTest::newRow("one past") << kMaxHtmlAttributes + 1 << true;
        QTest::newRow("40,000") << 40000 << true;
    }

    void attributes()
    {
        QFETCH(int, count);
        QFETCH(bool, cut);
        const QByteArray html = kEightK + tagWithAttributes(count) + "AFTER</p>"
            + "<p style=\"font-weight:bold\">LAST</p></body></html>";
        const HtmlGuardResult guard = guardHtml(html);
        QCOMPARE(guard.tagsCut, cut ? 1 : 0);
        if (cut) {
            // The tag keeps its first 256 attributes and its '>'; what follows is untouched.
            QVERIFY(guard.rewritten.contains(" a255=\"v\">AFTER</p>"));
            QVERIFY(!guard.rewritten.contains(" a256="));
            QVERIFY(
                guard.rewritten.endsWith("<p style=\"font-weight:bold\">LAST</p></body></html>"));
        }
        const FilingPtr f = parseBytes(html, u"attrs.htm"_s);
        QVERIFY(f->ok());
        QVERIFY(f->text.contains(u"AFTER"_s));
        QVERIFY(f->text.contains(u"LAST"_s));
        const Warning *w = test::findWarning(*f, u"html-attributes"_s);
        QCOMPARE(w != nullptr, cut);
    }

    void attributesInQuotesAndOddSyntax()
    {
        // A '>' inside a quoted value does not end the tag; unquoted values, valueless
        // attributes and junk between attributes are read as libxml2 reads them.
        QByteArray tag = "<p title=\"a > b\" data-x='c > d' hidden";
        for (int i = 0; i < 300; ++i)
            tag += " b" + QByteArray::number(i) + "=u" + QByteArray::number(i);
        tag += " \"junk\" more>";
        const HtmlGuardResult guard = guardHtml(QByteArray(kEightK + tag + "TEXT</p>"));
        QCOMPARE(guard.tagsCut, 1);
        // Three attributes come first, so b252 is the 256th and the last kept.
        QVERIFY(guard.rewritten.contains(" b252=u252>TEXT</p>"));
        QVERIFY(!guard.rewritten.contains("b253"));
    }

    void realNamespaceRootIsKept()
    {
        // This 8-K's <html> declares 186 namespaces: the most in the shared corpus.
        QFile file(test::dataPath(u"corpus/html8k/scpp__soga8-kpscdecision12x19.htm"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QCOMPARE(guardHtml(html).tagsCut, 0);
    }

    void pageBreakLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("form feeds") << QByteArray("\f\n");
        QTest::newRow("<PAGE>") << QByteArray("<PAGE>\n");
    }

    void pageBreakLines()
    {
        QFETCH(QByteArray, line);
        for (const qsizetype lines : {kMaxPageBreaks, kMaxPageBreaks + 1}) {
            const QByteArray text =
                "FORM 8-K\nItem 8.01 Other Events\n" + line.repeated(lines) + "end\n";
            const FilingPtr f = parseBytes(text, u"pages.txt"_s);
            QVERIFY(f->ok());
            QCOMPARE(f->pageBreaks.size(), kMaxPageBreaks);
            // The first break is on line 3, the last kept on line 3 + kMaxPageBreaks - 1.
            QCOMPARE(f->lineAt(f->pageBreaks.first().start), 2);
            QCOMPARE(f->lineAt(f->pageBreaks.last().start), int(2 + kMaxPageBreaks - 1));
            QCOMPARE(test::findWarning(*f, u"page-breaks"_s) != nullptr, lines > kMaxPageBreaks);
        }
    }

    void contextDimensions()
    {
        QByteArray members;
        for (int i = 0; i < 40; ++i)
            members += "<xbrldi:explicitMember dimension=\"a:Axis" + QByteArray::number(i)
                + "\">a:M</xbrldi:explicitMember>";
        const QByteArray html = ixDocument(
            "<xbrli:context id=\"c2\"><xbrli:entity><xbrli:identifier scheme=\"x\">1"
            "</xbrli:identifier><xbrli:segment>"
                + members
                + "</xbrli:segment></xbrli:entity><xbrli:period><xbrli:instant>2023-12-31"
                  "</xbrli:instant></xbrli:period></xbrli:context>",
            "<p><ix:nonNumeric name=\"dei:X\" contextRef=\"c2\">v</ix:nonNumeric></p>");
        const FilingPtr f = parseBytes(html, u"dims.htm"_s);
        QVERIFY(f->ok());
        QCOMPARE(f->facts.size(), 1);
        const XbrlContext &c = f->contexts.at(f->facts.first().context);
        QCOMPARE(c.dimensions.size(), kMaxContextDimensions);
        QCOMPARE(c.dimensions.first().first, u"a:Axis0"_s);
        QCOMPARE(c.dimensions.last().first, u"a:Axis31"_s);
        const Warning *w = test::findWarning(*f, u"ix-dimensions"_s);
        QVERIFY(w);
        QVERIFY2(w->message.startsWith(u"8 dimension(s)"_s), qPrintable(w->message));
    }

    void continuationVisitedOnce()
    {
        // Two facts claim one continuation, and a chain loops back on itself: each
        // continuation is joined once, and the rest is said.
        const QByteArray html = ixDocument(
            {},
            "<p><ix:nonNumeric name=\"dei:A\" contextRef=\"c1\" continuedAt=\"k1\">first"
            "</ix:nonNumeric></p><p><ix:nonNumeric name=\"dei:B\" contextRef=\"c1\" "
            "continuedAt=\"k1\">second</ix:nonNumeric></p>"
            "<p><ix:continuation id=\"k1\" continuedAt=\"k2\">one</ix:continuation></p>"
            "<p><ix:continuation id=\"k2\" continuedAt=\"k1\">two</ix:continuation></p>");
        const FilingPtr f = parseBytes(html, u"chains.htm"_s);
        QVERIFY(f->ok());
        QCOMPARE(f->facts.size(), 2);
        QCOMPARE(f->facts[0].value, u"first one two"_s);
        QCOMPARE(f->facts[1].value, u"second"_s);
        int reused = 0;
        for (const Warning &w : f->warnings)
            reused += w.code == u"ix-continuation-reused"_s;
        QCOMPARE(reused, 2); // the loop back to k1, and B's claim on it
    }

    void scaleAndZeros_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scale of a billion is clamped")
            << u"1"_s << 1000000000 << (u"1"_s + QString(100, u'0'));
        QTest::newRow("negative scale clamped")
            << u"1"_s << -1000000000 << (u"0."_s + QString(99, u'0') + u"1"_s);
        QTest::newRow("200,000 leading zeros")
            << (QString(200000, u'0') + u"12.50"_s) << 3 << u"12500"_s;
        QTest::newRow("200,000 trailing zeros") << (u"7."_s + QString(200000, u'0')) << 0 << u"7"_s;
        QTest::newRow("zero") << u"0.000"_s << 6 << u"0"_s;
    }

    void scaleAndZeros()
    {
        QFETCH(QString, decimal);
        QFETCH(int, scale);
        QFETCH(QString, expected);
        QCOMPARE(scaleDecimal(decimal, scale, false), expected);
    }
};

QTEST_MAIN(TestGuards)
#include "tst_guards.moc"

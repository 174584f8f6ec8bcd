// SPDX-License-Identifier: MIT
#include "htmltotext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestHtmlToText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraphs")
            << "<html><body><p>First</p><p>Second</p></body></html>"_ba << u"First\n\nSecond\n"_s;
        QTest::newRow("divs and br")
            << "<div>One</div><div>Two<br>Three</div>"_ba << u"One\nTwo\nThree\n"_s;
        QTest::newRow("entities") << "<p>AT&amp;T &lt;x&gt; caf&eacute; &#8217;s &#x2014;</p>"_ba
                                  << u"AT&T <x> caf\u00E9 \u2019s \u2014\n"_s;
        QTest::newRow("nbsp collapses") << "<p>a&nbsp;&nbsp;&nbsp;b \n   c</p>"_ba << u"a b c\n"_s;
        QTest::newRow("inline spans join")
            << "<p>202<span>4</span>.<b>x</b></p>"_ba << u"2024.x\n"_s;
        QTest::newRow("display inline div")
            << "<div>FORM <div style=\"display:inline\">8-K</div></div>"_ba << u"FORM 8-K\n"_s;
        QTest::newRow("table row on one line")
            << "<table><tr><td>Delaware</td><td></td><td>001-36743</td></tr>"
               "<tr><td>(State)</td><td></td><td>(File No.)</td></tr></table>"_ba
            << u"Delaware\t001-36743\n(State)\t(File No.)\n"_s;
        QTest::newRow("multi-line cells become a grid")
            << "<table><tr><td>1-3526</td><td>The Southern Company<br>(A Delaware "
               "Corporation)</td><td>58-0690070</td></tr></table>"_ba
            << u"1-3526\tThe Southern Company\t58-0690070\n\t(A Delaware Corporation)\n"_s;
        QTest::newRow("colspan keeps columns")
            << "<table><tr><td colspan=2>Title</td><td>Symbol</td></tr>"
               "<tr><td>A</td><td>B</td><td>C</td></tr></table>"_ba
            << u"Title\t\tSymbol\nA\tB\tC\n"_s;
        // The columns a cell spans past its first hold empty cells: a tab each where other
        // rows use the column, nothing where no row does, none after a row's last line.
        QTest::newRow("colspan in a grid of lines")
            << "<table><tr><td colspan=2>Name<br>Title</td><td>Date</td></tr>"
               "<tr><td>A</td><td>B</td><td>C</td></tr></table>"_ba
            << u"Name\t\tDate\nTitle\nA\tB\tC\n"_s;
        QTest::newRow("colspan over spacer columns")
            << "<table><tr><td colspan=3>Wide</td><td>Z</td></tr>"
               "<tr><td>a</td><td></td><td>&nbsp;</td><td>z</td></tr></table>"_ba
            << u"Wide\tZ\na\tz\n"_s;
        QTest::newRow("hidden inline xbrl header")
            << "<html><body><div style=\"display: none\"><ix:header>0000320193 false"
               "</ix:header></div><p>Apple Inc.</p></body></html>"_ba
            << u"Apple Inc.\n"_s;
        QTest::newRow("script and style dropped")
            << "<html><head><title>T</title><style>p{}</style></head><body><script>x=1"
               "</script><p>Text</p></body></html>"_ba
            << u"Text\n"_s;
        QTest::newRow("page break style")
            << "<p>Page one</p><hr style=\"page-break-after: always\"><p>Page two</p>"_ba
            << u"Page one\n\f\nPage two\n"_s;
        QTest::newRow("pagebreak comment")
            << "<p>One</p><!-- PAGEBREAK --><p>Two</p>"_ba << u"One\n\f\nTwo\n"_s;
        QTest::newRow("wingdings boxes")
            << "<p><font face=\"Wingdings\">&#168;</font> Rule 425 "
               "<font style=\"font-family:Wingdings\">&#253;</font> Rule 14a-12</p>"_ba
            << u"\u2610 Rule 425 \u2612 Rule 14a-12\n"_s;
        QTest::newRow("pre keeps lines") << "<pre>a  b\n  c</pre>"_ba << u"a  b\n  c\n"_s;
        QTest::newRow("unclosed tags recover")
            << "<html><body><p>one<p>two<table><tr><td>cell"_ba << u"one\n\ntwo\n\ncell\n"_s;
        QTest::newRow("windows-1252 input")
            << "<p>Registrant\x92s phone</p>"_ba << u"Registrant\u2019s phone\n"_s;
        // Numeric references to 128-159 mean Windows-1252, as in every browser.
        QTest::newRow("&#146; and &#151;")
            << "<p>Registrant&#146;s &#147;Item&#148; 7 &#151; MD&amp;A &#128;5</p>"_ba
            << u"Registrant\u2019s \u201cItem\u201d 7 \u2014 MD&A \u20ac5\n"_s;
        QTest::newRow("latin-1 label")
            << "<meta charset=\"iso-8859-1\"><p>Company\x92s</p>"_ba << u"Company\u2019s\n"_s;
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void convert()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        QCOMPARE(htmlToText(html), text);
    }

    void layoutTablesStayReadable()
    {
        // A whole document inside one cell is written as blocks, not squeezed on one line.
        QByteArray html = "<table><tr><td>";
        for (int i = 0; i < 30; ++i)
            html += "<p>Paragraph " + QByteArray::number(i) + " of the layout table.</p>";
        html += "</td></tr></table>";
        const QString text = htmlToText(html);
        QCOMPARE(text.count(u'\n'), 30 + 29);
        QVERIFY(text.startsWith(u"Paragraph 0 of the layout table.\n"_s));
    }

    void nothingIsLoaded()
    {
        // An external DTD, entities and images must never be fetched or read.
        QTemporaryDir dir;
        QFile dtd(dir.filePath(u"evil.dtd"_s));
        QVERIFY(dtd.open(QIODevice::WriteOnly));
        dtd.write("<!ENTITY secret \"LEAKED-FROM-DISK\">");
        dtd.close();
        const QByteArray html = "<!DOCTYPE html SYSTEM \"file://" + dtd.fileName().toUtf8()
            + "\"><html><body><p>&secret; <img src=\"file://" + dtd.fileName().toUtf8()
            + "\"> <iframe src=\"http://127.0.0.1:1/\"></iframe>ok</p></body></html>";
        const QString text = htmlToText(html);
        QVERIFY(!text.contains(u"LEAKED"_s));
        QVERIFY(text.contains(u"ok"_s));
        // libxml2's HTML parser does not read that DTD by itself; what guards any path that
        // would is the process-wide entity loader, which must refuse the very same file.
        const QByteArray url = "file://" + dtd.fileName().toUtf8();
        xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
        QVERIFY(ctxt);
        xmlParserInputPtr input = xmlGetExternalEntityLoader()(url.constData(), nullptr, ctxt);
        const bool refused = input == nullptr;
        if (input)
            xmlFreeInputStream(input);
        xmlFreeParserCtxt(ctxt);
        QVERIFY(refused);
    }

    void stats()
    {
        HtmlConversionStats stats;
        htmlToText("<div style=\"display:none\">x</div><p style=\"page-break-before:always\">y</p>",
                   &stats);
        QCOMPARE(stats.hiddenElements, 1);
        QCOMPARE(stats.pageBreaks, 1);
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("html");
        QTest::newRow("html") << "<html><body>"_ba << true;
        QTest::newRow("doctype") << "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"_ba
                                 << true;
        QTest::newRow("xml then html")
            << "<?xml version='1.0' encoding='ASCII'?>\n<html xmlns=\"\">"_ba << true;
        QTest::newRow("comment first") << "<!-- Workiva -->\n<html>"_ba << true;
        QTest::newRow("upper case") << "  <HTML>\n<HEAD>"_ba << true;
        QTest::newRow("sgml text") << "<DOCUMENT>\n<TYPE>8-K"_ba << false;
        QTest::newRow("xbrl xml") << "<?xml version=\"1.0\"?>\n<xbrl>"_ba << false;
        QTest::newRow("plain text") << "FORM 8-K"_ba << false;
    }
    void detection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, html);
        QCOMPARE(looksLikeHtml(bytes), html);
    }
};

QTEST_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"

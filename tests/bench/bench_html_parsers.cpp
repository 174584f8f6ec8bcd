// SPDX-License-Identifier: MIT
// How the HTML parser was chosen: libxml2's HTML parser (SAX, and building a tree) against
// gumbo (tree), on the same HTML files, next to FilingLens's full HTML-to-text conversion.
// Built only when gumbo's development files are installed; gumbo is not a dependency.
//
//   bench_html_parsers FILE.html...

#include "htmltotext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <cstdio>
#include <cstring>
#include <functional>

namespace {

void noStart(void *, const xmlChar *, const xmlChar **) { }
void noEnd(void *, const xmlChar *) { }
void noChars(void *, const xmlChar *, int) { }
void noDiagnostic(void *, const char *, ...) { }

constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
    | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC;

double rate(const QByteArray &bytes, int repeats, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i)
        work();
    return double(bytes.size()) * repeats / (double(timer.nsecsElapsed()) / 1e9) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    xmlInitParser();
    std::printf("%-40s %10s %12s %12s %12s %14s\n", "file", "MB", "libxml2 SAX", "libxml2 tree",
                "gumbo tree", "FilingLens text");
    for (int a = 1; a < argc; ++a) {
        QFile file(QString::fromLocal8Bit(argv[a]));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray html = file.readAll();
        const int repeats = std::max(3, int(20e6 / std::max<qsizetype>(1, html.size())));
        const double sax = rate(html, repeats, [&] {
            htmlSAXHandler handler;
            std::memset(&handler, 0, sizeof handler);
            handler.startElement = noStart;
            handler.endElement = noEnd;
            handler.characters = noChars;
            handler.ignorableWhitespace = noChars;
            handler.error = noDiagnostic;
            handler.warning = noDiagnostic;
            htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html.constData(), int(html.size()));
            std::memcpy(ctxt->sax, &handler, sizeof handler);
            htmlCtxtUseOptions(ctxt, kOptions);
            xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
            htmlParseDocument(ctxt);
            htmlFreeParserCtxt(ctxt);
        });
        const double tree = rate(html, repeats, [&] {
            xmlFreeDoc(htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8",
                                      kOptions | HTML_PARSE_COMPACT));
        });
        const double gumbo = rate(html, repeats, [&] {
            GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(),
                                                        size_t(html.size()));
            gumbo_destroy_output(&kGumboDefaultOptions, out);
        });
        const double ours = rate(html, repeats, [&] { fl::htmlToUtf8Text(html); });
        std::printf("%-40s %10.2f %12.0f %12.0f %12.0f %14.0f   MB/s\n",
                    QFileInfo(file.fileName()).fileName().left(40).toLocal8Bit().constData(),
                    double(html.size()) / 1e6, sax, tree, gumbo, ours);
    }
    return 0;
}

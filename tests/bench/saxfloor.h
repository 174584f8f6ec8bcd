// SPDX-License-Identifier: MIT
// libxml2's bare HTML SAX pass: the floor every HTML filing pays, which bench_periodic and
// bench_parse measure FilingLens's parse against.
#pragma once

#include <QByteArray>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <cstring>

namespace fl::bench {

namespace saxfloor {
inline void noStart(void *, const xmlChar *, const xmlChar **) { }
inline void noEnd(void *, const xmlChar *) { }
inline void noChars(void *, const xmlChar *, int) { }
inline void noComment(void *, const xmlChar *) { }
inline void noDiagnostic(void *, const char *, ...) { }
} // namespace saxfloor

// The options core/htmltotext.cpp parses with, so that the floor does the same work.
constexpr int kSaxFloorOptions = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
    | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;

// libxml2's HTML parser over `html` with handlers that do nothing, on a fresh parser context
// (as a program parsing one file would).
inline void bareSaxPass(const QByteArray &html)
{
    using namespace saxfloor;
    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = noStart;
    handler.endElement = noEnd;
    handler.characters = noChars;
    handler.ignorableWhitespace = noChars;
    handler.cdataBlock = noChars;
    handler.comment = noComment;
    handler.error = noDiagnostic;
    handler.warning = noDiagnostic;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html.constData(), int(html.size()));
    if (!ctxt)
        return;
    std::memcpy(ctxt->sax, &handler, sizeof handler);
    htmlCtxtUseOptions(ctxt, kSaxFloorOptions);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    htmlFreeParserCtxt(ctxt);
}

} // namespace fl::bench

// SPDX-License-Identifier: MIT
#pragma once

// libxml2 HTML parser contexts reused from document to document on each thread
// (htmlparsercontext.cpp says why and when a context is made anew).

#include <QByteArrayView>

#include <libxml/HTMLparser.h>

namespace fl {

// A context reading `html`, or null; give it back with releaseHtmlParserContext() on the same
// thread.
htmlParserCtxtPtr acquireHtmlParserContext(QByteArrayView html);
void releaseHtmlParserContext(htmlParserCtxtPtr ctxt);

} // namespace fl

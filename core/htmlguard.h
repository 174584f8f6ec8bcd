// SPDX-License-Identifier: MIT
#pragma once

// Guards between an HTML document and libxml2: constructs that libxml2 itself handles in
// super-linear time are neutralized before the parser sees them.

#include <QByteArray>
#include <QByteArrayView>

namespace fl {

// libxml2's HTML parser compares each attribute of a start tag with every attribute before it
// (to drop duplicates), so one tag of n attributes costs n²/2 string comparisons: a 0.7 MB tag
// takes a minute. Past this many the rest of a tag's attributes are dropped. Real filings put
// fewer than 35 on an element, apart from the root of an inline-XBRL document, which declares
// its namespaces (186 in the shared corpus); FilingLens reads none of those.
constexpr int kMaxHtmlAttributes = 256;

struct HtmlGuardResult
{
    QByteArray rewritten;  // the document with the guards applied; null when nothing changed
    qsizetype tagsCut = 0; // start tags that lost attributes
};

// One pass over the bytes, tokenizing start tags the way libxml2 does (names, quoted and
// unquoted values); linear in the input.
HtmlGuardResult guardHtml(QByteArrayView html);

} // namespace fl

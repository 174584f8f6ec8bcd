// SPDX-License-Identifier: MIT
#include "htmlguard.h"

#include <cstring>

namespace fl {

namespace {

// The character classes of libxml2's HTML tokenizer (IS_BLANK_CH, htmlParseHTMLName).
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameStart(char c)
{
    return isLetter(c) || c == '_' || c == ':' || c == '.';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-';
}

bool endsTag(const char *p, const char *end)
{
    return *p == '>' || (*p == '/' && p + 1 < end && p[1] == '>');
}

struct TagScan
{
    const char *end = nullptr;     // the tag's '>' (or "/>"), or the end of the input
    const char *cutFrom = nullptr; // where the attribute past kMaxHtmlAttributes starts
};

// Reads a start tag from just after its '<' as libxml2's htmlParseStartTag does.
TagScan scanStartTag(const char *p, const char *end)
{
    TagScan scan;
    scan.end = end;
    while (p < end && isNameChar(*p))
        ++p;
    int attributes = 0;
    while (p < end) {
        const char *previousEnd = p; // the blanks before an attribute go with it
        while (p < end && isBlank(*p))
            ++p;
        if (p >= end)
            break;
        if (endsTag(p, end)) {
            scan.end = p;
            break;
        }
        if (!isNameStart(*p)) {
            // Not an attribute: libxml2 skips to the next blank or the end of the tag.
            while (p < end && !isBlank(*p) && !endsTag(p, end))
                ++p;
            continue;
        }
        while (p < end && isNameChar(*p))
            ++p;
        if (++attributes == kMaxHtmlAttributes + 1)
            scan.cutFrom = previousEnd;
        const char *q = p;
        while (q < end && isBlank(*q))
            ++q;
        if (q >= end || *q != '=')
            continue; // an attribute without a value
        ++q;
        while (q < end && isBlank(*q))
            ++q;
        if (q < end && (*q == '"' || *q == '\'')) {
            const auto *close = static_cast<const char *>(std::memchr(q + 1, *q, end - q - 1));
            p = close ? close + 1 : end;
        } else {
            while (q < end && !isBlank(*q) && *q != '>')
                ++q;
            p = q;
        }
    }
    return scan;
}

} // namespace

HtmlGuardResult guardHtml(QByteArrayView html)
{
    HtmlGuardResult result;
    const char *const begin = html.data();
    const char *const end = begin + html.size();
    const char *copied = begin; // the input before this is in result.rewritten
    const char *p = begin;
    while (p < end) {
        const auto *lt = static_cast<const char *>(std::memchr(p, '<', end - p));
        if (!lt || lt + 1 >= end)
            break;
        if (!isLetter(lt[1])) {
            p = lt + 1;
            continue;
        }
        const TagScan tag = scanStartTag(lt + 1, end);
        if (tag.cutFrom) {
            if (result.tagsCut == 0)
                result.rewritten.reserve(html.size());
            result.rewritten.append(copied, tag.cutFrom - copied);
            copied = tag.end; // the tag keeps its '>'
            ++result.tagsCut;
        }
        p = tag.end;
    }
    if (result.tagsCut > 0)
        result.rewritten.append(copied, end - copied);
    return result;
}

} // namespace fl

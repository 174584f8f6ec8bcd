// SPDX-License-Identifier: MIT
#include "htmltotext.h"

#include "htmlguard.h"
#include "htmlparsercontext.h"
#include "htmltables.h"
#include "ixbrl.h"
#include "textdecoder.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlversion.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace fl {

namespace {

using htmltext::Sink;
using htmltext::TableStack;
using htmltext::trimInPlace;

// Filings are untrusted: no DTD, entity or anything else is ever loaded from a path or URL.
xmlParserInputPtr refuseExternalEntity(const char *, const char *, xmlParserCtxtPtr)
{
    return nullptr;
}

void ensureLibxmlReady()
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(refuseExternalEntity);
    });
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i]))
            != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

constexpr char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

// True when `text` starts with `word` (lower case), ignoring ASCII case.
bool startsWithNoCase(const char *text, std::string_view word)
{
    for (size_t i = 0; i < word.size(); ++i) {
        if (asciiLower(text[i]) != word[i])
            return false; // also stops at the terminating NUL
    }
    return true;
}

const char *skipCssSpace(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        ++p;
    return p;
}

// What FilingLens needs from a style attribute, read in one pass without copying it.
struct StyleFlags
{
    bool hidden = false;
    bool inlineDisplay = false;
    bool blockDisplay = false;
    bool breakBefore = false;
    bool breakAfter = false;
    bool wingdings = false;
};

// The bytes readStyle stops at: style attributes are long (a 10-K carries 1-2 MB of them), so
// the scan skips every other byte with one table look-up.
enum StyleByte : quint8 {
    kPlain = 0,
    kEnd = 1,      // the terminating NUL
    kBoundary = 2, // a property name may follow: ';', blank, '"'
    kLetterW = 3,  // wingdings
};

constexpr std::array<quint8, 256> kStyleBytes = [] {
    std::array<quint8, 256> t{};
    t[0] = kEnd;
    for (const unsigned char c : {';', ' ', '\t', '"'})
        t[c] = kBoundary;
    t['w'] = t['W'] = kLetterW;
    return t;
}();

// d, p, b: the first letters of display, page-break-* and break-*.
constexpr bool mayStartProperty(char c)
{
    const char lower = asciiLower(c);
    return lower == 'd' || lower == 'p' || lower == 'b';
}

// Reads the property whose name may start at `p` (after a boundary) into `flags`.
void readStyleProperty(const char *p, StyleFlags &flags)
{
    static constexpr std::string_view kProperties[] = {
        "display", "page-break-before", "page-break-after", "break-before", "break-after"};
    const char first = asciiLower(*p);
    for (const std::string_view property : kProperties) {
        if (property.front() != first || !startsWithNoCase(p, property))
            continue;
        const char *v = skipCssSpace(p + property.size());
        if (*v != ':')
            return;
        v = skipCssSpace(v + 1);
        if (property == "display") {
            flags.hidden = flags.hidden || startsWithNoCase(v, "none");
            flags.inlineDisplay = flags.inlineDisplay || startsWithNoCase(v, "inline");
            flags.blockDisplay = flags.blockDisplay || startsWithNoCase(v, "block");
        } else {
            const bool on = startsWithNoCase(v, "always") || startsWithNoCase(v, "page");
            if (property.ends_with("before"))
                flags.breakBefore = flags.breakBefore || on;
            else
                flags.breakAfter = flags.breakAfter || on;
        }
        return; // no property name is a prefix of another
    }
}

// A property counts where its name starts the style or follows a boundary byte; "wingdings"
// counts anywhere (a font-family value).
StyleFlags readStyle(const char *style)
{
    StyleFlags flags;
    if (mayStartProperty(*style))
        readStyleProperty(style, flags);
    for (const char *p = style;; ++p) {
        quint8 kind;
        while ((kind = kStyleBytes[static_cast<unsigned char>(*p)]) == kPlain)
            ++p;
        if (kind == kEnd)
            break;
        if (kind == kLetterW)
            flags.wingdings = flags.wingdings || startsWithNoCase(p, "wingdings");
        else if (mayStartProperty(p[1])) // kBoundary
            readStyleProperty(p + 1, flags);
    }
    return flags;
}

enum class ElementClass : quint8 { Inline, Block, Paragraph, Break, Cell, Row, Table, Skip };

// Names that matter beyond their class.
enum class ElementTag : quint8 { Other, Pre, Page };

struct ElementInfo
{
    std::string_view name;
    ElementClass cls;
    ElementTag tag = ElementTag::Other;
};

// Elements not listed are inline. libxml2 gives HTML element names in lower case.
constexpr ElementInfo kElements[] = {
    {"address", ElementClass::Block},
    {"article", ElementClass::Block},
    {"aside", ElementClass::Block},
    {"blockquote", ElementClass::Paragraph},
    {"body", ElementClass::Block},
    {"br", ElementClass::Break},
    {"caption", ElementClass::Block},
    {"center", ElementClass::Block},
    {"dd", ElementClass::Block},
    {"div", ElementClass::Block},
    {"dl", ElementClass::Paragraph},
    {"dt", ElementClass::Block},
    {"fieldset", ElementClass::Block},
    {"figcaption", ElementClass::Block},
    {"figure", ElementClass::Block},
    {"footer", ElementClass::Block},
    {"form", ElementClass::Block},
    {"h1", ElementClass::Paragraph},
    {"h2", ElementClass::Paragraph},
    {"h3", ElementClass::Paragraph},
    {"h4", ElementClass::Paragraph},
    {"h5", ElementClass::Paragraph},
    {"h6", ElementClass::Paragraph},
    {"head", ElementClass::Skip},
    {"header", ElementClass::Block},
    {"hr", ElementClass::Block},
    {"html", ElementClass::Block},
    {"li", ElementClass::Block},
    {"main", ElementClass::Block},
    {"nav", ElementClass::Block},
    {"noscript", ElementClass::Skip},
    {"object", ElementClass::Skip},
    {"ol", ElementClass::Paragraph},
    {"p", ElementClass::Paragraph},
    {"pre", ElementClass::Paragraph, ElementTag::Pre},
    {"script", ElementClass::Skip},
    {"section", ElementClass::Block},
    {"style", ElementClass::Skip},
    {"table", ElementClass::Table},
    {"tbody", ElementClass::Block},
    {"td", ElementClass::Cell},
    {"template", ElementClass::Skip},
    {"tfoot", ElementClass::Block},
    {"th", ElementClass::Cell},
    {"thead", ElementClass::Block},
    {"title", ElementClass::Skip},
    {"tr", ElementClass::Row},
    {"ul", ElementClass::Paragraph},
    {"xml", ElementClass::Skip},
    {"ix:header", ElementClass::Skip},
    // SGML <PAGE> markers left inside early HTML filings
    {"page", ElementClass::Inline, ElementTag::Page},
};

constexpr ElementInfo kInlineElement{"", ElementClass::Inline};

// classify() runs for every start and end tag: an open-addressing table built at compile time,
// hashed on the length and the first and last letters, so a look-up is a hash and one or two
// comparisons, with no allocation.
constexpr size_t kElementSlots = 128;

constexpr size_t elementSlot(std::string_view name)
{
    return (name.size() * 61 + size_t(static_cast<unsigned char>(name.front())) * 7
            + size_t(static_cast<unsigned char>(name.back())))
        % kElementSlots;
}

constexpr std::array<qint8, kElementSlots> kElementTable = [] {
    std::array<qint8, kElementSlots> slots{};
    slots.fill(-1);
    for (size_t i = 0; i < std::size(kElements); ++i) {
        size_t s = elementSlot(kElements[i].name);
        while (slots[s] >= 0)
            s = (s + 1) % kElementSlots;
        slots[s] = qint8(i);
    }
    return slots;
}();

const ElementInfo &classify(std::string_view name)
{
    if (name.empty())
        return kInlineElement;
    for (size_t s = elementSlot(name); kElementTable[s] >= 0; s = (s + 1) % kElementSlots) {
        const ElementInfo &info = kElements[size_t(kElementTable[s])];
        if (info.name == name)
            return info;
    }
    return kInlineElement;
}

// The name of an open element is kept in Converter::m_names, a stack of names that grows and
// shrinks with the elements: no allocation per element.
struct OpenElement
{
    size_t nameStart;
    size_t nameSize;
    ElementClass cls;
    bool hidden;
    bool wingdings;
    bool pageBreakAfter;
    bool pre;
    bool pushedSink;
    bool pushedTable;
    bool ixFact = false; // reported to the inline-XBRL collector
};

constexpr bool isPrintableAscii(unsigned char c)
{
    return c > ' ' && c < 0x80;
}

class Converter
{
public:
    Converter(HtmlConversionStats *stats, const std::atomic_bool *cancel, IxCollector *ix)
        : m_stats(stats)
        , m_cancel(cancel)
        , m_ix(ix)
    {
        m_sinks.emplace_back();
    }

    void setContext(htmlParserCtxtPtr ctxt) { m_ctxt = ctxt; }
    // Where parsing stopped early (too deep), as a byte offset of the input; -1 if it did not.
    qsizetype stoppedAt() const { return m_stoppedAt; }

    QByteArray result()
    {
        // Close whatever the document left open so that buffered tables are not lost.
        while (!m_open.empty())
            closeTop();
        while (m_sinks.size() > 1)
            popSinkIntoParent();
        while (!m_tables.empty())
            m_tables.emitInto(sink(), m_ix != nullptr);
        Sink &doc = m_sinks.front();
        if (!doc.text.empty() && doc.text.back() != '\n')
            doc.text.push_back('\n');
        return QByteArray(doc.text.data(), qsizetype(doc.text.size()));
    }

    void startElement(const char *rawName, const char **attrs)
    {
        if (m_ctxt && m_ctxt->nameNr > kMaxHtmlDepth) {
            // Bytes consumed from the start of the document: libxml2 drops parsed input from
            // its buffer as it goes, so cur - base is not an offset into the document (found
            // by fuzz_html).
            m_stoppedAt = qsizetype(std::max(0L, xmlByteConsumed(m_ctxt)));
            if (m_stats)
                m_stats->tooDeep = true;
            xmlStopParser(m_ctxt);
            return;
        }
        if (m_cancel && (++m_elements & 0xFFF) == 0 && m_cancel->load(std::memory_order_relaxed)) {
            if (m_stats)
                m_stats->cancelled = true;
            xmlStopParser(m_ctxt);
            return;
        }
        const std::string_view name(rawName ? rawName : "");
        const ElementInfo &info = classify(name);
        ElementClass cls = info.cls;
        bool hidden = cls == ElementClass::Skip;
        bool wingdings = false;
        bool breakBefore = false;
        bool breakAfter = false;
        // libxml2's HTML parser gives attribute names in lower case; the first letter sorts
        // out most attributes without a string comparison.
        for (const char **a = attrs; a && a[0]; a += 2) {
            const char *value = a[1] ? a[1] : "";
            const char first = a[0][0];
            if (first == 's' && std::strcmp(a[0], "style") == 0) {
                const StyleFlags style = readStyle(value);
                hidden = hidden || style.hidden;
                // CSS decides: <div style="display:inline"> flows with the text around it.
                if ((cls == ElementClass::Block || cls == ElementClass::Paragraph)
                    && style.inlineDisplay)
                    cls = ElementClass::Inline;
                else if (cls == ElementClass::Inline && style.blockDisplay)
                    cls = ElementClass::Block;
                breakBefore = breakBefore || style.breakBefore;
                breakAfter = breakAfter || style.breakAfter;
                wingdings = wingdings || style.wingdings;
            } else if (first == 'f' && std::strcmp(a[0], "face") == 0) {
                wingdings = wingdings || readStyle(value).wingdings;
            } else if (first == 'h' && std::strcmp(a[0], "hidden") == 0) {
                hidden = true;
            }
        }
        if (info.tag == ElementTag::Page) {
            if (!isHidden())
                pageBreak();
            return; // an empty element as far as we are concerned
        }

        OpenElement element{m_names.size(),
                            name.size(),
                            cls,
                            hidden,
                            wingdings,
                            breakAfter,
                            info.tag == ElementTag::Pre,
                            false,
                            false};
        if (hidden && !isHidden() && m_stats)
            ++m_stats->hiddenElements;
        if (m_ix && m_ix->wants(name)) {
            m_ix->startElement(name, attrs, !isHidden() && !hidden);
            element.ixFact = true;
        }
        if (!isHidden() && !hidden) {
            if (breakBefore)
                pageBreak();
            switch (cls) {
            case ElementClass::Block:
                sink().requestBreak(1);
                break;
            case ElementClass::Paragraph:
                sink().requestBreak(2);
                break;
            case ElementClass::Break:
                lineBreak();
                break;
            case ElementClass::Table:
                sink().requestBreak(2);
                m_tables.open();
                element.pushedTable = true;
                break;
            case ElementClass::Row:
                if (!m_tables.empty())
                    m_tables.startRow();
                else
                    sink().requestBreak(1);
                break;
            case ElementClass::Cell:
                if (!m_tables.empty()) {
                    m_tables.ensureRow();
                    m_sinks.push_back(Sink{m_tables.takeBuffer()});
                    m_cellTableDepth.push_back(m_tables.size());
                    element.pushedSink = true;
                    const int span = colspan(attrs);
                    m_pendingColspan.push_back(span);
                } else {
                    sink().pendingSpace = true;
                }
                break;
            case ElementClass::Inline:
            case ElementClass::Skip:
                break;
            }
        }
        if (cls == ElementClass::Break)
            return; // void element: libxml2 does not always report its end
        m_names.append(name);
        m_open.push_back(element);
        if (element.hidden)
            ++m_hiddenDepth;
        if (element.pre)
            ++m_preDepth;
        if (element.wingdings)
            ++m_wingdingsDepth;
    }

    void endElement(const char *rawName)
    {
        const std::string_view name(rawName ? rawName : "");
        const ElementInfo &info = classify(name);
        if (info.cls == ElementClass::Break || info.tag == ElementTag::Page)
            return;
        // Find the element being closed; ignore an end tag that matches nothing open.
        const std::string_view names(m_names);
        auto it = std::find_if(m_open.rbegin(), m_open.rend(), [&](const OpenElement &e) {
            return names.substr(e.nameStart, e.nameSize) == name;
        });
        if (it == m_open.rend())
            return;
        const size_t target = size_t(std::distance(it, m_open.rend())) - 1;
        while (m_open.size() > target)
            closeTop();
    }

    void characters(const char *ch, int len)
    {
        if (m_ix && m_ix->capturing() && len > 0)
            m_ix->characters(ch, len);
        if (isHidden() || len <= 0)
            return;
        Sink &s = sink();
        if (m_ix && m_ix->hasPendingStarts()) {
            // A fact's start marker goes right before its first shown character.
            const int blank = m_preDepth > 0 ? 0 : IxCollector::leadingBlank(ch, len);
            if (blank < len) {
                s.pendingSpace = s.pendingSpace || blank > 0;
                s.flushPending();
                m_ix->emitStartMarkers(s.text);
                ch += blank;
                len -= blank;
            }
        }
        const auto *p = reinterpret_cast<const unsigned char *>(ch);
        const unsigned char *end = p + len;
        if (m_preDepth > 0) {
            while (p < end) {
                const unsigned char c = *p;
                if (c == '\r') {
                    ++p;
                    continue;
                }
                if (c == '\n') {
                    s.flushPending();
                    s.text.push_back('\n');
                    ++p;
                    continue;
                }
                p = appendChar(s, p, end);
            }
            return;
        }
        while (p < end) {
            const unsigned char c = *p;
            if (isPrintableAscii(c) && m_wingdingsDepth == 0) {
                // A run of plain ASCII words: one append. A single space between two words is
                // copied as it is, which is what the pending space would have become.
                const unsigned char *run = p + 1;
                while (true) {
                    while (run < end && isPrintableAscii(*run))
                        ++run;
                    if (end - run < 2 || *run != ' ' || !isPrintableAscii(run[1]))
                        break;
                    run += 2;
                }
                s.flushPending();
                s.text.append(reinterpret_cast<const char *>(p), size_t(run - p));
                p = run;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                s.pendingSpace = true;
                ++p;
                continue;
            }
            if (c == 0xC2 && p + 1 < end && p[1] == 0xA0) { // no-break space
                s.pendingSpace = true;
                p += 2;
                continue;
            }
            if (c == 0xE2 && p + 2 < end && p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0x8B) {
                // U+2000..U+200A are spaces, U+200B is a zero-width space
                if (p[2] != 0x8B)
                    s.pendingSpace = true;
                p += 3;
                continue;
            }
            p = appendChar(s, p, end);
        }
    }

    void comment(const char *text)
    {
        if (isHidden() || !text)
            return;
        std::string t(text);
        trimInPlace(t);
        if (equalsIgnoringCase(t, "PAGEBREAK") || equalsIgnoringCase(t, "PAGE BREAK"))
            pageBreak();
    }

private:
    Sink &sink() { return m_sinks.back(); }
    bool isHidden() const { return m_hiddenDepth > 0; }

    static int colspan(const char **attrs)
    {
        for (const char **a = attrs; a && a[0]; a += 2) {
            if (std::strcmp(a[0], "colspan") == 0 && a[1]) {
                const int n = std::atoi(a[1]);
                return std::clamp(n, 1, 64);
            }
        }
        return 1;
    }

    // Appends one (possibly multi-byte) character, mapping Wingdings check boxes.
    const unsigned char *appendChar(Sink &s, const unsigned char *p, const unsigned char *end)
    {
        s.flushPending();
        if (m_wingdingsDepth > 0) {
            const char *mapped = nullptr;
            size_t consumed = 1;
            if (*p == 0xC2 && p + 1 < end && p[1] == 0xA8) {
                mapped = "\u2610"; // ¨ : empty box
                consumed = 2;
            } else if (*p == 0xC3 && p + 1 < end && (p[1] == 0xBD || p[1] == 0xBE)) {
                mapped = p[1] == 0xBD ? "\u2612" : "\u2611"; // ý : boxed x, þ : boxed check
                consumed = 2;
            } else if (*p == 'o' || *p == 'q') {
                mapped = "\u2610";
            } else if (*p == 'x') {
                mapped = "\u2612";
            } else if (*p == 'n') {
                mapped = "\u25A0";
            }
            if (mapped) {
                s.text.append(mapped);
                return p + consumed;
            }
        }
        // U+0080..U+009F: what "&#146;" and the bytes of a page labelled ISO-8859-1 decode to.
        // Browsers read them as Windows-1252 (the HTML standard says so); so does FilingLens:
        // "Registrant&#146;s" is "Registrant’s", not a control character.
        if (*p == 0xC2 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9F) {
            s.text.append(QString(QChar(windows1252ToUnicode(p[1]))).toStdString());
            return p + 2;
        }
        if (m_ix && IxCollector::isMarkerLead(p, end)) {
            s.text.append("\uFFFD"); // the fact markers' planes: see ixbrl.h
            return p + 4;
        }
        size_t n = 1;
        if (*p >= 0xF0)
            n = 4;
        else if (*p >= 0xE0)
            n = 3;
        else if (*p >= 0xC0)
            n = 2;
        n = std::min<size_t>(n, size_t(end - p));
        s.text.append(reinterpret_cast<const char *>(p), n);
        return p + n;
    }

    void lineBreak()
    {
        Sink &s = sink();
        if (s.text.empty())
            return;
        if (s.pendingBreaks > 0)
            s.pendingBreaks = std::min(s.pendingBreaks + 1, 2);
        else if (s.atLineStart())
            s.pendingBreaks = 2;
        else
            s.pendingBreaks = 1;
        s.pendingSpace = false;
    }

    void pageBreak()
    {
        if (m_sinks.size() > 1)
            return; // a page break inside a table cell cannot be drawn as a line of its own
        sink().pageBreak();
        if (m_stats)
            ++m_stats->pageBreaks;
    }

    void closeTop()
    {
        const OpenElement element = m_open.back();
        m_open.pop_back();
        m_names.resize(element.nameStart);
        if (element.hidden)
            --m_hiddenDepth;
        if (element.pre)
            --m_preDepth;
        if (element.wingdings)
            --m_wingdingsDepth;
        if (element.pushedSink)
            popSinkIntoCell();
        if (element.pushedTable)
            m_tables.emitInto(sink(), m_ix != nullptr);
        if (element.ixFact)
            m_ix->endElement(sink().text);
        if (isHidden() || element.hidden)
            return;
        switch (element.cls) {
        case ElementClass::Block:
            sink().requestBreak(1);
            break;
        case ElementClass::Paragraph:
        case ElementClass::Table:
            sink().requestBreak(2);
            break;
        default:
            break;
        }
        if (element.pageBreakAfter)
            pageBreak();
    }

    void popSinkIntoCell()
    {
        Sink cellSink = std::move(m_sinks.back());
        m_sinks.pop_back();
        const size_t depth = m_cellTableDepth.back();
        m_cellTableDepth.pop_back();
        const int span = m_pendingColspan.back();
        m_pendingColspan.pop_back();
        // Tables opened inside the cell and never closed belong to the cell.
        while (m_tables.size() > depth)
            m_tables.emitInto(cellSink, m_ix != nullptr);
        if (!m_tables.empty())
            m_tables.addCell(htmltext::trimmed(cellSink.text), span);
        m_tables.giveBack(std::move(cellSink.text));
    }

    void popSinkIntoParent()
    {
        Sink cellSink = std::move(m_sinks.back());
        m_sinks.pop_back();
        trimInPlace(cellSink.text);
        sink().appendRaw(cellSink.text);
        m_tables.giveBack(std::move(cellSink.text));
    }

    HtmlConversionStats *m_stats;
    const std::atomic_bool *m_cancel;
    IxCollector *m_ix;
    htmlParserCtxtPtr m_ctxt = nullptr;
    qsizetype m_stoppedAt = -1;
    quint64 m_elements = 0;
    std::vector<Sink> m_sinks;
    TableStack m_tables;
    std::vector<size_t> m_cellTableDepth;
    std::vector<int> m_pendingColspan;
    std::vector<OpenElement> m_open;
    std::string m_names; // of the open elements, one after the other
    int m_hiddenDepth = 0;
    int m_preDepth = 0;
    int m_wingdingsDepth = 0;
};

void onStartElement(void *ctx, const xmlChar *name, const xmlChar **attrs)
{
    auto *ctxt = static_cast<htmlParserCtxtPtr>(ctx);
    static_cast<Converter *>(ctxt->_private)
        ->startElement(reinterpret_cast<const char *>(name),
                       reinterpret_cast<const char **>(attrs));
}

void onEndElement(void *ctx, const xmlChar *name)
{
    auto *ctxt = static_cast<htmlParserCtxtPtr>(ctx);
    static_cast<Converter *>(ctxt->_private)->endElement(reinterpret_cast<const char *>(name));
}

void onCharacters(void *ctx, const xmlChar *ch, int len)
{
    auto *ctxt = static_cast<htmlParserCtxtPtr>(ctx);
    static_cast<Converter *>(ctxt->_private)->characters(reinterpret_cast<const char *>(ch), len);
}

void onComment(void *ctx, const xmlChar *value)
{
    auto *ctxt = static_cast<htmlParserCtxtPtr>(ctx);
    static_cast<Converter *>(ctxt->_private)->comment(reinterpret_cast<const char *>(value));
}

void onDiagnostic(void *, const char *, ...) { }

} // namespace

bool looksLikeHtml(QByteArrayView bytes)
{
    QByteArrayView rest = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    rest = rest.sliced(utf8BomLength(rest));
    for (int guard = 0; guard < 16; ++guard) {
        rest = rest.trimmed();
        if (!rest.startsWith('<'))
            return false;
        auto startsWithNoCase = [&](QByteArrayView prefix) {
            return rest.size() >= prefix.size()
                && qstrnicmp(rest.data(), prefix.data(), prefix.size()) == 0;
        };
        if (startsWithNoCase("<html") || startsWithNoCase("<!doctype html")
            || startsWithNoCase("<head") || startsWithNoCase("<body") || startsWithNoCase("<meta")
            || startsWithNoCase("<title"))
            return true;
        if (startsWithNoCase("<?xml") || startsWithNoCase("<!doctype")
            || startsWithNoCase("<!--")) {
            const QByteArrayView close =
                startsWithNoCase("<!--") ? QByteArrayView("-->") : QByteArrayView(">");
            const qsizetype end = rest.indexOf(close);
            if (end < 0)
                return false;
            rest = rest.sliced(end + close.size());
            continue;
        }
        return false;
    }
    return false;
}

QByteArray htmlToUtf8Text(QByteArrayView html, HtmlConversionStats *stats,
                          const std::atomic_bool *cancel, InlineXbrlFacts *facts)
{
    ensureLibxmlReady();
    html = html.sliced(utf8BomLength(html));
    // libxml2 is told the encoding and to ignore <meta charset>: we decide it from the bytes.
    QByteArray converted;
    if (!isValidUtf8(html)) {
        converted = windows1252ToUtf8(html);
        html = converted;
    }
    if (html.size() > std::numeric_limits<int>::max())
        html = html.first(std::numeric_limits<int>::max());

    std::unique_ptr<IxCollector> ix(facts ? new IxCollector : nullptr);
    Converter converter(stats, cancel, ix.get());
    htmlSAXHandler sax;
    std::memset(&sax, 0, sizeof(sax));
    sax.startElement = onStartElement;
    sax.endElement = onEndElement;
    sax.characters = onCharacters;
    sax.ignorableWhitespace = onCharacters;
    sax.cdataBlock = onCharacters;
    sax.comment = onComment;
    sax.warning = onDiagnostic;
    sax.error = onDiagnostic;

    const HtmlGuardResult guard = guardHtml(html);
    if (guard.tagsCut > 0) {
        html = guard.rewritten;
        if (stats)
            stats->tagsCut = guard.tagsCut;
    }
    htmlParserCtxtPtr ctxt = acquireHtmlParserContext(html);
    if (!ctxt)
        return {};
    std::memcpy(ctxt->sax, &sax, sizeof(sax));
    ctxt->_private = &converter;
    ctxt->userData = ctxt; // callbacks receive the context; the converter hangs off _private
    converter.setContext(ctxt);
    htmlCtxtUseOptions(ctxt,
                       HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
                           | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    releaseHtmlParserContext(ctxt);
    QByteArray text = converter.result();
    if (ix)
        *facts = ix->finish(text);
    const qsizetype stop = converter.stoppedAt();
    if (stop >= 0 && stop <= html.size()) {
        // The source starts at the '<' of the element that went too deep (libxml2 reports
        // the position after its name and attributes), never inside a UTF-8 sequence.
        qsizetype from = stop;
        if (const qsizetype lt = html.first(stop).lastIndexOf('<'); lt >= 0)
            from = lt;
        while (from > 0 && from < html.size() && (uchar(html[from]) & 0xC0) == 0x80)
            --from;
        text += "\n[FilingLens: the HTML below is nested more than "
            + QByteArray::number(kMaxHtmlDepth) + " elements deep and is shown as source]\n";
        text += html.sliced(from).toByteArray();
        if (!text.endsWith('\n'))
            text += '\n';
    }
    return text;
}

QString libxml2Version()
{
    return QString::fromLatin1(LIBXML_DOTTED_VERSION);
}

QString htmlToText(QByteArrayView html, HtmlConversionStats *stats)
{
    const QByteArray utf8 = htmlToUtf8Text(html, stats);
    QString out;
    DecodeStats decodeStats;
    appendDecoded(out, utf8, decodeStats);
    return out;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "htmltotext.h"

#include "ixbrl.h"
#include "textdecoder.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlversion.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fl {

namespace {

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

StyleFlags readStyle(const char *style)
{
    StyleFlags flags;
    for (const char *p = style; *p; ++p) {
        const char c = asciiLower(*p);
        if (c != 'd' && c != 'p' && c != 'b' && c != 'w')
            continue;
        if (c == 'w' && startsWithNoCase(p, "wingdings")) {
            flags.wingdings = true;
            continue;
        }
        // A property name starts the style or follows ';' or blank space.
        if (p != style && p[-1] != ';' && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '"')
            continue;
        std::string_view property;
        for (const std::string_view name :
             {std::string_view("display"), std::string_view("page-break-before"),
              std::string_view("page-break-after"), std::string_view("break-before"),
              std::string_view("break-after")}) {
            if (startsWithNoCase(p, name)) {
                property = name;
                break;
            }
        }
        if (property.empty())
            continue;
        const char *v = skipCssSpace(p + property.size());
        if (*v != ':')
            continue;
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
        p = v - 1;
    }
    return flags;
}

enum class ElementClass : quint8 { Inline, Block, Paragraph, Break, Cell, Row, Table, Skip };

struct ElementInfo
{
    std::string_view name;
    ElementClass cls;
};

// Elements not listed are inline.
constexpr ElementInfo kElements[] = {
    {"address", ElementClass::Block},  {"article", ElementClass::Block},
    {"aside", ElementClass::Block},    {"blockquote", ElementClass::Paragraph},
    {"body", ElementClass::Block},     {"br", ElementClass::Break},
    {"caption", ElementClass::Block},  {"center", ElementClass::Block},
    {"dd", ElementClass::Block},       {"div", ElementClass::Block},
    {"dl", ElementClass::Paragraph},   {"dt", ElementClass::Block},
    {"fieldset", ElementClass::Block}, {"figcaption", ElementClass::Block},
    {"figure", ElementClass::Block},   {"footer", ElementClass::Block},
    {"form", ElementClass::Block},     {"h1", ElementClass::Paragraph},
    {"h2", ElementClass::Paragraph},   {"h3", ElementClass::Paragraph},
    {"h4", ElementClass::Paragraph},   {"h5", ElementClass::Paragraph},
    {"h6", ElementClass::Paragraph},   {"head", ElementClass::Skip},
    {"header", ElementClass::Block},   {"hr", ElementClass::Block},
    {"html", ElementClass::Block},     {"li", ElementClass::Block},
    {"main", ElementClass::Block},     {"nav", ElementClass::Block},
    {"noscript", ElementClass::Skip},  {"object", ElementClass::Skip},
    {"ol", ElementClass::Paragraph},   {"p", ElementClass::Paragraph},
    {"pre", ElementClass::Paragraph},  {"script", ElementClass::Skip},
    {"section", ElementClass::Block},  {"style", ElementClass::Skip},
    {"table", ElementClass::Table},    {"tbody", ElementClass::Block},
    {"td", ElementClass::Cell},        {"template", ElementClass::Skip},
    {"tfoot", ElementClass::Block},    {"th", ElementClass::Cell},
    {"thead", ElementClass::Block},    {"title", ElementClass::Skip},
    {"tr", ElementClass::Row},         {"ul", ElementClass::Paragraph},
    {"xml", ElementClass::Skip},
};

ElementClass classify(std::string_view name)
{
    // Called for every element: a hash lookup rather than a scan of the table.
    static const std::unordered_map<std::string_view, ElementClass> table = [] {
        std::unordered_map<std::string_view, ElementClass> t;
        for (const ElementInfo &info : kElements)
            t.emplace(info.name, info.cls);
        t.emplace("ix:header", ElementClass::Skip);
        return t;
    }();
    const auto it = table.find(name);
    return it == table.end() ? ElementClass::Inline : it->second;
}

// A piece of output text: the whole document, or one table cell while it is being read.
struct Sink
{
    std::string text;
    int pendingBreaks = 0; // line breaks owed before the next text (0, 1 or 2)
    bool pendingSpace = false;

    bool atLineStart() const { return text.empty() || text.back() == '\n'; }

    void requestBreak(int breaks)
    {
        pendingSpace = false;
        if (!text.empty())
            pendingBreaks = std::max(pendingBreaks, breaks);
    }

    void flushPending()
    {
        if (pendingBreaks > 0) {
            if (!atLineStart())
                text.push_back('\n');
            if (pendingBreaks > 1 && !text.empty() && !endsWithBlankLine())
                text.push_back('\n');
            pendingBreaks = 0;
            pendingSpace = false;
        } else if (pendingSpace) {
            if (!atLineStart())
                text.push_back(' ');
            pendingSpace = false;
        }
    }

    // A page-break line counts as a blank line: no extra one after it.
    bool endsWithBlankLine() const
    {
        const size_t n = text.size();
        return n >= 2 && text[n - 1] == '\n' && (text[n - 2] == '\n' || text[n - 2] == '\f');
    }

    void appendRaw(std::string_view s)
    {
        if (s.empty())
            return;
        flushPending();
        text.append(s);
    }

    void pageBreak()
    {
        pendingBreaks = 0;
        pendingSpace = false;
        if (!atLineStart())
            text.push_back('\n');
        text.append("\f\n");
    }
};

struct Cell
{
    std::string text;
};

struct Table
{
    std::vector<std::vector<Cell>> rows;
};

struct OpenElement
{
    std::string name;
    ElementClass cls;
    bool hidden;
    bool wingdings;
    bool pageBreakAfter;
    bool pre;
    bool pushedSink;
    bool pushedTable;
    bool ixFact = false; // reported to the inline-XBRL collector
};

void trimInPlace(std::string &s)
{
    const auto notSpace = [](unsigned char c) {
        return !std::isspace(c);
    };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
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
            emitTable();
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
        ElementClass cls = classify(name);
        bool hidden = cls == ElementClass::Skip;
        bool wingdings = false;
        bool breakBefore = false;
        bool breakAfter = false;
        // libxml2's HTML parser gives attribute names in lower case.
        for (const char **a = attrs; a && a[0]; a += 2) {
            const char *value = a[1] ? a[1] : "";
            if (std::strcmp(a[0], "style") == 0) {
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
            } else if (std::strcmp(a[0], "face") == 0) {
                wingdings = wingdings || readStyle(value).wingdings;
            } else if (std::strcmp(a[0], "hidden") == 0) {
                hidden = true;
            }
        }
        if (name == "page") { // SGML <PAGE> markers left inside early HTML filings
            if (!isHidden())
                pageBreak();
            return; // an empty element as far as we are concerned
        }

        OpenElement element{std::string(name), cls,           hidden, wingdings,
                            breakAfter,        name == "pre", false,  false};
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
                m_tables.emplace_back();
                element.pushedTable = true;
                break;
            case ElementClass::Row:
                if (!m_tables.empty())
                    m_tables.back().rows.emplace_back();
                else
                    sink().requestBreak(1);
                break;
            case ElementClass::Cell:
                if (!m_tables.empty()) {
                    if (m_tables.back().rows.empty())
                        m_tables.back().rows.emplace_back();
                    m_sinks.emplace_back();
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
        m_open.push_back(std::move(element));
        if (m_open.back().hidden)
            ++m_hiddenDepth;
        if (m_open.back().pre)
            ++m_preDepth;
        if (m_open.back().wingdings)
            ++m_wingdingsDepth;
    }

    void endElement(const char *rawName)
    {
        const std::string_view name(rawName ? rawName : "");
        if (classify(name) == ElementClass::Break || name == "page")
            return;
        // Find the element being closed; ignore an end tag that matches nothing open.
        auto it = std::find_if(m_open.rbegin(), m_open.rend(),
                               [&](const OpenElement &e) { return e.name == name; });
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
            if (c > ' ' && c < 0x80 && m_wingdingsDepth == 0) {
                // A run of plain ASCII: one append.
                const unsigned char *run = p + 1;
                while (run<end && * run> ' ' && *run < 0x80)
                    ++run;
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
        OpenElement element = std::move(m_open.back());
        m_open.pop_back();
        if (element.hidden)
            --m_hiddenDepth;
        if (element.pre)
            --m_preDepth;
        if (element.wingdings)
            --m_wingdingsDepth;
        if (element.pushedSink)
            popSinkIntoCell();
        if (element.pushedTable)
            emitTable();
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
        while (m_tables.size() > depth) {
            m_sinks.push_back(std::move(cellSink));
            emitTable();
            cellSink = std::move(m_sinks.back());
            m_sinks.pop_back();
        }
        trimInPlace(cellSink.text);
        if (m_tables.empty())
            return;
        auto &rows = m_tables.back().rows;
        if (rows.empty())
            rows.emplace_back();
        rows.back().push_back(Cell{std::move(cellSink.text)});
        for (int i = 1; i < span; ++i)
            rows.back().push_back(Cell{});
    }

    void popSinkIntoParent()
    {
        Sink cellSink = std::move(m_sinks.back());
        m_sinks.pop_back();
        trimInPlace(cellSink.text);
        sink().appendRaw(cellSink.text);
    }

    // Writes the innermost table into the current sink. Columns empty in every row (spacers)
    // are dropped. A row of one-line cells becomes one line, cells separated by tabs; a row of
    // short multi-line cells becomes a grid of lines (line k holds the k-th line of each cell),
    // the way text filings lay out cover pages; anything bigger (layout tables) becomes blocks.
    void emitTable()
    {
        Table table = std::move(m_tables.back());
        m_tables.pop_back();
        size_t columns = 0;
        for (const auto &row : table.rows)
            columns = std::max(columns, row.size());
        std::vector<bool> used(columns, false);
        for (const auto &row : table.rows) {
            for (size_t c = 0; c < row.size(); ++c) {
                if (!row[c].text.empty())
                    used[c] = true;
            }
        }
        Sink &out = sink();
        out.requestBreak(2);
        for (const auto &row : table.rows) {
            std::vector<std::vector<std::string_view>> cells;
            size_t tallest = 0;
            size_t widest = 0;
            bool any = false;
            for (size_t c = 0; c < row.size(); ++c) {
                if (!used[c])
                    continue;
                std::vector<std::string_view> lines;
                std::string_view rest(row[c].text);
                while (!rest.empty()) {
                    const size_t nl = rest.find('\n');
                    std::string_view line = rest.substr(0, nl);
                    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
                    while (!line.empty() && (line.back() == ' ' || line.back() == '\f'))
                        line.remove_suffix(1);
                    while (!line.empty() && (line.front() == ' ' || line.front() == '\f'))
                        line.remove_prefix(1);
                    if (line.empty())
                        continue;
                    widest = std::max(widest, m_ix ? IxCollector::shownWidth(line) : line.size());
                    lines.push_back(line);
                }
                tallest = std::max(tallest, lines.size());
                any = any || !lines.empty();
                cells.push_back(std::move(lines));
            }
            if (!any)
                continue;
            while (!cells.empty() && cells.back().empty())
                cells.pop_back();
            out.requestBreak(1);
            if (tallest <= 1 || (tallest <= 15 && widest <= 160)) {
                for (size_t k = 0; k < std::max<size_t>(tallest, 1); ++k) {
                    std::string line;
                    size_t lastNonEmpty = 0;
                    for (size_t i = 0; i < cells.size(); ++i) {
                        if (i)
                            line.push_back('\t');
                        if (k < cells[i].size()) {
                            line.append(cells[i][k]);
                            lastNonEmpty = line.size();
                        }
                    }
                    line.resize(lastNonEmpty);
                    out.requestBreak(1);
                    out.appendRaw(line);
                }
            } else {
                for (size_t c = 0; c < row.size(); ++c) {
                    if (!used[c] || row[c].text.empty())
                        continue;
                    out.requestBreak(1);
                    out.appendRaw(row[c].text);
                    out.requestBreak(1);
                }
            }
            out.requestBreak(1);
        }
        out.requestBreak(2);
    }

    HtmlConversionStats *m_stats;
    const std::atomic_bool *m_cancel;
    IxCollector *m_ix;
    htmlParserCtxtPtr m_ctxt = nullptr;
    qsizetype m_stoppedAt = -1;
    quint64 m_elements = 0;
    std::vector<Sink> m_sinks;
    std::vector<Table> m_tables;
    std::vector<size_t> m_cellTableDepth;
    std::vector<int> m_pendingColspan;
    std::vector<OpenElement> m_open;
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

    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html.data(), int(html.size()));
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
    htmlFreeParserCtxt(ctxt);
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

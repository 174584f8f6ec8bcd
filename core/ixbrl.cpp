// SPDX-License-Identifier: MIT
#include "ixbrl.h"

#include "filing.h"
#include "ixtransforms.h"
#include "normalize.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace fl {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char32_t kStartPlane = 0xF0000; // start marker: U+F0000 + capture number
constexpr char32_t kEndPlane = 0x100000;  // end marker: U+100000 + capture number
constexpr int kMaxMarkedCaptures = 0xFFFE;

void appendMarker(std::string &text, char32_t cp)
{
    text.push_back(char(0xF0 | (cp >> 18)));
    text.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    text.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    text.push_back(char(0x80 | (cp & 0x3F)));
}

char32_t decodeMarker(const unsigned char *p)
{
    return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12)
        | (char32_t(p[2] & 0x3F) << 6) | char32_t(p[3] & 0x3F);
}

const char *attribute(const char **attrs, const char *name)
{
    for (const char **a = attrs; a && a[0]; a += 2) {
        if (std::strcmp(a[0], name) == 0)
            return a[1] ? a[1] : "";
    }
    return nullptr;
}

QString attributeString(const char **attrs, const char *name)
{
    const char *v = attribute(attrs, name);
    return v ? QString::fromUtf8(v).trimmed() : QString();
}

// The attributes of a fact or continuation, read in one pass (the first of each name counts);
// null where absent.
struct FactAttributes
{
    const char *name = nullptr;
    const char *id = nullptr;
    const char *contextRef = nullptr;
    const char *unitRef = nullptr;
    const char *decimals = nullptr;
    const char *scale = nullptr;
    const char *sign = nullptr;
    const char *format = nullptr;
    const char *nil = nullptr;
    const char *continuedAt = nullptr;
};

FactAttributes readFactAttributes(const char **attrs)
{
    using Member = const char *FactAttributes::*;
    static constexpr std::pair<std::string_view, Member> kNames[] = {
        {"name", &FactAttributes::name},
        {"id", &FactAttributes::id},
        {"contextref", &FactAttributes::contextRef},
        {"unitref", &FactAttributes::unitRef},
        {"decimals", &FactAttributes::decimals},
        {"scale", &FactAttributes::scale},
        {"sign", &FactAttributes::sign},
        {"format", &FactAttributes::format},
        {"xsi:nil", &FactAttributes::nil},
        {"continuedat", &FactAttributes::continuedAt},
    };
    FactAttributes out;
    for (const char **a = attrs; a && a[0]; a += 2) {
        const std::string_view name(a[0]);
        for (const auto &[key, member] : kNames) {
            if (name == key) {
                if (!(out.*member))
                    out.*member = a[1] ? a[1] : "";
                break;
            }
        }
    }
    return out;
}

QString attributeText(const char *value)
{
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

std::string_view localName(std::string_view name)
{
    const size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Blank space as the fact's displayed text collapses it: ASCII white space, no-break and the
// typographic spaces.
bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || (u >= 0x09 && u <= 0x0D) || u == 0xA0 || (u >= 0x2000 && u <= 0x200A)
        || u == 0x202F || u == 0x3000;
}

// The text with blank runs collapsed to one space and trimmed, written over the decoded text
// in place (one allocation; this runs for every fact).
QString collapse(std::string_view utf8)
{
    QString s = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    char16_t *const data = reinterpret_cast<char16_t *>(s.data());
    const qsizetype n = s.size();
    qsizetype w = 0;
    bool blank = false;
    for (qsizetype r = 0; r < n; ++r) {
        const char16_t c = data[r];
        if (isBlank(QChar(c))) {
            blank = true;
            continue;
        }
        if (blank && w > 0)
            data[w++] = u' ';
        blank = false;
        data[w++] = c;
    }
    s.truncate(w);
    return s;
}

} // namespace

QString XbrlUnit::text() const
{
    const QString top = numerator.join(u'*');
    return denominator.isEmpty() ? top : top + u'/' + denominator.join(u'*');
}

QString factKindName(FactKind kind)
{
    return kind == FactKind::NonFraction ? u"nonFraction"_s : u"nonNumeric"_s;
}

struct IxCollector::Capture
{
    bool continuation = false;
    Fact fact;            // for a fact
    QString id;           // of a continuation
    QString continuedAt;  // of either
    std::string text;     // characters outside ix:exclude
    int excludeDepth = 0; // m_excludeDepth when it opened
    bool shown = false;
    qsizetype startByte = -1; // in the stripped text, once markers are stripped
    qsizetype start = -1;     // UTF-16 offsets
    qsizetype end = -1;
    qsizetype endByte = -1;
};

enum class OpenKind : quint8 { Capture, Exclude, Hidden, Resources, Leaf, Other };

struct IxCollector::Open
{
    OpenKind kind = OpenKind::Other;
    bool resource = false; // an element inside ix:resources
    int capture = -1;
    std::string_view local; // of a resource element (points into a static string or none)
    QString dimension;
};

IxCollector::IxCollector() = default;
IxCollector::~IxCollector() = default;

QString IxCollector::interned(const char *value)
{
    if (!value)
        return {};
    const QByteArray key = QByteArray::fromRawData(value, qsizetype(std::strlen(value)));
    if (const auto it = m_interned.constFind(key); it != m_interned.cend())
        return it.value();
    QString text = attributeText(value);
    m_interned.insert(QByteArray(key.constData(), key.size()), text);
    return text;
}

void IxCollector::startElement(std::string_view name, const char **attrs, bool shown)
{
    Open open;
    if (!isIxName(name)) {
        const std::string_view local = localName(name);
        if (m_resourcesDepth > 0 || local == "context" || local == "unit") {
            startResource(local, attrs);
            return;
        }
        m_open.push_back(std::move(open));
        return;
    }
    const std::string_view local = name.substr(3);
    if (local == "nonfraction" || local == "nonnumeric" || local == "continuation") {
        Capture c;
        c.continuation = local == "continuation";
        c.excludeDepth = m_excludeDepth;
        c.shown = shown;
        const FactAttributes a = readFactAttributes(attrs);
        c.continuedAt = attributeText(a.continuedAt);
        if (c.continuation) {
            c.id = attributeText(a.id);
        } else {
            Fact &f = c.fact;
            f.kind = local == "nonfraction" ? FactKind::NonFraction : FactKind::NonNumeric;
            f.name = interned(a.name);
            f.id = attributeText(a.id);
            f.contextRef = interned(a.contextRef);
            f.unitRef = interned(a.unitRef);
            f.decimals = interned(a.decimals);
            f.scale = interned(a.scale);
            f.sign = interned(a.sign);
            f.format = interned(a.format);
            f.nil = attributeText(a.nil) == u"true"_s;
            f.hidden = m_hiddenDepth > 0;
        }
        open.kind = OpenKind::Capture;
        open.capture = int(m_captures.size());
        if (shown && open.capture < kMaxMarkedCaptures)
            m_pendingStarts.push_back(open.capture);
        m_captures.push_back(std::move(c));
        ++m_capturing;
    } else if (local == "exclude") {
        open.kind = OpenKind::Exclude;
        ++m_excludeDepth;
    } else if (local == "hidden") {
        open.kind = OpenKind::Hidden;
        ++m_hiddenDepth;
    } else if (local == "resources") {
        open.kind = OpenKind::Resources;
        ++m_resourcesDepth;
    }
    m_open.push_back(std::move(open));
}

// Inside ix:resources: xbrli:context (entity, period, segment) and xbrli:unit.
void IxCollector::startResource(std::string_view local, const char **attrs)
{
    Open open;
    open.resource = true;
    static constexpr std::string_view kLeaves[] = {"identifier", "instant",        "startdate",
                                                   "enddate",    "explicitmember", "typedmember",
                                                   "measure"};
    if (local == "context") {
        XbrlContext context;
        context.id = attributeString(attrs, "id");
        m_contexts.push_back(std::move(context));
    } else if (local == "unit") {
        XbrlUnit unit;
        unit.id = attributeString(attrs, "id");
        m_units.push_back(std::move(unit));
        m_denominator = false;
    } else if (local == "unitdenominator") {
        m_denominator = true;
    } else if (local == "unitnumerator") {
        m_denominator = false;
    } else if (local == "forever" && !m_contexts.empty()) {
        m_contexts.back().forever = true;
    } else if (!m_leafActive) {
        for (const std::string_view leaf : kLeaves) {
            if (local == leaf) {
                open.kind = OpenKind::Leaf;
                open.local = leaf;
                open.dimension =
                    attributeString(attrs, local == "identifier" ? "scheme" : "dimension");
                m_leaf.clear();
                m_leafActive = true;
                break;
            }
        }
    }
    ++m_resourcesDepth;
    m_open.push_back(std::move(open));
}

void IxCollector::endResource(const Open &open)
{
    if (open.kind != OpenKind::Leaf)
        return;
    m_leafActive = false;
    const QString value = collapse(m_leaf);
    if (open.local == "measure") {
        if (m_units.empty())
            return;
        QList<QString> &measures =
            m_denominator ? m_units.back().denominator : m_units.back().numerator;
        if (measures.size() < kMaxUnitMeasures)
            measures << value;
        else
            ++m_droppedMeasures;
        return;
    }
    if (m_contexts.empty())
        return;
    XbrlContext &c = m_contexts.back();
    if (open.local == "identifier") {
        c.entityScheme = open.dimension;
        c.entity = value;
    } else if (open.local == "instant") {
        c.instant = value;
    } else if (open.local == "startdate") {
        c.start = value;
    } else if (open.local == "enddate") {
        c.end = value;
    } else if (c.dimensions.size() < kMaxContextDimensions) {
        c.dimensions.append({open.dimension, value});
    } else {
        ++m_droppedDimensions;
    }
}

void IxCollector::endElement(std::string &text)
{
    if (m_open.empty())
        return;
    const Open open = std::move(m_open.back());
    m_open.pop_back();
    switch (open.kind) {
    case OpenKind::Capture: {
        --m_capturing;
        const auto pending =
            std::find(m_pendingStarts.begin(), m_pendingStarts.end(), open.capture);
        if (pending != m_pendingStarts.end()) {
            m_pendingStarts.erase(pending); // nothing of it was shown
        } else if (m_captures[size_t(open.capture)].shown && open.capture < kMaxMarkedCaptures) {
            // After the last shown character: before any line ends the text finishes with.
            size_t at = text.size();
            while (at > 0 && (text[at - 1] == '\n' || text[at - 1] == '\f'))
                --at;
            std::string marker;
            appendMarker(marker, kEndPlane + char32_t(open.capture));
            text.insert(at, marker);
        }
        break;
    }
    case OpenKind::Exclude:
        --m_excludeDepth;
        break;
    case OpenKind::Hidden:
        --m_hiddenDepth;
        break;
    case OpenKind::Resources:
        --m_resourcesDepth;
        break;
    case OpenKind::Leaf:
    case OpenKind::Other:
        if (open.resource) {
            --m_resourcesDepth;
            endResource(open);
        }
        break;
    }
}

void IxCollector::characters(const char *ch, int len)
{
    if (m_leafActive)
        m_leaf.append(ch, size_t(len));
    if (m_capturing == 0)
        return;
    for (const Open &open : m_open) {
        if (open.kind != OpenKind::Capture)
            continue;
        Capture &c = m_captures[size_t(open.capture)];
        if (c.excludeDepth == m_excludeDepth)
            c.text.append(ch, size_t(len));
    }
}

void IxCollector::emitStartMarkers(std::string &text)
{
    for (const int capture : m_pendingStarts)
        appendMarker(text, kStartPlane + char32_t(capture));
    m_pendingStarts.clear();
    m_markers = true;
}

int IxCollector::leadingBlank(const char *ch, int len)
{
    const auto *p = reinterpret_cast<const unsigned char *>(ch);
    int i = 0;
    while (i < len) {
        const unsigned char c = p[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            ++i;
        } else if (c == 0xC2 && i + 1 < len && p[i + 1] == 0xA0) {
            i += 2;
        } else if (c == 0xE2 && i + 2 < len && p[i + 1] == 0x80 && p[i + 2] >= 0x80
                   && p[i + 2] <= 0x8B) {
            i += 3;
        } else {
            return i;
        }
    }
    return len;
}

size_t IxCollector::shownWidth(std::string_view line)
{
    size_t width = line.size();
    const auto *p = reinterpret_cast<const unsigned char *>(line.data());
    const unsigned char *end = p + line.size();
    for (; p < end; ++p) {
        if (isMarkerLead(p, end)) {
            width -= 4;
            p += 3;
        }
    }
    return width;
}

InlineXbrlFacts IxCollector::finish(QByteArray &text)
{
    if (m_markers) {
        // One pass: copy the text without markers, counting UTF-16 code units.
        QByteArray stripped;
        stripped.reserve(text.size());
        qsizetype units = 0;
        const auto *p = reinterpret_cast<const unsigned char *>(text.constData());
        const unsigned char *end = p + text.size();
        while (p < end) {
            const unsigned char *run = p;
            while (run < end && !(*run >= 0xF3 && isMarkerLead(run, end))) {
                units += (*run & 0xC0) != 0x80;
                units += *run >= 0xF0; // a surrogate pair
                ++run;
            }
            stripped.append(reinterpret_cast<const char *>(p), run - p);
            if (run >= end)
                break;
            const char32_t cp = decodeMarker(run);
            const bool isEnd = cp >= kEndPlane;
            const size_t index = size_t(cp - (isEnd ? kEndPlane : kStartPlane));
            if (index < m_captures.size()) {
                Capture &c = m_captures[index];
                (isEnd ? c.end : c.start) = units;
                (isEnd ? c.endByte : c.startByte) = stripped.size();
            }
            p = run + 4;
        }
        text = std::move(stripped);
        // The displayed range starts and ends on shown characters.
        const auto blank = [&](qsizetype byte) {
            const char c = text[byte];
            return c == ' ' || c == '\t' || c == '\n' || c == '\f';
        };
        for (Capture &c : m_captures) {
            if (c.start < 0 || c.end < 0)
                continue;
            while (c.startByte < c.endByte && blank(c.startByte)) {
                ++c.startByte;
                ++c.start;
            }
            while (c.endByte > c.startByte && blank(c.endByte - 1)) {
                --c.endByte;
                --c.end;
            }
        }
    }
    InlineXbrlFacts out;
    resolve(out);
    return out;
}

void IxCollector::resolve(InlineXbrlFacts &out)
{
    QHash<QString, int> continuations;
    for (int i = 0; i < int(m_captures.size()); ++i) {
        if (m_captures[size_t(i)].continuation)
            continuations.insert(m_captures[size_t(i)].id, i);
    }
    QHash<QString, int> contextIndex;
    for (int i = 0; i < int(m_contexts.size()); ++i) {
        XbrlContext &c = m_contexts[size_t(i)];
        contextIndex.insert(c.id, i);
        out.contexts << std::move(c);
    }
    QHash<QString, int> unitIndex;
    for (int i = 0; i < int(m_units.size()); ++i) {
        unitIndex.insert(m_units[size_t(i)].id, i);
        out.units << std::move(m_units[size_t(i)]);
    }
    QSet<QString> unknownFormats;
    QHash<QString, qsizetype> made;
    const auto warn = [&](const QString &code, const QString &message, SourceRange range) {
        if (++made[code] > kMaxWarningsOfAKind) {
            ++out.unlistedWarnings[code];
            return;
        }
        out.warnings.append({code, message});
        out.warningRanges.append(range);
    };
    // A continuation belongs to one fact (and a chain visits it once): a second visit, from
    // another fact or a cycle, ends the chain, which keeps all chains linear in the document.
    std::vector<char> continuationUsed(m_captures.size(), 0);
    if (m_droppedDimensions > 0)
        warn(u"ix-dimensions"_s,
             u"%1 dimension(s) past the first %2 of a context were dropped: every fact of the "
             u"context would repeat them"_s.arg(m_droppedDimensions)
                 .arg(kMaxContextDimensions),
             {});
    if (m_droppedMeasures > 0)
        warn(u"ix-measures"_s,
             u"%1 measure(s) past the first %2 of a unit were dropped"_s.arg(m_droppedMeasures)
                 .arg(kMaxUnitMeasures),
             {});
    for (Capture &c : m_captures) {
        if (c.continuation)
            continue;
        Fact f = std::move(c.fact);
        if (c.start >= 0 && c.end >= 0)
            f.range = SourceRange::fromTo(c.start, c.end);
        f.displayed = collapse(c.text);
        std::string whole; // the text with its continuations, only for a continued fact
        if (!c.continuedAt.isEmpty())
            whole = c.text;
        QString next = c.continuedAt;
        for (int guard = 0; !next.isEmpty() && guard < 10000; ++guard) {
            const auto it = continuations.constFind(next);
            if (it == continuations.constEnd()) {
                warn(
                    u"ix-continuation-missing"_s,
                    u"%1 continues at \"%2\", which the document does not have"_s.arg(f.name, next),
                    f.range);
                break;
            }
            if (continuationUsed[size_t(*it)]) {
                warn(u"ix-continuation-reused"_s,
                     u"%1 continues at \"%2\", which another fact or an earlier part of its own "
                     u"chain already continues at: the chain ends there"_s.arg(f.name, next),
                     f.range);
                break;
            }
            continuationUsed[size_t(*it)] = 1;
            const Capture &part = m_captures[size_t(*it)];
            whole += ' ';
            whole += part.text;
            if (part.start >= 0 && part.end >= 0)
                f.continuationRanges << SourceRange::fromTo(part.start, part.end);
            next = part.continuedAt;
        }
        const QString full = c.continuedAt.isEmpty() ? f.displayed : collapse(whole);
        QString value = full;
        if (!f.format.isEmpty() && !f.nil) {
            const TransformResult t = applyTransform(f.format, full);
            if (!t.known) {
                if (!unknownFormats.contains(f.format)) {
                    unknownFormats.insert(f.format);
                    warn(u"ix-unknown-format"_s,
                         u"Unknown inline XBRL format %1 (first on %2 \"%3\"): the displayed "
                         "text is kept as the value"_s.arg(f.format, f.name, f.displayed),
                         f.range);
                }
            } else if (!t.ok) {
                warn(u"ix-format-mismatch"_s,
                     u"%1 \"%2\" does not fit its format %3: the displayed text is kept"_s.arg(
                         f.name, f.displayed, f.format),
                     f.range);
            } else {
                value = t.value;
            }
        }
        if (f.nil) {
            value.clear();
        } else if (f.isNumeric()) {
            const QString scaled = scaleDecimal(value, f.scale.toInt(), f.sign == u"-"_s);
            if (!scaled.isEmpty())
                value = scaled;
        }
        f.value = std::move(value);
        f.context = contextIndex.value(f.contextRef, -1);
        f.unit = f.unitRef.isEmpty() ? -1 : unitIndex.value(f.unitRef, -1);
        if (f.context < 0)
            warn(u"ix-context-missing"_s,
                 u"%1 refers to context \"%2\", which the document does not define"_s.arg(
                     f.name, f.contextRef),
                 f.range);
        out.facts << std::move(f);
    }
}

} // namespace fl

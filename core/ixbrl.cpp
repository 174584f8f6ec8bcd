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
struct RawFactAttributes
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

RawFactAttributes readFactAttributes(const char **attrs)
{
    using Member = const char *RawFactAttributes::*;
    static constexpr std::pair<std::string_view, Member> kNames[] = {
        {"name", &RawFactAttributes::name},
        {"id", &RawFactAttributes::id},
        {"contextref", &RawFactAttributes::contextRef},
        {"unitref", &RawFactAttributes::unitRef},
        {"decimals", &RawFactAttributes::decimals},
        {"scale", &RawFactAttributes::scale},
        {"sign", &RawFactAttributes::sign},
        {"format", &RawFactAttributes::format},
        {"xsi:nil", &RawFactAttributes::nil},
        {"continuedat", &RawFactAttributes::continuedAt},
    };
    RawFactAttributes out;
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

const FactAttributes &Fact::attributesOrNone() const
{
    static const FactAttributes none;
    return attributes ? *attributes : none;
}

namespace {

// Distinct values kept for sharing. Real filings have a few thousand; past this (a hostile
// file of a million distinct concepts), each fact keeps its own copy and the tables stop
// growing.
constexpr qsizetype kMaxInterned = qsizetype(1) << 14;
// Texts up to this long are shared among the facts that display or state the same one.
constexpr qsizetype kMaxInternedText = 32;

} // namespace

enum class OpenKind : quint8 { Capture, Exclude, Hidden, Resources, Leaf, Other };

struct IxCollector::Open
{
    OpenKind kind = OpenKind::Other;
    bool resource = false; // an element inside ix:resources
    bool shown = false;    // of a capture: its text appears in the converted text
    int capture = -1;
    std::string_view local; // of a resource element (points into a static string or none)
    QString dimension;
};

// A fact or part being read: its characters outside ix:exclude.
struct IxCollector::OpenCapture
{
    int capture = -1;
    int excludeDepth = 0; // m_excludeDepth when it opened
    std::string text;
};

// Where a marked capture's markers were: in the stripped text, and in UTF-16 code units.
struct IxCollector::Mark
{
    qsizetype startByte = -1;
    qsizetype endByte = -1;
    qsizetype start = -1;
    qsizetype end = -1;
};

// An ix:continuation.
struct IxCollector::Part
{
    int next = -1;           // id number of its continuedAt
    int capture = -1;        // its marker number
    qsizetype textStart = 0; // its characters in m_partText
    qsizetype textSize = 0;
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
    if (m_interned.size() < kMaxInterned)
        m_interned.insert(QByteArray(key.constData(), key.size()), text);
    return text;
}

QExplicitlySharedDataPointer<const FactAttributes>
IxCollector::internedAttributes(const char *const *raw)
{
    constexpr int kCount = 6; // contextRef, unitRef, decimals, scale, sign, format
    // The key: each attribute as \2 value \0, or \1 when absent.
    m_attributesKey.clear();
    bool any = false;
    for (int i = 0; i < kCount; ++i) {
        if (!raw[i]) {
            m_attributesKey += '\1';
            continue;
        }
        any = true;
        m_attributesKey += '\2';
        m_attributesKey += raw[i];
        m_attributesKey += '\0';
    }
    if (!any)
        return {};
    const QByteArray key =
        QByteArray::fromRawData(m_attributesKey.data(), qsizetype(m_attributesKey.size()));
    if (const auto it = m_attributes.constFind(key); it != m_attributes.cend())
        return it.value();
    auto *a = new FactAttributes;
    a->contextRef = interned(raw[0]);
    a->unitRef = interned(raw[1]);
    a->decimals = interned(raw[2]);
    a->scale = interned(raw[3]);
    a->sign = interned(raw[4]);
    a->format = interned(raw[5]);
    QExplicitlySharedDataPointer<const FactAttributes> shared(a);
    if (m_attributes.size() < kMaxInterned)
        m_attributes.insert(QByteArray(key.constData(), key.size()), shared);
    return shared;
}

QString IxCollector::internedText(QString text)
{
    if (text.isEmpty() || text.size() > kMaxInternedText)
        return text;
    if (const auto it = m_texts.constFind(text); it != m_texts.cend())
        return *it;
    if (m_texts.size() < kMaxInterned)
        m_texts.insert(text);
    return text;
}

int IxCollector::idNumber(const char *value)
{
    if (!value)
        return -1;
    // The id trimmed as QString::trimmed() would; only a non-ASCII byte needs the decoding.
    std::string_view v(value);
    bool ascii = true;
    for (const char c : v)
        ascii = ascii && uchar(c) < 0x80;
    QByteArray key;
    if (ascii) {
        const auto space = [](char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        };
        while (!v.empty() && space(v.front()))
            v.remove_prefix(1);
        while (!v.empty() && space(v.back()))
            v.remove_suffix(1);
        key = QByteArray::fromRawData(v.data(), qsizetype(v.size()));
    } else {
        key = attributeText(value).toUtf8();
    }
    if (key.isEmpty())
        return -1;
    if (const auto it = m_idNumbers.constFind(key); it != m_idNumbers.cend())
        return it.value();
    const int number = int(m_idNames.size());
    const QByteArray owned(key.constData(), key.size());
    m_idNumbers.insert(owned, number);
    m_idNames.push_back(owned);
    m_partOfId.push_back(-1);
    return number;
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
        startCapture(local, attrs, shown, open);
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

void IxCollector::startCapture(std::string_view local, const char **attrs, bool shown, Open &open)
{
    const RawFactAttributes a = readFactAttributes(attrs);
    const int capture = int(m_captureTargets.size());
    if (local == "continuation") {
        const int id = idNumber(a.id);
        Part part;
        part.next = idNumber(a.continuedAt);
        part.capture = capture;
        if (id >= 0)
            m_partOfId[size_t(id)] = int(m_parts.size()); // the last of an id counts
        m_captureTargets.append(~int(m_parts.size()));
        m_parts.append(part);
    } else {
        Fact f;
        f.kind = local == "nonfraction" ? FactKind::NonFraction : FactKind::NonNumeric;
        f.name = interned(a.name);
        f.id = attributeText(a.id);
        const char *const shared[] = {a.contextRef, a.unitRef, a.decimals,
                                      a.scale,      a.sign,    a.format};
        f.attributes = internedAttributes(shared);
        f.nil = attributeText(a.nil) == u"true"_s;
        f.hidden = m_hiddenDepth > 0;
        const int next = idNumber(a.continuedAt);
        if (next >= 0)
            m_continuedFacts.append({int(m_facts.size()), next});
        m_captureTargets.append(int(m_facts.size()));
        m_facts.append(std::move(f));
    }
    open.kind = OpenKind::Capture;
    open.capture = capture;
    open.shown = shown;
    if (shown && capture < kMaxMarkedCaptures)
        m_pendingStarts.push_back(capture);
    m_openCaptures.push_back({capture, m_excludeDepth, {}});
}

void IxCollector::endCaptureText()
{
    OpenCapture c = std::move(m_openCaptures.back());
    m_openCaptures.pop_back();
    const int target = m_captureTargets[c.capture];
    if (target >= 0) {
        m_facts[target].displayed = internedText(collapse(c.text));
    } else {
        Part &part = m_parts[~target];
        part.textStart = qsizetype(m_partText.size());
        part.textSize = qsizetype(c.text.size());
        m_partText += c.text;
    }
}

void IxCollector::endCapture(const Open &open, std::string &text)
{
    const auto pending = std::find(m_pendingStarts.begin(), m_pendingStarts.end(), open.capture);
    if (pending != m_pendingStarts.end()) {
        m_pendingStarts.erase(pending); // nothing of it was shown
    } else if (open.shown && open.capture < kMaxMarkedCaptures) {
        // After the last shown character: before any line ends the text finishes with.
        size_t at = text.size();
        while (at > 0 && (text[at - 1] == '\n' || text[at - 1] == '\f'))
            --at;
        std::string marker;
        appendMarker(marker, kEndPlane + char32_t(open.capture));
        text.insert(at, marker);
    }
    if (!m_openCaptures.empty() && m_openCaptures.back().capture == open.capture)
        endCaptureText();
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
    case OpenKind::Capture:
        endCapture(open, text);
        break;
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
    for (OpenCapture &c : m_openCaptures) {
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
    while (!m_openCaptures.empty()) // elements the document never closed
        endCaptureText();
    // Only resolve() needs what follows; the lookup tables go before it builds the values.
    m_interned = {};
    m_attributes = {};
    m_idNumbers = {};
    if (m_markers)
        stripMarkers(text);
    InlineXbrlFacts out;
    resolve(out);
    return out;
}

// One pass: copy the text without markers, counting UTF-16 code units, and note where each
// capture's markers were.
void IxCollector::stripMarkers(QByteArray &text)
{
    m_marks.assign(size_t(std::min<qsizetype>(m_captureTargets.size(), kMaxMarkedCaptures)),
                   Mark());
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
        if (index < m_marks.size()) {
            Mark &m = m_marks[index];
            (isEnd ? m.end : m.start) = units;
            (isEnd ? m.endByte : m.startByte) = stripped.size();
        }
        p = run + 4;
    }
    text = std::move(stripped);
    // The displayed range starts and ends on shown characters.
    const auto blank = [&](qsizetype byte) {
        const char c = text[byte];
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    };
    for (size_t i = 0; i < m_marks.size(); ++i) {
        Mark &m = m_marks[i];
        if (m.start < 0 || m.end < 0)
            continue;
        while (m.startByte < m.endByte && blank(m.startByte)) {
            ++m.startByte;
            ++m.start;
        }
        while (m.endByte > m.startByte && blank(m.endByte - 1)) {
            --m.endByte;
            --m.end;
        }
        const int target = m_captureTargets[qsizetype(i)];
        if (target >= 0)
            m_facts[target].range = SourceRange::fromTo(m.start, m.end);
    }
}

// The text of a fact with its continuations: the collapsed parts joined by one space, which
// is what collapsing the parts' characters joined by a space gives.
void IxCollector::resolve(InlineXbrlFacts &out)
{
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
    const auto idName = [&](int number) {
        return QString::fromUtf8(m_idNames[size_t(number)]);
    };
    // A continuation belongs to one fact (and a chain visits it once): a second visit, from
    // another fact or a cycle, ends the chain, which keeps all chains linear in the document.
    std::vector<char> partUsed(size_t(m_parts.size()), 0);
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
    qsizetype continued = 0; // into m_continuedFacts
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        Fact &f = m_facts[i];
        int next = -1;
        if (continued < m_continuedFacts.size() && m_continuedFacts[continued].fact == i)
            next = m_continuedFacts[continued++].next;
        QString full = f.displayed;
        for (int guard = 0; next >= 0 && guard < 10000; ++guard) {
            const int p = m_partOfId[size_t(next)];
            if (p < 0) {
                warn(u"ix-continuation-missing"_s,
                     u"%1 continues at \"%2\", which the document does not have"_s.arg(
                         f.name, idName(next)),
                     f.range);
                break;
            }
            if (partUsed[size_t(p)]) {
                warn(
                    u"ix-continuation-reused"_s,
                    u"%1 continues at \"%2\", which another fact or an earlier part of its own "
                    u"chain already continues at: the chain ends there"_s.arg(f.name, idName(next)),
                    f.range);
                break;
            }
            partUsed[size_t(p)] = 1;
            const Part &part = m_parts[p];
            const QString text = collapse(
                std::string_view(m_partText).substr(size_t(part.textStart), size_t(part.textSize)));
            if (!text.isEmpty()) {
                if (!full.isEmpty())
                    full += u' ';
                full += text;
            }
            if (size_t(part.capture) < m_marks.size()) {
                const Mark &m = m_marks[size_t(part.capture)];
                if (m.start >= 0 && m.end >= 0)
                    f.continuationRanges << SourceRange::fromTo(m.start, m.end);
            }
            next = part.next;
        }
        QString value = full;
        if (!f.format().isEmpty() && !f.nil) {
            const TransformResult t = applyTransform(f.format(), full);
            if (!t.known) {
                if (!unknownFormats.contains(f.format())) {
                    unknownFormats.insert(f.format());
                    warn(u"ix-unknown-format"_s,
                         u"Unknown inline XBRL format %1 (first on %2 \"%3\"): the displayed "
                         "text is kept as the value"_s.arg(f.format(), f.name, f.displayed),
                         f.range);
                }
            } else if (!t.ok) {
                warn(u"ix-format-mismatch"_s,
                     u"%1 \"%2\" does not fit its format %3: the displayed text is kept"_s.arg(
                         f.name, f.displayed, f.format()),
                     f.range);
            } else {
                value = t.value;
            }
        }
        if (f.nil) {
            value.clear();
        } else if (f.isNumeric()) {
            const QString scaled = scaleDecimal(value, f.scale().toInt(), f.sign() == u"-"_s);
            if (!scaled.isEmpty())
                value = scaled;
        }
        // The same text as the displayed one, or one many facts state, is stored once.
        f.value =
            !value.isEmpty() && value == f.displayed ? f.displayed : internedText(std::move(value));
        f.context = contextIndex.value(f.contextRef(), -1);
        f.unit = f.unitRef().isEmpty() ? -1 : unitIndex.value(f.unitRef(), -1);
        if (f.context < 0)
            warn(u"ix-context-missing"_s,
                 u"%1 refers to context \"%2\", which the document does not define"_s.arg(
                     f.name, f.contextRef()),
                 f.range);
    }
    out.facts = std::move(m_facts);
    m_facts = {};
}

} // namespace fl

// SPDX-License-Identifier: MIT
// The inline-XBRL side of the HTML conversion: htmlToUtf8Text hands it the ix: elements (and
// everything inside ix:resources) of its SAX pass, so the facts are read without a second
// parse.
//
// Ranges: a fact shown in the text gets a marker character (Unicode plane 15 for its start,
// plane 16 for its end, the code point carrying the fact's number) written into the text
// before its first shown character and after its last. The markers travel with the text
// through the table layout and are stripped at the end, which gives each fact's offsets in
// the text exactly as displayed. Characters of those planes in the document itself are
// replaced by U+FFFD while the pass runs.
#pragma once

#include "xbrl.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <string>
#include <string_view>
#include <vector>

namespace fl {

// Real contexts carry a handful of dimensions and units one or two measures. Each fact repeats
// its context's and unit's in every export, so a context of thousands of dimensions cited by
// thousands of facts would make exports quadratic in the document: past these the rest are
// dropped, with a warning.
constexpr qsizetype kMaxContextDimensions = 32;
constexpr qsizetype kMaxUnitMeasures = 8;

class IxCollector
{
public:
    IxCollector();
    ~IxCollector();

    static bool isIxName(std::string_view name)
    {
        return name.size() > 3 && name[0] == 'i' && name[1] == 'x' && name[2] == ':';
    }
    // Whether the converter should report this element: ix: elements, all of ix:resources, and
    // xbrli: elements (a context or unit some documents leave outside ix:resources).
    bool wants(std::string_view name) const
    {
        return m_resourcesDepth > 0 || isIxName(name) || name.starts_with("xbrli:");
    }
    // `shown`: the element's text appears in the converted text.
    void startElement(std::string_view name, const char **attrs, bool shown);
    // Ends the innermost element startElement was given; `text` is the converter's current
    // output, where a shown fact's end marker goes.
    void endElement(std::string &text);
    // Whether characters are wanted: inside a fact, a continuation or a resource value.
    bool capturing() const { return !m_openCaptures.empty() || m_leafActive; }
    void characters(const char *ch, int len);

    // Start markers waiting for the next shown character.
    bool hasPendingStarts() const { return !m_pendingStarts.empty(); }
    void emitStartMarkers(std::string &text);
    // Bytes of blank space before the first shown character of `ch`; `len` when it has none.
    static int leadingBlank(const char *ch, int len);
    // A UTF-8 sequence the markers use (planes 15 and 16).
    static bool isMarkerLead(const unsigned char *p, const unsigned char *end)
    {
        return end - p >= 4 && (p[0] == 0xF4 || (p[0] == 0xF3 && p[1] >= 0xB0));
    }
    // The length of a line without the markers in it.
    static size_t shownWidth(std::string_view line);

    // Strips the markers from `text` and returns the facts, contexts and units, with values
    // normalized and continuations joined.
    InlineXbrlFacts finish(QByteArray &text);

private:
    struct Open;
    struct OpenCapture;
    struct Mark;
    struct Part;
    void startCapture(std::string_view local, const char **attrs, bool shown, Open &open);
    void endCapture(const Open &open, std::string &text);
    void endCaptureText(); // of the innermost open capture
    void startResource(std::string_view local, const char **attrs);
    void endResource(const Open &open);
    void stripMarkers(QByteArray &text);
    void resolve(InlineXbrlFacts &out);
    // The attribute value decoded and trimmed, shared among the facts that repeat it (concepts,
    // decimals, formats); null for null.
    QString interned(const char *value);
    // The attributes facts repeat, one shared copy for each way of writing them.
    QExplicitlySharedDataPointer<const FactAttributes> internedAttributes(const char *const *raw);
    // Short texts (displayed values, numbers) that facts repeat, one copy each.
    QString internedText(QString text);
    // A number for each continuation id (continuedAt of a fact or part, id of a part): chains
    // are followed through numbers, and each id is stored once. -1 for none.
    int idNumber(const char *value);

    // Every fact and ix:continuation in document order is a capture; its number is its
    // marker's. A capture is a fact (index into m_facts) or a part (~index into m_parts).
    QList<int> m_captureTargets;
    std::vector<Mark> m_marks; // of the captures that get markers (the first kMaxMarkedCaptures)
    QList<Fact> m_facts;
    struct Continued
    {
        int fact = -1; // index into m_facts
        int next = -1; // id number of its continuedAt
    };
    QList<Continued> m_continuedFacts;
    QList<Part> m_parts;
    std::string m_partText;      // the characters of every part, one after another
    std::vector<int> m_partOfId; // id number -> the last part of that id, -1 for none
    std::vector<QByteArray> m_idNames;
    QHash<QByteArray, int> m_idNumbers;
    std::vector<Open> m_open;
    std::vector<OpenCapture> m_openCaptures;
    std::vector<int> m_pendingStarts;
    std::vector<XbrlContext> m_contexts;
    std::vector<XbrlUnit> m_units;
    QHash<QByteArray, QString> m_interned;
    QHash<QByteArray, QExplicitlySharedDataPointer<const FactAttributes>> m_attributes;
    std::string m_attributesKey;
    QSet<QString> m_texts;
    std::string m_leaf; // the text of the resource value being read
    bool m_leafActive = false;
    bool m_denominator = false;
    bool m_markers = false;
    int m_excludeDepth = 0;
    int m_hiddenDepth = 0;
    int m_resourcesDepth = 0;
    qsizetype m_droppedDimensions = 0;
    qsizetype m_droppedMeasures = 0;
};

} // namespace fl

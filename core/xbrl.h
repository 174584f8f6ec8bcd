// SPDX-License-Identifier: MIT
// The inline-XBRL facts a filing carries: the filer's own machine-readable statement of what
// its documents say (ix:nonFraction, ix:nonNumeric), with their contexts and units.
#pragma once

#include "sourcerange.h"

#include <QHash>
#include <QList>
#include <QSharedData>
#include <QString>

#include <utility>

namespace fl {

// An xbrli:context of ix:resources: who and when a fact is about, and its dimensions.
struct XbrlContext
{
    QString id;
    QString entityScheme; // "http://www.sec.gov/CIK"
    QString entity;       // "0000320193"
    QString instant;      // ISO date, for an instant period
    QString start;        // ISO dates, for a duration
    QString end;
    bool forever = false;
    QList<std::pair<QString, QString>> dimensions; // axis -> member, in document order
    int document = -1; // index into Filing::documents, -1 for a bare HTML file
};

// An xbrli:unit: one measure ("iso4217:USD"), or a ratio ("iso4217:USD" per "xbrli:shares").
struct XbrlUnit
{
    QString id;
    QList<QString> numerator; // the measures, or the numerator's measures of a ratio
    QList<QString> denominator;
    int document = -1;
    // "iso4217:USD", "iso4217:USD/xbrli:shares"; measures of one side joined by "*".
    QString text() const;
};

enum class FactKind : quint8 { NonFraction, NonNumeric };

// The attributes that many facts repeat. The fact pass shares one of these among the facts
// that write the same ones, so a million facts of one context and unit hold a single copy.
struct FactAttributes : QSharedData
{
    QString contextRef; // as written
    QString unitRef;
    QString decimals; // "-6", "INF", empty
    QString scale;    // "6", empty
    QString sign;     // "-" or empty
    QString format;   // "ixt:num-dot-decimal", empty
};

struct Fact
{
    QString name; // the concept, a QName as written: "dei:EntityRegistrantName"
    QString id;   // the element's id, if any
    // The fact's own text, whitespace runs collapsed to one space and trimmed (ix:exclude
    // left out); for a nonNumeric with continuations only the first part.
    QString displayed;
    // The value the tag states: the displayed text (with its continuations) transformed by
    // `format`, then, for numbers, multiplied by 10^scale and signed. Empty when nil.
    QString value;
    // Where the fact is shown in the displayed text; invalid for a hidden fact and for one
    // whose text is empty or lies in content the text does not show (display:none).
    SourceRange range;
    QList<SourceRange> continuationRanges; // the shown ix:continuation parts, in chain order
    QExplicitlySharedDataPointer<const FactAttributes> attributes; // null: none written
    int document = -1;                                             // as XbrlContext::document
    int context = -1; // index into Filing::contexts, -1 when unresolved
    int unit = -1;    // index into Filing::units
    FactKind kind = FactKind::NonNumeric;
    bool nil = false;
    bool hidden = false; // inside ix:hidden: not shown in the document

    bool isNumeric() const { return kind == FactKind::NonFraction; }
    const QString &contextRef() const { return attributesOrNone().contextRef; }
    const QString &unitRef() const { return attributesOrNone().unitRef; }
    const QString &decimals() const { return attributesOrNone().decimals; }
    const QString &scale() const { return attributesOrNone().scale; }
    const QString &sign() const { return attributesOrNone().sign; }
    const QString &format() const { return attributesOrNone().format; }

private:
    const FactAttributes &attributesOrNone() const;
};

QString factKindName(FactKind kind);

} // namespace fl

// Moved by realloc when a list of a million facts grows, not copied one by one.
Q_DECLARE_TYPEINFO(fl::Fact, Q_RELOCATABLE_TYPE);

namespace fl {

// What the fact pass found in one HTML document. Offsets are into that document's converted
// text (UTF-16 code units) until the parser moves them into the filing's text.
struct InlineXbrlFacts
{
    QList<Fact> facts;
    QList<XbrlContext> contexts;
    QList<XbrlUnit> units;
    QList<std::pair<QString, QString>> warnings; // code, message
    QList<SourceRange> warningRanges;            // one per warning
    // Past kMaxWarningsOfAKind of a code, warnings are only counted here.
    QHash<QString, qsizetype> unlistedWarnings;
    bool isEmpty() const { return facts.isEmpty() && contexts.isEmpty() && units.isEmpty(); }
};

} // namespace fl

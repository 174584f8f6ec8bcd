// SPDX-License-Identifier: MIT
// Fuzz entry: the inline-XBRL transformation registry and scaling, then the fact pass over the
// same bytes as a document (see fuzzentries.h).
#include "fuzzentries.h"

#include "htmltotext.h"
#include "ixbrl.h"
#include "ixtransforms.h"
#include "xbrl.h"

#include <QRegularExpression>

namespace fl::fuzz {

namespace {

// What a number format gives: digits with an optional sign and point, or one of xs:double's
// special values (ixt-sec:numinf, numneginf, numnan).
bool isNumber(const QString &value)
{
    if (value == QLatin1String("INF") || value == QLatin1String("-INF")
        || value == QLatin1String("NaN"))
        return true;
    static const QRegularExpression number(QStringLiteral("^-?[0-9]*\\.?[0-9]*$"));
    return number.match(value).hasMatch()
        && value.contains(QRegularExpression(QStringLiteral("[0-9]")));
}

// What scaling gives: no leading zeros, no trailing fractional zeros.
bool isPlainDecimal(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?$"));
    return plain.match(value).hasMatch();
}

// Formats whose value is a number.
bool isNumericFormat(const QString &local)
{
    return local.startsWith(QLatin1String("num")) || local == QLatin1String("zerodash")
        || local == QLatin1String("fixed-zero") || local == QLatin1String("numwordsen");
}

} // namespace

// The first byte picks a format from the table, the second a scale; the rest is the displayed
// text. Every value a format accepts is well formed for its kind, scaling keeps a plain decimal
// plain, and nothing grows past what the input and the clamped scale allow.
void transformFacts(const uint8_t *data, size_t size)
{
    if (size < 2)
        return;
    static const QStringList formats = knownTransforms();
    const QString format = formats.at(data[0] % formats.size());
    const int scale = int(int8_t(data[1]));
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const TransformResult t = applyTransform(QString(QStringLiteral("ixt:") + format), text);
    require(t.known, "a format of the table is unknown to it");
    if (t.ok && isNumericFormat(format))
        require(isNumber(t.value), "a number format gave something else than a number");
    const QString scaled = scaleDecimal(text, scale, data[1] & 1);
    if (!scaled.isEmpty()) {
        require(isPlainDecimal(scaled), "scaling gave something else than a plain decimal");
        require(scaled.size() <= text.size() + 102, "scaling grew past the clamped scale");
    }

    // The same bytes as a document, with facts read.
    InlineXbrlFacts facts;
    const QByteArray converted =
        htmlToUtf8Text(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
                       nullptr, nullptr, &facts);
    const QString shown = QString::fromUtf8(converted);
    for (const Fact &fact : std::as_const(facts.facts)) {
        if (fact.range.isValid())
            require(fact.range.start >= 0 && fact.range.end() <= shown.size(),
                    "a fact's range out of the text");
        require(fact.context < facts.contexts.size(), "a fact's context out of the list");
        require(fact.unit < facts.units.size(), "a fact's unit out of the list");
    }
    for (const XbrlContext &context : std::as_const(facts.contexts))
        require(context.dimensions.size() <= kMaxContextDimensions,
                "a context kept more dimensions than the limit");
}

} // namespace fl::fuzz

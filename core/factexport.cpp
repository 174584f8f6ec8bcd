// SPDX-License-Identifier: MIT
#include "factexport.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

const XbrlContext *contextOf(const Filing &filing, const Fact &fact)
{
    return fact.context >= 0 && fact.context < filing.contexts.size()
        ? &filing.contexts[fact.context]
        : nullptr;
}

} // namespace

QString factUnitText(const Filing &filing, const Fact &fact)
{
    if (fact.unit >= 0 && fact.unit < filing.units.size())
        return filing.units[fact.unit].text();
    return fact.unitRef();
}

QString factDimensionsText(const Filing &filing, const Fact &fact)
{
    QStringList parts;
    if (const XbrlContext *c = contextOf(filing, fact)) {
        for (const auto &[axis, member] : c->dimensions)
            parts << axis + u'=' + member;
    }
    return parts.join(u"; "_s);
}

QJsonObject factPeriodJson(const Filing &filing, const Fact &fact)
{
    QJsonObject period;
    if (const XbrlContext *c = contextOf(filing, fact)) {
        if (!c->instant.isEmpty()) {
            period[u"instant"_s] = c->instant;
        } else if (c->forever) {
            period[u"forever"_s] = true;
        } else {
            period[u"start"_s] = c->start;
            period[u"end"_s] = c->end;
        }
    }
    return period;
}

QJsonArray factsToJson(const Filing &filing)
{
    QJsonArray facts;
    for (const Fact &fact : filing.facts) {
        QJsonObject o;
        o[u"concept"_s] = fact.name;
        o[u"kind"_s] = factKindName(fact.kind);
        o[u"value"_s] = fact.nil ? QJsonValue(QJsonValue::Null) : QJsonValue(fact.value);
        o[u"displayed"_s] = fact.displayed;
        o[u"context"_s] = fact.contextRef();
        o[u"unit"_s] = orNull(factUnitText(filing, fact));
        o[u"decimals"_s] = orNull(fact.decimals());
        o[u"scale"_s] = orNull(fact.scale());
        o[u"sign"_s] = orNull(fact.sign());
        o[u"format"_s] = orNull(fact.format());
        const QJsonObject period = factPeriodJson(filing, fact);
        o[u"period"_s] = period.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(period);
        QJsonObject dimensions;
        if (const XbrlContext *c = contextOf(filing, fact)) {
            for (const auto &[axis, member] : c->dimensions)
                dimensions[axis] = member;
        }
        o[u"dimensions"_s] = dimensions;
        o[u"hidden"_s] = fact.hidden;
        o[u"document"_s] = fact.document;
        const bool shown = fact.range.isValid();
        o[u"start"_s] = shown ? QJsonValue(qint64(fact.range.start)) : QJsonValue(QJsonValue::Null);
        o[u"end"_s] = shown ? QJsonValue(qint64(fact.range.end())) : QJsonValue(QJsonValue::Null);
        facts.append(o);
    }
    return facts;
}

QStringList factCsvHeader()
{
    return {u"file"_s,       u"concept"_s, u"value"_s,        u"displayed"_s,  u"unit"_s,
            u"decimals"_s,   u"scale"_s,   u"period_start"_s, u"period_end"_s, u"instant"_s,
            u"dimensions"_s, u"hidden"_s,  u"line"_s};
}

QList<ExportRow> factRows(const Filing &filing)
{
    const auto text = [](const QString &value) {
        return ExportCell{value, CellType::Text};
    };
    const auto date = [](const QString &value) {
        return ExportCell{value, CellType::Date};
    };
    QList<ExportRow> rows;
    rows.reserve(filing.facts.size());
    for (const Fact &fact : filing.facts) {
        const XbrlContext *c = contextOf(filing, fact);
        const bool number = fact.isNumeric() && !fact.nil;
        rows << ExportRow{text(filing.fileName()),
                          text(fact.name),
                          ExportCell{fact.value, number ? CellType::Number : CellType::Text},
                          text(fact.displayed),
                          text(factUnitText(filing, fact)),
                          text(fact.decimals()),
                          text(fact.scale()),
                          date(c ? c->start : QString()),
                          date(c ? c->end : QString()),
                          date(c ? c->instant : QString()),
                          text(factDimensionsText(filing, fact)),
                          text(fact.hidden ? u"true"_s : u"false"_s),
                          ExportCell{fact.range.isValid()
                                         ? QString::number(filing.lineAt(fact.range.start) + 1)
                                         : QString(),
                                     CellType::Number}};
    }
    return rows;
}

} // namespace fl

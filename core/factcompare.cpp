// SPDX-License-Identifier: MIT
#include "factcompare.h"

#include "factexport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

const XbrlContext *contextOf(const Filing &filing, const Fact &fact)
{
    return fact.context >= 0 && fact.context < filing.contexts.size()
        ? &filing.contexts[fact.context]
        : nullptr;
}

// "1,500.50" is never a value (values are normalized): only signs, zeros and the point differ.
QString canonicalNumber(const QString &value)
{
    static const QRegularExpression number(u"^([+-]?)0*(\\d*)(?:\\.(\\d*?)0*)?$"_s);
    const auto m = number.match(value.trimmed());
    if (!m.hasMatch())
        return value.trimmed();
    QString whole = m.captured(2).isEmpty() ? u"0"_s : m.captured(2);
    const QString fraction = m.captured(3);
    QString out = fraction.isEmpty() ? whole : whole + u'.' + fraction;
    if (m.captured(1) == u"-"_s && out != u"0"_s)
        out.prepend(u'-');
    return out;
}

} // namespace

QString factPeriodText(const Filing &filing, const Fact &fact)
{
    const XbrlContext *c = contextOf(filing, fact);
    if (!c)
        return {};
    if (!c->instant.isEmpty())
        return c->instant;
    if (c->forever)
        return u"forever"_s;
    return c->start + u" to "_s + c->end;
}

FactKey factKey(const Filing &filing, const Fact &fact)
{
    FactKey key{fact.name, {}, {}};
    const XbrlContext *c = contextOf(filing, fact);
    if (!c)
        return key;
    if (!c->instant.isEmpty())
        key.period = u"i:"_s + c->instant;
    else if (c->forever)
        key.period = u"forever"_s;
    else
        key.period = u"d:"_s + c->start + u'/' + c->end;
    QStringList dimensions;
    for (const auto &[axis, member] : c->dimensions)
        dimensions << axis + u'=' + member;
    dimensions.sort();
    key.dimensions = dimensions.join(u"; "_s);
    return key;
}

size_t qHash(const FactKey &key, size_t seed)
{
    return qHashMulti(seed, key.name, key.period, key.dimensions);
}

QString comparableFactValue(const Fact &fact)
{
    if (fact.nil)
        return u"nil"_s;
    if (fact.isNumeric())
        return canonicalNumber(fact.value);
    return fact.value.simplified();
}

QString factChangeName(FactChange change)
{
    switch (change) {
    case FactChange::Equal:
        return u"equal"_s;
    case FactChange::Changed:
        return u"changed"_s;
    case FactChange::Added:
        return u"added"_s;
    case FactChange::Removed:
        return u"removed"_s;
    }
    return {};
}

FactComparison compareFacts(const Filing &left, const Filing &right)
{
    // The first fact of each key on the right; the keys the left has already taken.
    QHash<FactKey, int> rightByKey;
    QList<FactKey> rightKeys;
    rightKeys.reserve(right.facts.size());
    for (int i = 0; i < right.facts.size(); ++i) {
        rightKeys << factKey(right, right.facts[i]);
        if (!rightByKey.contains(rightKeys.back()))
            rightByKey.insert(rightKeys.back(), i);
    }
    FactComparison out;
    QSet<FactKey> leftSeen;
    auto describe = [](const Filing &filing, int index, FactDifference &d) {
        const Fact &fact = filing.facts[index];
        d.name = fact.name;
        d.period = factPeriodText(filing, fact);
        d.dimensions = factDimensionsText(filing, fact);
        d.unit = factUnitText(filing, fact);
    };
    for (int i = 0; i < left.facts.size(); ++i) {
        const Fact &fact = left.facts[i];
        FactKey key = factKey(left, fact);
        if (leftSeen.contains(key))
            continue;
        leftSeen.insert(key);
        FactDifference d;
        describe(left, i, d);
        d.leftFact = i;
        d.left = fact.value;
        const auto match = rightByKey.constFind(key);
        if (match == rightByKey.constEnd()) {
            d.change = FactChange::Removed;
            ++out.removed;
        } else {
            const Fact &other = right.facts[*match];
            d.rightFact = *match;
            d.right = other.value;
            if (d.unit.isEmpty())
                d.unit = factUnitText(right, other);
            const bool same = comparableFactValue(fact) == comparableFactValue(other);
            d.change = same ? FactChange::Equal : FactChange::Changed;
            ++(same ? out.equal : out.changed);
        }
        out.rows << d;
    }
    for (int i = 0; i < right.facts.size(); ++i) {
        const FactKey &key = rightKeys[i];
        if (leftSeen.contains(key) || rightByKey.value(key) != i)
            continue; // paired, or a second fact of a key
        FactDifference d;
        describe(right, i, d);
        d.change = FactChange::Added;
        d.rightFact = i;
        d.right = right.facts[i].value;
        ++out.added;
        out.rows << d;
    }
    return out;
}

} // namespace fl

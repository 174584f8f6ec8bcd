// SPDX-License-Identifier: MIT
// The inline-XBRL facts of two filings compared: paired by what they state a value of
// (concept, period, dimensions), their normalized values compared.
#pragma once

#include "filing.h"

#include <QList>
#include <QString>

namespace fl {

// "2024-06-29" for an instant, "2023-10-01 to 2024-06-29" for a duration, "forever"; empty
// when the context is unknown.
QString factPeriodText(const Filing &filing, const Fact &fact);

// What a fact states a value of: its concept, its period (instant, or start and end) and its
// dimensions as a sorted "axis=member" set, so that the order a context lists them in and the
// context's id do not matter.
struct FactKey
{
    QString name;       // the concept
    QString period;     // "i:2024-06-29", "d:2023-10-01/2024-06-29", "forever", "" (unknown)
    QString dimensions; // "axis=member; axis=member", sorted by axis
    friend bool operator==(const FactKey &, const FactKey &) = default;
};
FactKey factKey(const Filing &filing, const Fact &fact);
size_t qHash(const FactKey &key, size_t seed = 0);

// A fact's value as compared: a number without its written form's zeros ("1500.0" and
// "1500" are equal), text with its blank runs collapsed; "nil" for a nil fact.
QString comparableFactValue(const Fact &fact);

enum class FactChange { Equal, Changed, Added, Removed };
QString factChangeName(FactChange change); // "equal", "changed", "added", "removed"

struct FactDifference
{
    FactChange change = FactChange::Equal;
    QString name;       // the concept
    QString period;     // factPeriodText
    QString dimensions; // factDimensionsText, in the context's order
    QString unit;
    QString left; // the values (Fact::value); empty on the side that lacks the fact
    QString right;
    int leftFact = -1; // index into Filing::facts, -1 on the side that lacks it
    int rightFact = -1;
};

struct FactComparison
{
    // Left's facts in document order (a key the filing states twice counts once, at its
    // first fact), then the facts only the right one has, in its order.
    QList<FactDifference> rows;
    int equal = 0;
    int changed = 0;
    int added = 0;   // only in the right filing
    int removed = 0; // only in the left filing
    int paired() const { return equal + changed; }
};

FactComparison compareFacts(const Filing &left, const Filing &right);

} // namespace fl

// SPDX-License-Identifier: MIT
// The inline-XBRL facts of a filing as JSON (`parse --facts`) and as CSV rows (`export-csv
// --layout facts`): one description of a fact for both.
#pragma once

#include "exporttable.h"
#include "filing.h"

#include <QJsonArray>
#include <QStringList>

namespace fl {

// The fact's period, from its context: {"instant": ...}, {"start": ..., "end": ...} or
// {"forever": true}; empty when the context is unknown.
QJsonObject factPeriodJson(const Filing &filing, const Fact &fact);

// "facts": [{concept, value, displayed, unit, decimals, scale, period, dimensions, hidden,
// start, end, ...}], in document order.
QJsonArray factsToJson(const Filing &filing);

// Column names of the facts CSV layout: file, concept, value, displayed, unit, decimals, scale,
// period_start, period_end, instant, dimensions, hidden, line.
QStringList factCsvHeader();

// One row per fact. Dimensions are "axis=member" joined by "; "; line is 1-based, empty for a
// fact not shown in the text. A numeric fact's value is a Number cell, periods are dates, and
// the rest is text (a concept, a unit or "INF" decimals are never numbers).
QList<ExportRow> factRows(const Filing &filing);

// The unit of a fact as text ("iso4217:USD/xbrli:shares"), else its unitRef.
QString factUnitText(const Filing &filing, const Fact &fact);

// "axis=member; axis=member".
QString factDimensionsText(const Filing &filing, const Fact &fact);

} // namespace fl

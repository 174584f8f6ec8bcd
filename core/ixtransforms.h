// SPDX-License-Identifier: MIT
// The Inline XBRL transformation formats filings use (the XII registries 1 to 5, prefix "ixt",
// and the SEC's, prefix "ixt-sec"), as one table from format name to the function that turns
// a fact's displayed text into its value.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace fl {

struct TransformResult
{
    bool known = false; // the format is in the table
    bool ok = false;    // the text fits the format
    QString value;      // the normalized value when ok
};

// Applies the format named by the QName `format` ("ixt:num-dot-decimal"; any prefix, the
// local name decides) to `text`, the displayed text with whitespace collapsed.
// Numbers come out as plain decimals ("1234.5"), dates as ISO ("2023-12-31", "--12-31",
// "2023-12"), booleans as "true"/"false", durations as "P5Y", codes as their codes ("DE",
// "NYSE").
TransformResult applyTransform(QStringView format, QStringView text);

// The formats the table knows, by local name, sorted.
QStringList knownTransforms();

// A plain decimal ("1234.5", ".5", "12") multiplied by 10^scale, negated when `negative`,
// written without exponent, leading zeros or trailing fractional zeros: ("1.5", 6) ->
// "1500000". Empty when `decimal` is not a plain decimal.
QString scaleDecimal(QStringView decimal, int scale, bool negative);

// "one hundred twenty-three" -> 123; -1 when the text is not an English number in words.
qint64 numberFromWords(QStringView text);

} // namespace fl

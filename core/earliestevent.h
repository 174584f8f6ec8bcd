// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QStringView>

namespace fl {

class TextLines;

// The second date of "Date of Report (Date of earliest event reported): August 19, 2009
// (August 3, 2009)", or of a next line "(date of earliest event reported March 21,2003)": a
// parenthesized date after the date of report on line `i`, where `rest` (a view into that
// line) is what follows the date of report. Empty when the cover gives one date.
Field earliestEventDate(const TextLines &lines, int i, QStringView rest);

} // namespace fl

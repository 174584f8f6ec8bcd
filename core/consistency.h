// SPDX-License-Identifier: MIT
#pragma once

namespace fl {

struct Filing;
struct ParseState;

// Warnings about what was read as a whole: HTML nested too deep, lines that were not UTF-8,
// NUL bytes, a document count that disagrees with the header, a required 8-K cover field or
// the Items not found, header and cover disagreeing (name, IRS number, state).
void checkConsistency(ParseState &state);

// Whether a file that is not a submission reads as a filing at all: a form type, Items, a
// cover field, or the words of one near the top.
bool looksLikeFiling(const Filing &filing);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "submissionsplitter.h"

#include <vector>

namespace fl {

struct ParseOptions;
struct ParseState;

// Converts the HTML pieces to text, on options.threads threads: documents are independent.
void convertHtmlPieces(const ParseOptions &options, std::vector<Piece> &pieces);

// Joins the pieces into the filing's displayed text, decoding the raw ones, and records where
// each piece's text is. Counts the lines that were not UTF-8 and the HTML that nested too
// deep into the state, for the warnings.
void assembleText(ParseState &state, std::vector<Piece> &pieces);

} // namespace fl

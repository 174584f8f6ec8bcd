// SPDX-License-Identifier: MIT
#pragma once

namespace fl {

struct ParseState;

// The cover cross-check: each cover field whose row in the cover-field table names a dei:
// concept is compared with the main document's fact of that concept (the one without
// dimensions, else the first). On disagreement a "dei-mismatch" warning names both values and
// the field's normalized value becomes the tag's (the value as written stays).
void crossCheckCover(ParseState &state);

} // namespace fl

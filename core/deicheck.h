// SPDX-License-Identifier: MIT
#pragma once

namespace fl {

struct ParseState;

// The cover against its inline-XBRL dei: tags, and the cover filled from them. Each cover field
// whose row in the cover-field table names a dei: concept is compared with the main document's
// fact of that concept (the one without dimensions, else the first): on disagreement a
// "dei-mismatch" warning names both values and the field's normalized value becomes the tag's
// (the value as written stays); a field the text reader did not find is the tag's (its
// displayed text and range). The Section 12(b) rows are the tagged securities (one per
// context), each keeping the text's reading of its columns where the text has the row; the par
// value comes from a tag on the cover or the 12(b) title.
void crossCheckCover(ParseState &state);

} // namespace fl

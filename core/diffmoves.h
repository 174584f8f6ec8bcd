// SPDX-License-Identifier: MIT
#pragma once

#include "textdiff.h"

namespace fl {

// A line deleted in one place and inserted in another is a moved line when both hold the same
// words, or nearly: their word similarity (2 x words in common, counted with multiplicity, over
// the words of both) is at least this. Lines of fewer words are never moves on their own.
constexpr double kMoveSimilarity = 0.9;
constexpr int kMoveMinWords = 5;

// Finds moved blocks among the changes of `diff` (called by diffTexts before word refinement):
// runs of moved lines (blank lines between them and around them included) become Delete and
// Insert hunks of their own with `move` set, and `diff.moves` lists them. Lines are matched
// through hashes of their words (exact) and of their first and last words (near, a bounded
// number of candidates each), so the work is linear in the changed lines. Moves are not looked
// for when more than 20,000 lines of a side changed (a text rearranged throughout).
void findMoves(const DiffSide &left, const DiffSide &right, TextDiff &diff);

} // namespace fl

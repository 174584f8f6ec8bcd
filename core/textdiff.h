// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace fl {

struct DiffOptions
{
    // Compare lines with runs of blanks collapsed, and treat a change that only moves line
    // breaks (text re-wrapped) as no change.
    bool ignoreWhitespace = false;
    // Refine changed lines to the words that changed.
    bool wordLevel = true;
    // Find moved blocks (see DiffMove and diffmoves.h).
    bool detectMoves = true;
};

enum class DiffOp { Equal, Delete, Insert, Replace };

// A run of lines: equal on both sides, or changed. Line numbers are 0-based line indexes of
// each side's text. An Equal hunk with different counts is text re-wrapped without a change
// of words (only with ignoreWhitespace).
struct DiffHunk
{
    DiffOp op = DiffOp::Equal;
    int leftStart = 0;
    int leftCount = 0;
    int rightStart = 0;
    int rightCount = 0;

    // Index into TextDiff::moves when this change is one end of a moved block (its lines
    // deleted here and inserted there, or the other way), else -1.
    int move = -1;

    bool isChange() const { return op != DiffOp::Equal; }
};

// A block of lines deleted in one place and inserted, equal or nearly so, in another: a
// paragraph moved (risk factors reordered). Each end is its own hunk: a Delete on the left
// and an Insert on the right, both carrying the move's index.
struct DiffMove
{
    int leftHunk = -1;       // index of the Delete hunk in TextDiff::hunks
    int rightHunk = -1;      // index of the Insert hunk
    double similarity = 1.0; // of the two blocks' words, 1 for an exact move
};

struct TextDiff
{
    QList<DiffHunk> hunks;         // cover both texts completely, in order
    QList<SourceRange> leftWords;  // changed words of changed lines, in the left text
    QList<SourceRange> rightWords; // and in the right text
    QList<DiffMove> moves;         // moved blocks, in the order of their left ends
    // Regions too large and too unlike to align line by line (bounded work) were shown as one
    // replaced block; this counts them.
    int coarseRegions = 0;

    // Changed blocks, a moved block counted once (its two ends are one change).
    int changeCount() const;
    // The line of the other side that corresponds to a line (for scrolling side by side).
    int rightLineFor(int leftLine) const;
    int leftLineFor(int rightLine) const;
};

// A side of a comparison: a displayed text and its line index.
struct DiffSide
{
    const QString &text;
    const LineIndex &lineStarts;

    // Line i without its line break.
    QStringView line(int i) const
    {
        auto [begin, end] = lineStarts.bounds(i, text.size());
        if (end > begin && text[end - 1] == u'\n')
            --end;
        return QStringView(text).sliced(begin, end - begin);
    }
};

// Line diff with word refinement. `anchors` are pairs of lines (left, right) known to
// correspond, increasing on both sides (item headings): the text between consecutive anchors
// is diffed on its own, so the same item's bodies are compared with each other.
//
// Lines are compared by hashed keys with dtl's O(NP) algorithm (Wu, Manber, Myers) after
// stripping common prefix and suffix and setting aside lines found on one side only; large
// regions are split at lines unique to both sides (patience anchors) first. A region that is
// still larger than a fixed budget is shown as one replaced block, so the work stays linear
// in the size of the texts whatever they hold.
TextDiff diffTexts(const DiffSide &left, const DiffSide &right, const DiffOptions &options = {},
                   const QList<QPair<int, int>> &anchors = {});

// The longest chain of pairs whose second elements increase, for pairs sorted by their first
// (patience sorting, O(k log k)): the anchors that can all hold at once.
std::vector<std::pair<int, int>>
longestIncreasingChain(const std::vector<std::pair<int, int>> &pairs);

// Convenience for plain strings (tests, tools).
TextDiff diffTexts(const QString &left, const QString &right, const DiffOptions &options = {});

// The diff as a unified diff ("--- a", "+++ b", "@@ -l,s +l,s @@") with `context` lines.
QString unifiedDiff(const DiffSide &left, const DiffSide &right, const TextDiff &diff,
                    const QString &leftName, const QString &rightName, int context = 3);

} // namespace fl

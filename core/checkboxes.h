// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <optional>

namespace fl {

// A check box on a line: a box glyph, "[X]", "[ ]", "|_|", or a lone "o"/"x" in front of the
// text (Wingdings boxes that lost their font).
std::optional<QStringView> findBox(QStringView line);

// Whether a box found by findBox is marked (☒, ✓, [X], ...).
bool isCheckedGlyph(QStringView glyph);

// A check mark as the covers of periodic reports write one, starting at `position` of `text`:
// a box glyph (☒ ☐ ☑ ◻), a bracketed mark ("[X]", "[ ]", "|X|", "/X/", "( )"), a blank or
// marked rule ("___", "_X_"), or a lone letter standing as a mark ("X", "T", and "ü" or "Ö"
// from a Wingdings or Symbol check whose font was lost).
struct CheckMark
{
    qsizetype length = 0;
    bool checked = false;
};
std::optional<CheckMark> checkMarkAt(QStringView text, qsizetype position);

} // namespace fl

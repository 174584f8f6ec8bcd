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

} // namespace fl

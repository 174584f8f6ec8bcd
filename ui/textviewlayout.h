// SPDX-License-Identifier: MIT
#pragma once
// Internal to TextView (textview.cpp and textviewpaint.cpp): the columns of one line and the
// view's fixed measures.

#include "textview.h"

#include <algorithm>
#include <climits>
#include <vector>

namespace fl::textviewdetail {

inline constexpr int kTabWidth = 8;
inline constexpr qsizetype kExpandTabsUpTo = 64 * 1024;
inline constexpr int kTextMargin = 6;
inline constexpr int kStripWidth = 5;

} // namespace fl::textviewdetail

namespace fl {

// Columns of one line: tabs expand to the next multiple of eight, other characters take one
// cell. Very long lines are not expanded (identity mapping).
struct TextView::LineLayout
{
    qsizetype start = 0;
    qsizetype length = 0;
    std::vector<int> columns; // columns[i]: display column of character i; empty = identity

    int columnOf(qsizetype i) const
    {
        i = std::clamp<qsizetype>(i, 0, length);
        return columns.empty() ? int(std::min<qsizetype>(i, INT_MAX)) : columns[size_t(i)];
    }
    int width() const { return columnOf(length); }
    qsizetype charAtColumn(double column) const
    {
        if (columns.empty())
            return std::clamp<qsizetype>(qsizetype(column + 0.5), 0, length);
        // The character whose cell holds the column (rounded to the nearest boundary).
        const auto it = std::lower_bound(columns.begin(), columns.end(), int(column + 0.5));
        return std::clamp<qsizetype>(it - columns.begin(), 0, length);
    }
};

} // namespace fl

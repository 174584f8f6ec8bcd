// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace fl {

// A span of the displayed text, in QString (UTF-16 code unit) offsets.
struct SourceRange
{
    qsizetype start = -1;
    qsizetype length = 0;

    constexpr bool isValid() const { return start >= 0; }
    constexpr qsizetype end() const { return start + length; }
    constexpr bool contains(qsizetype pos) const { return pos >= start && pos < start + length; }
    static constexpr SourceRange fromTo(qsizetype from, qsizetype to)
    {
        return SourceRange{from, to > from ? to - from : 0};
    }
    friend constexpr bool operator==(const SourceRange &, const SourceRange &) = default;
};

} // namespace fl

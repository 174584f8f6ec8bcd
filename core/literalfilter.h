// SPDX-License-Identifier: MIT
// A cheap test run before a regular expression: a line can only match a pattern where a word
// that every match contains stands, and most lines of a filing hold none of them, so the
// readers skip the (allocating) regular-expression match on those lines.
#pragma once

#include <QStringView>

#include <initializer_list>
#include <string_view>

namespace fl {

// True when `text` contains `word` ignoring ASCII case. `word` is ASCII and lower case. For a
// case-insensitive pattern, choose words without 'k' and 's': PCRE2 also matches those to
// U+212A KELVIN SIGN and U+017F LONG S, which this test does not.
inline bool containsNoCase(QStringView text, std::string_view word)
{
    const auto fold = [](char16_t c) {
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    };
    const qsizetype n = text.size();
    const qsizetype m = qsizetype(word.size());
    if (m == 0)
        return true;
    const char16_t *data = text.utf16();
    const char16_t first = char16_t(word[0]);
    for (qsizetype i = 0; i + m <= n; ++i) {
        if (fold(data[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < m && fold(data[i + j]) == char16_t(word[size_t(j)]))
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

// True when `text` contains any of `words` (see containsNoCase).
inline bool containsAnyNoCase(QStringView text, std::initializer_list<std::string_view> words)
{
    for (const std::string_view word : words) {
        if (containsNoCase(text, word))
            return true;
    }
    return false;
}

} // namespace fl

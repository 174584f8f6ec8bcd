// SPDX-License-Identifier: MIT
#pragma once

// The cover of a periodic report read as one running text: phrases matched across line wraps,
// sentences, numbers, dates. The toolkit of the report cover reader (reportcover.cpp).

#include "filing.h"
#include "normalize.h"
#include "textlines.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fl {

namespace covertext {

inline constexpr qsizetype kMaxLine = 1000; // as the 8-K reader: no cover line is read further
inline constexpr qsizetype kMaxSentence = 700;

bool isSpaceAt(QStringView text, qsizetype i);
// The end of `phrase` written at `at`, or -1: case ignored, and a space of the phrase standing
// for any run of white space (covers wrap and justify their sentences).
qsizetype phraseEndAt(QStringView text, qsizetype at, QStringView phrase);
bool startsWithAt(QStringView text, qsizetype at, QStringView word);
bool isWordChar(QStringView text, qsizetype i);
// The end of `word` written at `at` as a whole word, or -1.
qsizetype wordEndAt(QStringView text, qsizetype at, QStringView word);
bool wordAt(QStringView text, qsizetype at, QStringView word);

// A number written with thousands separators ("1,088,334,304", "6,468"), optionally followed by
// "million" or "billion": its end and its value in units.
struct Number
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString value;
};

std::optional<Number> numberAt(QStringView text, qsizetype at);

// The cover as one running text: its lines joined with line breaks, each at most kMaxLine
// wide, with the way back to the displayed text.
class CoverText
{
public:
    explicit CoverText(const TextLines &lines)
        : m_lines(lines)
    {
        for (int i = 0; i < lines.size(); ++i) {
            m_starts.append(m_text.size());
            m_text += lines.line(i).left(kMaxLine);
            m_text += u'\n';
        }
    }

    QStringView text() const { return m_text; }

    SourceRange rangeOf(qsizetype from, qsizetype to) const
    {
        if (m_starts.isEmpty() || to <= from)
            return {};
        return SourceRange::fromTo(source(from), source(to - 1) + 1);
    }

    Field field(qsizetype from, qsizetype to, QString normalized = {}) const
    {
        return Field{simplified(QStringView(m_text).sliced(from, to - from)), std::move(normalized),
                     rangeOf(from, to)};
    }

private:
    qsizetype source(qsizetype pos) const
    {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), pos);
        const int line = int(it - m_starts.begin()) - 1;
        return m_lines.start(line) + std::min(pos - m_starts[line], m_lines.line(line).size());
    }

    const TextLines &m_lines;
    QString m_text;
    QList<qsizetype> m_starts;
};

// Where a sentence ends: a period before a capital, a blank line, or a line that ends in a
// figure followed by one that starts with a capital (HTML covers give each statement a line).
bool endsSentenceAt(QStringView t, qsizetype i);
// Whether the line break at i starts a blank line.
bool isBlankLineAt(QStringView t, qsizetype i);
qsizetype sentenceStart(QStringView t, qsizetype pos);
// `blankLines`: whether a blank line ends the sentence (text covers also wrap with them).
qsizetype sentenceEnd(QStringView t, qsizetype pos, bool blankLines = true);

struct Span
{
    qsizetype start = -1;
    qsizetype end = -1;
    bool isValid() const { return start >= 0; }
};

// The first `phrase` in [from, to), white space as phraseEndAt matches it. Linear in the text
// for the short phrases used here.
Span findPhrase(QStringView t, QStringView phrase, qsizetype from = 0, qsizetype to = -1);
bool containsPhrase(QStringView t, Span within, QStringView phrase);

// The first date in [from, to): its span and ISO form.
struct DateHit
{
    Span span;
    QString iso;
};

std::optional<DateHit> firstDate(QStringView t, qsizetype from, qsizetype to);

} // namespace covertext

} // namespace fl

// SPDX-License-Identifier: MIT
#include "covertext.h"

#include "lineshapes.h"
#include "normalize.h"
#include "textlines.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl::covertext {

namespace {

QString scaled(QStringView digits, QStringView fraction, int zeros)
{
    QString whole = digits.toString() + fraction.left(zeros).toString();
    whole += QString(zeros - std::min<qsizetype>(zeros, fraction.size()), u'0');
    while (whole.size() > 1 && whole.front() == u'0')
        whole.remove(0, 1);
    return whole;
}

// QChar::toCaseFolded() is a call into Qt for every character; ASCII, nearly all of a
// cover, folds to its lower case.
inline QChar foldCase(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 0x20) : u);
    return c.toCaseFolded();
}

} // namespace

bool isSpaceAt(QStringView text, qsizetype i)
{
    return i < text.size() && (text[i].isSpace() || text[i].unicode() == 0xA0);
}

qsizetype phraseEndAt(QStringView text, qsizetype at, QStringView phrase)
{
    if (at < 0)
        return -1;
    qsizetype i = at;
    for (qsizetype k = 0; k < phrase.size(); ++k) {
        if (phrase[k] == u' ') {
            if (!isSpaceAt(text, i))
                return -1;
            while (isSpaceAt(text, i))
                ++i;
            continue;
        }
        if (i >= text.size() || foldCase(text[i]) != foldCase(phrase[k]))
            return -1;
        ++i;
    }
    return i;
}

bool startsWithAt(QStringView text, qsizetype at, QStringView word)
{
    return phraseEndAt(text, at, word) >= 0;
}

bool isWordChar(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text[i].isLetterOrNumber();
}

qsizetype wordEndAt(QStringView text, qsizetype at, QStringView word)
{
    const qsizetype end = phraseEndAt(text, at, word);
    return end >= 0 && !isWordChar(text, at - 1) && !isWordChar(text, end) ? end : -1;
}

bool wordAt(QStringView text, qsizetype at, QStringView word)
{
    return wordEndAt(text, at, word) >= 0;
}

std::optional<Number> numberAt(QStringView text, qsizetype at)
{
    if (at >= text.size() || !text[at].isDigit() || isWordChar(text, at - 1))
        return std::nullopt;
    QString digits;
    qsizetype i = at;
    while (i < text.size()
           && (text[i].isDigit()
               || (text[i] == u',' && i + 3 < text.size() + 0 && i + 1 < text.size()
                   && text[i + 1].isDigit() && i + 3 < text.size() && text[i + 2].isDigit()
                   && text[i + 3].isDigit()))) {
        if (text[i].isDigit())
            digits.append(text[i]);
        ++i;
    }
    QString fraction;
    if (i + 1 < text.size() && text[i] == u'.' && text[i + 1].isDigit()) {
        ++i;
        while (i < text.size() && text[i].isDigit())
            fraction.append(text[i++]);
    }
    const qsizetype wordStart = skipSpaces(text, i);
    for (const auto &[word, zeros] : {std::pair{u"billion"_s, 9}, std::pair{u"million"_s, 6}}) {
        if (wordAt(text, wordStart, word))
            return Number{at, wordStart + word.size(), scaled(digits, fraction, zeros)};
    }
    if (digits.isEmpty())
        return std::nullopt;
    if (!fraction.isEmpty() && fraction != QString(fraction.size(), u'0'))
        return std::nullopt; // a price or a par value, not a count or an amount
    return Number{at, i, scaled(digits, {}, 0)};
}

bool endsSentenceAt(QStringView t, qsizetype i)
{
    if (t[i] == u'\n') {
        const qsizetype next = skipSpaces(t, i + 1);
        qsizetype prev = i - 1;
        while (prev >= 0 && (t[prev] == u' ' || t[prev].unicode() == 0xA0 || t[prev] == u'\t'))
            --prev;
        if (prev < 0 || t[prev] == u'\n')
            return true;
        for (qsizetype k = i + 1; k < next; ++k) {
            if (t[k] == u'\n')
                return true;
        }
        const bool figure = t[prev].isDigit()
            || (prev >= 6 && (wordAt(t, prev - 6, u"billion") || wordAt(t, prev - 6, u"million")));
        const bool closed =
            t[prev] == u')' && prev > 0 && t[prev - 1] == u'.'; // "... affiliates.)"
        return next < t.size() && (figure || closed) && (t[next].isUpper() || t[next].isDigit());
    }
    if (t[i] != u'.' || i + 1 >= t.size() || !(t[i + 1].isSpace() || t[i + 1].unicode() == 0xA0))
        return false;
    const qsizetype next = skipSpaces(t, i + 1);
    if (next >= t.size() || !(t[next].isUpper() || t[next].isDigit()))
        return false;
    // "U.S.", "N.V.", "Inc.", "No." do not end a sentence.
    if (i >= 2 && t[i - 1].isUpper() && !t[i - 2].isLetter())
        return false;
    for (const QStringView abbreviation : {u"Inc", u"No", u"Co", u"Corp", u"Ltd"}) {
        if (i >= abbreviation.size() && wordAt(t, i - abbreviation.size(), abbreviation))
            return false;
    }
    return true;
}

bool isBlankLineAt(QStringView t, qsizetype i)
{
    qsizetype next = i + 1;
    while (next < t.size() && t[next] != u'\n' && isSpaceAt(t, next))
        ++next;
    qsizetype prev = i - 1;
    while (prev >= 0 && t[prev] != u'\n' && isSpaceAt(t, prev))
        --prev;
    return next >= t.size() || t[next] == u'\n' || prev < 0 || t[prev] == u'\n';
}

qsizetype sentenceStart(QStringView t, qsizetype pos)
{
    for (qsizetype i = pos - 1; i >= 0 && i >= pos - kMaxSentence; --i) {
        if (endsSentenceAt(t, i))
            return i + 1;
    }
    return std::max<qsizetype>(0, pos - kMaxSentence);
}

qsizetype sentenceEnd(QStringView t, qsizetype pos, bool blankLines)
{
    for (qsizetype i = pos; i < t.size() && i < pos + kMaxSentence; ++i) {
        if (endsSentenceAt(t, i) && (blankLines || t[i] != u'\n' || !isBlankLineAt(t, i)))
            return i + 1;
    }
    return std::min(t.size(), pos + kMaxSentence);
}

Span findPhrase(QStringView t, QStringView phrase, qsizetype from, qsizetype to)
{
    const qsizetype limit = to < 0 ? t.size() : std::min(to, t.size());
    const QChar first = foldCase(phrase.front());
    for (qsizetype i = std::max<qsizetype>(0, from); i < limit; ++i) {
        if (foldCase(t[i]) != first)
            continue;
        if (const qsizetype end = phraseEndAt(t, i, phrase); end >= 0 && end <= limit)
            return {i, end};
    }
    return {};
}

bool containsPhrase(QStringView t, Span within, QStringView phrase)
{
    return findPhrase(t, phrase, within.start, within.end).isValid();
}

std::optional<DateHit> firstDate(QStringView t, qsizetype from, qsizetype to)
{
    if (from >= to)
        return std::nullopt;
    const auto m = findDate(t.sliced(from, to - from));
    if (!m || m->iso.isEmpty())
        return std::nullopt;
    return DateHit{{from + m->position, from + m->position + m->length}, m->iso};
}

} // namespace fl::covertext

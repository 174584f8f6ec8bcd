// SPDX-License-Identifier: MIT
#include "reportheadings.h"

#include "formschema.h"
#include "lineshapes.h"
#include "normalize.h"
#include "textlines.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// Matches `word` at i, case-insensitively, its letters possibly spaced out ("I T E M");
// returns the end, or -1.
qsizetype matchWord(QStringView s, qsizetype i, QStringView word, bool allowSpacedLetters)
{
    qsizetype at = i;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (k > 0 && allowSpacedLetters && at < s.size() && s[at] == u' ' && at + 1 < s.size()
            && s[at + 1] != u' ')
            ++at;
        if (at >= s.size() || s[at].toLower() != word[k])
            return -1;
        ++at;
    }
    return at;
}

bool wordEndsAt(QStringView s, qsizetype i)
{
    return i >= s.size() || !s[i].isLetter();
}

// "1A", "16", "4T", "8A(T)": one or two digits and an optional letter; returns the end, or i.
qsizetype parseCode(QStringView s, qsizetype i)
{
    qsizetype end = i;
    while (end < s.size() && end - i < 2 && s[end].isDigit() && s[end].unicode() < 128)
        ++end;
    if (end == i)
        return i;
    if (end < s.size() && s[end].isDigit())
        return i; // "Item 405 of Regulation S-K"
    if (end < s.size() && s[end].isLetter() && s[end].unicode() < 128
        && (end + 1 >= s.size() || !s[end + 1].isLetterOrNumber()))
        ++end;
    else if (end < s.size() && s[end].isLetter())
        return i; // "Item 1st", "Item 2nd"
    if (end < s.size() && s[end] == u'.' && end + 1 < s.size() && s[end + 1].isDigit())
        return i; // "Item 2.02" belongs to an 8-K
    return end;
}

QString normalizeCode(QStringView written)
{
    QString code;
    for (const QChar c : written) {
        if (c.isLetterOrNumber())
            code.append(c.toUpper());
    }
    while (code.startsWith(u'0') && code.size() > 1 && code[1].isDigit())
        code.remove(0, 1);
    return code == u"0"_s ? QString() : code;
}

// After a number: ", 11, 12 and 13", " & 2", " through 14", " - 14". Returns where the next
// number starts (and whether it closes a range), or -1.
qsizetype nextNumberStart(QStringView s, qsizetype i, bool *range)
{
    qsizetype j = skipSpaces(s, i);
    *range = false;
    bool joined = false;
    if (j < s.size() && (s[j] == u',' || s[j] == u'&')) {
        j = skipSpaces(s, j + 1);
        joined = true;
    }
    for (const char16_t *word : {u"and", u"through", u"to"}) {
        const qsizetype end = matchWord(s, j, QStringView(word), false);
        if (end > 0 && wordEndsAt(s, end)) {
            *range = QStringView(word) != u"and";
            j = skipSpaces(s, end);
            joined = true;
            break;
        }
    }
    if (!joined)
        return -1;
    const qsizetype itemEnd = matchWord(s, j, u"item", false);
    if (itemEnd > 0) {
        j = itemEnd;
        if (j < s.size() && (s[j] == u's' || s[j] == u'S'))
            ++j;
        j = skipSpaces(s, j);
    }
    return parseCode(s, j) != j ? j : -1;
}

// Codes from `first` to `last` when both are plain numbers ("10 through 14").
QStringList expandRange(const QString &first, const QString &last)
{
    bool okFirst = false;
    bool okLast = false;
    const int a = first.toInt(&okFirst);
    const int b = last.toInt(&okLast);
    QStringList codes;
    if (okFirst && okLast && a < b && b - a < 20) {
        for (int n = a + 1; n <= b; ++n)
            codes.append(QString::number(n));
    } else {
        codes.append(last);
    }
    return codes;
}

bool isSeparator(QChar c)
{
    return c == u'.' || c == u':' || c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u')';
}

} // namespace

std::optional<ReportItemHeading> parseReportItemHeading(QStringView line)
{
    qsizetype i = skipSpaces(line, 0);
    while (i < line.size() && (line[i] == u'*' || line[i] == u'\u2022'))
        i = skipSpaces(line, i + 1);
    qsizetype end = matchWord(line, i, u"item", true);
    if (end < 0)
        return std::nullopt;
    i = end;
    if (i < line.size() && (line[i] == u's' || line[i] == u'S'))
        ++i;
    if (!wordEndsAt(line, i))
        return std::nullopt; // "Itemized"
    i = skipSpaces(line, i);
    const qsizetype noEnd = matchWord(line, i, u"no", false);
    if (noEnd > 0 && noEnd < line.size() && line[noEnd] == u'.')
        i = skipSpaces(line, noEnd + 1); // "Item No. 5"

    ReportItemHeading heading;
    while (true) {
        const qsizetype numberEnd = parseCode(line, i);
        if (numberEnd == i)
            break;
        const QStringView number = line.sliced(i, numberEnd - i);
        const QString code = normalizeCode(number);
        if (code.isEmpty())
            return std::nullopt;
        heading.numbers.append(number);
        i = numberEnd;
        // "Item 8A(T)": the temporary item of 2008-2010 is read as its item.
        if (line.sliced(i).startsWith(u"(T)", Qt::CaseInsensitive))
            i += 3;
        bool range = false;
        const qsizetype next = nextNumberStart(line, i, &range);
        if (range && !heading.codes.isEmpty()) {
            heading.codes.append(expandRange(heading.codes.last(), code));
        } else if (range) {
            heading.codes.append(code);
            const qsizetype lastEnd = parseCode(line, next);
            const QString last = normalizeCode(line.sliced(next, lastEnd - next));
            heading.numbers.append(line.sliced(next, lastEnd - next));
            heading.codes.append(expandRange(code, last));
            i = lastEnd;
            if (nextNumberStart(line, i, &range) < 0)
                break;
            i = nextNumberStart(line, i, &range);
            continue;
        } else {
            heading.codes.append(code);
        }
        if (next < 0)
            break;
        i = next;
    }
    if (heading.codes.isEmpty())
        return std::nullopt;
    i = skipSpaces(line, i);
    bool separated = false;
    if (i < line.size() && isSeparator(line[i])) {
        separated = true;
        ++i;
        while (i < line.size() && (isSeparator(line[i]) || isSpaceLike(line[i])))
            ++i;
    }
    i = skipSpaces(line, i);
    heading.title = line.sliced(i).trimmed();
    const QStringView t = heading.title;
    if (!t.isEmpty()) {
        const QChar first = t.front();
        if (first == u',' || first == u';' || first == u'(' || first.isDigit())
            return std::nullopt; // "Item 1A, Risk Factors, of our ...", "Item 14(a)", "Items 10, 11
                                 // 12"
        // "Item 7 of this report": a sentence. A lowercase title counts only after a
        // separator on a short line ("item 1. business").
        if (first.isLower() && !(separated && line.size() < 100))
            return std::nullopt;
        if (t.startsWith(u"through", Qt::CaseInsensitive))
            return std::nullopt;
    }
    return heading;
}

std::optional<QString> parsePartHeading(QStringView line, QStringView *title)
{
    qsizetype i = skipSpaces(line, 0);
    const qsizetype end = matchWord(line, i, u"part", true);
    if (end < 0)
        return std::nullopt;
    i = skipSpaces(line, end);
    if (i == end)
        return std::nullopt; // "Partners"
    qsizetype numeralEnd = i;
    while (numeralEnd < line.size()
           && (line[numeralEnd] == u'I' || line[numeralEnd] == u'V' || line[numeralEnd] == u'X'))
        ++numeralEnd;
    QString part;
    if (numeralEnd > i) {
        part = line.sliced(i, numeralEnd - i).toString();
        if (romanValue(part) == 0)
            return std::nullopt;
    } else {
        while (numeralEnd < line.size() && numeralEnd - i < 1 && line[numeralEnd].isDigit())
            ++numeralEnd;
        const int n = numeralEnd > i ? line[i].digitValue() : 0;
        if (n < 1 || n > 4)
            return std::nullopt;
        static const QStringList numerals = {u"I"_s, u"II"_s, u"III"_s, u"IV"_s};
        part = numerals[n - 1];
    }
    if (numeralEnd < line.size() && line[numeralEnd].isLetterOrNumber())
        return std::nullopt;
    qsizetype rest = skipSpaces(line, numeralEnd);
    while (rest < line.size() && (isSeparator(line[rest]) || isSpaceLike(line[rest])))
        ++rest;
    const QStringView after = line.sliced(rest).trimmed();
    // "Part II of this report", "Part III (Items 10, 11, 12 and 13)": a mention, not a heading.
    if (!after.isEmpty() && (after.front().isLower() || after.front() == u'('))
        return std::nullopt;
    if (after.size() > 80)
        return std::nullopt;
    if (title)
        *title = after;
    return part;
}

bool endsWithPageReference(QStringView line)
{
    // Read backwards: "14", "F-1", "4-12", then the gap that sets it apart. No regular
    // expression: a backtracking one is quadratic on a line of a million spaces.
    qsizetype end = line.size();
    while (end > 0 && isSpaceLike(line[end - 1]))
        --end;
    auto digitsBefore = [&](qsizetype at) {
        qsizetype start = at;
        while (start > 0 && at - start < 3 && line[start - 1].isDigit())
            --start;
        return start;
    };
    qsizetype start = digitsBefore(end);
    if (start == end || (start > 0 && line[start - 1].isDigit()))
        return false;
    // "4-12": a range of pages.
    if (start > 1 && (line[start - 1] == u'-' || line[start - 1] == u'\u2013')
        && line[start - 2].isDigit()) {
        const qsizetype first = digitsBefore(start - 1);
        if (first < start - 1 && (first == 0 || !line[first - 1].isDigit()))
            start = first;
    } else if (start > 1 && line[start - 1] == u'-' && line[start - 2].isLetter()
               && line[start - 2].isUpper()) {
        start -= 2; // "F-1"
    }
    if (start == 0)
        return false;
    if (line[start - 1] == u'\t' || line[start - 1] == u'\u2026')
        return true;
    if (start >= 2 && isSpaceLike(line[start - 1]) && isSpaceLike(line[start - 2]))
        return true;
    qsizetype dots = start;
    while (dots > 0 && isSpaceLike(line[dots - 1]))
        --dots;
    int leaders = 0;
    while (dots > 0 && (line[dots - 1] == u'.' || line[dots - 1] == u'\u2026')) {
        --dots;
        ++leaders;
    }
    return leaders >= 3;
}

QString itemStatus(QStringView title, QStringView body)
{
    if (title.contains(u"reserved", Qt::CaseInsensitive))
        return u"reserved"_s;
    const QString head = simplified(body.left(600));
    static const QRegularExpression notApplicable(u"^(?:\\W*)(?:(?:this\\s+item|item\\s+\\w+)\\s+"
                                                  u"is\\s+)?(?:not\\s+applicable|not\\s+required|"
                                                  u"inapplicable)\\b"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notRequired(
        u"\\bnot\\s+required\\s+to\\s+(?:provide|include|disclose|furnish)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (notApplicable.match(head).hasMatch()
        || (head.size() < 400 && notRequired.match(head).hasMatch()))
        return u"not applicable"_s;
    static const QRegularExpression none(u"^\\W*none\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (none.match(head).hasMatch())
        return u"none"_s;
    if (head.startsWith(u"[Reserved]"_s, Qt::CaseInsensitive)
        || head.startsWith(u"Reserved"_s, Qt::CaseInsensitive))
        return u"reserved"_s;
    static const QRegularExpression omitted(u"^\\W*(?:information\\s+)?omitted\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (omitted.match(head).hasMatch())
        return u"omitted"_s;
    static const QRegularExpression thereAreNone(u"^\\W*there\\s+(?:are|were|is|was)\\s+none\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (thereAreNone.match(head).hasMatch())
        return u"none"_s;
    // A short item that sends the reader elsewhere: the proxy statement, the annual report,
    // a note or page of this report. "(incorporated by reference to Exhibit 4.1 ...)" in an
    // exhibit list is content, not a pointer.
    const qsizetype bodyLength = simplified(body.left(3000)).size();
    static const QRegularExpression incorporated(
        u"(?<!\\()\\bincorporated\\s+(?:herein\\s+|in\\s+this\\s+item\\s+)?by\\s+reference"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = incorporated.match(head);
    if (m.hasMatch()
        && ((bodyLength < 1500 && m.capturedStart() < 400)
            || (bodyLength < 4000 && m.capturedStart() < 150)))
        return u"incorporated by reference"_s;
    static const QRegularExpression pointer(
        u"^\\W*(?:see|refer\\s+to)\\b|\\bsee\\b|\\b(?:can|may)\\s+be\\s+found\\b|"
        u"\\bwill\\s+be\\s+(?:set\\s+forth|included|contained)\\b|\\b(?:is|are)\\s+included\\s+"
        u"in\\b|"
        u"\\b(?:set\\s+forth|begins?|beginning|appears?|included|contained)\\s+"
        u"(?:on|in|at)\\s+(?:page|pages|part)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (bodyLength < 700 && pointer.match(head).hasMatch())
        return u"incorporated by reference"_s;
    return {};
}

double titleMatch(QStringView written, QStringView official)
{
    auto words = [](QStringView s) {
        QSet<QString> out;
        QString word;
        for (const QChar c : s) {
            if (c.isLetterOrNumber()) {
                word.append(c.toLower());
                continue;
            }
            if (word.size() > 3)
                out.insert(word);
            word.clear();
        }
        if (word.size() > 3)
            out.insert(word);
        return out;
    };
    const QSet<QString> want = words(official);
    if (want.isEmpty())
        return 0;
    const QSet<QString> have = words(written);
    int found = 0;
    for (const QString &w : want)
        found += have.contains(w) ? 1 : 0;
    return double(found) / double(want.size());
}

} // namespace fl

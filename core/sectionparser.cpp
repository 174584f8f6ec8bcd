// SPDX-License-Identifier: MIT
#include "sectionparser.h"

#include "itemcatalog.h"
#include "lineshapes.h"
#include "normalize.h"
#include "textlines.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

qsizetype skipDigits(QStringView s, qsizetype i, int max)
{
    int n = 0;
    while (i < s.size() && n < max && s[i].isDigit() && s[i].unicode() < 128) {
        ++i;
        ++n;
    }
    return i;
}

bool startsWithWord(QStringView s, qsizetype i, QStringView word)
{
    if (!s.sliced(i).startsWith(word, Qt::CaseInsensitive))
        return false;
    const qsizetype after = i + word.size();
    return after >= s.size() || !s[after].isLetterOrNumber();
}

// Parses "2.02" or "12" at i; returns the end, or i when there is no item number.
qsizetype parseItemNumber(QStringView s, qsizetype i)
{
    const qsizetype majorEnd = skipDigits(s, i, 2);
    if (majorEnd == i)
        return i;
    qsizetype end = majorEnd;
    if (end + 1 < s.size() && s[end] == u'.' && s[end + 1].isDigit()) {
        const qsizetype minorEnd = skipDigits(s, end + 1, 2);
        end = minorEnd;
    }
    // "Item 1A" (a 10-K item) or "Item 123" are not 8-K item numbers.
    if (end < s.size() && (s[end].isLetterOrNumber()))
        return i;
    return end;
}

// A sentence-continuing word at the end of a heading line means the title goes on.
bool titleContinues(QStringView title)
{
    if (title.isEmpty())
        return false;
    if (title.count(u'(') > title.count(u')'))
        return true;
    static const QRegularExpression dangling(
        u"(?:,|;|-|\u2013|\\b(?:and|or|of|the|for|to|in|on|under|with|a|an))$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return dangling.match(title.trimmed()).hasMatch();
}

bool endsWithPageNumber(QStringView line)
{
    return pageNumberStart(line) >= 0;
}

QString cleanTitle(QStringView title)
{
    QString t = simplified(title);
    while (t.endsWith(u'.') || t.endsWith(u':'))
        t.chop(1);
    return t.trimmed();
}

struct Candidate
{
    int line;
    ItemHeading heading;
};

} // namespace

std::optional<ItemHeading> parseItemHeading(QStringView line)
{
    qsizetype i = skipSpaces(line, 0);
    while (i < line.size() && (line[i] == u'*' || line[i] == u'\u2022'))
        i = skipSpaces(line, i + 1);
    if (!line.sliced(i).startsWith(u"item", Qt::CaseInsensitive))
        return std::nullopt;
    i += 4;
    if (i < line.size() && (line[i] == u's' || line[i] == u'S'))
        ++i;
    if (i < line.size() && line[i].isLetter())
        return std::nullopt; // "Itemized", "Items" followed by letters
    i = skipSpaces(line, i);

    ItemHeading heading;
    while (true) {
        const qsizetype end = parseItemNumber(line, i);
        if (end == i)
            break;
        heading.numbers.append(line.sliced(i, end - i));
        i = end;
        // "Item 9.01(d)" and the like: the letter belongs to the body, not the heading.
        const qsizetype save = i;
        qsizetype j = skipSpaces(line, i);
        bool joined = false;
        if (j < line.size() && (line[j] == u',' || line[j] == u'&')) {
            j = skipSpaces(line, j + 1);
            joined = true;
        }
        if (startsWithWord(line, j, u"and")) {
            j = skipSpaces(line, j + 3);
            joined = true;
        }
        if (joined) {
            if (startsWithWord(line, j, u"items"))
                j = skipSpaces(line, j + 5);
            else if (startsWithWord(line, j, u"item"))
                j = skipSpaces(line, j + 4);
            if (parseItemNumber(line, j) != j) {
                i = j;
                continue;
            }
        }
        i = save;
        break;
    }
    if (heading.numbers.isEmpty())
        return std::nullopt;
    i = skipSpaces(line, i);
    if (i < line.size()
        && (line[i] == u'.' || line[i] == u':' || line[i] == u'-' || line[i] == u'\u2013'
            || line[i] == u'\u2014' || line[i] == u')')) {
        ++i;
        while (i < line.size() && (line[i] == u'.' || line[i] == u'-' || isSpaceLike(line[i])))
            ++i;
    }
    i = skipSpaces(line, i);
    heading.title = line.sliced(i).trimmed();
    if (isLowercaseStart(heading.title))
        return std::nullopt; // "Item 2.02 of this report", "Items 1 through 4 ..."
    if (heading.title.startsWith(u"through", Qt::CaseInsensitive))
        return std::nullopt;
    return heading;
}

int findFirstItemLine(const TextLines &lines)
{
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (parseItemHeading(line) && !endsWithPageNumber(line))
            return i;
    }
    return -1;
}

namespace {

// The first repeats are listed, the rest counted (kMaxWarningsOfAKind in all).
struct DuplicateWarnings
{
    QList<Warning> &warnings;
    int count = 0;

    void add(Warning warning)
    {
        if (++count < kMaxWarningsOfAKind)
            warnings.append(std::move(warning));
    }
    void finish()
    {
        if (count >= kMaxWarningsOfAKind)
            warnings.append(
                Warning{u"duplicate-item"_s,
                        u"%1 more Item headings repeat an earlier one (not listed)"_s.arg(
                            count - kMaxWarningsOfAKind + 1),
                        {}});
    }
};

// Every heading line that is not a table-of-contents entry (a page number at its end).
QList<Candidate> collectHeadings(const TextLines &lines, QList<Warning> &warnings)
{
    // An 8-K has a few Item headings and a 10-K a few dozen; past this many the rest are read
    // as part of the last item, which bounds the memory of a file of headings alone.
    constexpr qsizetype kMaxItemHeadings = 10000;
    QList<Candidate> candidates;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (auto heading = parseItemHeading(line)) {
            if (endsWithPageNumber(line))
                continue; // a table-of-contents entry
            if (candidates.size() == kMaxItemHeadings) {
                warnings.append(
                    Warning{u"too-many-items"_s,
                            u"More than %1 Item headings: those from this line on "
                            u"are read as part of the item before"_s.arg(kMaxItemHeadings),
                            lines.lineRange(i)});
                break;
            }
            candidates.append(Candidate{i, *heading});
        }
    }
    return candidates;
}

// A code seen twice (a table of contents, a heading repeated) keeps the occurrence with the
// longest body; a table-of-contents entry has next to none. One pass with a hash (linear).
QList<Candidate> keepLongestOccurrences(const TextLines &lines, const QList<Candidate> &candidates,
                                        DuplicateWarnings &duplicates)
{
    auto bodyLines = [&](qsizetype c) {
        const int end = c + 1 < candidates.size() ? candidates[c + 1].line : lines.size();
        int n = 0;
        for (int i = candidates[c].line + 1; i < end; ++i)
            n += isBlank(lines.line(i)) ? 0 : 1;
        return n;
    };
    // A table-of-contents entry is followed right away by another heading.
    static const QRegularExpression tocNeighbour(
        u"^\\s*(?:SIGNATURES?|EXHIBIT\\s+(?:LIST|INDEX)|INDEX\\s+TO\\s+EXHIBITS|SECTION\\s*\\d|"
        u"TABLE\\s+OF\\s+CONTENTS)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto tocLike = [&](qsizetype c) {
        for (int i = candidates[c].line + 1; i < std::min(lines.size(), candidates[c].line + 4);
             ++i) {
            const QStringView next = lines.line(i);
            if (isBlank(next))
                continue;
            return next.trimmed().size() < 40
                && (parseItemHeading(next).has_value() || tocNeighbour.match(next).hasMatch());
        }
        return false;
    };
    QList<int> sizes;
    QStringList codes;
    QHash<QString, qsizetype> bestOf;
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        sizes.append(bodyLines(c) - (tocLike(c) ? 1000 : 0));
        codes.append(normalizeItemCode(candidates[c].heading.numbers.first()));
        const auto it = bestOf.constFind(codes[c]);
        if (it == bestOf.cend() || sizes[c] > sizes[it.value()])
            bestOf.insert(codes[c], c);
    }
    QList<Candidate> kept;
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const QString &code = codes[c];
        if (bestOf.value(code) == c) {
            kept.append(candidates[c]);
        } else if (sizes[c] >= 2) {
            duplicates.add(Warning{u"duplicate-item"_s,
                                   u"Item %1 appears more than once; the shorter occurrence "
                                   u"is read as part of the item before it"_s.arg(code),
                                   lines.lineRange(candidates[c].line)});
        }
    }
    return kept;
}

struct HeadingTitle
{
    QString text;
    SourceRange range;
    int lastLine = 0;
};

// A heading's title, possibly wrapped onto following lines or on the next line by itself; its
// range covers the title as cleaned: no trailing period or colon.
HeadingTitle readTitle(const TextLines &lines, const Candidate &cand, int nextHeadingLine)
{
    const QStringView first = cand.heading.title;
    HeadingTitle title{first.toString(),
                       first.isEmpty() ? SourceRange{} : lines.rangeOf(cand.line, first),
                       cand.line};
    if (first.isEmpty()) {
        for (int j = cand.line + 1; j < nextHeadingLine && j <= cand.line + 2; ++j) {
            const QStringView next = lines.line(j).trimmed();
            if (next.isEmpty())
                continue;
            if (next.size() <= 100 && !isLowercaseStart(next) && next.front().isLetter())
                title = {next.toString(), lines.rangeOf(j, next), j};
            break;
        }
    } else {
        for (int j = cand.line + 1; j < nextHeadingLine && j <= cand.line + 2; ++j) {
            if (!titleContinues(title.text))
                break;
            const QStringView next = lines.line(j).trimmed();
            if (next.isEmpty() || next.size() > 100)
                break;
            title.text += u' ' + next.toString();
            title.range = SourceRange::fromTo(title.range.start, lines.rangeOf(j, next).end());
            title.lastLine = j;
        }
    }
    if (title.range.isValid()) {
        const QString &text = lines.text();
        qsizetype end = title.range.end();
        while (end > title.range.start
               && (text[end - 1] == u'.' || text[end - 1] == u':' || text[end - 1].isSpace()))
            --end;
        title.range = SourceRange::fromTo(title.range.start, end);
    }
    return title;
}

} // namespace

QList<Item> findItems(const TextLines &lines, QList<Warning> &warnings)
{
    DuplicateWarnings duplicates{warnings};
    const QList<Candidate> candidates =
        keepLongestOccurrences(lines, collectHeadings(lines, warnings), duplicates);
    QList<Item> items;
    QSet<QString> seen; // a hash: a list would make 10,000 distinct items quadratic
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const Candidate &cand = candidates[c];
        const int nextHeadingLine =
            c + 1 < candidates.size() ? candidates[c + 1].line : lines.size();
        const HeadingTitle title = readTitle(lines, cand, nextHeadingLine);
        const QStringView headingLine = lines.line(cand.line);
        const qsizetype headingStart = lines.start(cand.line)
            + (headingLine.size() - headingLine.trimmed().size() > 0
                   ? headingLine.indexOf(headingLine.trimmed())
                   : 0);
        const SourceRange heading = SourceRange::fromTo(headingStart, lines.end(title.lastLine));
        const qsizetype bodyEnd =
            nextHeadingLine < lines.size() ? lines.start(nextHeadingLine) : lines.range().end();
        const SourceRange body = SourceRange::fromTo(heading.end(), bodyEnd);

        bool addedAny = false;
        for (const QStringView number : cand.heading.numbers) {
            const QString code = normalizeItemCode(number);
            if (code.isEmpty())
                continue;
            if (seen.contains(code)) {
                duplicates.add(Warning{u"duplicate-item"_s,
                                       u"Item %1 appears more than once; the later heading is "
                                       u"read as part of the earlier item"_s.arg(code),
                                       lines.rangeOf(cand.line, number)});
                continue;
            }
            seen.insert(code);
            Item item;
            item.code = code;
            item.number = Field{number.toString(), code, lines.rangeOf(cand.line, number)};
            item.title = Field{cleanTitle(title.text), QString(), title.range};
            item.officialTitle = officialItemTitle(code);
            item.regime = code.contains(u'.') ? ItemRegime::Current : ItemRegime::Legacy;
            item.heading = heading;
            item.body = body;
            if (item.officialTitle.isEmpty()) {
                warnings.append(
                    Warning{u"unknown-item"_s,
                            u"Item %1 is not a Form 8-K item in either numbering"_s.arg(number),
                            item.number.range});
            }
            items.append(item);
            addedAny = true;
        }
        if (!addedAny && !items.isEmpty()) {
            // The heading was dropped: its lines belong to the previous item.
            Item &previous = items.last();
            previous.body = SourceRange::fromTo(previous.body.start, bodyEnd);
        }
    }
    duplicates.finish();
    return items;
}

} // namespace fl

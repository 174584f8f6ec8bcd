// SPDX-License-Identifier: MIT
#include "sectionparser.h"

#include "itemcatalog.h"
#include "normalize.h"
#include "textlines.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

qsizetype skipSpaces(QStringView s, qsizetype i)
{
    while (i < s.size() && isSpaceLike(s[i]))
        ++i;
    return i;
}

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

bool isLowercaseStart(QStringView s)
{
    return !s.isEmpty() && s.front().isLower();
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

// Where a page number set apart at the end of a line starts ("Exhibits      12"), or -1.
qsizetype pageNumberStart(QStringView line)
{
    static const QRegularExpression pageNumber(u"(?:\\t|\\s{2,})\\d{1,3}\\s*$"_s);
    const auto m = pageNumber.match(line);
    return m.hasMatch() ? m.capturedStart() : -1;
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

QStringView stripLabel(QStringView line, QStringView label)
{
    QStringView t = line.trimmed();
    if (!t.startsWith(label, Qt::CaseInsensitive))
        return {};
    t = t.sliced(label.size()).trimmed();
    if (t.startsWith(u':'))
        t = t.sliced(1).trimmed();
    return t;
}

QStringView trimUnderscores(QStringView s)
{
    while (!s.isEmpty() && (s.back() == u'_' || isSpaceLike(s.back())))
        s.chop(1);
    while (!s.isEmpty() && (s.front() == u'_' || isSpaceLike(s.front())))
        s = s.sliced(1);
    return s;
}

Field dateFieldIn(const TextLines &lines, int i, QStringView searchIn)
{
    const auto match = findDate(searchIn);
    if (!match)
        return {};
    const QStringView written = searchIn.sliced(match->position, match->length);
    return Field{written.toString(), match->iso, lines.rangeOf(i, written)};
}

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

QList<Item> findItems(const TextLines &lines, QList<Warning> &warnings)
{
    // The first repeats are listed, the rest counted (kMaxWarningsOfAKind in all).
    int duplicates = 0;
    auto duplicate = [&](Warning warning) {
        if (++duplicates < kMaxWarningsOfAKind)
            warnings.append(std::move(warning));
    };
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

    // A code seen twice (a table of contents, a heading repeated) keeps the occurrence with
    // the longest body; a table-of-contents entry has next to none.
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
    {
        // The best occurrence of each code, found in one pass with a hash (linear).
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
            const bool best = bestOf.value(code) == c;
            if (best) {
                kept.append(candidates[c]);
            } else if (sizes[c] >= 2) {
                duplicate(Warning{u"duplicate-item"_s,
                                  u"Item %1 appears more than once; the shorter occurrence "
                                  u"is read as part of the item before it"_s.arg(code),
                                  lines.lineRange(candidates[c].line)});
            }
        }
        candidates = kept;
    }

    QList<Item> items;
    QSet<QString> seen; // a hash: a list would make 10,000 distinct items quadratic
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const Candidate &cand = candidates[c];
        const int nextHeadingLine =
            c + 1 < candidates.size() ? candidates[c + 1].line : lines.size();
        // Title, possibly wrapped onto following lines or on the next line by itself.
        QStringView first = cand.heading.title;
        SourceRange titleRange = first.isEmpty() ? SourceRange{} : lines.rangeOf(cand.line, first);
        QString titleText = first.toString();
        int lastTitleLine = cand.line;
        if (first.isEmpty()) {
            for (int j = cand.line + 1; j < nextHeadingLine && j <= cand.line + 2; ++j) {
                const QStringView next = lines.line(j).trimmed();
                if (next.isEmpty())
                    continue;
                if (next.size() <= 100 && !isLowercaseStart(next) && next.front().isLetter()) {
                    titleText = next.toString();
                    titleRange = lines.rangeOf(j, next);
                    lastTitleLine = j;
                }
                break;
            }
        } else {
            for (int j = cand.line + 1; j < nextHeadingLine && j <= cand.line + 2; ++j) {
                if (!titleContinues(titleText))
                    break;
                const QStringView next = lines.line(j).trimmed();
                if (next.isEmpty() || next.size() > 100)
                    break;
                titleText += u' ' + next.toString();
                titleRange = SourceRange::fromTo(titleRange.start, lines.rangeOf(j, next).end());
                lastTitleLine = j;
            }
        }

        // The range covers the title as cleaned: no trailing period or colon.
        if (titleRange.isValid()) {
            const QString &text = lines.text();
            qsizetype end = titleRange.end();
            while (end > titleRange.start
                   && (text[end - 1] == u'.' || text[end - 1] == u':' || text[end - 1].isSpace()))
                --end;
            titleRange = SourceRange::fromTo(titleRange.start, end);
        }
        const QStringView headingLine = lines.line(cand.line);
        const qsizetype headingStart = lines.start(cand.line)
            + (headingLine.size() - headingLine.trimmed().size() > 0
                   ? headingLine.indexOf(headingLine.trimmed())
                   : 0);
        const SourceRange heading = SourceRange::fromTo(headingStart, lines.end(lastTitleLine));
        const qsizetype bodyEnd =
            nextHeadingLine < lines.size() ? lines.start(nextHeadingLine) : lines.range().end();
        const SourceRange body = SourceRange::fromTo(heading.end(), bodyEnd);

        bool addedAny = false;
        for (const QStringView number : cand.heading.numbers) {
            const QString code = normalizeItemCode(number);
            if (code.isEmpty())
                continue;
            if (seen.contains(code)) {
                duplicate(Warning{u"duplicate-item"_s,
                                  u"Item %1 appears more than once; the later heading is "
                                  u"read as part of the earlier item"_s.arg(code),
                                  lines.rangeOf(cand.line, number)});
                continue;
            }
            seen.insert(code);
            Item item;
            item.code = code;
            item.number = Field{number.toString(), code, lines.rangeOf(cand.line, number)};
            item.title = Field{cleanTitle(titleText), QString(), titleRange};
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
    if (duplicates >= kMaxWarningsOfAKind)
        warnings.append(Warning{u"duplicate-item"_s,
                                u"%1 more Item headings repeat an earlier one (not listed)"_s.arg(
                                    duplicates - kMaxWarningsOfAKind + 1),
                                {}});
    return items;
}

int findSignaturesLine(const TextLines &lines, int fromLine)
{
    static const QRegularExpression heading(u"^\\s*S\\s?I\\s?G\\s?N\\s?A\\s?T\\s?U\\s?R\\s?E\\s?S?"
                                            u"\\s*(?:PAGE)?\\s*[.:]?\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pursuant(
        u"pursuant\\s+to\\s+the\\s+requirements\\s+of\\s+the\\s+securities"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A heading in a table of contents is followed by other headings, not by the
    // "Pursuant to the requirements ..." paragraph or a signature.
    auto signedBelow = [&](int i) {
        for (int j = i + 1; j < std::min(lines.size(), i + 10); ++j) {
            const QStringView line = lines.line(j);
            if (pursuant.match(line).hasMatch() || line.contains(u"/s/", Qt::CaseInsensitive)
                || line.contains(u"By:", Qt::CaseInsensitive)
                || line.contains(u"signed", Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    // Blank lines are skipped before any regular expression runs: a file of ten million
    // empty lines must not cost ten million matches.
    for (int i = std::max(0, fromLine); i < lines.size(); ++i) {
        if (!isBlank(lines.line(i)) && heading.match(lines.line(i)).hasMatch() && signedBelow(i))
            return i;
    }
    for (int i = std::max(0, fromLine); i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (!isBlank(line) && pursuant.match(line).hasMatch()) {
            // The paragraph must speak of signing, within its next lines.
            for (int j = i; j < std::min(lines.size(), i + 4); ++j) {
                if (lines.line(j).contains(u"signed", Qt::CaseInsensitive))
                    return i;
            }
        }
    }
    return -1;
}

int findExhibitIndexLine(const TextLines &lines, int fromLine)
{
    static const QRegularExpression heading(
        u"^\\s*(?:EXHIBIT\\s+INDEX|INDEX\\s+(?:TO|OF)\\s+EXHIBITS|EXHIBITS?\\s+INDEX|"
        u"EXHIBIT\\s+LIST|LIST\\s+OF\\s+EXHIBITS)\\s*[.:]?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(u"^\\s*(?:Exhibit\\s*)?\\d{1,3}(?:\\.\\d{1,3})?\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    for (int i = std::max(0, fromLine); i < lines.size(); ++i) {
        if (isBlank(lines.line(i)) || !heading.match(lines.line(i)).hasMatch())
            continue;
        // Not a table-of-contents entry: exhibit numbers follow.
        for (int j = i + 1; j < std::min(lines.size(), i + 12); ++j) {
            if (numbered.match(lines.line(j)).hasMatch())
                return i;
        }
    }
    return -1;
}

QList<int> findExhibitsHeadings(const TextLines &lines)
{
    static const QRegularExpression label(u"^\\s*(?:\\(?[a-d]\\)\\s*)?EXHIBITS?\\s*[.:]?\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QList<int> found;
    for (int i = 0; i < lines.size(); ++i) {
        if (!isBlank(lines.line(i)) && label.match(lines.line(i)).hasMatch())
            found.append(i);
    }
    return found;
}

QList<Signature> parseSignatures(const TextLines &lines, const QString &registrantHint)
{
    const int limit = std::min(lines.size(), 80);

    // The registrant: the line above "(Registrant)", else a cell naming the cover's registrant.
    Field registrant;
    for (int i = 0; i < limit && registrant.isEmpty(); ++i) {
        if (!lines.line(i).contains(u"(Registrant)", Qt::CaseInsensitive))
            continue;
        const QStringView same =
            lines.line(i)
                .left(lines.line(i).indexOf(u"(Registrant)", 0, Qt::CaseInsensitive))
                .trimmed();
        if (same.size() > 1) {
            registrant = Field{simplified(same), companyNameKey(same), lines.rangeOf(i, same)};
            break;
        }
        for (int j = i - 1; j >= std::max(0, i - 4); --j) {
            const QStringView above = lines.line(j);
            if (isBlank(above) || isRule(above))
                continue;
            const QList<QStringView> cells = splitCells(above);
            const QStringView name = cells.isEmpty() ? above.trimmed() : cells.last();
            registrant = Field{simplified(name), companyNameKey(name), lines.rangeOf(j, name)};
            break;
        }
    }
    if (registrant.isEmpty() && !registrantHint.isEmpty()) {
        const QString key = companyNameKey(registrantHint);
        for (int i = 0; i < limit && registrant.isEmpty(); ++i) {
            for (const QStringView cell : splitCells(lines.line(i))) {
                if (!key.isEmpty() && companyNameKey(cell) == key) {
                    registrant = Field{simplified(cell), key, lines.rangeOf(i, cell)};
                    break;
                }
            }
        }
    }

    // Date lines ("Date: February 26, 2004", "Dated: ..."), by line.
    static const QRegularExpression dateLabel(u"\\bDated?\\s*:?"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QList<QPair<int, Field>> dates;
    for (int i = 0; i < limit; ++i) {
        const QStringView line = lines.line(i);
        const auto m = dateLabel.match(line);
        if (!m.hasMatch())
            continue;
        const QStringView after = line.sliced(m.capturedEnd());
        Field date = dateFieldIn(lines, i, after);
        if (!date.isEmpty())
            dates.append({i, date});
    }

    if (dates.isEmpty()) {
        // "April 28, 2022  By: /s/ ..." : a date without its label, else the date in the
        // "... duly authorized on this 8th day of January, 2025" sentence.
        for (const bool shortLines : {true, false}) {
            for (int i = 0; i < limit && dates.isEmpty(); ++i) {
                const QStringView line = lines.line(i);
                if (shortLines && line.size() > 120)
                    continue;
                Field date = dateFieldIn(lines, i, line);
                if (!date.isEmpty() && !date.normalized.isEmpty())
                    dates.append({i, date});
            }
            if (!dates.isEmpty())
                break;
        }
    }

    // Company lines ("ALABAMA POWER COMPANY") name the registrant a signature below them
    // belongs to, in filings signed for several registrants.
    static const QRegularExpression companySuffix(
        u"\\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\\.?p|plc|"
        u"trust|holdings|group|bancorp|n\\.?v|s\\.?a)\\.?,?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto isCompanyLine = [&](QStringView t) {
        t = t.trimmed();
        if (t.size() < 3 || t.size() > 80 || !companySuffix.match(t).hasMatch())
            return false;
        qsizetype letters = 0;
        qsizetype upper = 0;
        for (const QChar c : t) {
            if (c.isLetter()) {
                ++letters;
                upper += c.isUpper() ? 1 : 0;
            }
        }
        return letters > 0 && upper * 10 >= letters * 8;
    };
    auto registrantAbove = [&](int line) -> Field {
        for (int j = line - 1; j >= 0; --j) {
            const QList<QStringView> cells = splitCells(lines.line(j));
            for (auto it = cells.crbegin(); it != cells.crend(); ++it) {
                if (isCompanyLine(*it))
                    return Field{simplified(*it), companyNameKey(*it), lines.rangeOf(j, *it)};
            }
            if (lines.line(j).contains(u"/s/", Qt::CaseInsensitive))
                break;
        }
        return registrant;
    };

    QList<Signature> signatures;
    auto nearestDate = [&](int line) {
        Field best;
        int bestDistance = 1 << 30;
        for (const auto &[dateLine, date] : std::as_const(dates)) {
            const int distance = std::abs(dateLine - line);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = date;
            }
        }
        return best;
    };

    auto readSigner = [&](int i, QStringView afterMarker) {
        Signature sig;
        sig.registrant = registrantAbove(i);
        if (sig.registrant.isEmpty())
            sig.registrant = registrant;
        QList<QStringView> cells = splitCells(afterMarker, 3);
        QStringView name = cells.isEmpty() ? QStringView() : trimUnderscores(cells.first());
        int nameLine = i;
        if (name.isEmpty()) {
            for (int j = i + 1; j < std::min(limit, i + 3); ++j) {
                const QStringView next = lines.line(j);
                if (isBlank(next) || isRule(next))
                    continue;
                QStringView candidate = next.trimmed();
                if (QStringView label = stripLabel(candidate, u"Name"); !label.isEmpty())
                    candidate = label;
                name = candidate;
                nameLine = j;
                break;
            }
        }
        if (!name.isEmpty())
            sig.signer = Field{simplified(name), QString(), lines.rangeOf(nameLine, name)};

        // Cells to the right of the name on the same line: title and date (signature tables).
        for (qsizetype c = 1; c < cells.size(); ++c) {
            if (sig.date.isEmpty()) {
                Field date = dateFieldIn(lines, i, cells[c]);
                if (!date.isEmpty()) {
                    sig.date = date;
                    continue;
                }
            }
            if (sig.title.isEmpty() && !cells[c].startsWith(u"Date", Qt::CaseInsensitive))
                sig.title = Field{simplified(cells[c]), QString(), lines.rangeOf(i, cells[c])};
        }

        // Lines below: "Name:" / "Title:" labels, or the name repeated and the title under it.
        QString title;
        SourceRange titleRange;
        auto addTitle = [&](int j, QStringView part) {
            if (title.isEmpty()) {
                title = part.toString();
                titleRange = lines.rangeOf(j, part);
            } else {
                title += u' ' + part.toString();
                titleRange = SourceRange::fromTo(titleRange.start, lines.rangeOf(j, part).end());
            }
        };
        for (int j = nameLine + 1; j < std::min(limit, nameLine + 8) && sig.title.isEmpty(); ++j) {
            const QStringView line = lines.line(j);
            QStringView t = line.trimmed();
            if (isRule(line))
                continue;
            if (t.isEmpty()) {
                if (!title.isEmpty())
                    break;
                continue;
            }
            if (t.contains(u"/s/", Qt::CaseInsensitive) || t.startsWith(u"By:", Qt::CaseInsensitive)
                || t.startsWith(u"By ", Qt::CaseInsensitive))
                break;
            if (const auto m = dateLabel.match(t); m.hasMatch() && m.capturedStart() == 0) {
                // "Date: March 30, 2021  Brien M. Chase, Senior Vice President"
                const QStringView after = t.sliced(m.capturedEnd());
                const auto date = findDate(after);
                t = date ? after.sliced(date->position + date->length).trimmed() : QStringView();
                if (t.isEmpty()) {
                    if (!title.isEmpty())
                        break;
                    continue;
                }
            }
            if (QStringView n = stripLabel(t, u"Name"); !n.isEmpty()) {
                if (sig.signer.isEmpty())
                    sig.signer = Field{simplified(n), QString(), lines.rangeOf(j, n)};
                continue;
            }
            if (QStringView tt = stripLabel(t, u"Title"); !tt.isEmpty()) {
                addTitle(j, tt);
                // A title wrapped onto the next line
                for (int k = j + 1; k < std::min(limit, j + 3); ++k) {
                    const QStringView more = lines.line(k).trimmed();
                    if (more.isEmpty() || more.contains(u':') || more.contains(u"/s/"))
                        break;
                    addTitle(k, more);
                }
                break;
            }
            if (isCompanyLine(t)
                || (!registrant.isEmpty() && companyNameKey(t) == registrant.normalized))
                break; // the next registrant's block
            // The signer's name printed under the signature line, possibly followed by the
            // title: "Fred D. Anderson," / "Brien M. Chase, Senior Vice President".
            if (!sig.signer.isEmpty()
                && simplified(t).startsWith(sig.signer.value, Qt::CaseInsensitive)) {
                QStringView rest = t.sliced(std::min(t.size(), sig.signer.value.size()));
                while (!rest.isEmpty() && (rest.front() == u',' || isSpaceLike(rest.front())))
                    rest = rest.sliced(1);
                if (rest.isEmpty() || simplified(t).size() != t.size())
                    continue; // (names written with odd spacing are skipped whole)
                addTitle(j, rest);
                continue;
            }
            addTitle(j, t);
        }
        if (sig.title.isEmpty() && !title.isEmpty())
            sig.title = Field{simplified(title), QString(), titleRange};
        if (sig.date.isEmpty())
            sig.date = nearestDate(i);
        const SourceRange last = sig.title.range.isValid() ? sig.title.range : sig.signer.range;
        sig.range = SourceRange::fromTo(lines.start(i), std::max(last.end(), lines.end(i)));
        return sig;
    };

    for (int i = 0; i < limit; ++i) {
        // Signatures may stand side by side: "/s/ JAMES QUINCEY    /s/ JOHN MURPHY".
        const QStringView line = lines.line(i);
        qsizetype pos = line.indexOf(u"/s/", 0, Qt::CaseInsensitive);
        while (pos >= 0) {
            const qsizetype next = line.indexOf(u"/s/", pos + 3, Qt::CaseInsensitive);
            const QStringView after =
                next >= 0 ? line.sliced(pos + 3, next - pos - 3) : line.sliced(pos + 3);
            signatures.append(readSigner(i, after));
            pos = next;
        }
    }
    if (signatures.isEmpty()) {
        // Unsigned copies: "By: Thomas P. Kealy" or "By: ______" with "Name:" below.
        static const QRegularExpression by(u"\\bBy\\s*:\\s*"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        for (int i = 0; i < limit; ++i) {
            const QStringView line = lines.line(i);
            const auto m = by.match(line);
            if (m.hasMatch())
                signatures.append(readSigner(i, line.sliced(m.capturedEnd())));
        }
    }
    return signatures;
}

QList<Exhibit> parseExhibitList(const TextLines &lines, bool inIndex)
{
    // "99.1  News release", "Exhibit 99.1 - Press release", "(c) Exhibit 99.1 \u2013 ...",
    // "104\tCover Page Interactive Data File". Not "8-K. The pro forma ..." (a wrapped line).
    static const QRegularExpression exhibitLine(
        u"^\\s*(?:\\([a-z]\\)\\s*)?(?:Exhibits?\\s*(?:No\\.?|Number|#)?\\s*)?"
        u"(\\d{1,3}(?:\\.\\d{1,3}(?:\\.\\d{1,2})?|\\.[A-Z]{3})?(?:\\s?\\([a-z0-9]{1,4}\\))?)"
        u"[*\u2020]{0,2}(\\.?):?(?=\\s|$)\\s*(?:[\\-\u2013\u2014]+\\s+)?"
        u"(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression exhibitsLabel(
        u"^\\s*(?:\\(?[a-d]\\)|[a-d]\\.)?\\s*Exhibits?\\b"_s,
        QRegularExpression::CaseInsensitiveOption);

    QList<Exhibit> exhibits;
    int misses = 0;
    int first = 0;
    if (!inIndex) {
        // In an Item 9.01 / Item 7 body the list follows "(d) Exhibits" when there is one;
        // financial statements before it have numbered notes that are not exhibits.
        for (int i = 0; i < lines.size(); ++i) {
            const QStringView t = lines.line(i).trimmed();
            if (exhibitsLabel.match(t).hasMatch() && t.size() < 60
                && !exhibitLine.match(t).hasMatch()) {
                first = i + 1;
                break;
            }
        }
    }
    for (int i = first; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (isBlank(line) || isRule(line))
            continue;
        if (line.contains(u'\f') || line.trimmed().startsWith(u"<PAGE>", Qt::CaseInsensitive)) {
            if (!exhibits.isEmpty() && inIndex)
                break;
            continue;
        }
        const auto m = exhibitLine.match(line);
        QStringView description = m.hasMatch() ? m.capturedView(3).trimmed() : QStringView();
        const QStringView number = m.hasMatch() ? m.capturedView(1) : QStringView();
        bool accepted = m.hasMatch() && !description.isEmpty() && !isLowercaseStart(description);
        if (accepted && !m.capturedView(2).isEmpty() && !number.contains(u'.')
            && number.size() == 1)
            accepted = false; // "1. The Company ..." is a numbered paragraph
        if (accepted && number.toString().section(u'.', 0, 0).toInt() < 1)
            accepted = false; // "0.50" in a table
        if (!accepted) {
            if (!exhibits.isEmpty() && ++misses >= 8)
                break;
            continue;
        }
        misses = 0;
        if (const qsizetype page = pageNumberStart(description); page > 0)
            description = description.left(page).trimmed();

        Exhibit exhibit;
        exhibit.number = Field{number.toString().remove(u' '), QString(), lines.rangeOf(i, number)};
        exhibit.number.normalized = exhibit.number.value.toUpper();
        QString text = description.toString();
        SourceRange range = lines.rangeOf(i, description);
        // Wrapped descriptions continue on indented lines that do not start an exhibit.
        for (int j = i + 1; j < std::min(lines.size(), i + 4); ++j) {
            const QStringView next = lines.line(j);
            if (isBlank(next) || isRule(next) || exhibitLine.match(next).hasMatch())
                break;
            const qsizetype indent =
                next.size() - next.trimmed().size() > 0 ? next.indexOf(next.trimmed()) : 0;
            if (indent < 4 || next.trimmed().front().isDigit() || parseItemHeading(next))
                break;
            QStringView more = next.trimmed();
            if (const qsizetype page = pageNumberStart(more); page > 0)
                more = more.left(page).trimmed();
            text += u' ' + more.toString();
            range = SourceRange::fromTo(range.start, lines.rangeOf(j, more).end());
            i = j;
        }
        exhibit.description = Field{simplified(text), QString(), range};
        const SourceRange lineRange = SourceRange::fromTo(exhibit.number.range.start, range.end());
        (inIndex ? exhibit.indexRange : exhibit.listRange) = lineRange;
        exhibits.append(exhibit);
    }
    return exhibits;
}

void mergeExhibits(QList<Exhibit> &exhibits, const QList<Exhibit> &more)
{
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < exhibits.size(); ++i)
        indexOf.insert(exhibits[i].number.normalized, i);
    for (const Exhibit &e : more) {
        const auto it = indexOf.constFind(e.number.normalized);
        if (it == indexOf.cend()) {
            indexOf.insert(e.number.normalized, exhibits.size());
            exhibits.append(e);
            continue;
        }
        Exhibit &known = exhibits[it.value()];
        if (known.description.isEmpty())
            known.description = e.description;
        if (!known.listRange.isValid())
            known.listRange = e.listRange;
        if (!known.indexRange.isValid())
            known.indexRange = e.indexRange;
    }
}

// Two passes over the text (one for '<', one for form feeds), a binary search of the line
// index per break found, and a sort of the breaks: at most one break per line each way, so
// O(n + b log b) for b <= lines.
QList<SourceRange> findPageBreaks(const QString &text, const QList<qsizetype> &lineStarts)
{
    QList<SourceRange> breaks;
    const QStringView view(text);
    // The line around a position from the line index: no scanning back through a long line.
    auto lineBounds = [&](qsizetype pos) {
        const int line = lineIndexOf(lineStarts, pos);
        const qsizetype begin = lineStarts.isEmpty() ? 0 : lineStarts[line];
        qsizetype end = line + 1 < lineStarts.size() ? lineStarts[line + 1] : view.size();
        if (end > begin && view[end - 1] == u'\n')
            --end;
        return SourceRange::fromTo(begin, end);
    };
    // <PAGE> at the start of a line (EDGAR's text page marker, possibly with a page number).
    qsizetype pos = 0;
    while ((pos = view.indexOf(u'<', pos)) >= 0) {
        const QStringView at = view.sliced(pos);
        if (at.startsWith(u"<PAGE>", Qt::CaseInsensitive)) {
            // At the start of its line, after blanks only (looking back stops at the first
            // other character, so long lines cost nothing more).
            qsizetype k = pos;
            while (k > 0 && view[k - 1] != u'\n' && view[k - 1].isSpace())
                --k;
            if (k == 0 || view[k - 1] == u'\n')
                breaks.append(lineBounds(pos));
            pos += 6;
            continue;
        }
        if (at.startsWith(u"<!-- PAGEBREAK -->", Qt::CaseInsensitive)) {
            breaks.append({pos, 18});
            // One break per line: a line of a million markers is one page break, not a
            // million (the rest of the line is skipped).
            pos = std::max(pos + 18, lineBounds(pos).end());
            continue;
        }
        ++pos;
    }
    pos = 0;
    while ((pos = view.indexOf(u'\f', pos)) >= 0) {
        // A form feed alone on its line marks the line; inside text, just itself.
        const SourceRange line = lineBounds(pos);
        const bool alone =
            line.length <= 3 && view.sliced(line.start, line.length).trimmed().size() <= 1;
        breaks.append(alone ? line : SourceRange{pos, 1});
        // One break per line, as above.
        pos = std::max(pos + 1, line.end());
    }
    std::sort(breaks.begin(), breaks.end(),
              [](const SourceRange &a, const SourceRange &b) { return a.start < b.start; });
    return breaks;
}

} // namespace fl

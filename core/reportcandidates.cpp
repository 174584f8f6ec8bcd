// SPDX-License-Identifier: MIT
#include "reportcandidates.h"

#include "filing.h"
#include "formschema.h"
#include "textlines.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

double bestScore(const FormSchema &schema, const QString &part, const QString &code,
                 QStringView title)
{
    double best = 0;
    for (const SchemaItem &def : schema.items) {
        if (def.code == code && (part.isEmpty() || def.part == part))
            best = std::max(best, titleMatch(title, def.title));
    }
    return best;
}

namespace {

// A title that stops on "and", "of", a comma or an open parenthesis goes on below.
bool titleContinues(QStringView title)
{
    title = title.trimmed();
    if (title.isEmpty())
        return false;
    if (title.count(u'(') > title.count(u')') || title.back() == u',' || title.back() == u';')
        return true;
    const qsizetype space = title.lastIndexOf(u' ');
    const QStringView word = title.sliced(space + 1);
    for (const char16_t *w : {u"and", u"or", u"of", u"the", u"for", u"to", u"in", u"on", u"with",
                              u"a", u"an", u"by", u"from", u"under"}) {
        if (word.compare(QStringView(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "Item 7. Management's Discussion ... and Results" / "of Operations": the second line, past
// an underline of dashes.
void findTitleWrap(const TextLines &lines, const FormSchema &schema, HeadingCandidate &c)
{
    const bool dangling = titleContinues(c.title);
    for (int j = c.titleLine + 1; j < lines.size() && j <= c.titleLine + 3; ++j) {
        const QStringView next = lines.line(j).trimmed();
        if (next.isEmpty() || isRule(next))
            continue;
        if (next.size() > 100 || parseReportItemHeading(next) || parsePartHeading(next))
            return;
        // "... Accounting and Financial" / "Disclosure": the next line completes the title.
        const QString &code = c.item.codes.first();
        const bool completes = !dangling && next.size() <= 60 && next.front().isUpper()
            && bestScore(schema, {}, code, QString(c.title.toString() + u' ' + next.toString()))
                > bestScore(schema, {}, code, c.title) + 0.01;
        if (dangling || completes) {
            c.titleMore = next;
            c.lastLine = j;
        }
        return;
    }
}

// "ITEM 7." alone, its title on the next line.
void findTitleBelow(const TextLines &lines, const FormSchema &schema, HeadingCandidate &c)
{
    c.titleLine = c.line;
    c.lastLine = c.line;
    c.title = c.item.title.left(kMaxTitle);
    if (!c.title.isEmpty()) {
        findTitleWrap(lines, schema, c);
        return;
    }
    for (int j = c.line + 1; j < lines.size() && j <= c.line + 2; ++j) {
        const QStringView next = lines.line(j).trimmed();
        if (next.isEmpty())
            continue;
        if (next.size() <= 160 && next.front().isLetter() && !next.front().isLower()
            && !parseReportItemHeading(next) && !parsePartHeading(next)) {
            c.title = next;
            c.titleLine = j;
            c.lastLine = j;
            findTitleWrap(lines, schema, c);
        }
        return;
    }
}

// A line right under one that stops mid-sentence ("are listed under") goes on with it.
bool continuesSentence(const TextLines &lines, int i)
{
    if (i == 0)
        return false;
    const QStringView above = lines.line(i - 1).trimmed();
    if (above.isEmpty())
        return false;
    // A short line above ("Table of Contents", a back-link at a page top) is a title, not a
    // sentence.
    const QChar last = above.back();
    return ((last.isLower() && above.size() >= 40) || last == u',')
        && !parseReportItemHeading(above) && !parsePartHeading(above);
}

// True when `line` holds more than kMaxHeadingCells cells (stops counting there).
bool isWideTableRow(QStringView line)
{
    qsizetype tabs = 0;
    for (const QChar c : line) {
        if (c == u'\t' && ++tabs >= kMaxHeadingCells)
            return true;
    }
    return false;
}

} // namespace

QList<HeadingCandidate> collectCandidates(const TextLines &lines, const FormSchema &schema,
                                          QList<Warning> &warnings)
{
    QList<HeadingCandidate> found;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (isBlank(line))
            continue;
        if (continuesSentence(lines, i))
            continue; // "... are listed under\nItem 14. of this report"
        HeadingCandidate c;
        c.line = i;
        QStringView partTitle;
        if (auto part = parsePartHeading(line, &partTitle)) {
            c.isPart = true;
            c.part = *part;
            c.title = partTitle;
            c.titleLine = i;
            c.lastLine = i;
            c.toc = endsWithPageReference(line);
        } else if (auto item = parseReportItemHeading(line)) {
            if (isWideTableRow(line)) {
                warnings.append(Warning{u"item-heading-in-table-row"_s,
                                        u"This line starts like a heading of Item %1 but is a "
                                        u"table row of more than %2 cells: it is read as part "
                                        u"of the table"_s.arg(item->codes.first())
                                            .arg(kMaxHeadingCells),
                                        lines.lineRange(i)});
                continue;
            }
            c.item = *item;
            c.toc = endsWithPageReference(line);
            findTitleBelow(lines, schema, c);
        } else {
            continue;
        }
        if (found.size() == kMaxCandidates) {
            warnings.append(Warning{u"too-many-items"_s,
                                    u"More than %1 Part and Item headings: those from this line "
                                    u"on are read as part of the item before"_s.arg(kMaxCandidates),
                                    lines.lineRange(i)});
            break;
        }
        found.append(c);
    }
    return found;
}

} // namespace fl

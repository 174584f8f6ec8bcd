// SPDX-License-Identifier: MIT
#include "tableofcontents.h"

#include "formschema.h"
#include "normalize.h"
#include "textlines.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// A table of contents is a run of at least this many headings close together.
constexpr int kTocRunLength = 3;
// Headings of a run are at most this many non-blank lines, and characters, apart.
constexpr int kTocGap = 3;
constexpr qsizetype kTocGapChars = 160;

// Runs of headings that stand close together: [first, last] candidate indexes. Two headings
// are close when at most a few short lines stand between them (a page number, a wrapped title);
// an item's body, even one line of it, keeps them apart. One pass over the lines between.
QList<QPair<qsizetype, qsizetype>> closeRuns(const TextLines &lines, const FormSchema &schema,
                                             const QList<HeadingCandidate> &cands)
{
    auto close = [&](qsizetype c) {
        int n = 0;
        qsizetype chars = 0;
        for (int i = cands[c].lastLine + 1; i < cands[c + 1].line; ++i) {
            const QStringView line = lines.line(i);
            if (line.contains(u'\f'))
                return false; // a page break: the table ends on its page
            if (isBlank(line) || endsWithPageReference(line))
                continue; // a table's sub-entry ("a) Balance Sheets   4") keeps it together
            chars += line.trimmed().size();
            if (++n > kTocGap || chars > kTocGapChars)
                return false;
        }
        return true;
    };
    // A heading that a run already holds starts the text after the table. An item the form has
    // in one part only is the same item whatever part heading stands above it.
    QSet<QString> inRun;
    QString runPart;
    auto keyIn = [&](const HeadingCandidate &c) {
        if (c.isPart)
            return QString(u"PART "_s + c.part);
        const QString &code = c.item.codes.first();
        return schema.partsOf(code).size() > 1 ? QString(runPart + u'/' + code) : code;
    };
    QList<QPair<qsizetype, qsizetype>> runs;
    qsizetype runStart = 0;
    for (qsizetype c = 0; c < cands.size(); ++c) {
        inRun.insert(keyIn(cands[c]));
        if (cands[c].isPart)
            runPart = cands[c].part;
        if (c + 1 == cands.size() || !close(c)) {
            runs.append({runStart, c});
            runStart = c + 1;
            inRun.clear();
            runPart.clear();
        } else if (inRun.contains(keyIn(cands[c + 1]))) {
            // "PART I" right above the repeated "Item 1" heads the text, not the table.
            qsizetype cut = c;
            while (cut > runStart && cands[cut].isPart)
                --cut;
            runs.append({runStart, cut});
            runStart = cut + 1;
            inRun.clear();
            runPart.clear();
            for (qsizetype k = runStart; k <= c; ++k) {
                inRun.insert(keyIn(cands[k]));
                runPart = cands[k].part;
            }
        }
    }
    return runs;
}

// "Table of Contents", "Index to Contents", "INDEX", "SECTIONS": a table's own heading.
bool isTableHeading(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 40)
        return false;
    return t.contains(u"contents", Qt::CaseInsensitive)
        || t.compare(u"index", Qt::CaseInsensitive) == 0
        || t.compare(u"sections", Qt::CaseInsensitive) == 0;
}

// A table of titles without item numbers ("Business    2", "Properties   15"): the first block
// of at least this many lines that end with page numbers, a few other lines between allowed.
constexpr int kPagedBlockLines = 5;

SourceRange pagedBlock(const TextLines &lines, int before)
{
    int first = -1;
    int last = -1;
    int paged = 0;
    int others = 0;
    for (int i = 0; i < before; ++i) {
        const QStringView line = lines.line(i);
        if (isBlank(line))
            continue;
        if (line.size() < 300 && endsWithPageReference(line)) {
            if (first < 0)
                first = i;
            last = i;
            ++paged;
            others = 0;
            continue;
        }
        if (first >= 0 && ++others > 2) {
            if (paged >= kPagedBlockLines)
                break;
            first = -1;
            paged = 0;
            others = 0;
        }
    }
    if (first < 0 || paged < kPagedBlockLines)
        return {};
    for (int i = first - 1; i >= 0 && i >= first - 6; --i) {
        if (isTableHeading(lines.line(i))) {
            first = i;
            break;
        }
    }
    return SourceRange::fromTo(lines.start(first), lines.end(last));
}

} // namespace

// Marks the tables of contents: runs of item headings close together whose items come again
// further on (a front table, also one without page numbers), or that repeat word for word
// headings read before (a closing index of links).
void markTableOfContents(const TextLines &lines, const FormSchema &schema,
                         QList<HeadingCandidate> &cands)
{
    QHash<QString, qsizetype> lastOf; // code -> last candidate holding it
    for (qsizetype c = 0; c < cands.size(); ++c) {
        for (const QString &code : std::as_const(cands[c].item.codes))
            lastOf.insert(code, c);
    }
    QSet<QString> seenText; // the lines of headings before the current run
    for (const auto &[first, last] : closeRuns(lines, schema, cands)) {
        int items = 0;
        int again = 0;
        int paged = 0;
        int repeated = 0;
        for (qsizetype r = first; r <= last; ++r) {
            if (cands[r].isPart)
                continue;
            ++items;
            paged += cands[r].toc ? 1 : 0;
            again += lastOf.value(cands[r].item.codes.first()) > last ? 1 : 0;
            repeated += seenText.contains(simplified(lines.line(cands[r].line))) ? 1 : 0;
        }
        const bool toc = items >= kTocRunLength
            && (again * 2 >= items || paged * 2 >= items || repeated * 2 >= items);
        for (qsizetype r = first; r <= last; ++r) {
            cands[r].toc = cands[r].toc || toc;
            if (!cands[r].toc)
                seenText.insert(simplified(lines.line(cands[r].line)));
        }
    }
}

SourceRange tableOfContentsRange(const TextLines &lines, const QList<HeadingCandidate> &cands,
                                 int firstHeadingLine)
{
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype c = 0; c < cands.size() && cands[c].line < firstHeadingLine; ++c) {
        if (!cands[c].toc)
            continue;
        if (first >= 0 && cands[c].line - cands[last].line > 40)
            break; // a second list further on is not the same table
        if (first < 0)
            first = c;
        last = c;
    }
    if (first < 0)
        return pagedBlock(lines, firstHeadingLine);
    int start = cands[first].line;
    for (int i = start - 1; i >= 0 && i >= start - 6; --i) {
        if (isTableHeading(lines.line(i))) {
            start = i;
            break;
        }
    }
    int end = cands[last].lastLine;
    // Entries after the last item belong to the table too: "Signatures  96", or a list of
    // short capitalised lines right below it ("SIGNATURES", "EXHIBIT INDEX", "EX-21").
    for (int i = end + 1; i < lines.size() && i <= end + 20; ++i) {
        const QStringView t = lines.line(i).trimmed();
        if (t.isEmpty()) {
            if (i > end + 4)
                break;
            continue;
        }
        const bool capitalised = t.size() <= 40 && t.toString().toUpper() == t && i == end + 1;
        if (parsePartHeading(t) || parseReportItemHeading(t)
            || (!endsWithPageReference(t) && !capitalised))
            break;
        end = i;
    }
    return SourceRange::fromTo(lines.start(start), lines.end(end));
}

} // namespace fl

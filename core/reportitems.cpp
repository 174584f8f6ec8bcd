// SPDX-License-Identifier: MIT
#include "reportitems.h"

#include "crossreference.h"
#include "formschema.h"
#include "normalize.h"
#include "reportheadings.h"
#include "textlines.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// A report has a few dozen headings; past this many the rest are read as text, which bounds
// the memory of a file made of headings alone.
constexpr qsizetype kMaxCandidates = 10000;
// A table of contents is a run of at least this many headings close together.
constexpr int kTocRunLength = 3;
// Headings of a run are at most this many non-blank lines, and characters, apart.
constexpr int kTocGap = 3;
constexpr qsizetype kTocGapChars = 160;
// Titles are compared up to this length: a heading inside a table of 100,000 cells stays cheap.
constexpr qsizetype kMaxTitle = 300;
constexpr double kTitled = 0.5;
// A heading stands alone or in a row of a few cells ("Item 1A.<tab>Risk Factors<tab>14"); a
// line of more cells than this is a table row that happens to start with the word Item.
constexpr qsizetype kMaxHeadingCells = 50;

struct Candidate
{
    int line = 0;
    bool isPart = false;
    QString part; // a part heading's numeral, or the part an item was assigned to
    ReportItemHeading item;
    QStringView title;     // inline, or the next line's for a heading alone on its line
    int titleLine = 0;     // the line the title is on
    QStringView titleMore; // the title's second line, when it wraps
    int lastLine = 0;      // the heading's last line
    bool toc = false;      // a table-of-contents entry
    double score = 0;      // title against the official title
};

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
void findTitleWrap(const TextLines &lines, const FormSchema &schema, Candidate &c)
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
void findTitleBelow(const TextLines &lines, const FormSchema &schema, Candidate &c)
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
    const QChar last = above.back();
    return (last.isLower() || last == u',') && !parseReportItemHeading(above)
        && !parsePartHeading(above);
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

QList<Candidate> collectCandidates(const TextLines &lines, const FormSchema &schema,
                                   QList<Warning> &warnings)
{
    QList<Candidate> found;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (isBlank(line))
            continue;
        if (continuesSentence(lines, i))
            continue; // "... are listed under\nItem 14. of this report"
        Candidate c;
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

// Runs of headings that stand close together: [first, last] candidate indexes. Two headings
// are close when at most a few short lines stand between them (a page number, a wrapped title);
// an item's body, even one line of it, keeps them apart. One pass over the lines between.
QList<QPair<qsizetype, qsizetype>> closeRuns(const TextLines &lines, const FormSchema &schema,
                                             const QList<Candidate> &cands)
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
    auto keyIn = [&](const Candidate &c) {
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
        if (c + 1 < cands.size() && close(c) && !inRun.contains(keyIn(cands[c + 1])))
            continue;
        runs.append({runStart, c});
        runStart = c + 1;
        inRun.clear();
        runPart.clear();
    }
    return runs;
}

// Marks the tables of contents: runs of item headings close together whose items come again
// further on (a front table, also one without page numbers), or that repeat word for word
// headings read before (a closing index of links).
void markTableOfContents(const TextLines &lines, const FormSchema &schema, QList<Candidate> &cands)
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

// The range of the first table of contents, from a "Table of Contents" line just above it.
SourceRange tocRange(const TextLines &lines, const QList<Candidate> &cands)
{
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype c = 0; c < cands.size(); ++c) {
        if (!cands[c].toc)
            continue;
        if (first >= 0 && cands[c].line - cands[last].line > 40)
            break; // a second list further on (a closing index) is not the same table
        if (first < 0)
            first = c;
        last = c;
    }
    if (first < 0)
        return {};
    int start = cands[first].line;
    for (int i = start - 1; i >= 0 && i >= start - 6; --i) {
        const QStringView t = lines.line(i).trimmed();
        if (t.startsWith(u"table of contents", Qt::CaseInsensitive)
            || t.compare(u"index", Qt::CaseInsensitive) == 0
            || t.compare(u"contents", Qt::CaseInsensitive) == 0) {
            start = i;
            break;
        }
    }
    int end = cands[last].titleLine;
    // Entries after the last item ("Signatures  96") belong to the table too.
    for (int i = end + 1; i < lines.size() && i <= end + 4; ++i) {
        const QStringView t = lines.line(i);
        if (isBlank(t))
            continue;
        if (!endsWithPageReference(t))
            break;
        end = i;
    }
    return SourceRange::fromTo(lines.start(start), lines.end(end));
}

// The part an item heading belongs to: the part heading above it when the form has that item
// there, else the part whose item the title names, else the part the date puts it in.
QString assignPart(const FormSchema &schema, const Candidate &c, const QString &code,
                   const QString &currentPart, QDate date, const QSet<QString> &taken)
{
    const QStringList parts = schema.partsOf(code);
    if (parts.isEmpty())
        return currentPart;
    if (parts.size() == 1)
        return parts.first();
    if (parts.contains(currentPart))
        return currentPart;
    QString best;
    double bestScoreSoFar = 0.3;
    for (const QString &p : parts) {
        const double s = bestScore(schema, p, code, c.title);
        if (s > bestScoreSoFar) {
            bestScoreSoFar = s;
            best = p;
        }
    }
    if (!best.isEmpty())
        return best;
    if (const SchemaItem *def = schema.find({}, code, date); def && date.isValid())
        return def->part;
    for (const QString &p : parts) {
        if (!taken.contains(p + u'/' + code))
            return p;
    }
    return parts.first();
}

QString keyOf(const QString &part, const QString &code)
{
    return part + u'/' + code;
}

QString cleanTitle(QStringView title)
{
    QString t = simplified(title);
    while (t.endsWith(u'.') || t.endsWith(u':'))
        t.chop(1);
    return t.trimmed();
}

// "Legal Proceedings. None.": the title ends at the first full stop when what comes before
// is the official title.
qsizetype titleLength(QStringView title, const FormSchema &schema, const Candidate &c)
{
    for (qsizetype i = 0; i + 1 < title.size(); ++i) {
        if ((title[i] != u'.' && title[i] != u':') || !isSpaceLike(title[i + 1]))
            continue;
        const QStringView head = title.left(i);
        if (bestScore(schema, c.part, c.item.codes.first(), head) >= kTitled
            && bestScore(schema, c.part, c.item.codes.first(), head)
                >= bestScore(schema, c.part, c.item.codes.first(), title))
            return i;
        break;
    }
    return title.size();
}

Item makeItem(const TextLines &lines, const FormSchema &schema, QDate date, const Candidate &c,
              const QString &code, qsizetype number, qsizetype bodyEnd)
{
    Item item;
    item.part = c.part;
    item.code = code;
    const QStringView written = c.item.numbers.value(number, c.item.numbers.first());
    item.number = Field{written.toString(), code, lines.rangeOf(c.line, written)};
    const QStringView title = c.title.left(titleLength(c.title, schema, c));
    SourceRange titleRange = title.isEmpty() ? SourceRange{} : lines.rangeOf(c.titleLine, title);
    QString cleaned = cleanTitle(title);
    if (!c.titleMore.isEmpty() && title.size() == c.title.size()) {
        cleaned = cleanTitle(QString(title.toString() + u' ' + c.titleMore.toString()));
        titleRange =
            SourceRange::fromTo(titleRange.start, lines.rangeOf(c.lastLine, c.titleMore).end());
    }
    if (titleRange.isValid()) {
        // The range covers the title as cleaned: no trailing period or colon.
        const QString &text = lines.text();
        qsizetype end = titleRange.end();
        while (end > titleRange.start
               && (text[end - 1] == u'.' || text[end - 1] == u':' || text[end - 1].isSpace()))
            --end;
        titleRange = SourceRange::fromTo(titleRange.start, end);
    }
    item.title = Field{cleaned, QString(), titleRange};
    if (const SchemaItem *def = schema.find(c.part, code, date))
        item.officialTitle = def->title;
    const QStringView headingLine = lines.line(c.line);
    const qsizetype headingStart = lines.start(c.line)
        + (headingLine.size() - headingLine.trimmed().size() > 0
               ? headingLine.indexOf(headingLine.trimmed())
               : 0);
    const qsizetype headingEnd = title.size() < c.title.size()
        ? lines.rangeOf(c.titleLine, c.title.left(title.size() + 1)).end()
        : lines.end(c.lastLine);
    item.heading = SourceRange::fromTo(headingStart, headingEnd);
    item.body = SourceRange::fromTo(item.heading.end(), std::max(bodyEnd, item.heading.end()));
    const QStringView body = QStringView(lines.text()).sliced(item.body.start, item.body.length);
    item.status = itemStatus(title, body.left(4000));
    return item;
}

void buildItems(const TextLines &lines, const FormSchema &schema, QDate date,
                const QList<Candidate> &cands, const QHash<QString, qsizetype> &chosen,
                const QHash<QString, qsizetype> &partHeading, ReportLayout &layout)
{
    // Boundaries in line order: chosen item headings and the first heading of each part.
    QList<qsizetype> order;
    for (const qsizetype c : chosen)
        order.append(c);
    for (const qsizetype c : partHeading)
        order.append(c);
    std::sort(order.begin(), order.end());
    order.erase(std::unique(order.begin(), order.end()), order.end());
    auto startOf = [&](qsizetype k) {
        return k < order.size() ? lines.start(cands[order[k]].line) : lines.range().end();
    };
    QSet<QString> made;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const Candidate &c = cands[order[k]];
        if (c.isPart) {
            ReportPart part;
            part.name = c.part;
            const QStringView line = lines.line(c.line).trimmed();
            part.heading = Field{simplified(line), c.part, lines.rangeOf(c.line, line)};
            qsizetype end = lines.range().end();
            for (qsizetype n = k + 1; n < order.size(); ++n) {
                if (cands[order[n]].isPart) {
                    end = startOf(n);
                    break;
                }
            }
            part.range = SourceRange::fromTo(part.heading.range.start, end);
            layout.parts.append(part);
            continue;
        }
        for (qsizetype n = 0; n < c.item.codes.size(); ++n) {
            const QString &code = c.item.codes[n];
            const QString key = keyOf(c.part, code);
            if (made.contains(key))
                continue;
            made.insert(key);
            layout.items.append(makeItem(lines, schema, date, c, code, n, startOf(k + 1)));
        }
    }
    // Items headed one after the other over one text ("Items 10, 11, 12 and 13" each on a
    // line of its own, then "Incorporated by reference to the proxy statement") share its
    // status.
    for (qsizetype i = layout.items.size() - 2; i >= 0; --i) {
        Item &item = layout.items[i];
        const Item &next = layout.items[i + 1];
        const QStringView body =
            QStringView(lines.text()).sliced(item.body.start, item.body.length);
        if (item.status.isEmpty() && isBlank(body) && item.body.end() == next.heading.start)
            item.status = next.status;
    }
    // A part runs to the end of its last item at most.
    for (ReportPart &part : layout.parts) {
        qsizetype end = part.heading.range.end();
        for (const Item &item : std::as_const(layout.items)) {
            if (item.part == part.name)
                end = std::max(end, item.range().end());
        }
        part.range = SourceRange::fromTo(part.range.start, std::min(part.range.end(), end));
    }
}

void warnAboutLayout(const TextLines &lines, const FormSchema &schema, QDate date,
                     const QString &formName, const QList<Candidate> &cands,
                     const QHash<QString, qsizetype> &chosen, bool anyToc,
                     const ReportLayout &layout, QList<Warning> &warnings)
{
    if (layout.items.isEmpty()) {
        warnings.append(anyToc
                            ? Warning{u"toc-without-body"_s,
                                      u"The table of contents of this %1 lists items, but no Item "
                                      u"heading follows in the text."_s.arg(formName),
                                      layout.toc}
                            : Warning{u"no-items"_s,
                                      u"No Item headings were found in this %1."_s.arg(formName),
                                      lines.range()});
        return;
    }
    if (!layout.toc.isValid() && schema.hasParts())
        warnings.append(Warning{u"no-toc"_s,
                                u"This %1 has no table of contents; its items were found from "
                                u"their headings alone."_s.arg(formName),
                                {}});
    for (qsizetype i = 0; i < layout.items.size(); ++i) {
        const Item &item = layout.items[i];
        const int at = schema.orderOf(item.part, item.code);
        if (at < 0) {
            warnings.append(Warning{u"unknown-item"_s,
                                    u"Item %1 is not an item of Form %2%3"_s.arg(
                                        item.number.value, schema.name,
                                        item.part.isEmpty() ? QString() : u" Part "_s + item.part),
                                    item.number.range});
            continue;
        }
        const int before =
            i > 0 ? schema.orderOf(layout.items[i - 1].part, layout.items[i - 1].code) : -1;
        if (at < before)
            warnings.append(
                Warning{u"item-out-of-order"_s,
                        u"Item %1 comes after Item %2, which the form puts after it"_s.arg(
                            item.code, layout.items[i - 1].code),
                        item.heading});
        const qsizetype rest = lines.range().length - item.body.length;
        if (item.body.length > rest && layout.items.size() > 2)
            warnings.append(
                Warning{u"item-oversized"_s,
                        u"Item %1 is longer than the rest of the document put "
                        u"together: a heading after it may have been missed"_s.arg(item.code),
                        item.heading});
    }
    // Required items in force at the report's date (without a date, those always required).
    QStringList missing;
    QSet<QString> have;
    for (const Item &item : layout.items)
        have.insert(keyOf(item.part, item.code));
    for (const SchemaItem &def : schema.items) {
        const bool inForce =
            date.isValid() ? def.inForceAt(date) : !def.since.isValid() && !def.until.isValid();
        const QString key = keyOf(def.part, def.code);
        if (def.required && inForce && !have.contains(key) && !missing.contains(key))
            missing.append(key);
    }
    if (!missing.isEmpty()) {
        for (QString &key : missing)
            key = key.startsWith(u'/') ? key.mid(1) : u"Part "_s + key.replace(u'/', u" Item "_s);
        warnings.append(Warning{
            u"missing-item"_s,
            u"Required item(s) of Form %1 not found: %2"_s.arg(schema.name, missing.join(u", "_s)),
            {}});
    }
    // The same item headed again outside its own span (not a repeat at a page top). Every one
    // is listed here; the parser lists the first of a kind and counts the rest.
    QHash<QString, SourceRange> spans;
    for (const Item &item : layout.items)
        spans.insert(keyOf(item.part, item.code), item.range());
    for (qsizetype c = 0; c < cands.size(); ++c) {
        const Candidate &cand = cands[c];
        if (cand.isPart || cand.toc || cand.score < kTitled || cand.item.title.isEmpty())
            continue;
        const QString key = keyOf(cand.part, cand.item.codes.first());
        if (chosen.value(key, -1) == c)
            continue;
        const SourceRange span = spans.value(key);
        const qsizetype at = lines.start(cand.line);
        if (span.isValid() && !span.contains(at) && at > span.start
            && !(layout.toc.isValid() && layout.toc.contains(at)))
            warnings.append(Warning{u"duplicate-item"_s,
                                    u"Item %1 is headed again here; this heading is read as part "
                                    u"of the item before it"_s.arg(cand.item.codes.first()),
                                    lines.lineRange(cand.line)});
    }
}

} // namespace

ReportLayout findReportItems(const TextLines &lines, const FormSchema &schema, QDate reportDate,
                             const QString &formName, QList<Warning> &warnings)
{
    ReportLayout layout;
    QList<Candidate> cands = collectCandidates(lines, schema, warnings);
    markTableOfContents(lines, schema, cands);
    layout.toc = tocRange(lines, cands);
    if (qEnvironmentVariableIsSet("FL_DEBUG_ITEMS")) {
        for (const Candidate &c : std::as_const(cands))
            qDebug("%d %s %s toc=%d title=%s", c.line + 1, c.isPart ? "PART" : "ITEM",
                   qPrintable(c.isPart ? c.part : c.item.codes.join(u',')), c.toc,
                   qPrintable(c.title.left(40).toString()));
    }

    // Parts and keys in document order; the chosen heading of each key.
    QString currentPart;
    QSet<QString> taken;
    QHash<QString, qsizetype> chosen;      // key -> candidate
    QHash<QString, qsizetype> partHeading; // part -> candidate
    bool anyToc = false;
    for (qsizetype c = 0; c < cands.size(); ++c) {
        Candidate &cand = cands[c];
        anyToc = anyToc || cand.toc;
        if (cand.toc || (layout.toc.isValid() && layout.toc.contains(lines.start(cand.line))))
            continue;
        if (cand.isPart) {
            if (!schema.parts.contains(cand.part))
                continue;
            currentPart = cand.part;
            if (!partHeading.contains(cand.part))
                partHeading.insert(cand.part, c);
            continue;
        }
        const QString &firstCode = cand.item.codes.first();
        cand.part = assignPart(schema, cand, firstCode, currentPart, reportDate, taken);
        const QString key = keyOf(cand.part, firstCode);
        cand.score = bestScore(schema, cand.part, firstCode, cand.title);
        taken.insert(key);
        const auto it = chosen.constFind(key);
        if (it == chosen.cend()) {
            chosen.insert(key, c);
            continue;
        }
        // The first heading whose title matches the official one wins; else the first with a
        // title of its own on the line; repeats at page tops and "(continued)" lose.
        const Candidate &held = cands[it.value()];
        const bool heldTitled = held.score >= kTitled;
        const bool heldInline = !held.item.title.isEmpty();
        if ((!heldTitled && cand.score >= kTitled)
            || (!heldTitled && !heldInline && !cand.item.title.isEmpty()))
            chosen.insert(key, c);
    }
    // Next to no headings in the text: the report may map its items through an index.
    if (chosen.size() < 5) {
        QList<Warning> indexWarnings;
        QList<Item> indexed = readCrossReferenceIndex(lines, schema, reportDate, indexWarnings);
        if (indexed.size() > 2 * chosen.size()) {
            layout.items = std::move(indexed);
            warnings.append(indexWarnings);
            return layout;
        }
    }
    buildItems(lines, schema, reportDate, cands, chosen, partHeading, layout);
    warnAboutLayout(lines, schema, reportDate, formName, cands, chosen, anyToc, layout, warnings);
    return layout;
}

} // namespace fl

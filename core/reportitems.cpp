// SPDX-License-Identifier: MIT
#include "reportitems.h"

#include "crossreference.h"
#include "formschema.h"
#include "normalize.h"
#include "reportcandidates.h"
#include "reportheadings.h"
#include "tableofcontents.h"
#include "textlines.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

using Candidate = HeadingCandidate;

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

// A part's heading: the last "PART II" before the first item heading of that part (a running
// page header "PART II" may stand a few lines above the real one); a part without items keeps
// its first heading.
QHash<QString, qsizetype> choosePartHeadings(const QList<Candidate> &cands,
                                             const QHash<QString, qsizetype> &chosen,
                                             const QHash<QString, QList<qsizetype>> &headings)
{
    QHash<QString, int> firstItemLine;
    for (const qsizetype c : chosen) {
        const auto it = firstItemLine.find(cands[c].part);
        if (it == firstItemLine.end())
            firstItemLine.insert(cands[c].part, cands[c].line);
        else
            *it = std::min(*it, cands[c].line);
    }
    QHash<QString, qsizetype> picked;
    for (auto it = headings.cbegin(); it != headings.cend(); ++it) {
        qsizetype best = it.value().first();
        const auto items = firstItemLine.constFind(it.key());
        if (items != firstItemLine.cend()) {
            for (const qsizetype c : it.value()) {
                if (cands[c].line < *items)
                    best = c;
            }
        }
        picked.insert(it.key(), best);
    }
    return picked;
}

} // namespace

ReportLayout findReportItems(const TextLines &lines, const FormSchema &schema, QDate reportDate,
                             const QString &formName, QList<Warning> &warnings)
{
    ReportLayout layout;
    QList<Candidate> cands = collectCandidates(lines, schema, warnings);
    markTableOfContents(lines, schema, cands);
    // The rows of a cross-reference index are no headings of the text either.
    QList<Warning> indexWarnings;
    QList<Item> indexed = readCrossReferenceIndex(lines, schema, reportDate, indexWarnings);
    if (!indexed.isEmpty()) {
        QSet<int> rows;
        for (const Item &item : std::as_const(indexed))
            rows.insert(lines.indexOf(item.heading.start));
        for (Candidate &cand : cands)
            cand.toc = cand.toc || rows.contains(cand.line);
    }

    // Parts and keys in document order; the chosen heading of each key.
    QString currentPart;
    QSet<QString> taken;
    QHash<QString, qsizetype> chosen;              // key -> candidate
    QHash<QString, QList<qsizetype>> partHeadings; // part -> its headings
    bool anyToc = false;
    for (qsizetype c = 0; c < cands.size(); ++c) {
        Candidate &cand = cands[c];
        anyToc = anyToc || cand.toc;
        if (cand.toc)
            continue;
        if (cand.isPart) {
            if (!schema.parts.contains(cand.part))
                continue;
            currentPart = cand.part;
            partHeadings[cand.part].append(c);
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
        if (indexed.size() > 2 * chosen.size()) {
            layout.items = std::move(indexed);
            layout.toc = tableOfContentsRange(lines, cands,
                                              lines.indexOf(layout.items.first().heading.start));
            warnings.append(indexWarnings);
            return layout;
        }
    }
    const QHash<QString, qsizetype> partHeading = choosePartHeadings(cands, chosen, partHeadings);
    int firstHeading = lines.size();
    for (const qsizetype c : chosen)
        firstHeading = std::min(firstHeading, cands[c].line);
    for (const qsizetype c : partHeading)
        firstHeading = std::min(firstHeading, cands[c].line);
    layout.toc = tableOfContentsRange(lines, cands, firstHeading);
    buildItems(lines, schema, reportDate, cands, chosen, partHeading, layout);
    warnAboutLayout(lines, schema, reportDate, formName, cands, chosen, anyToc, layout, warnings);
    return layout;
}

} // namespace fl

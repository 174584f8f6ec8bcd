// SPDX-License-Identifier: MIT
#include "documentlayout.h"

#include "coverfields.h"
#include "coverparser.h"
#include "exhibitlist.h"
#include "filing.h"
#include "formschema.h"
#include "formtype.h"
#include "pagebreaks.h"
#include "reportcover.h"
#include "reportitems.h"
#include "sectionparser.h"
#include "signatures.h"
#include "textlines.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// Where the sections of the main document start, as lines of it (-1: not found).
struct SectionLines
{
    int firstItem = -1;
    int signatures = -1;
    int index = -1;       // the exhibit index
    int reportStart = -1; // a periodic report's first Part or Item heading
};

// Start of a line of the main document; its end past the last line.
qsizetype lineStartOrEnd(const TextLines &main, int line)
{
    return line >= 0 && line < main.size() ? main.start(line) : main.range().end();
}

// The date a report speaks of, for the item titles then in force: the header's period of
// report, else the period its cover states (read ahead from the first lines, since the cover's
// extent depends on where the items start), else the filing date.
QDate reportDate(const Filing &f, const TextLines &main)
{
    auto dateOf = [](const Field &field) {
        return QDate::fromString(field.canonical().left(10), Qt::ISODate);
    };
    if (const QDate date = dateOf(f.header.periodOfReport); date.isValid())
        return date;
    const TextLines head(
        f.text, f.lineStarts,
        SourceRange::fromTo(main.range().start, lineStartOrEnd(main, std::min(main.size(), 250))));
    CoverPage ahead;
    readReportCover(head, ahead);
    if (const QDate date = dateOf(ahead.periodOfReport); date.isValid())
        return date;
    return dateOf(f.header.filedAsOfDate);
}

// The parts and items of a periodic report, read through its form schema; each item ends
// where the signatures or the exhibit index begin. Returns the line of its first Part or Item
// heading, -1 for a form without a report schema or headings.
int layOutReport(Filing &f, const TextLines &main, const QString &form, const SectionLines &at)
{
    const FormSchema *schema = schemaForForm(form);
    if (!schema || schema->headingChoice != HeadingChoice::BestTitle)
        return -1;
    ReportLayout layout = findReportItems(main, *schema, reportDate(f, main), form, f.warnings);
    for (const int line : {at.signatures, at.index}) {
        if (line < 0)
            continue;
        const qsizetype stop = main.start(line);
        for (Item &item : layout.items) {
            if (item.heading.start < stop && item.body.end() > stop)
                item.body = SourceRange::fromTo(item.body.start, stop);
        }
        for (ReportPart &part : layout.parts) {
            if (part.range.start < stop && part.range.end() > stop)
                part.range = SourceRange::fromTo(part.range.start, stop);
        }
    }
    f.items = std::move(layout.items);
    f.parts = std::move(layout.parts);
    f.tocRange = layout.toc;
    // The cover ends before the first heading of the text; a table of contents may stand
    // before the cover (General Electric, 1994) or after it.
    qsizetype first = -1;
    auto earliest = [&first](qsizetype at) {
        first = first < 0 ? at : std::min(first, at);
    };
    for (const Item &item : std::as_const(f.items))
        earliest(item.heading.start);
    for (const ReportPart &part : std::as_const(f.parts))
        earliest(part.heading.range.start);
    return first < 0 ? -1 : main.indexOf(first);
}

// The form type: the SEC header's, else the main document's <TYPE>, else the cover's.
void chooseFormType(Filing &f, const Field &coverForm)
{
    if (!f.header.submissionType.isEmpty())
        f.formType = f.header.submissionType;
    else if (f.mainDocument >= 0 && !f.documents[f.mainDocument].type.isEmpty())
        f.formType = f.documents[f.mainDocument].type;
    else
        f.formType = coverForm;
    // EDGAR's "10KSB" is the form "10-KSB".
    if (const QString canonical = canonicalFormType(f.formType.canonical());
        !f.formType.isEmpty() && canonical != f.formType.canonical().toUpper())
        f.formType.normalized = canonical;
}

// Finds where the Items, signatures and exhibit index start, and reads the Items. Items are
// looked for in 8-Ks and filings of unknown form only; they run to the signatures (or the
// exhibit index when it comes first after them).
SectionLines findItemsAndSections(Filing &f, const TextLines &main, const QString &form)
{
    const bool eightK = isEightK(form);
    const bool unknownForm = form.isEmpty();
    SectionLines at;
    const int firstItem = (eightK || unknownForm) ? findFirstItemLine(main) : -1;
    const int searchFrom = firstItem >= 0 ? firstItem : 0;
    at.firstItem = firstItem;
    at.signatures = findSignaturesLine(main, searchFrom);
    at.index = findExhibitIndexLine(main, searchFrom);
    if (firstItem >= 0) {
        int itemsEnd = main.size();
        if (at.signatures > firstItem)
            itemsEnd = at.signatures;
        else if (at.index > firstItem)
            itemsEnd = at.index;
        const TextLines itemLines(
            f.text, f.lineStarts,
            SourceRange::fromTo(f.mainRange.start, lineStartOrEnd(main, itemsEnd)));
        f.items = findItems(itemLines, f.warnings);
    }
    at.reportStart = layOutReport(f, main, form, at);
    return at;
}

// The cover: from the top to the first item (or section), at most 250 lines; its range ends
// at the first page break after the last field found.
void layOutCover(Filing &f, const TextLines &main, const SectionLines &at, const Field &coverForm,
                 bool eightKLayout)
{
    int coverEnd = std::min(main.size(), 250);
    for (const int line : {at.firstItem, at.signatures, at.index, at.reportStart}) {
        if (line > 0)
            coverEnd = std::min(coverEnd, line);
    }
    const SourceRange coverSpan =
        SourceRange::fromTo(f.mainRange.start, lineStartOrEnd(main, coverEnd));
    const TextLines coverLines(f.text, f.lineStarts, coverSpan);
    f.cover = parseCover(coverLines, f.warnings, eightKLayout);
    if (f.cover.formType.isEmpty())
        f.cover.formType = coverForm;
    qsizetype lastField = -1;
    for (const Field *field : fieldsReadOffCover(f.cover))
        lastField = std::max(lastField, field->range.end());
    if (lastField >= 0) {
        const int pageEnd = firstPageBreakLine(coverLines, lastField);
        const qsizetype end = pageEnd >= 0 ? coverLines.start(pageEnd) : coverSpan.end();
        f.cover.range = SourceRange::fromTo(f.mainRange.start, end);
    }
}

// What follows a page break after the first signature belongs to something else (an exhibit
// or a letter pasted into the same document): the signatures' lines end there, else at `end`.
int signaturesBlockEnd(const Filing &f, const TextLines &main, int signatures, int end)
{
    const TextLines block(f.text, f.lineStarts,
                          SourceRange::fromTo(main.start(signatures), lineStartOrEnd(main, end)));
    for (int i = 0; i < block.size(); ++i) {
        const QStringView line = block.line(i);
        if (line.contains(u"/s/", Qt::CaseInsensitive)
            || line.contains(u"By:", Qt::CaseInsensitive)) {
            const int pageEnd = firstPageBreakLine(block, block.start(i));
            return pageEnd >= 0 ? signatures + pageEnd : end;
        }
    }
    return end;
}

// The signatures, up to the exhibit index when it follows; the section ends at the first page
// break after the last signature.
void layOutSignatures(Filing &f, const TextLines &main, const SectionLines &at)
{
    if (at.signatures < 0)
        return;
    const int signatures = at.signatures;
    const int end =
        signaturesBlockEnd(f, main, signatures, at.index > signatures ? at.index : main.size());
    const SourceRange span = SourceRange::fromTo(main.start(signatures), lineStartOrEnd(main, end));
    const TextLines sigLines(f.text, f.lineStarts, span);
    f.signatures = parseSignatures(sigLines, f.cover.registrantName.value);
    qsizetype lastSig = main.start(signatures);
    for (const Signature &s : std::as_const(f.signatures))
        lastSig = std::max({lastSig, s.range.end(), s.date.range.end()});
    const int pageEnd = firstPageBreakLine(sigLines, lastSig + 1);
    const qsizetype sigEnd = pageEnd >= 0 ? sigLines.start(pageEnd) : span.end();
    f.signaturesRange = SourceRange::fromTo(main.start(signatures), sigEnd);
}

// Older reports list exhibits under a heading of their own, outside Item 7: each heading's
// list runs to the next heading, linear however many there are.
void readExhibitsHeadings(Filing &f, const TextLines &main, const SectionLines &at)
{
    if (at.firstItem < 0)
        return;
    const int end = at.signatures > at.firstItem ? at.signatures : main.size();
    const TextLines itemArea(
        f.text, f.lineStarts,
        SourceRange::fromTo(main.start(at.firstItem), lineStartOrEnd(main, end)));
    const QList<int> headings = findExhibitsHeadings(itemArea);
    for (qsizetype h = 0; h < headings.size(); ++h) {
        const qsizetype end =
            h + 1 < headings.size() ? itemArea.start(headings[h + 1]) : itemArea.range().end();
        const SourceRange span = SourceRange::fromTo(itemArea.start(headings[h]), end);
        mergeExhibits(f.exhibits, parseExhibitList(TextLines(f.text, f.lineStarts, span), false));
    }
}

// The Exhibit Index, up to the signatures when they follow.
void readExhibitIndex(Filing &f, const TextLines &main, const SectionLines &at)
{
    if (at.index < 0)
        return;
    const int index = at.index;
    const int end = at.signatures > index ? at.signatures : main.size();
    const SourceRange span = SourceRange::fromTo(main.start(index), lineStartOrEnd(main, end));
    const TextLines indexLines(f.text, f.lineStarts, span);
    const QList<Exhibit> listed = parseExhibitList(indexLines, true);
    qsizetype indexEnd = main.end(index);
    for (const Exhibit &e : listed)
        indexEnd = std::max(indexEnd, e.indexRange.end());
    f.exhibitIndexRange = SourceRange::fromTo(main.start(index), indexEnd);
    mergeExhibits(f.exhibits, listed);
}

// Exhibits: the list of the item the form gives to exhibits (8-K Item 9.01 or its predecessor
// Item 7, 10-K Item 15, 10-Q Part II Item 6, ...), "Exhibits" headings and the Exhibit Index,
// merged.
void readExhibits(Filing &f, const TextLines &main, const SectionLines &at)
{
    for (const Item &item : std::as_const(f.items)) {
        if (!item.officialTitle.contains(u"Exhibits"_s) || item.body.length == 0)
            continue;
        const TextLines body(f.text, f.lineStarts, item.body);
        mergeExhibits(f.exhibits, parseExhibitList(body, false));
    }
    readExhibitsHeadings(f, main, at);
    readExhibitIndex(f, main, at);
}

} // namespace

void layOutMainDocument(Filing &f)
{
    if (!f.mainRange.isValid() || f.mainRange.length == 0) {
        f.formType = f.header.submissionType;
        return;
    }
    const TextLines main(f.text, f.lineStarts, f.mainRange);
    const Field coverForm = findFormType(main);
    chooseFormType(f, coverForm);
    const QString form = normalizedFormType(f);
    const bool eightK = isEightK(form);
    const bool unknownForm = form.isEmpty();
    const SectionLines at = findItemsAndSections(f, main, form);
    layOutCover(f, main, at, coverForm, eightK || unknownForm);
    layOutSignatures(f, main, at);
    readExhibits(f, main, at);
    linkExhibitDocuments(f);
}

void linkExhibitDocuments(Filing &f)
{
    if (f.documents.isEmpty())
        return;
    auto exhibitNumberOf = [](const Document &doc) -> QString {
        const QString type = doc.type.normalized;
        return type.startsWith(u"EX-"_s) ? type.mid(3) : QString();
    };
    // Documents by exhibit number, in order, so that linking is linear.
    QHash<QString, QList<int>> byNumber;
    for (qsizetype d = 0; d < f.documents.size(); ++d) {
        const QString number = exhibitNumberOf(f.documents[d]);
        if (!number.isEmpty())
            byNumber[number].append(int(d));
    }
    QList<bool> linked(f.documents.size(), false);
    auto firstFree = [&](const QString &number, int *count) {
        int found = -1;
        *count = 0;
        for (const int d : byNumber.value(number)) {
            if (!linked[d]) {
                if (found < 0)
                    found = d;
                ++*count;
            }
        }
        return found;
    };
    for (Exhibit &exhibit : f.exhibits) {
        const QString number = exhibit.number.normalized;
        int count = 0;
        int match = firstFree(number, &count);
        if (match < 0) {
            // "99.1" listed, filed as <TYPE>EX-99: link when exactly one document fits.
            match = firstFree(number.section(u'.', 0, 0), &count);
            if (count != 1)
                match = -1;
        }
        if (match >= 0) {
            exhibit.documentIndex = match;
            linked[match] = true;
        }
    }
    // Exhibits filed as documents but not listed in the text.
    for (qsizetype d = 0; d < f.documents.size(); ++d) {
        const QString number = exhibitNumberOf(f.documents[d]);
        if (linked[d] || number.isEmpty())
            continue;
        SourceRange numberRange = f.documents[d].type.range;
        numberRange.start += 3; // after "EX-"
        numberRange.length -= 3;
        Exhibit exhibit;
        exhibit.number = Field{number, number, numberRange};
        exhibit.description = f.documents[d].description;
        exhibit.documentIndex = int(d);
        f.exhibits.append(exhibit);
    }
}

} // namespace fl

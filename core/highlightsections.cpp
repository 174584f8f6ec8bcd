// SPDX-License-Identifier: MIT
#include "highlightsections.h"

#include "filing.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

void buildSections(Filing &f)
{
    QList<Section> &s = f.sections;
    if (f.header.isPresent() && f.header.range.isValid())
        s.append(Section{SectionKind::Header, f.header.range, u"SEC header"_s, -1});
    for (qsizetype i = 0; i < f.documents.size(); ++i) {
        const Document &doc = f.documents[i];
        QString label = u"Document %1"_s.arg(i + 1);
        if (!doc.type.isEmpty())
            label += u": "_s + doc.type.value;
        if (!doc.filename.isEmpty())
            label += u" ("_s + doc.filename.value + u')';
        s.append(Section{SectionKind::Document, doc.range, label, int(i)});
        if (doc.isBinary())
            s.append(Section{SectionKind::BinaryAttachment, doc.contentRange,
                             u"Binary attachment: "_s + doc.filename.value, int(i)});
    }
    if (f.cover.range.isValid())
        s.append(Section{SectionKind::CoverPage, f.cover.range, u"Cover page"_s, -1});
    for (qsizetype i = 0; i < f.items.size(); ++i) {
        const Item &item = f.items[i];
        const QString title = item.officialTitle.isEmpty() ? item.title.value : item.officialTitle;
        const QString part = item.part.isEmpty() ? QString() : u"Part %1, "_s.arg(item.part);
        s.append(Section{SectionKind::Item, item.range(),
                         part + u"Item %1 %2"_s.arg(item.code, title), int(i)});
    }
    for (const ReportPart &part : std::as_const(f.parts))
        s.append(Section{SectionKind::Part, part.heading.range, u"Part "_s + part.name, -1});
    if (f.tocRange.isValid())
        s.append(Section{SectionKind::TableOfContents, f.tocRange, u"Table of contents"_s, -1});
    if (f.signaturesRange.isValid())
        s.append(Section{SectionKind::Signatures, f.signaturesRange, u"Signatures"_s, -1});
    if (f.exhibitIndexRange.isValid())
        s.append(Section{SectionKind::ExhibitIndex, f.exhibitIndexRange, u"Exhibit index"_s, -1});
    for (const SourceRange &pageBreak : std::as_const(f.pageBreaks))
        s.append(Section{SectionKind::PageBreak, pageBreak, u"Page break"_s, -1});
    std::stable_sort(s.begin(), s.end(), [](const Section &a, const Section &b) {
        if (a.range.start != b.range.start)
            return a.range.start < b.range.start;
        return a.range.length > b.range.length;
    });
}

} // namespace fl

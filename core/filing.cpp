// SPDX-License-Identifier: MIT
#include "filing.h"

#include "nativepath.h"
#include "textlines.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace fl {

QString Filing::fileName() const
{
    return displayPath(QFileInfo(path).fileName());
}

int Filing::lineAt(qsizetype offset) const
{
    return lineIndexOf(lineStarts, offset);
}

QStringView Filing::lineText(int line) const
{
    if (line < 0 || line >= lineStarts.size())
        return {};
    auto [begin, end] = lineStarts.bounds(line, text.size());
    if (end > begin && text[end - 1] == u'\n')
        --end;
    return QStringView(text).sliced(begin, end - begin);
}

QStringView Filing::textOf(SourceRange range) const
{
    if (!range.isValid() || range.start > text.size())
        return {};
    return QStringView(text).sliced(range.start, std::min(range.length, text.size() - range.start));
}

QString Filing::registrantName() const
{
    if (!cover.registrantName.isEmpty())
        return cover.registrantName.value;
    for (const Party &party : header.parties) {
        if (!party.companyName.isEmpty())
            return party.companyName.value;
    }
    return {};
}

bool Header::isMainRole(const QString &role)
{
    return role == u"FILER"_s || role == u"SUBJECT COMPANY"_s;
}

const Party *Header::mainParty() const
{
    for (const Party &p : parties) {
        if (isMainRole(p.role))
            return &p;
    }
    return parties.isEmpty() ? nullptr : &parties.first();
}

QString Filing::dateOfReport() const
{
    if (!cover.dateOfReport.normalized.isEmpty())
        return cover.dateOfReport.normalized;
    return header.periodOfReport.normalized;
}

QString formatName(FilingFormat format)
{
    switch (format) {
    case FilingFormat::Text:
        return u"text"_s;
    case FilingFormat::FullSubmission:
        return u"full-submission"_s;
    case FilingFormat::Html:
        return u"html"_s;
    }
    return {};
}

QString sectionKindName(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Header:
        return u"SEC header"_s;
    case SectionKind::Document:
        return u"Document"_s;
    case SectionKind::BinaryAttachment:
        return u"Binary attachment"_s;
    case SectionKind::CoverPage:
        return u"Cover page"_s;
    case SectionKind::Item:
        return u"Item"_s;
    case SectionKind::Part:
        return u"Part"_s;
    case SectionKind::TableOfContents:
        return u"Table of contents"_s;
    case SectionKind::Signatures:
        return u"Signatures"_s;
    case SectionKind::ExhibitIndex:
        return u"Exhibit index"_s;
    case SectionKind::PageBreak:
        return u"Page break"_s;
    }
    return {};
}

QString regimeName(ItemRegime regime)
{
    return regime == ItemRegime::Current ? u"current"_s : u"legacy"_s;
}

QString parseErrorName(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Unreadable:
        return u"unreadable"_s;
    case ParseError::NotARegularFile:
        return u"not-a-file"_s;
    case ParseError::Empty:
        return u"empty"_s;
    case ParseError::Binary:
        return u"binary"_s;
    case ParseError::NotAFiling:
        return u"not-a-filing"_s;
    case ParseError::TooLarge:
        return u"too-large"_s;
    case ParseError::OutOfMemory:
        return u"out-of-memory"_s;
    case ParseError::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace fl

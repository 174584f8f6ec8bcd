// SPDX-License-Identifier: MIT
#include "consistency.h"

#include "coverfields.h"
#include "filing.h"
#include "formtype.h"
#include "htmlguard.h"
#include "htmltotext.h"
#include "normalize.h"
#include "parsestate.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// What reading the bytes ran into: HTML nested too deep, lines not UTF-8, NUL bytes.
void checkReading(ParseState &state)
{
    const Filing &f = *state.filing;
    for (const int d : state.truncatedHtml) {
        const bool inDocument = d >= 0 && d < f.documents.size();
        state.warn(
            u"html-too-deep"_s,
            (inDocument ? u"Document %1 nests"_s.arg(d + 1) : u"The HTML nests"_s)
                + u" elements more than %1 deep; from there on it is shown as HTML source."_s.arg(
                    kMaxHtmlDepth),
            inDocument ? f.documents[d].range : SourceRange{0, 0});
    }
    for (const auto &[d, tags] : state.cutHtmlTags) {
        const bool inDocument = d >= 0 && d < f.documents.size();
        state.warn(u"html-attributes"_s,
                   (inDocument ? u"Document %1 has"_s.arg(d + 1) : u"The HTML has"_s)
                       + u" %1 tag(s) of more than %2 attributes; the attributes past the "
                         u"%2th were dropped, since the HTML parser's time grows with the "
                         u"square of their number."_s.arg(tags)
                             .arg(kMaxHtmlAttributes),
                   inDocument ? f.documents[d].range : SourceRange{0, 0});
    }
    if (state.decodeStats.nonUtf8Lines > 0)
        state.warn(u"encoding"_s,
                   u"%1 line(s) are not valid UTF-8 and were read as Windows-1252."_s.arg(
                       state.decodeStats.nonUtf8Lines),
                   {state.decodeStats.firstNonUtf8Offset, 1});
    if (state.decodeStats.c1Characters > 0)
        state.warn(u"encoding-c1"_s,
                   u"%1 control character(s) U+0080\u2013U+009F, Windows-1252 punctuation encoded "
                   u"twice, are shown as the characters meant (\u2019 \u201C \u201D \u2013)."_s.arg(
                       state.decodeStats.c1Characters),
                   {state.decodeStats.firstC1Offset, 1});
    if (state.decodeStats.nulBytes > 0)
        state.warn(u"nul-bytes"_s,
                   u"%1 NUL byte(s) in the text were replaced by \uFFFD."_s.arg(
                       state.decodeStats.nulBytes),
                   {state.decodeStats.firstNulOffset, 1});
}

// The documents found against the header's PUBLIC DOCUMENT COUNT.
void checkDocumentCount(ParseState &state)
{
    const Filing &f = *state.filing;
    if (!f.header.documentCount.normalized.isEmpty() && !f.documents.isEmpty()) {
        const int declared = f.header.documentCount.normalized.toInt();
        // EDGAR counts the XBRL viewer pages it renders for interactive-data filings
        // among the public documents, so fewer blocks than declared is normal there.
        bool interactiveData = false;
        for (const Document &d : std::as_const(f.documents))
            interactiveData = interactiveData || d.type.normalized.startsWith(u"EX-101"_s);
        if (f.documents.size() > declared || (f.documents.size() < declared && !interactiveData))
            state.warn(u"document-count"_s,
                       u"The header declares %1 public document(s) but the submission holds %2."_s
                           .arg(declared)
                           .arg(f.documents.size()),
                       f.header.documentCount.range);
    }
}

// A submission without documents; an 8-K without a required cover field or without Items.
void checkRequiredParts(ParseState &state)
{
    const Filing &f = *state.filing;
    const bool eightK = isEightK(normalizedFormType(f));
    const CoverPage &c = f.cover;
    if (f.format == FilingFormat::FullSubmission && f.documents.isEmpty()) {
        state.warn(u"no-documents"_s,
                   u"This submission holds only its SEC header: there are no documents to read "
                   u"the cover page and items from."_s,
                   f.header.range);
    } else if (eightK) {
        for (const auto &[field, label] : requiredCoverFields(c, CoverForm::EightK)) {
            if (field->isEmpty())
                state.warn(u"cover-field-missing"_s,
                           u"The cover page has no %1 that FilingLens could find."_s.arg(label),
                           c.range);
        }
        if (f.items.isEmpty())
            state.warn(u"no-items"_s, u"No Item headings were found in this 8-K."_s, f.mainRange);
    }
}

// Header and cover disagreeing: registrant name, IRS number, state of incorporation.
void checkHeaderAgainstCover(ParseState &state)
{
    const Filing &f = *state.filing;
    const CoverPage &c = f.cover;
    // Combined filings name several filers: the cover's registrant is compared with the
    // one of them it names.
    const Party *filer = nullptr;
    const QString coverKey = companyNameKey(c.registrantName.value);
    for (const Party &p : f.header.parties) {
        if (!Header::isMainRole(p.role))
            continue;
        if (!filer)
            filer = &p;
        const QString key = companyNameKey(p.companyName.value);
        if (!coverKey.isEmpty() && !key.isEmpty()
            && (key == coverKey || key.contains(coverKey) || coverKey.contains(key))) {
            filer = &p;
            break;
        }
    }
    if (filer && !c.registrantName.isEmpty() && !filer->companyName.isEmpty()) {
        const QString a = coverKey;
        const QString b = companyNameKey(filer->companyName.value);
        if (!a.isEmpty() && !b.isEmpty() && a != b && !a.contains(b) && !b.contains(a))
            state.warn(
                u"header-cover-mismatch"_s,
                u"The cover names the registrant \"%1\" but the SEC header says \"%2\"."_s.arg(
                    c.registrantName.value, filer->companyName.value),
                c.registrantName.range);
    }
    if (filer && !c.irsEmployerId.normalized.isEmpty() && !filer->irsNumber.normalized.isEmpty()
        && digitsOnly(filer->irsNumber.normalized) != u"000000000"_s
        && c.irsEmployerId.normalized != filer->irsNumber.normalized)
        state.warn(u"header-cover-mismatch"_s,
                   u"The cover's IRS number %1 differs from the SEC header's %2."_s.arg(
                       c.irsEmployerId.value, filer->irsNumber.value),
                   c.irsEmployerId.range);
    if (filer && !c.stateOfIncorporation.normalized.isEmpty()
        && !filer->stateOfIncorporation.normalized.isEmpty()
        && c.stateOfIncorporation.normalized != filer->stateOfIncorporation.normalized)
        state.warn(u"header-cover-mismatch"_s,
                   u"The cover's state of incorporation %1 differs from the SEC header's %2."_s.arg(
                       c.stateOfIncorporation.value, filer->stateOfIncorporation.value),
                   c.stateOfIncorporation.range);
}

} // namespace

void checkConsistency(ParseState &state)
{
    checkReading(state);
    checkDocumentCount(state);
    checkRequiredParts(state);
    checkHeaderAgainstCover(state);
}

bool looksLikeFiling(const Filing &f)
{
    if (!f.formType.isEmpty() || !f.items.isEmpty() || !f.cover.registrantName.isEmpty()
        || !f.cover.dateOfReport.isEmpty() || !f.cover.commissionFileNumber.isEmpty())
        return true;
    const QStringView head = QStringView(f.text).left(64 * 1024);
    return head.contains(u"SECURITIES AND EXCHANGE COMMISSION", Qt::CaseInsensitive)
        || head.contains(u"Securities Exchange Act", Qt::CaseInsensitive);
}

} // namespace fl

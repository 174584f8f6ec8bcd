// SPDX-License-Identifier: MIT
#include "fieldtree.h"

#include "coverfields.h"
#include "formschema.h"
#include "units.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

FieldNode value(const QString &label, const Field &field)
{
    return FieldNode{FieldNodeKind::Value, label, field.value, field.normalized, field.range, {}};
}

FieldNode group(const QString &label, const QString &value = {}, SourceRange range = {})
{
    return FieldNode{FieldNodeKind::Group, label, value, QString(), range, {}};
}

// Adds the value when the filing has it; the tree shows what was found.
void addIf(FieldNode &parent, const QString &label, const Field &field)
{
    if (!field.isEmpty())
        parent.children.append(value(label, field));
}

QString countOf(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? QString(u"1 "_s + one) : QString(QString::number(n) + u' ' + many);
}

SourceRange spanOf(const QList<FieldNode> &nodes)
{
    qsizetype start = -1;
    qsizetype end = -1;
    for (const FieldNode &n : nodes) {
        if (!n.range.isValid())
            continue;
        start = start < 0 ? n.range.start : std::min(start, n.range.start);
        end = std::max(end, n.range.end());
    }
    return start < 0 ? SourceRange{} : SourceRange::fromTo(start, end);
}

FieldNode addressNode(const QString &label, const Address &a)
{
    FieldNode node = group(label);
    addIf(node, u"Street 1"_s, a.street1);
    addIf(node, u"Street 2"_s, a.street2);
    addIf(node, u"City"_s, a.city);
    addIf(node, u"State"_s, a.state);
    addIf(node, u"Zip"_s, a.zip);
    addIf(node, u"Phone"_s, a.phone);
    QStringList parts;
    for (const Field *f : {&a.street1, &a.street2, &a.city, &a.state, &a.zip}) {
        if (!f->isEmpty())
            parts << f->value;
    }
    node.value = parts.join(u", "_s);
    node.range = spanOf(node.children);
    return node;
}

FieldNode headerSection(const Header &h)
{
    FieldNode section{FieldNodeKind::Section, u"Header"_s, {}, {}, h.range, {}};
    addIf(section, u"Accession number"_s, h.accessionNumber);
    addIf(section, u"Submission type"_s, h.submissionType);
    addIf(section, u"Public document count"_s, h.documentCount);
    addIf(section, u"Period of report"_s, h.periodOfReport);
    addIf(section, u"Filed as of date"_s, h.filedAsOfDate);
    addIf(section, u"Date as of change"_s, h.dateOfChange);
    addIf(section, u"Acceptance date and time"_s, h.acceptanceDateTime);
    for (const Field &item : h.itemInformation)
        section.children.append(value(u"Item information"_s, item));
    for (qsizetype i = 0; i < h.parties.size(); ++i) {
        const Party &p = h.parties[i];
        QString role = p.role.toLower();
        if (!role.isEmpty())
            role[0] = role[0].toUpper();
        FieldNode party = group(role, p.companyName.value, p.range);
        addIf(party, u"Company name"_s, p.companyName);
        addIf(party, u"CIK"_s, p.cik);
        addIf(party, u"SIC"_s, p.sic);
        addIf(party, u"IRS number"_s, p.irsNumber);
        addIf(party, u"State of incorporation"_s, p.stateOfIncorporation);
        addIf(party, u"Fiscal year end"_s, p.fiscalYearEnd);
        addIf(party, u"Form type"_s, p.formType);
        addIf(party, u"SEC act"_s, p.secAct);
        addIf(party, u"SEC file number"_s, p.secFileNumber);
        addIf(party, u"Film number"_s, p.filmNumber);
        if (!p.businessAddress.isEmpty() || !p.businessAddress.phone.isEmpty())
            party.children.append(addressNode(u"Business address"_s, p.businessAddress));
        if (!p.mailAddress.isEmpty())
            party.children.append(addressNode(u"Mail address"_s, p.mailAddress));
        for (const FormerName &former : p.formerNames) {
            FieldNode node = group(u"Former name"_s, former.name.value);
            addIf(node, u"Name"_s, former.name);
            addIf(node, u"Date changed"_s, former.dateChanged);
            node.range = spanOf(node.children);
            party.children.append(node);
        }
        section.children.append(party);
    }
    section.value = h.accessionNumber.value;
    return section;
}

// The public float of a periodic report's cover: its amount, and the date it was measured.
FieldNode publicFloatNode(const PublicFloat &publicFloat)
{
    FieldNode node = group(u"Public float"_s, publicFloat.amount.value);
    node.normalized = publicFloat.amount.normalized;
    for (const PublicFloatPartDef &part : publicFloatParts())
        addIf(node, part.label, part.of(publicFloat));
    node.range = spanOf(node.children);
    return node;
}

// The shares outstanding of a periodic report's cover, one group per class, shown as the
// Section 12(b) securities are.
FieldNode sharesOutstandingNode(const QList<SharesOutstanding> &classes)
{
    FieldNode node =
        group(u"Shares outstanding"_s, countOf(classes.size(), u"class"_s, u"classes"_s));
    for (const SharesOutstanding &shares : classes) {
        FieldNode classNode = group(u"Class"_s, shares.shareClass.value);
        for (const SharesColumnDef &column : sharesColumns())
            addIf(classNode, column.label, column.of(shares));
        classNode.range = spanOf(classNode.children);
        node.children.append(classNode);
    }
    node.range = spanOf(node.children);
    return node;
}

FieldNode coverSection(const CoverPage &c)
{
    FieldNode section{FieldNodeKind::Section, u"Cover page"_s, {}, {}, c.range, {}};
    FieldNode boxes = group(u"Check boxes"_s);
    for (const CoverFieldDef &def : coverFields())
        addIf(def.kind == CoverFieldKind::CheckBox ? boxes : section, def.label, def.of(c));
    if (!boxes.children.isEmpty()) {
        int checked = 0;
        for (const FieldNode &box : std::as_const(boxes.children))
            checked += box.normalized == u"checked"_s ? 1 : 0;
        boxes.value = u"%1 of %2 checked"_s.arg(checked).arg(boxes.children.size());
        boxes.range = spanOf(boxes.children);
        section.children.append(boxes);
    }
    if (!c.securities12b.isEmpty()) {
        FieldNode securities = group(u"Securities registered under Section 12(b)"_s,
                                     countOf(c.securities12b.size(), u"class"_s, u"classes"_s));
        for (const RegisteredSecurity &s : c.securities12b) {
            FieldNode node = group(u"Class"_s, s.title.value);
            for (const SecurityColumnDef &column : securityColumns())
                addIf(node, column.label, column.of(s));
            node.range = spanOf(node.children);
            securities.children.append(node);
        }
        securities.range = spanOf(securities.children);
        section.children.append(securities);
    }
    if (!c.publicFloat.isEmpty())
        section.children.append(publicFloatNode(c.publicFloat));
    if (!c.sharesOutstanding.isEmpty())
        section.children.append(sharesOutstandingNode(c.sharesOutstanding));
    section.value = c.registrantName.value;
    return section;
}

// An 8-K item: number, titles and which numbering it belongs to.
FieldNode eightKItemNode(const Item &item)
{
    FieldNode node =
        group(u"Item "_s + item.code,
              item.officialTitle.isEmpty() ? item.title.value : item.officialTitle, item.range());
    node.normalized = item.code;
    node.children.append(value(u"Number as written"_s, item.number));
    addIf(node, u"Title as written"_s, item.title);
    node.children.append(
        FieldNode{FieldNodeKind::Property,
                  u"Official title"_s,
                  item.officialTitle.isEmpty() ? u"(not an 8-K item)"_s : item.officialTitle,
                  {},
                  item.heading,
                  {}});
    node.children.append(FieldNode{FieldNodeKind::Property,
                                   u"Numbering"_s,
                                   item.regime == ItemRegime::Current
                                       ? u"Current (since August 2004)"_s
                                       : u"Before August 2004"_s,
                                   regimeName(item.regime),
                                   item.heading,
                                   {}});
    return node;
}

// "lines 120-180": where a range lies, for rows whose text is too long to show.
QString linesOf(const Filing &f, SourceRange range)
{
    const int first = f.lineAt(range.start) + 1;
    const int last = f.lineAt(std::max(range.start, range.end() - 1)) + 1;
    return first == last ? u"line %1"_s.arg(first) : u"lines %1\u2013%2"_s.arg(first).arg(last);
}

// A periodic report's item: its titles, what it says instead of content, and the pages a
// cross-reference index sends it to.
FieldNode reportItemNode(const Filing &f, const Item &item)
{
    FieldNode node =
        group(u"Item "_s + item.code,
              item.officialTitle.isEmpty() ? item.title.value : item.officialTitle, item.range());
    node.normalized = item.code;
    node.children.append(value(u"Number as written"_s, item.number));
    addIf(node, u"Title as written"_s, item.title);
    node.children.append(FieldNode{FieldNodeKind::Property,
                                   u"Official title"_s,
                                   item.officialTitle.isEmpty() ? u"(not an item of the form)"_s
                                                                : item.officialTitle,
                                   {},
                                   item.heading,
                                   {}});
    // At the heading, as the official title: a range over the body would underline all of it.
    if (!item.status.isEmpty())
        node.children.append(
            FieldNode{FieldNodeKind::Property, u"Status"_s, item.status, {}, item.heading, {}});
    if (!item.pages.isEmpty()) {
        FieldNode pages = group(u"Pages"_s, countOf(item.pages.size(), u"range"_s, u"ranges"_s));
        for (qsizetype i = 0; i < item.pages.size(); ++i)
            pages.children.append(FieldNode{FieldNodeKind::Property,
                                            u"Pages %1"_s.arg(i + 1),
                                            linesOf(f, item.pages[i]),
                                            {},
                                            item.pages[i],
                                            {}});
        pages.range = spanOf(pages.children);
        node.children.append(pages);
    }
    return node;
}

// The parts of a periodic report in the form's order, each holding its items; items the
// report gives no part keep their place under Items.
void addReportParts(FieldNode &section, const Filing &f)
{
    QStringList names;
    for (const ReportPart &part : f.parts)
        names << part.name;
    for (const Item &item : f.items) {
        if (!item.part.isEmpty() && !names.contains(item.part))
            names << item.part;
    }
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return romanValue(a) < romanValue(b);
    });
    for (const QString &name : std::as_const(names)) {
        FieldNode partNode = group(u"Part "_s + name);
        partNode.normalized = name;
        for (const Item &item : f.items) {
            if (item.part == name)
                partNode.children.append(reportItemNode(f, item));
        }
        partNode.range = spanOf(partNode.children);
        for (const ReportPart &part : f.parts) {
            if (part.name == name) {
                partNode.value = part.heading.value;
                partNode.range = part.range;
                break;
            }
        }
        partNode.value = partNode.value.isEmpty()
            ? countOf(partNode.children.size(), u"item"_s, u"items"_s)
            : partNode.value;
        section.children.append(partNode);
    }
    for (const Item &item : f.items) {
        if (item.part.isEmpty())
            section.children.append(reportItemNode(f, item));
    }
}

// 8-Ks list their items; periodic reports group them under their parts, after the table of
// contents.
FieldNode itemsSection(const Filing &f)
{
    FieldNode section{FieldNodeKind::Section,
                      u"Items"_s,
                      countOf(f.items.size(), u"item"_s, u"items"_s),
                      {},
                      {},
                      {}};
    if (!groupsItemsByPart(f)) {
        for (const Item &item : f.items)
            section.children.append(eightKItemNode(item));
        section.range = spanOf(section.children);
        return section;
    }
    if (f.tocRange.isValid())
        section.children.append(group(u"Table of contents"_s, linesOf(f, f.tocRange), f.tocRange));
    addReportParts(section, f);
    section.range = spanOf(section.children);
    return section;
}

FieldNode exhibitsSection(const Filing &f)
{
    FieldNode section{FieldNodeKind::Section,
                      u"Exhibits"_s,
                      countOf(f.exhibits.size(), u"exhibit"_s, u"exhibits"_s),
                      {},
                      {},
                      {}};
    for (const Exhibit &e : f.exhibits) {
        const SourceRange where = e.listRange.isValid() ? e.listRange
            : e.indexRange.isValid()                    ? e.indexRange
                                                        : e.number.range;
        FieldNode node = group(u"Exhibit "_s + e.number.value, e.description.value, where);
        node.normalized = e.number.normalized;
        node.children.append(value(u"Number"_s, e.number));
        addIf(node, u"Description"_s, e.description);
        if (e.documentIndex >= 0 && e.documentIndex < f.documents.size()) {
            const Document &d = f.documents[e.documentIndex];
            node.children.append(FieldNode{FieldNodeKind::Property,
                                           u"Document"_s,
                                           u"%1 %2"_s.arg(d.type.value, d.filename.value).trimmed(),
                                           d.sequence.value,
                                           d.range,
                                           {}});
        }
        if (e.listRange.isValid())
            node.children.append(FieldNode{FieldNodeKind::Property,
                                           u"Listed under Item 9.01 / 7"_s,
                                           u"yes"_s,
                                           {},
                                           e.listRange,
                                           {}});
        if (e.indexRange.isValid())
            node.children.append(FieldNode{FieldNodeKind::Property,
                                           u"Listed in the Exhibit Index"_s,
                                           u"yes"_s,
                                           {},
                                           e.indexRange,
                                           {}});
        section.children.append(node);
    }
    section.range = f.exhibitIndexRange;
    return section;
}

FieldNode signaturesSection(const Filing &f)
{
    FieldNode section{FieldNodeKind::Section,
                      u"Signatures"_s,
                      countOf(f.signatures.size(), u"signature"_s, u"signatures"_s),
                      {},
                      f.signaturesRange,
                      {}};
    for (const Signature &s : f.signatures) {
        FieldNode node = group(u"Signature"_s, s.signer.value, s.range);
        addIf(node, u"Registrant"_s, s.registrant);
        addIf(node, u"Signer"_s, s.signer);
        addIf(node, u"Title"_s, s.title);
        addIf(node, u"Date"_s, s.date);
        section.children.append(node);
    }
    return section;
}

FieldNode documentsSection(const Filing &f)
{
    FieldNode section{FieldNodeKind::Section,
                      u"Documents"_s,
                      countOf(f.documents.size(), u"document"_s, u"documents"_s),
                      {},
                      {},
                      {}};
    for (qsizetype i = 0; i < f.documents.size(); ++i) {
        const Document &d = f.documents[i];
        FieldNode node = group(u"%1: %2"_s.arg(i + 1).arg(d.type.value), d.filename.value, d.range);
        addIf(node, u"Type"_s, d.type);
        addIf(node, u"Sequence"_s, d.sequence);
        addIf(node, u"Filename"_s, d.filename);
        addIf(node, u"Description"_s, d.description);
        const QString content = d.content == DocumentContent::Html ? u"HTML"_s
            : d.content == DocumentContent::Xml                    ? u"XML"_s
            : d.content == DocumentContent::Binary
            ? u"binary (%1), not shown as text"_s.arg(d.binaryEncoding)
            : u"text"_s;
        node.children.append(
            FieldNode{FieldNodeKind::Property, u"Content"_s, content, {}, d.contentRange, {}});
        node.children.append(FieldNode{FieldNodeKind::Property,
                                       u"Size"_s,
                                       humanSize(d.sourceBytes),
                                       QString::number(d.sourceBytes),
                                       d.contentRange,
                                       {}});
        if (i == f.mainDocument)
            node.value += u" (main document)"_s;
        section.children.append(node);
    }
    section.range = spanOf(section.children);
    return section;
}

FieldNode warningsSection(const Filing &f)
{
    FieldNode section{FieldNodeKind::Section,
                      u"Warnings"_s,
                      countOf(f.warnings.size(), u"warning"_s, u"warnings"_s),
                      {},
                      {},
                      {}};
    for (const Warning &w : f.warnings)
        section.children.append(
            FieldNode{FieldNodeKind::Warning, w.code, w.message, {}, w.range, {}});
    return section;
}

} // namespace

bool groupsItemsByPart(const Filing &f)
{
    if (!f.parts.isEmpty())
        return true;
    return std::any_of(f.items.cbegin(), f.items.cend(),
                       [](const Item &item) { return !item.part.isEmpty(); });
}

FieldNode buildFieldTree(const Filing &f)
{
    FieldNode root{FieldNodeKind::Root, f.fileName(), {}, {}, {}, {}};
    if (!f.ok())
        return root;
    if (f.header.isPresent())
        root.children.append(headerSection(f.header));
    root.children.append(coverSection(f.cover));
    root.children.append(itemsSection(f));
    root.children.append(exhibitsSection(f));
    root.children.append(signaturesSection(f));
    if (!f.documents.isEmpty())
        root.children.append(documentsSection(f));
    root.children.append(warningsSection(f));
    return root;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "jsonexport.h"

#include "coverfields.h"
#include "factexport.h"
#include "itemtext.h"
#include "nativepath.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

QJsonValue text(const Field &field)
{
    return field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field.value);
}

QJsonValue normalizedOrNull(const Field &field)
{
    return field.normalized.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field.normalized);
}

// Dates as ISO only; a date that did not parse is null (and the filing carries a warning).
QJsonValue date(const Field &field)
{
    return normalizedOrNull(field);
}

QJsonValue checkBox(const Field &field)
{
    if (field.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return field.normalized == u"checked"_s;
}

QJsonObject detail(const Field &field)
{
    QJsonObject o;
    o[u"value"_s] = field.value;
    o[u"normalized"_s] =
        field.normalized.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field.normalized);
    o[u"start"_s] = field.range.isValid() ? QJsonValue(qint64(field.range.start))
                                          : QJsonValue(QJsonValue::Null);
    o[u"end"_s] = field.range.isValid() ? QJsonValue(qint64(field.range.end()))
                                        : QJsonValue(QJsonValue::Null);
    return o;
}

QJsonValue address(const Address &a)
{
    if (a.isEmpty() && a.phone.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o[u"street1"_s] = text(a.street1);
    o[u"street2"_s] = text(a.street2);
    o[u"city"_s] = text(a.city);
    o[u"state"_s] = text(a.state);
    o[u"zip"_s] = text(a.zip);
    o[u"phone"_s] = text(a.phone);
    return o;
}

QJsonObject party(const Party &p)
{
    QJsonObject o;
    o[u"role"_s] = p.role;
    o[u"company_name"_s] = text(p.companyName);
    o[u"cik"_s] = text(p.cik);
    o[u"sic"_s] = text(p.sic);
    o[u"sic_code"_s] = normalizedOrNull(p.sic);
    o[u"irs_number"_s] = text(p.irsNumber);
    o[u"state_of_incorporation"_s] = text(p.stateOfIncorporation);
    o[u"fiscal_year_end"_s] = text(p.fiscalYearEnd);
    o[u"form_type"_s] = text(p.formType);
    o[u"sec_act"_s] = text(p.secAct);
    o[u"sec_file_number"_s] = text(p.secFileNumber);
    o[u"film_number"_s] = text(p.filmNumber);
    o[u"business_address"_s] = address(p.businessAddress);
    o[u"mail_address"_s] = address(p.mailAddress);
    QJsonArray former;
    for (const FormerName &f : p.formerNames) {
        QJsonObject fo;
        fo[u"name"_s] = text(f.name);
        fo[u"date_changed"_s] = date(f.dateChanged);
        former.append(fo);
    }
    o[u"former_names"_s] = former;
    return o;
}

QJsonValue header(const Header &h)
{
    if (!h.isPresent())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o[u"accession_number"_s] = text(h.accessionNumber);
    o[u"submission_type"_s] = text(h.submissionType);
    o[u"public_document_count"_s] = h.documentCount.normalized.isEmpty()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(h.documentCount.normalized.toInt());
    o[u"period_of_report"_s] = date(h.periodOfReport);
    o[u"filed_as_of_date"_s] = date(h.filedAsOfDate);
    o[u"date_as_of_change"_s] = date(h.dateOfChange);
    o[u"acceptance_datetime"_s] = normalizedOrNull(h.acceptanceDateTime);
    QJsonArray items;
    for (const Field &f : h.itemInformation)
        items.append(f.value);
    o[u"item_information"_s] = items;
    const Party *first = h.parties.isEmpty() ? nullptr : &h.parties.first();
    o[u"cik"_s] = first ? text(first->cik) : QJsonValue(QJsonValue::Null);
    o[u"company_name"_s] = first ? text(first->companyName) : QJsonValue(QJsonValue::Null);
    QJsonArray parties;
    for (const Party &p : h.parties)
        parties.append(party(p));
    o[u"filers"_s] = parties;
    return o;
}

// A count or an amount normalized to its digits, as a JSON number (exact up to 2^53).
QJsonValue wholeNumber(const Field &field)
{
    bool ok = false;
    const qint64 n = field.normalized.toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
}

QJsonValue publicFloat(const PublicFloat &p)
{
    if (p.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"value"_s, wholeNumber(p.amount)}, {u"as_of"_s, date(p.asOf)}};
}

// A cover field as the "cover" object gives it: dates as ISO, check boxes as true or false.
QJsonValue coverValue(const CoverFieldDef &def, const Field &field)
{
    switch (def.kind) {
    case CoverFieldKind::Date:
        return date(field);
    case CoverFieldKind::CheckBox:
        return checkBox(field);
    case CoverFieldKind::Flag:
        return field.isEmpty() ? QJsonValue(QJsonValue::Null)
                               : QJsonValue(field.normalized == u"true"_s);
    case CoverFieldKind::Choice:
        return normalizedOrNull(field);
    default:
        return text(field);
    }
}

QJsonObject cover(const CoverPage &c)
{
    QJsonObject o;
    // Every field found also goes to "fields", with its written and normalized forms and its
    // range, for tools that want to point into the text.
    QJsonObject fields;
    for (const CoverFieldDef &def : coverFields()) {
        const Field &field = def.of(c);
        o[def.jsonName] = coverValue(def, field);
        if (!field.isEmpty())
            fields[def.jsonName] = detail(field);
    }
    QJsonArray securities;
    for (const RegisteredSecurity &s : c.securities12b) {
        QJsonObject so;
        for (const SecurityColumnDef &column : securityColumns())
            so[column.jsonName] = text(column.of(s));
        securities.append(so);
    }
    o[u"securities_12b"_s] = securities;
    o[u"public_float"_s] = publicFloat(c.publicFloat);
    QJsonArray shares;
    for (const SharesOutstanding &s : c.sharesOutstanding) {
        QJsonObject so;
        so[u"class"_s] = text(s.shareClass);
        so[u"shares"_s] = wholeNumber(s.shares);
        so[u"as_of"_s] = date(s.asOf);
        shares.append(so);
    }
    o[u"shares_outstanding"_s] =
        c.sharesOutstanding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(shares);
    o[u"fields"_s] = fields;
    return o;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue rangeOrNull(SourceRange range)
{
    if (!range.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"start"_s, qint64(range.start)}, {u"end"_s, qint64(range.end())}};
}

} // namespace

QJsonObject filingToJson(const Filing &f, const JsonOptions &options)
{
    QJsonObject o;
    o[u"file"_s] = displayPath(f.path);
    if (!f.ok()) {
        o[u"format"_s] = QJsonValue(QJsonValue::Null);
        o[u"form_type"_s] = QJsonValue(QJsonValue::Null);
        o[u"header"_s] = QJsonValue(QJsonValue::Null);
        o[u"cover"_s] = QJsonValue(QJsonValue::Null);
        o[u"items"_s] = QJsonArray();
        o[u"parts"_s] = QJsonArray();
        o[u"toc"_s] = QJsonValue(QJsonValue::Null);
        o[u"exhibits"_s] = QJsonArray();
        o[u"signatures"_s] = QJsonArray();
        o[u"documents"_s] = QJsonArray();
        o[u"warnings"_s] = QJsonArray();
        o[u"error"_s] = f.errorMessage;
        o[u"error_code"_s] = parseErrorName(f.error);
        return o;
    }
    o[u"format"_s] = formatName(f.format);
    o[u"form_type"_s] =
        f.formType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.formType.canonical());
    o[u"header"_s] = header(f.header);
    o[u"cover"_s] = cover(f.cover);

    QJsonArray items;
    for (const Item &item : f.items) {
        QJsonObject io;
        io[u"part"_s] = orNull(item.part);
        io[u"code"_s] = item.code;
        io[u"number_as_written"_s] = item.number.value;
        io[u"title"_s] = item.title.value;
        io[u"official_title"_s] = item.officialTitle.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(item.officialTitle);
        io[u"regime"_s] = regimeName(item.regime);
        io[u"status"_s] = orNull(item.status);
        if (!item.pages.isEmpty()) {
            QJsonArray pages;
            for (const SourceRange &page : item.pages)
                pages.append(rangeOrNull(page));
            io[u"pages"_s] = pages;
        }
        io[u"start"_s] = qint64(item.range().start);
        io[u"end"_s] = qint64(item.range().end());
        if (options.itemText)
            io[u"text"_s] = itemText(f, item).toString();
        items.append(io);
    }
    o[u"items"_s] = items;

    QJsonArray parts;
    for (const ReportPart &part : f.parts) {
        QJsonObject po;
        po[u"part"_s] = part.name;
        po[u"heading"_s] = part.heading.value;
        po[u"start"_s] = qint64(part.range.start);
        po[u"end"_s] = qint64(part.range.end());
        parts.append(po);
    }
    o[u"parts"_s] = parts;
    o[u"toc"_s] = rangeOrNull(f.tocRange);

    QJsonArray exhibits;
    for (const Exhibit &e : f.exhibits) {
        QJsonObject eo;
        eo[u"number"_s] = e.number.value;
        eo[u"description"_s] = text(e.description);
        eo[u"document"_s] = e.documentIndex >= 0 && e.documentIndex < f.documents.size()
            ? QJsonValue(f.documents[e.documentIndex].sequence.value.isEmpty()
                             ? QString::number(e.documentIndex + 1)
                             : f.documents[e.documentIndex].sequence.value)
            : QJsonValue(QJsonValue::Null);
        exhibits.append(eo);
    }
    o[u"exhibits"_s] = exhibits;

    QJsonArray signatures;
    for (const Signature &s : f.signatures) {
        QJsonObject so;
        so[u"registrant"_s] = text(s.registrant);
        so[u"signer"_s] = text(s.signer);
        so[u"title"_s] = text(s.title);
        so[u"date"_s] = date(s.date);
        signatures.append(so);
    }
    o[u"signatures"_s] = signatures;

    QJsonArray documents;
    for (const Document &d : f.documents) {
        QJsonObject dobj;
        dobj[u"type"_s] = text(d.type);
        dobj[u"sequence"_s] = text(d.sequence);
        dobj[u"filename"_s] = text(d.filename);
        dobj[u"description"_s] = text(d.description);
        dobj[u"binary"_s] = d.isBinary();
        dobj[u"content"_s] = d.content == DocumentContent::Html ? u"html"_s
            : d.content == DocumentContent::Xml                 ? u"xml"_s
            : d.content == DocumentContent::Binary              ? u"binary"_s
                                                                : u"text"_s;
        dobj[u"bytes"_s] = d.sourceBytes;
        dobj[u"start"_s] = qint64(d.range.start);
        dobj[u"end"_s] = qint64(d.range.end());
        documents.append(dobj);
    }
    o[u"documents"_s] = documents;

    QJsonArray warnings;
    for (const Warning &w : f.warnings) {
        QJsonObject wo;
        wo[u"code"_s] = w.code;
        wo[u"message"_s] = w.message;
        warnings.append(wo);
    }
    o[u"warnings"_s] = warnings;
    if (options.facts)
        o[u"facts"_s] = factsToJson(f);
    o[u"error"_s] = QJsonValue(QJsonValue::Null);
    return o;
}

} // namespace fl

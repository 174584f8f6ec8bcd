// SPDX-License-Identifier: MIT
// The one table of cover-page fields: every place that shows, exports, compares or checks the
// fields of a CoverPage reads it, so that a new field is one row here plus its member.
#pragma once

#include "filing.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <utility>

namespace fl {

// What a cover field holds, which decides how it is exported (JSON: dates as ISO, check boxes
// as true/false) and compared (names without "Inc.", file numbers with their zeros, ...).
enum class CoverFieldKind {
    FormType,   // "8-K"; may be read from outside the cover when the cover prints none
    Name,       // a company name
    Date,       // normalized to an ISO date
    State,      // a state of incorporation, normalized to its two-letter code
    FileNumber, // "0-17297", normalized to "000-17297"
    IrsNumber,  // "04-2781248"
    Address,    // a street address, as written
    ZipCode,
    Phone,      // normalized to its digits
    FormerName, // "Not applicable" normalized to "N/A"
    CheckBox,   // normalized "checked" or "unchecked"
    Flag,       // a yes-or-no the tags state without a box on the cover: "true" or "false"
    Choice,     // one of a fixed set of answers, normalized to its words ("accelerated filer")
    Text,       // a passage as written (the documents incorporated by reference)
};

// The covers a field must be found on: a cover of that form without it gets a
// "cover-field-missing" warning.
enum class CoverForm {
    EightK = 0x1,
};
Q_DECLARE_FLAGS(CoverForms, CoverForm)

struct CoverFieldDef
{
    QString key;      // the CoverPage member's name: "dateOfReport"
    QString label;    // the field tree's and the comparison's label: "Date of report"
    QString jsonName; // key in the JSON "cover" object and its "fields": "date_of_report"
    QString csvName;  // column of the wide CSV layout; empty when the field has none
    CoverFieldKind kind;
    Field CoverPage::*member;
    CoverForms requiredOn = {};
    QString missingPhrase = {}; // how the cover-field-missing warning names it
    // A column added after the wide layout was first published goes after its last column
    // ("warnings"), so that programs reading the columns by position keep working.
    bool csvAppended = false;
    // The inline-XBRL cover tag that states the same value ("dei:EntityRegistrantName"),
    // which the cross-check (deicheck.h) compares the text's reading with; empty for none.
    QString dei = {};

    const Field &of(const CoverPage &cover) const { return cover.*member; }
};

// Every cover field, in the order the field tree, the JSON and the CSV list them.
const QList<CoverFieldDef> &coverFields();

// The field whose key is `key` ("zipCode"), or null.
const CoverFieldDef *findCoverField(QStringView key);

// The fields a cover of `form` must carry, with the phrase that names each in the warning.
QList<std::pair<const Field *, QString>> requiredCoverFields(const CoverPage &cover,
                                                             CoverForm form);

// The fields read off the cover page itself: all but the form type, which the parser takes from
// elsewhere in the document when the cover prints none. The last of them bounds the cover.
QList<const Field *> fieldsReadOffCover(const CoverPage &cover);

// One column of the securities registered under Section 12(b).
struct SecurityColumnDef
{
    QString label;    // the field tree's and the comparison's label: "Trading symbol"
    QString jsonName; // key in each JSON "securities_12b" entry: "trading_symbol"
    Field RegisteredSecurity::*member;

    const Field &of(const RegisteredSecurity &security) const { return security.*member; }
};

// The columns of a Section 12(b) security, in the order the tree and the JSON list them.
const QList<SecurityColumnDef> &securityColumns();

// One column of the shares outstanding per class.
struct SharesColumnDef
{
    QString label;    // "Class", "Shares", "As of"
    QString jsonName; // key in each JSON "shares_outstanding" entry: "shares"
    Field SharesOutstanding::*member;

    const Field &of(const SharesOutstanding &shares) const { return shares.*member; }
};

// The columns of a class of shares outstanding, in the order the tree and the JSON list them.
const QList<SharesColumnDef> &sharesColumns();

// The public float's parts: amount ("value" in the JSON) and date ("as_of").
struct PublicFloatPartDef
{
    QString label;
    QString jsonName;
    Field PublicFloat::*member;

    const Field &of(const PublicFloat &publicFloat) const { return publicFloat.*member; }
};

const QList<PublicFloatPartDef> &publicFloatParts();

} // namespace fl

Q_DECLARE_OPERATORS_FOR_FLAGS(fl::CoverForms)

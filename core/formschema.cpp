// SPDX-License-Identifier: MIT
#include "formschema.h"

#include "itemcatalog.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Form 8-K: the item catalog, the pre-August-2004 numbering until it was replaced.
FormSchema eightK()
{
    FormSchema s;
    s.name = u"8-K"_s;
    s.formTypes = {u"8-K"_s,     u"8-K/A"_s,     u"8-K12B"_s,  u"8-K12B/A"_s,
                   u"8-K12G3"_s, u"8-K12G3/A"_s, u"8-K15D5"_s, u"8-K15D5/A"_s};
    s.numbering = ItemNumbering::Decimal;
    s.headingChoice = HeadingChoice::LongestBody;
    for (const ItemDefinition &item : itemCatalog()) {
        const bool legacy = item.regime == ItemRegime::Legacy;
        s.items.append(SchemaItem{{},
                                  item.code,
                                  item.title,
                                  legacy ? QDate() : d(2004, 8, 23),
                                  legacy ? d(2004, 8, 23) : QDate(),
                                  false,
                                  legacy ? u"Form 8-K before Release 33-8400"_s
                                         : u"Form 8-K as amended by Release 33-8400"_s});
    }
    return s;
}

// Form 10-K (and 10-K405, 10-KT). Dates are the effective dates of the adopting releases.
FormSchema tenK()
{
    FormSchema s;
    s.name = u"10-K"_s;
    s.formTypes = {u"10-K"_s,  u"10-K/A"_s,  u"10-K405"_s,  u"10-K405/A"_s,
                   u"10-KT"_s, u"10-KT/A"_s, u"10-KT405"_s, u"10-KT405/A"_s};
    s.numbering = ItemNumbering::NumberAndLetter;
    s.headingChoice = HeadingChoice::BestTitle;
    s.parts = {u"I"_s, u"II"_s, u"III"_s, u"IV"_s};
    const QDate sox = d(2002, 8, 29);        // Release 33-8124: Controls and Procedures as Item 14
    const QDate item9A = d(2003, 8, 14);     // Release 33-8238: it moves to Item 9A
    const QDate offering = d(2005, 12, 1);   // Release 33-8591: Items 1A and 1B
    const QDate voteTo8K = d(2010, 2, 28);   // Release 33-9089: votes move to 8-K Item 5.07
    const QDate mineSafety = d(2012, 1, 27); // Release 33-9286 (Dodd-Frank section 1503)
    const QDate noSelected = d(2021, 2, 10); // Release 33-10890: Item 301 removed
    s.items = {
        {u"I"_s, u"1"_s, u"Business"_s, {}, {}, true, {}},
        {u"I"_s, u"1A"_s, u"Risk Factors"_s, offering, {}, true, u"Release 33-8591 (2005)"_s},
        {u"I"_s,
         u"1B"_s,
         u"Unresolved Staff Comments"_s,
         offering,
         {},
         false,
         u"Release 33-8591 (2005)"_s},
        {u"I"_s,
         u"1C"_s,
         u"Cybersecurity"_s,
         d(2023, 12, 15),
         {},
         false,
         u"Release 33-11216 (2023), fiscal years ending on or after December 15, 2023"_s},
        {u"I"_s, u"2"_s, u"Properties"_s, {}, {}, true, {}},
        {u"I"_s, u"3"_s, u"Legal Proceedings"_s, {}, {}, true, {}},
        {u"I"_s,
         u"4"_s,
         u"Submission of Matters to a Vote of Security Holders"_s,
         {},
         voteTo8K,
         true,
         {}},
        {u"I"_s, u"4"_s, u"(Removed and Reserved)"_s, voteTo8K, mineSafety, false,
         u"Release 33-9089 (2010)"_s},
        {u"I"_s,
         u"4"_s,
         u"Mine Safety Disclosures"_s,
         mineSafety,
         {},
         false,
         u"Release 33-9286 (adopted December 2011)"_s},
        {u"I"_s,
         u"4A"_s,
         u"Executive Officers of the Registrant"_s,
         {},
         {},
         false,
         u"optional: General Instruction G(3) lets Part I carry Regulation S-K Item 401(b)"_s},
        {u"II"_s,
         u"5"_s,
         u"Market for Registrant's Common Equity and Related Stockholder Matters"_s,
         {},
         d(2004, 3, 15),
         true,
         {}},
        {u"II"_s,
         u"5"_s,
         u"Market for Registrant's Common Equity, Related Stockholder Matters and Issuer "
         u"Purchases of Equity Securities"_s,
         d(2004, 3, 15),
         {},
         true,
         u"Release 33-8335 (2003)"_s},
        {u"II"_s, u"6"_s, u"Selected Financial Data"_s, {}, noSelected, true, {}},
        {u"II"_s, u"6"_s, u"[Reserved]"_s, noSelected, {}, false, u"Release 33-10890 (2020)"_s},
        {u"II"_s,
         u"7"_s,
         u"Management's Discussion and Analysis of Financial Condition and Results of "
         u"Operations"_s,
         {},
         {},
         true,
         {}},
        {u"II"_s,
         u"7A"_s,
         u"Quantitative and Qualitative Disclosures About Market Risk"_s,
         d(1997, 6, 15),
         {},
         false,
         u"Release 33-7386 (1997)"_s},
        {u"II"_s, u"8"_s, u"Financial Statements and Supplementary Data"_s, {}, {}, true, {}},
        {u"II"_s,
         u"9"_s,
         u"Changes in and Disagreements With Accountants on Accounting and Financial "
         u"Disclosure"_s,
         {},
         {},
         true,
         {}},
        {u"II"_s,
         u"9A"_s,
         u"Controls and Procedures"_s,
         item9A,
         {},
         true,
         u"Release 33-8238 (2003); from August 2002 it was Item 14"_s},
        {u"II"_s,
         u"9B"_s,
         u"Other Information"_s,
         d(2004, 8, 23),
         {},
         false,
         u"Release 33-8400 (2004)"_s},
        {u"II"_s,
         u"9C"_s,
         u"Disclosure Regarding Foreign Jurisdictions that Prevent Inspections"_s,
         d(2022, 1, 10),
         {},
         false,
         u"Release 34-93701 (2021)"_s},
        {u"III"_s,
         u"10"_s,
         u"Directors and Executive Officers of the Registrant"_s,
         {},
         d(2006, 12, 15),
         true,
         {}},
        {u"III"_s,
         u"10"_s,
         u"Directors, Executive Officers and Corporate Governance"_s,
         d(2006, 12, 15),
         {},
         true,
         u"Release 33-8732A (2006)"_s},
        {u"III"_s, u"11"_s, u"Executive Compensation"_s, {}, {}, true, {}},
        {u"III"_s,
         u"12"_s,
         u"Security Ownership of Certain Beneficial Owners and Management"_s,
         {},
         d(2002, 3, 15),
         true,
         {}},
        {u"III"_s,
         u"12"_s,
         u"Security Ownership of Certain Beneficial Owners and Management and Related "
         u"Stockholder Matters"_s,
         d(2002, 3, 15),
         {},
         true,
         u"Release 33-8048 (2001)"_s},
        {u"III"_s,
         u"13"_s,
         u"Certain Relationships and Related Transactions"_s,
         {},
         d(2006, 12, 15),
         true,
         {}},
        {u"III"_s,
         u"13"_s,
         u"Certain Relationships and Related Transactions, and Director Independence"_s,
         d(2006, 12, 15),
         {},
         true,
         u"Release 33-8732A (2006)"_s},
        {u"IV"_s,
         u"14"_s,
         u"Exhibits, Financial Statement Schedules, and Reports on Form 8-K"_s,
         {},
         sox,
         true,
         {}},
        {u"III"_s, u"14"_s, u"Controls and Procedures"_s, sox, item9A, true,
         u"Release 33-8124 (2002)"_s},
        {u"III"_s,
         u"14"_s,
         u"Principal Accountant Fees and Services"_s,
         item9A,
         {},
         true,
         u"Release 33-8183 (2003)"_s},
        {u"IV"_s, u"15"_s, u"Exhibits, Financial Statement Schedules, and Reports on Form 8-K"_s,
         sox, d(2004, 8, 23), true, u"Release 33-8124 (2002)"_s},
        {u"IV"_s,
         u"15"_s,
         u"Exhibits and Financial Statement Schedules"_s,
         d(2004, 8, 23),
         {},
         true,
         u"Release 33-8400 (2004)"_s},
        {u"IV"_s,
         u"16"_s,
         u"Form 10-K Summary"_s,
         d(2016, 6, 9),
         {},
         false,
         u"Release 34-77969 (2016)"_s},
    };
    return s;
}

// Form 10-KSB (Regulation S-B, until 2009), with its own numbering.
FormSchema tenKsb()
{
    FormSchema s;
    s.name = u"10-KSB"_s;
    s.formTypes = {u"10-KSB"_s, u"10-KSB/A"_s, u"10-KSB40"_s, u"10-KSB40/A"_s, u"10-KTSB"_s};
    s.numbering = ItemNumbering::NumberAndLetter;
    s.headingChoice = HeadingChoice::BestTitle;
    s.parts = {u"I"_s, u"II"_s, u"III"_s};
    s.items = {
        {u"I"_s, u"1"_s, u"Description of Business"_s, {}, {}, true, {}},
        {u"I"_s, u"2"_s, u"Description of Property"_s, {}, {}, true, {}},
        {u"I"_s, u"3"_s, u"Legal Proceedings"_s, {}, {}, true, {}},
        {u"I"_s,
         u"4"_s,
         u"Submission of Matters to a Vote of Security Holders"_s,
         {},
         {},
         true,
         {}},
        {u"II"_s,
         u"5"_s,
         u"Market for Common Equity, Related Stockholder Matters and Small Business Issuer "
         u"Purchases of Equity Securities"_s,
         {},
         {},
         true,
         {}},
        {u"II"_s,
         u"6"_s,
         u"Management's Discussion and Analysis or Plan of Operation"_s,
         {},
         {},
         true,
         {}},
        {u"II"_s, u"7"_s, u"Financial Statements"_s, {}, {}, true, {}},
        {u"II"_s,
         u"8"_s,
         u"Changes in and Disagreements With Accountants on Accounting and Financial "
         u"Disclosure"_s,
         {},
         {},
         true,
         {}},
        {u"II"_s,
         u"8A"_s,
         u"Controls and Procedures"_s,
         d(2003, 8, 14),
         {},
         true,
         u"Release 33-8238 (2003)"_s},
        {u"II"_s,
         u"8B"_s,
         u"Other Information"_s,
         d(2004, 8, 23),
         {},
         false,
         u"Release 33-8400 (2004)"_s},
        {u"III"_s,
         u"9"_s,
         u"Directors, Executive Officers, Promoters, Control Persons and Corporate Governance; "
         u"Compliance With Section 16(a) of the Exchange Act"_s,
         {},
         {},
         true,
         {}},
        {u"III"_s, u"10"_s, u"Executive Compensation"_s, {}, {}, true, {}},
        {u"III"_s,
         u"11"_s,
         u"Security Ownership of Certain Beneficial Owners and Management and Related "
         u"Stockholder Matters"_s,
         {},
         {},
         true,
         {}},
        {u"III"_s,
         u"12"_s,
         u"Certain Relationships and Related Transactions, and Director Independence"_s,
         {},
         {},
         true,
         {}},
        {u"III"_s, u"13"_s, u"Exhibits"_s, {}, {}, true, {}},
        {u"III"_s,
         u"14"_s,
         u"Principal Accountant Fees and Services"_s,
         d(2003, 5, 6),
         {},
         true,
         u"Release 33-8183 (2003)"_s},
    };
    return s;
}

// Form 10-Q (and 10-QT). Part II Item 2 is not Part I Item 2.
FormSchema tenQ()
{
    FormSchema s;
    s.name = u"10-Q"_s;
    s.formTypes = {u"10-Q"_s, u"10-Q/A"_s, u"10-QT"_s, u"10-QT/A"_s};
    s.numbering = ItemNumbering::NumberAndLetter;
    s.headingChoice = HeadingChoice::BestTitle;
    s.parts = {u"I"_s, u"II"_s};
    const QDate voteTo8K = d(2010, 2, 28);
    const QDate mineSafety = d(2012, 1, 27);
    s.items = {
        {u"I"_s, u"1"_s, u"Financial Statements"_s, {}, {}, true, {}},
        {u"I"_s,
         u"2"_s,
         u"Management's Discussion and Analysis of Financial Condition and Results of "
         u"Operations"_s,
         {},
         {},
         true,
         {}},
        {u"I"_s,
         u"3"_s,
         u"Quantitative and Qualitative Disclosures About Market Risk"_s,
         d(1997, 6, 15),
         {},
         false,
         u"Release 33-7386 (1997)"_s},
        {u"I"_s,
         u"4"_s,
         u"Controls and Procedures"_s,
         d(2002, 8, 29),
         {},
         true,
         u"Release 33-8124 (2002)"_s},
        {u"I"_s, u"4T"_s, u"Controls and Procedures"_s, d(2008, 2, 4), d(2010, 10, 31), false,
         u"Release 33-8876 (smaller companies, 2008-2010)"_s},
        {u"II"_s, u"1"_s, u"Legal Proceedings"_s, {}, {}, false, {}},
        {u"II"_s,
         u"1A"_s,
         u"Risk Factors"_s,
         d(2005, 12, 1),
         {},
         false,
         u"Release 33-8591 (2005)"_s},
        {u"II"_s,
         u"2"_s,
         u"Changes in Securities and Use of Proceeds"_s,
         {},
         d(2004, 3, 15),
         false,
         {}},
        {u"II"_s,
         u"2"_s,
         u"Unregistered Sales of Equity Securities and Use of Proceeds"_s,
         d(2004, 3, 15),
         {},
         false,
         u"Release 33-8335 (2003)"_s},
        {u"II"_s, u"3"_s, u"Defaults Upon Senior Securities"_s, {}, {}, false, {}},
        {u"II"_s,
         u"4"_s,
         u"Submission of Matters to a Vote of Security Holders"_s,
         {},
         voteTo8K,
         false,
         {}},
        {u"II"_s, u"4"_s, u"(Removed and Reserved)"_s, voteTo8K, mineSafety, false,
         u"Release 33-9089 (2010)"_s},
        {u"II"_s,
         u"4"_s,
         u"Mine Safety Disclosures"_s,
         mineSafety,
         {},
         false,
         u"Release 33-9286 (adopted December 2011)"_s},
        {u"II"_s, u"5"_s, u"Other Information"_s, {}, {}, false, {}},
        {u"II"_s, u"6"_s, u"Exhibits and Reports on Form 8-K"_s, {}, d(2004, 8, 23), true, {}},
        {u"II"_s, u"6"_s, u"Exhibits"_s, d(2004, 8, 23), {}, true, u"Release 33-8400 (2004)"_s},
    };
    return s;
}

// Form 10-QSB (Regulation S-B, until 2009).
FormSchema tenQsb()
{
    FormSchema s;
    s.name = u"10-QSB"_s;
    s.formTypes = {u"10-QSB"_s, u"10-QSB/A"_s};
    s.numbering = ItemNumbering::NumberAndLetter;
    s.headingChoice = HeadingChoice::BestTitle;
    s.parts = {u"I"_s, u"II"_s};
    s.items = {
        {u"I"_s, u"1"_s, u"Financial Statements"_s, {}, {}, true, {}},
        {u"I"_s,
         u"2"_s,
         u"Management's Discussion and Analysis or Plan of Operation"_s,
         {},
         {},
         true,
         {}},
        {u"I"_s,
         u"3"_s,
         u"Controls and Procedures"_s,
         d(2002, 8, 29),
         {},
         true,
         u"Release 33-8124 (2002)"_s},
        {u"II"_s, u"1"_s, u"Legal Proceedings"_s, {}, {}, false, {}},
        {u"II"_s,
         u"2"_s,
         u"Unregistered Sales of Equity Securities and Use of Proceeds"_s,
         {},
         {},
         false,
         {}},
        {u"II"_s, u"3"_s, u"Defaults Upon Senior Securities"_s, {}, {}, false, {}},
        {u"II"_s,
         u"4"_s,
         u"Submission of Matters to a Vote of Security Holders"_s,
         {},
         {},
         false,
         {}},
        {u"II"_s, u"5"_s, u"Other Information"_s, {}, {}, false, {}},
        {u"II"_s, u"6"_s, u"Exhibits"_s, {}, {}, true, {}},
    };
    return s;
}

// Form 20-F as restructured by Release 33-7745 (effective September 30, 2000).
FormSchema twentyF()
{
    FormSchema s;
    s.name = u"20-F"_s;
    s.formTypes = {u"20-F"_s,      u"20-F/A"_s,  u"20FR12B"_s,
                   u"20FR12B/A"_s, u"20FR12G"_s, u"20FR12G/A"_s};
    s.numbering = ItemNumbering::NumberAndLetter;
    s.headingChoice = HeadingChoice::BestTitle;
    s.parts = {u"I"_s, u"II"_s, u"III"_s};
    auto item = [](const char16_t *part, const char16_t *code, const char16_t *title,
                   QDate since = {}, bool required = true, const char16_t *history = u"") {
        return SchemaItem{QString::fromUtf16(part),
                          QString::fromUtf16(code),
                          QString::fromUtf16(title),
                          since,
                          {},
                          required,
                          QString::fromUtf16(history)};
    };
    s.items = {
        item(u"I", u"1", u"Identity of Directors, Senior Management and Advisers"),
        item(u"I", u"2", u"Offer Statistics and Expected Timetable"),
        item(u"I", u"3", u"Key Information"),
        item(u"I", u"4", u"Information on the Company"),
        item(u"I", u"4A", u"Unresolved Staff Comments", d(2005, 12, 1), false,
             u"Release 33-8591 (2005)"),
        item(u"I", u"5", u"Operating and Financial Review and Prospects"),
        item(u"I", u"6", u"Directors, Senior Management and Employees"),
        item(u"I", u"7", u"Major Shareholders and Related Party Transactions"),
        item(u"I", u"8", u"Financial Information"),
        item(u"I", u"9", u"The Offer and Listing"),
        item(u"I", u"10", u"Additional Information"),
        item(u"I", u"11", u"Quantitative and Qualitative Disclosures About Market Risk"),
        item(u"I", u"12", u"Description of Securities Other Than Equity Securities"),
        item(u"II", u"13", u"Defaults, Dividend Arrearages and Delinquencies"),
        item(u"II", u"14",
             u"Material Modifications to the Rights of Security Holders and Use of Proceeds"),
        item(u"II", u"15", u"Controls and Procedures", d(2002, 8, 29), true,
             u"Release 33-8124 (2002)"),
        item(u"II", u"16", u"[Reserved]", {}, false),
        item(u"II", u"16A", u"Audit Committee Financial Expert", d(2003, 7, 15), false,
             u"Release 33-8177 (2003)"),
        item(u"II", u"16B", u"Code of Ethics", d(2003, 7, 15), false, u"Release 33-8177 (2003)"),
        item(u"II", u"16C", u"Principal Accountant Fees and Services", d(2003, 5, 6), false,
             u"Release 33-8183 (2003)"),
        item(u"II", u"16D", u"Exemptions from the Listing Standards for Audit Committees",
             d(2003, 4, 25), false, u"Release 33-8220 (2003)"),
        item(u"II", u"16E",
             u"Purchases of Equity Securities by the Issuer and Affiliated Purchasers",
             d(2004, 3, 15), false, u"Release 33-8335 (2003)"),
        item(u"II", u"16F", u"Change in Registrant's Certifying Accountant", d(2008, 12, 31), false,
             u"Release 33-8959 (2008)"),
        item(u"II", u"16G", u"Corporate Governance", d(2008, 12, 31), false,
             u"Release 33-8959 (2008)"),
        item(u"II", u"16H", u"Mine Safety Disclosure", d(2012, 1, 27), false,
             u"Release 33-9286 (2011)"),
        item(u"II", u"16I", u"Disclosure Regarding Foreign Jurisdictions that Prevent Inspections",
             d(2022, 1, 10), false, u"Release 34-93701 (2021)"),
        item(u"II", u"16J", u"Insider Trading Policies", d(2024, 12, 15), false,
             u"Release 33-11138 (2022)"),
        item(u"II", u"16K", u"Cybersecurity", d(2023, 12, 15), false, u"Release 33-11216 (2023)"),
        item(u"III", u"17", u"Financial Statements"),
        item(u"III", u"18", u"Financial Statements"),
        item(u"III", u"19", u"Exhibits"),
    };
    return s;
}

// A form type's letters, digits and slash, upper-cased: "10KSB" and "10-ksb" compare equal.
QString compactForm(QStringView form)
{
    QString out;
    for (const QChar c : form) {
        if (c.isLetterOrNumber() || c == u'/')
            out.append(c.toUpper());
    }
    return out;
}

} // namespace

const SchemaItem *FormSchema::find(QStringView part, QStringView code, QDate date) const
{
    const SchemaItem *latest = nullptr;
    for (const SchemaItem &item : items) {
        if (item.code != code || (!part.isEmpty() && item.part != part))
            continue;
        if (date.isValid() && item.inForceAt(date))
            return &item;
        if (!latest || !item.until.isValid()
            || (latest->until.isValid() && item.until > latest->until))
            latest = &item;
    }
    return latest;
}

QStringList FormSchema::partsOf(QStringView code) const
{
    QStringList found;
    for (const SchemaItem &item : items) {
        if (item.code == code && !found.contains(item.part))
            found.append(item.part);
    }
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return romanValue(a) < romanValue(b); });
    return found;
}

int FormSchema::orderOf(QStringView part, QStringView code) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].code == code && (part.isEmpty() || items[i].part == part))
            return int(i);
    }
    return -1;
}

const QList<FormSchema> &formSchemas()
{
    static const QList<FormSchema> schemas = {eightK(), tenK(),   tenKsb(),
                                              tenQ(),   tenQsb(), twentyF()};
    return schemas;
}

QString canonicalFormType(QStringView formType)
{
    const QString compact = compactForm(formType);
    for (const FormSchema &schema : formSchemas()) {
        for (const QString &type : schema.formTypes) {
            if (compactForm(type) == compact)
                return type;
        }
    }
    return formType.trimmed().toString().toUpper();
}

const FormSchema *schemaForForm(QStringView formType)
{
    const QString compact = compactForm(formType);
    if (compact.isEmpty())
        return nullptr;
    for (const FormSchema &schema : formSchemas()) {
        for (const QString &type : schema.formTypes) {
            if (compactForm(type) == compact)
                return &schema;
        }
    }
    return nullptr;
}

int romanValue(QStringView roman)
{
    static const QStringList numerals = {u"I"_s,  u"II"_s,  u"III"_s,  u"IV"_s, u"V"_s,
                                         u"VI"_s, u"VII"_s, u"VIII"_s, u"IX"_s, u"X"_s};
    for (qsizetype i = 0; i < numerals.size(); ++i) {
        if (roman.compare(numerals[i], Qt::CaseInsensitive) == 0)
            return int(i) + 1;
    }
    return 0;
}

} // namespace fl

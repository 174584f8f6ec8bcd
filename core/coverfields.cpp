// SPDX-License-Identifier: MIT
#include "coverfields.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

const QList<CoverFieldDef> &coverFields()
{
    using enum CoverFieldKind;
    static const CoverForms eightK = CoverForm::EightK;
    // key, label, JSON name, CSV column, kind, member, required on, phrase in the warning
    static const QList<CoverFieldDef> fields = {
        {u"formType"_s, u"Form type"_s, u"form_type"_s, {}, FormType, &CoverPage::formType},
        {u"dateOfReport"_s, u"Date of report"_s, u"date_of_report"_s, u"date_of_report"_s, Date,
         &CoverPage::dateOfReport, eightK, u"date of report"_s},
        {u"registrantName"_s, u"Registrant name"_s, u"registrant_name"_s, u"registrant_name"_s,
         Name, &CoverPage::registrantName, eightK, u"registrant name"_s},
        {u"stateOfIncorporation"_s, u"State of incorporation"_s, u"state_of_incorporation"_s,
         u"state_of_incorporation"_s, State, &CoverPage::stateOfIncorporation, eightK,
         u"state of incorporation"_s},
        {u"commissionFileNumber"_s, u"Commission file number"_s, u"commission_file_number"_s,
         u"commission_file_number"_s, FileNumber, &CoverPage::commissionFileNumber, eightK,
         u"commission file number"_s},
        {u"irsEmployerId"_s, u"IRS employer identification number"_s, u"irs_employer_id"_s,
         u"irs_employer_id"_s, IrsNumber, &CoverPage::irsEmployerId, eightK,
         u"IRS employer identification number"_s},
        {u"address"_s, u"Address of principal executive offices"_s, u"address"_s, u"address"_s,
         Address, &CoverPage::address, eightK, u"address of principal executive offices"_s},
        {u"zipCode"_s, u"Zip code"_s, u"zip_code"_s, u"zip_code"_s, ZipCode, &CoverPage::zipCode},
        {u"phone"_s, u"Telephone number"_s, u"phone"_s, u"phone"_s, Phone, &CoverPage::phone,
         eightK, u"telephone number"_s},
        {u"formerName"_s, u"Former name or address"_s, u"former_name"_s, u"former_name"_s,
         FormerName, &CoverPage::formerName},
        {u"rule425"_s,
         u"Rule 425 (written communications)"_s,
         u"rule_425"_s,
         {},
         CheckBox,
         &CoverPage::rule425},
        {u"rule14a12"_s,
         u"Rule 14a-12 (soliciting material)"_s,
         u"rule_14a_12"_s,
         {},
         CheckBox,
         &CoverPage::rule14a12},
        {u"rule14d2b"_s,
         u"Rule 14d-2(b) (pre-commencement)"_s,
         u"rule_14d_2b"_s,
         {},
         CheckBox,
         &CoverPage::rule14d2b},
        {u"rule13e4c"_s,
         u"Rule 13e-4(c) (pre-commencement)"_s,
         u"rule_13e_4c"_s,
         {},
         CheckBox,
         &CoverPage::rule13e4c},
        {u"emergingGrowthCompany"_s,
         u"Emerging growth company"_s,
         u"emerging_growth_company"_s,
         {},
         CheckBox,
         &CoverPage::emergingGrowthCompany},
    };
    return fields;
}

const CoverFieldDef *findCoverField(QStringView key)
{
    for (const CoverFieldDef &def : coverFields()) {
        if (def.key == key)
            return &def;
    }
    return nullptr;
}

QList<std::pair<const Field *, QString>> requiredCoverFields(const CoverPage &cover, CoverForm form)
{
    QList<std::pair<const Field *, QString>> required;
    for (const CoverFieldDef &def : coverFields()) {
        if (def.requiredOn.testFlag(form))
            required.append({&def.of(cover), def.missingPhrase});
    }
    return required;
}

QList<const Field *> fieldsReadOffCover(const CoverPage &cover)
{
    QList<const Field *> fields;
    for (const CoverFieldDef &def : coverFields()) {
        if (def.kind != CoverFieldKind::FormType)
            fields.append(&def.of(cover));
    }
    return fields;
}

const QList<SecurityColumnDef> &securityColumns()
{
    static const QList<SecurityColumnDef> columns = {
        {u"Title"_s, u"title"_s, &RegisteredSecurity::title},
        {u"Trading symbol"_s, u"trading_symbol"_s, &RegisteredSecurity::tradingSymbol},
        {u"Exchange"_s, u"exchange"_s, &RegisteredSecurity::exchange},
    };
    return columns;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "coverfields.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

const QList<CoverFieldDef> &coverFields()
{
    using enum CoverFieldKind;
    static const CoverForms eightK = CoverForm::EightK;
    // key, label, JSON name, CSV column, kind, member, required on, phrase in the warning,
    // appended CSV column, dei concept
    static const QList<CoverFieldDef> fields = {
        {u"formType"_s,
         u"Form type"_s,
         u"form_type"_s,
         {},
         FormType,
         &CoverPage::formType,
         {},
         {},
         false,
         u"dei:DocumentType"_s},
        {u"dateOfReport"_s, u"Date of report"_s, u"date_of_report"_s, u"date_of_report"_s, Date,
         &CoverPage::dateOfReport, eightK, u"date of report"_s, false,
         u"dei:DocumentPeriodEndDate"_s},
        {u"registrantName"_s, u"Registrant name"_s, u"registrant_name"_s, u"registrant_name"_s,
         Name, &CoverPage::registrantName, eightK, u"registrant name"_s, false,
         u"dei:EntityRegistrantName"_s},
        {u"stateOfIncorporation"_s, u"State of incorporation"_s, u"state_of_incorporation"_s,
         u"state_of_incorporation"_s, State, &CoverPage::stateOfIncorporation, eightK,
         u"state of incorporation"_s, false, u"dei:EntityIncorporationStateCountryCode"_s},
        {u"commissionFileNumber"_s, u"Commission file number"_s, u"commission_file_number"_s,
         u"commission_file_number"_s, FileNumber, &CoverPage::commissionFileNumber, eightK,
         u"commission file number"_s, false, u"dei:EntityFileNumber"_s},
        {u"irsEmployerId"_s, u"IRS employer identification number"_s, u"irs_employer_id"_s,
         u"irs_employer_id"_s, IrsNumber, &CoverPage::irsEmployerId, eightK,
         u"IRS employer identification number"_s, false, u"dei:EntityTaxIdentificationNumber"_s},
        {u"address"_s, u"Address of principal executive offices"_s, u"address"_s, u"address"_s,
         Address, &CoverPage::address, eightK, u"address of principal executive offices"_s, false,
         u"dei:EntityAddressAddressLine1"_s},
        {u"zipCode"_s,
         u"Zip code"_s,
         u"zip_code"_s,
         u"zip_code"_s,
         ZipCode,
         &CoverPage::zipCode,
         {},
         {},
         false,
         u"dei:EntityAddressPostalZipCode"_s},
        {u"phone"_s, u"Telephone number"_s, u"phone"_s, u"phone"_s, Phone, &CoverPage::phone,
         eightK, u"telephone number"_s, false, u"dei:LocalPhoneNumber"_s},
        {u"formerName"_s, u"Former name or address"_s, u"former_name"_s, u"former_name"_s,
         FormerName, &CoverPage::formerName},
        {u"rule425"_s,
         u"Rule 425 (written communications)"_s,
         u"rule_425"_s,
         {},
         CheckBox,
         &CoverPage::rule425,
         {},
         {},
         false,
         u"dei:WrittenCommunications"_s},
        {u"rule14a12"_s,
         u"Rule 14a-12 (soliciting material)"_s,
         u"rule_14a_12"_s,
         {},
         CheckBox,
         &CoverPage::rule14a12,
         {},
         {},
         false,
         u"dei:SolicitingMaterial"_s},
        {u"rule14d2b"_s,
         u"Rule 14d-2(b) (pre-commencement)"_s,
         u"rule_14d_2b"_s,
         {},
         CheckBox,
         &CoverPage::rule14d2b,
         {},
         {},
         false,
         u"dei:PreCommencementTenderOffer"_s},
        {u"rule13e4c"_s,
         u"Rule 13e-4(c) (pre-commencement)"_s,
         u"rule_13e_4c"_s,
         {},
         CheckBox,
         &CoverPage::rule13e4c,
         {},
         {},
         false,
         u"dei:PreCommencementIssuerTenderOffer"_s},
        {u"emergingGrowthCompany"_s,
         u"Emerging growth company"_s,
         u"emerging_growth_company"_s,
         {},
         CheckBox,
         &CoverPage::emergingGrowthCompany,
         {},
         {},
         false,
         u"dei:EntityEmergingGrowthCompany"_s},
        // Periodic reports; empty on 8-K covers.
        {u"periodOfReport"_s,
         u"Period of report"_s,
         u"period_of_report"_s,
         u"period_ended"_s,
         Date,
         &CoverPage::periodOfReport,
         {},
         {},
         true,
         u"dei:DocumentPeriodEndDate"_s},
        {u"fiscalYearEnd"_s,
         u"Fiscal year ended"_s,
         u"fiscal_year_end"_s,
         u"fiscal_year_end"_s,
         Date,
         &CoverPage::fiscalYearEnd,
         {},
         {},
         true},
        {u"transitionPeriod"_s,
         u"Transition period"_s,
         u"transition_period"_s,
         u"transition_period"_s,
         Date,
         &CoverPage::transitionPeriod,
         {},
         {},
         true},
        {u"filerCategory"_s,
         u"Filer category"_s,
         u"filer_category"_s,
         u"filer_category"_s,
         Choice,
         &CoverPage::filerCategory,
         {},
         {},
         true,
         u"dei:EntityFilerCategory"_s},
        {u"periodicReportBox"_s,
         u"Report under Section 13 or 15(d)"_s,
         u"periodic_report"_s,
         {},
         CheckBox,
         &CoverPage::periodicReportBox,
         {},
         {},
         false,
         u"dei:DocumentAnnualReport"_s},
        {u"transitionReportBox"_s,
         u"Transition report under Section 13 or 15(d)"_s,
         u"transition_report"_s,
         {},
         CheckBox,
         &CoverPage::transitionReportBox,
         {},
         {},
         false,
         u"dei:DocumentTransitionReport"_s},
        {u"wellKnownSeasonedIssuer"_s,
         u"Well-known seasoned issuer"_s,
         u"well_known_seasoned_issuer"_s,
         {},
         CheckBox,
         &CoverPage::wellKnownSeasonedIssuer,
         {},
         {},
         false,
         u"dei:EntityWellKnownSeasonedIssuer"_s},
        {u"notRequiredToFile"_s,
         u"Not required to file reports"_s,
         u"not_required_to_file"_s,
         {},
         CheckBox,
         &CoverPage::notRequiredToFile,
         {},
         {},
         false,
         u"dei:EntityVoluntaryFilers"_s},
        {u"filedAllReports"_s,
         u"Filed all reports (past 12 months)"_s,
         u"filed_all_reports"_s,
         {},
         CheckBox,
         &CoverPage::filedAllReports,
         {},
         {},
         false,
         u"dei:EntityCurrentReportingStatus"_s},
        {u"interactiveDataSubmitted"_s,
         u"Submitted interactive data files"_s,
         u"interactive_data_submitted"_s,
         {},
         CheckBox,
         &CoverPage::interactiveDataSubmitted,
         {},
         {},
         false,
         u"dei:EntityInteractiveDataCurrent"_s},
        {u"smallerReportingCompany"_s,
         u"Smaller reporting company"_s,
         u"smaller_reporting_company"_s,
         {},
         CheckBox,
         &CoverPage::smallerReportingCompany,
         {},
         {},
         false,
         u"dei:EntitySmallBusiness"_s},
        {u"extendedTransitionPeriod"_s,
         u"Not using the extended transition period"_s,
         u"extended_transition_period"_s,
         {},
         CheckBox,
         &CoverPage::extendedTransitionPeriod},
        {u"icfrAuditorAttestation"_s,
         u"ICFR auditor attestation"_s,
         u"icfr_auditor_attestation"_s,
         {},
         CheckBox,
         &CoverPage::icfrAuditorAttestation,
         {},
         {},
         false,
         u"dei:IcfrAuditorAttestationFlag"_s},
        {u"errorCorrection"_s,
         u"Financial statements reflect an error correction"_s,
         u"error_correction"_s,
         {},
         CheckBox,
         &CoverPage::errorCorrection},
        {u"clawbackRecovery"_s,
         u"Error correction required a clawback recovery analysis"_s,
         u"clawback_recovery"_s,
         {},
         CheckBox,
         &CoverPage::clawbackRecovery},
        {u"shellCompany"_s,
         u"Shell company"_s,
         u"shell_company"_s,
         {},
         CheckBox,
         &CoverPage::shellCompany,
         {},
         {},
         false,
         u"dei:EntityShellCompany"_s},
        {u"documentsIncorporatedByReference"_s,
         u"Documents incorporated by reference"_s,
         u"documents_incorporated_by_reference"_s,
         {},
         Text,
         &CoverPage::documentsIncorporatedByReference},
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
    for (const PublicFloatPartDef &part : publicFloatParts())
        fields.append(&part.of(cover.publicFloat));
    for (const SharesOutstanding &shares : cover.sharesOutstanding) {
        for (const SharesColumnDef &column : sharesColumns())
            fields.append(&column.of(shares));
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

const QList<SharesColumnDef> &sharesColumns()
{
    static const QList<SharesColumnDef> columns = {
        {u"Class"_s, u"class"_s, &SharesOutstanding::shareClass},
        {u"Shares"_s, u"shares"_s, &SharesOutstanding::shares},
        {u"As of"_s, u"as_of"_s, &SharesOutstanding::asOf},
    };
    return columns;
}

const QList<PublicFloatPartDef> &publicFloatParts()
{
    static const QList<PublicFloatPartDef> parts = {
        {u"Amount"_s, u"value"_s, &PublicFloat::amount},
        {u"As of"_s, u"as_of"_s, &PublicFloat::asOf},
    };
    return parts;
}

} // namespace fl

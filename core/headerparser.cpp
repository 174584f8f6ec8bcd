// SPDX-License-Identifier: MIT
#include "headerparser.h"

#include "normalize.h"
#include "textlines.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

enum class Key {
    None,
    // top level
    AccessionNumber,
    SubmissionType,
    DocumentCount,
    PeriodOfReport,
    FiledAsOfDate,
    DateOfChange,
    AcceptanceDateTime,
    ItemInformation,
    // blocks
    PartyBlock,
    CompanyData,
    FilingValues,
    BusinessAddress,
    MailAddress,
    FormerCompany,
    // party fields
    CompanyName,
    Cik,
    Sic,
    IrsNumber,
    StateOfIncorporation,
    FiscalYearEnd,
    FormType,
    SecAct,
    SecFileNumber,
    FilmNumber,
    // address fields
    Street1,
    Street2,
    City,
    State,
    Zip,
    Phone,
    // former company fields
    FormerName,
    DateChanged,
};

struct KeyName
{
    const char16_t *name;
    Key key;
};

// Both dialects: "COMPANY CONFORMED NAME:" and <CONFORMED-NAME> name the same thing.
constexpr KeyName kKeys[] = {
    {u"ACCESSION NUMBER", Key::AccessionNumber},
    {u"ACCESSION-NUMBER", Key::AccessionNumber},
    {u"CONFORMED SUBMISSION TYPE", Key::SubmissionType},
    {u"TYPE", Key::SubmissionType},
    {u"PUBLIC DOCUMENT COUNT", Key::DocumentCount},
    {u"PUBLIC-DOCUMENT-COUNT", Key::DocumentCount},
    {u"CONFORMED PERIOD OF REPORT", Key::PeriodOfReport},
    {u"PERIOD", Key::PeriodOfReport},
    {u"FILED AS OF DATE", Key::FiledAsOfDate},
    {u"FILING-DATE", Key::FiledAsOfDate},
    {u"DATE AS OF CHANGE", Key::DateOfChange},
    {u"DATE-OF-FILING-DATE-CHANGE", Key::DateOfChange},
    {u"ACCEPTANCE-DATETIME", Key::AcceptanceDateTime},
    {u"ITEM INFORMATION", Key::ItemInformation},
    {u"ITEMS", Key::ItemInformation},
    {u"FILER", Key::PartyBlock},
    {u"SUBJECT COMPANY", Key::PartyBlock},
    {u"SUBJECT-COMPANY", Key::PartyBlock},
    {u"FILED BY", Key::PartyBlock},
    {u"FILED-BY", Key::PartyBlock},
    {u"REPORTING-OWNER", Key::PartyBlock},
    {u"REPORTING OWNER", Key::PartyBlock},
    {u"ISSUER", Key::PartyBlock},
    {u"DEPOSITOR", Key::PartyBlock},
    {u"SECURITIZER", Key::PartyBlock},
    {u"ISSUING ENTITY", Key::PartyBlock},
    {u"ISSUING-ENTITY", Key::PartyBlock},
    {u"SERIAL COMPANY", Key::PartyBlock},
    {u"SERIAL-COMPANY", Key::PartyBlock},
    {u"COMPANY DATA", Key::CompanyData},
    {u"COMPANY-DATA", Key::CompanyData},
    {u"OWNER DATA", Key::CompanyData},
    {u"OWNER-DATA", Key::CompanyData},
    {u"FILING VALUES", Key::FilingValues},
    {u"FILING-VALUES", Key::FilingValues},
    {u"BUSINESS ADDRESS", Key::BusinessAddress},
    {u"BUSINESS-ADDRESS", Key::BusinessAddress},
    {u"MAIL ADDRESS", Key::MailAddress},
    {u"MAIL-ADDRESS", Key::MailAddress},
    {u"FORMER COMPANY", Key::FormerCompany},
    {u"FORMER-COMPANY", Key::FormerCompany},
    {u"FORMER NAME", Key::FormerCompany},
    {u"FORMER-NAME", Key::FormerCompany},
    {u"COMPANY CONFORMED NAME", Key::CompanyName},
    {u"CONFORMED-NAME", Key::CompanyName},
    {u"CENTRAL INDEX KEY", Key::Cik},
    {u"CIK", Key::Cik},
    {u"STANDARD INDUSTRIAL CLASSIFICATION", Key::Sic},
    {u"ASSIGNED-SIC", Key::Sic},
    {u"IRS NUMBER", Key::IrsNumber},
    {u"IRS-NUMBER", Key::IrsNumber},
    {u"STATE OF INCORPORATION", Key::StateOfIncorporation},
    {u"STATE-OF-INCORPORATION", Key::StateOfIncorporation},
    {u"FISCAL YEAR END", Key::FiscalYearEnd},
    {u"FISCAL-YEAR-END", Key::FiscalYearEnd},
    {u"FORM TYPE", Key::FormType},
    {u"FORM-TYPE", Key::FormType},
    {u"SEC ACT", Key::SecAct},
    {u"ACT", Key::SecAct},
    {u"SEC FILE NUMBER", Key::SecFileNumber},
    {u"FILE-NUMBER", Key::SecFileNumber},
    {u"FILM NUMBER", Key::FilmNumber},
    {u"FILM-NUMBER", Key::FilmNumber},
    {u"STREET 1", Key::Street1},
    {u"STREET1", Key::Street1},
    {u"STREET 2", Key::Street2},
    {u"STREET2", Key::Street2},
    {u"CITY", Key::City},
    {u"STATE", Key::State},
    {u"ZIP", Key::Zip},
    {u"BUSINESS PHONE", Key::Phone},
    {u"PHONE", Key::Phone},
    {u"FORMER CONFORMED NAME", Key::FormerName},
    {u"FORMER-CONFORMED-NAME", Key::FormerName},
    {u"DATE OF NAME CHANGE", Key::DateChanged},
    {u"DATE-CHANGED", Key::DateChanged},
};

Key lookup(QStringView name)
{
    for (const KeyName &k : kKeys) {
        if (name.compare(QStringView(k.name), Qt::CaseInsensitive) == 0)
            return k.key;
    }
    return Key::None;
}

bool isBlock(Key key)
{
    switch (key) {
    case Key::PartyBlock:
    case Key::CompanyData:
    case Key::FilingValues:
    case Key::BusinessAddress:
    case Key::MailAddress:
    case Key::FormerCompany:
        return true;
    default:
        return false;
    }
}

QString roleName(QStringView written)
{
    QString role = written.toString().toUpper();
    role.replace(u'-', u' ');
    return role;
}

QString normalizedValue(Key key, QStringView value)
{
    switch (key) {
    case Key::PeriodOfReport:
    case Key::FiledAsOfDate:
    case Key::DateOfChange:
    case Key::DateChanged:
        return normalizeDate(value);
    case Key::AcceptanceDateTime: {
        const QString digits = digitsOnly(value);
        if (digits.size() < 14)
            return {};
        return normalizeDate(QStringView(digits).left(8)) + u'T' + digits.mid(8, 2) + u':'
            + digits.mid(10, 2) + u':' + digits.mid(12, 2);
    }
    case Key::Cik:
        return normalizeCik(value);
    case Key::IrsNumber:
        return normalizeIrsNumber(value);
    case Key::Sic: {
        // "ELECTRONIC COMPUTERS [3571]" or "3571"
        const qsizetype open = value.lastIndexOf(u'[');
        const QString digits = digitsOnly(open >= 0 ? value.mid(open) : value);
        return digits.isEmpty() ? QString() : digits;
    }
    case Key::SecFileNumber:
        return normalizeFileNumber(value);
    case Key::Phone:
        return digitsOnly(value);
    case Key::DocumentCount: {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        return ok ? QString::number(n) : QString();
    }
    case Key::FiscalYearEnd: {
        const QString digits = digitsOnly(value);
        return digits.size() == 4 ? digits.left(2) + u'-' + digits.mid(2) : QString();
    }
    case Key::StateOfIncorporation:
    case Key::State:
        return stateCode(value);
    case Key::SubmissionType:
    case Key::FormType:
        return simplified(value).toUpper();
    default:
        return {};
    }
}

class HeaderReader
{
public:
    explicit HeaderReader(const TextLines &lines)
        : m_lines(lines)
    {
    }

    Header read()
    {
        m_header.range = m_lines.range();
        for (int i = 0; i < m_lines.size(); ++i)
            readLine(i);
        closeParty(m_lines.size() ? m_lines.end(m_lines.size() - 1) : 0);
        if (m_tagged || m_keyValue)
            m_header.dialect =
                m_tagged && !m_keyValue ? HeaderDialect::Tagged : HeaderDialect::KeyValue;
        return m_header;
    }

private:
    void readLine(int i)
    {
        const QStringView raw = m_lines.line(i);
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            return;
        if (line.startsWith(u"</")) {
            const qsizetype close = line.indexOf(u'>');
            if (close > 2)
                closeBlock(lookup(line.sliced(2, close - 2)), m_lines.end(i));
            return;
        }
        if (line.startsWith(u'<')) {
            const qsizetype close = line.indexOf(u'>');
            if (close < 2)
                return;
            const QStringView tag = line.sliced(1, close - 1);
            const QStringView value = line.sliced(close + 1).trimmed();
            const Key key = lookup(tag);
            if (key == Key::None)
                return;
            m_tagged = true;
            handle(key, tag, value, i);
            return;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return;
        const QStringView name = line.left(colon).trimmed();
        const QStringView value = line.sliced(colon + 1).trimmed();
        const Key key = lookup(name);
        if (key == Key::None)
            return;
        m_keyValue = true;
        handle(key, name, value, i);
    }

    void handle(Key key, QStringView name, QStringView value, int line)
    {
        if (isBlock(key)) {
            if (!value.isEmpty() && key != Key::PartyBlock)
                return; // "COMPANY DATA:<tab>" only has trailing blanks; anything else is odd
            openBlock(key, name, line);
            return;
        }
        if (value.isEmpty())
            return;
        Field field{simplified(value), normalizedValue(key, value), m_lines.rangeOf(line, value)};
        assign(key, std::move(field));
    }

    void openBlock(Key key, QStringView name, int line)
    {
        if (key == Key::PartyBlock) {
            closeParty(m_lines.start(line));
            m_party = Party{};
            m_party.role = roleName(name);
            m_party.range.start = m_lines.start(line);
            m_inParty = true;
            m_block = Key::None;
            return;
        }
        if (!m_inParty) {
            // A block before any party keyword (some hand-trimmed headers): an implicit filer.
            m_party = Party{};
            m_party.role = u"FILER"_s;
            m_party.range.start = m_lines.start(line);
            m_inParty = true;
        }
        if (m_block == Key::FormerCompany && key != Key::FormerCompany)
            m_former = nullptr;
        m_block = key;
        if (key == Key::FormerCompany) {
            m_party.formerNames.append(FormerName{});
            m_former = &m_party.formerNames.last();
        }
    }

    void closeBlock(Key key, qsizetype end)
    {
        if (key == Key::PartyBlock) {
            closeParty(end);
        } else if (isBlock(key) && key == m_block) {
            m_block = Key::None;
            m_former = nullptr;
        }
    }

    void closeParty(qsizetype end)
    {
        if (!m_inParty)
            return;
        m_party.range = SourceRange::fromTo(m_party.range.start, end);
        m_header.parties.append(std::move(m_party));
        m_party = Party{};
        m_inParty = false;
        m_block = Key::None;
        m_former = nullptr;
    }

    void assign(Key key, Field field)
    {
        if (!m_inParty || m_block == Key::None) {
            switch (key) {
            case Key::AccessionNumber:
                setOnce(m_header.accessionNumber, field);
                return;
            case Key::SubmissionType:
                setOnce(m_header.submissionType, field);
                return;
            case Key::DocumentCount:
                setOnce(m_header.documentCount, field);
                return;
            case Key::PeriodOfReport:
                setOnce(m_header.periodOfReport, field);
                return;
            case Key::FiledAsOfDate:
                setOnce(m_header.filedAsOfDate, field);
                return;
            case Key::DateOfChange:
                setOnce(m_header.dateOfChange, field);
                return;
            case Key::AcceptanceDateTime:
                setOnce(m_header.acceptanceDateTime, field);
                return;
            case Key::ItemInformation:
                m_header.itemInformation.append(field);
                return;
            default:
                break;
            }
            if (!m_inParty)
                return;
        }
        Party &p = m_party;
        Address *address = m_block == Key::BusinessAddress ? &p.businessAddress
            : m_block == Key::MailAddress                  ? &p.mailAddress
                                                           : nullptr;
        switch (key) {
        case Key::CompanyName:
            setOnce(p.companyName, field);
            break;
        case Key::Cik:
            setOnce(p.cik, field);
            break;
        case Key::Sic:
            setOnce(p.sic, field);
            break;
        case Key::IrsNumber:
            setOnce(p.irsNumber, field);
            break;
        case Key::StateOfIncorporation:
            setOnce(p.stateOfIncorporation, field);
            break;
        case Key::FiscalYearEnd:
            setOnce(p.fiscalYearEnd, field);
            break;
        case Key::FormType:
            setOnce(p.formType, field);
            break;
        case Key::SecAct:
            setOnce(p.secAct, field);
            break;
        case Key::SecFileNumber:
            setOnce(p.secFileNumber, field);
            break;
        case Key::FilmNumber:
            setOnce(p.filmNumber, field);
            break;
        case Key::Street1:
            if (address)
                setOnce(address->street1, field);
            break;
        case Key::Street2:
            if (address)
                setOnce(address->street2, field);
            break;
        case Key::City:
            if (address)
                setOnce(address->city, field);
            break;
        case Key::State:
            if (address)
                setOnce(address->state, field);
            break;
        case Key::Zip:
            if (address)
                setOnce(address->zip, field);
            break;
        case Key::Phone:
            if (address)
                setOnce(address->phone, field);
            break;
        case Key::FormerName:
            if (m_former)
                setOnce(m_former->name, field);
            break;
        case Key::DateChanged:
            if (m_former)
                setOnce(m_former->dateChanged, field);
            break;
        default:
            break;
        }
    }

    static void setOnce(Field &target, const Field &value)
    {
        if (target.isEmpty())
            target = value;
    }

    const TextLines &m_lines;
    Header m_header;
    Party m_party;
    FormerName *m_former = nullptr;
    bool m_inParty = false;
    Key m_block = Key::None;
    bool m_tagged = false;
    bool m_keyValue = false;
};

} // namespace

Header parseHeader(const TextLines &lines)
{
    return HeaderReader(lines).read();
}

bool looksLikeBareHeader(QByteArrayView head)
{
    return head.indexOf("ACCESSION NUMBER:") >= 0 || head.indexOf("<ACCESSION-NUMBER>") >= 0;
}

} // namespace fl

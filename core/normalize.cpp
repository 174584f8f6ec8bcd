// SPDX-License-Identifier: MIT
#include "normalize.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

const QString kMonth = u"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                       u"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|"
                       u"Dec(?:ember)?)\\b\\.?"_s;

int monthNumber(QStringView name)
{
    static constexpr std::array<const char16_t *, 12> prefixes = {u"jan", u"feb", u"mar", u"apr",
                                                                  u"may", u"jun", u"jul", u"aug",
                                                                  u"sep", u"oct", u"nov", u"dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.startsWith(QStringView(prefixes[size_t(i)]), Qt::CaseInsensitive))
            return i + 1;
    }
    return 0;
}

QString isoDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int fullYear(int year, qsizetype digits)
{
    if (digits == 2)
        return year < 50 ? 2000 + year : 1900 + year;
    return year;
}

struct StateName
{
    const char16_t *name;
    const char16_t *code;
};

// Names, codes and the abbreviations filings use for them.
constexpr StateName kStates[] = {
    {u"ALABAMA", u"AL"},
    {u"ALA", u"AL"},
    {u"ALASKA", u"AK"},
    {u"ARIZONA", u"AZ"},
    {u"ARIZ", u"AZ"},
    {u"ARKANSAS", u"AR"},
    {u"ARK", u"AR"},
    {u"CALIFORNIA", u"CA"},
    {u"CALIF", u"CA"},
    {u"CAL", u"CA"},
    {u"COLORADO", u"CO"},
    {u"COLO", u"CO"},
    {u"CONNECTICUT", u"CT"},
    {u"CONN", u"CT"},
    {u"DELAWARE", u"DE"},
    {u"DEL", u"DE"},
    {u"DISTRICT OF COLUMBIA", u"DC"},
    {u"FLORIDA", u"FL"},
    {u"FLA", u"FL"},
    {u"GEORGIA", u"GA"},
    {u"HAWAII", u"HI"},
    {u"IDAHO", u"ID"},
    {u"ILLINOIS", u"IL"},
    {u"ILL", u"IL"},
    {u"INDIANA", u"IN"},
    {u"IND", u"IN"},
    {u"IOWA", u"IA"},
    {u"KANSAS", u"KS"},
    {u"KAN", u"KS"},
    {u"KENTUCKY", u"KY"},
    {u"LOUISIANA", u"LA"},
    {u"MAINE", u"ME"},
    {u"MARYLAND", u"MD"},
    {u"MASSACHUSETTS", u"MA"},
    {u"MASS", u"MA"},
    {u"MICHIGAN", u"MI"},
    {u"MICH", u"MI"},
    {u"MINNESOTA", u"MN"},
    {u"MINN", u"MN"},
    {u"MISSISSIPPI", u"MS"},
    {u"MISS", u"MS"},
    {u"MISSOURI", u"MO"},
    {u"MONTANA", u"MT"},
    {u"NEBRASKA", u"NE"},
    {u"NEB", u"NE"},
    {u"NEVADA", u"NV"},
    {u"NEV", u"NV"},
    {u"NEW HAMPSHIRE", u"NH"},
    {u"NEW JERSEY", u"NJ"},
    {u"NEW MEXICO", u"NM"},
    {u"NEW YORK", u"NY"},
    {u"NORTH CAROLINA", u"NC"},
    {u"NORTH DAKOTA", u"ND"},
    {u"OHIO", u"OH"},
    {u"OKLAHOMA", u"OK"},
    {u"OKLA", u"OK"},
    {u"OREGON", u"OR"},
    {u"ORE", u"OR"},
    {u"PENNSYLVANIA", u"PA"},
    {u"PENN", u"PA"},
    {u"RHODE ISLAND", u"RI"},
    {u"SOUTH CAROLINA", u"SC"},
    {u"SOUTH DAKOTA", u"SD"},
    {u"TENNESSEE", u"TN"},
    {u"TENN", u"TN"},
    {u"TEXAS", u"TX"},
    {u"TEX", u"TX"},
    {u"UTAH", u"UT"},
    {u"VERMONT", u"VT"},
    {u"VIRGINIA", u"VA"},
    {u"WASHINGTON", u"WA"},
    {u"WASH", u"WA"},
    {u"WEST VIRGINIA", u"WV"},
    {u"WISCONSIN", u"WI"},
    {u"WIS", u"WI"},
    {u"WYOMING", u"WY"},
    {u"PUERTO RICO", u"PR"},
    {u"GUAM", u"GU"},
    {u"VIRGIN ISLANDS", u"VI"},
    {u"AMERICAN SAMOA", u"AS"},
};

constexpr std::array<const char16_t *, 56> kStateCodes = {
    u"AL", u"AK", u"AZ", u"AR", u"CA", u"CO", u"CT", u"DE", u"DC", u"FL", u"GA", u"HI",
    u"ID", u"IL", u"IN", u"IA", u"KS", u"KY", u"LA", u"ME", u"MD", u"MA", u"MI", u"MN",
    u"MS", u"MO", u"MT", u"NE", u"NV", u"NH", u"NJ", u"NM", u"NY", u"NC", u"ND", u"OH",
    u"OK", u"OR", u"PA", u"RI", u"SC", u"SD", u"TN", u"TX", u"UT", u"VT", u"VA", u"WA",
    u"WV", u"WI", u"WY", u"PR", u"GU", u"VI", u"AS", u"MP",
};

} // namespace

std::optional<DateMatch> findDate(QStringView text)
{
    static const QRegularExpression monthFirst(
        u"\\b"_s + kMonth + u"\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(u"\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+"_s + kMonth
                                                 + u"\\s*,?\\s*(\\d{4})\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayOf(u"\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+"_s
                                              + kMonth + u"\\s*,?\\s*(\\d{4})\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression slashed(u"\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b"_s);
    static const QRegularExpression isoLike(u"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"_s);
    static const QRegularExpression compact(u"\\b((?:19|20)\\d{2})(\\d{2})(\\d{2})\\b"_s);

    // Every pattern needs an ASCII digit (\\d without Unicode properties); most lines have none.
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    std::optional<DateMatch> best;
    auto consider = [&](const QRegularExpressionMatch &m, int year, int month, int day) {
        if (!m.hasMatch() || (best && best->position <= m.capturedStart()))
            return;
        best = DateMatch{m.capturedStart(), m.capturedLength(), isoDate(year, month, day)};
    };
    if (auto m = monthFirst.match(text); m.hasMatch())
        consider(m, m.capturedView(3).toInt(), monthNumber(m.capturedView(1)),
                 m.capturedView(2).toInt());
    if (auto m = dayFirst.match(text); m.hasMatch())
        consider(m, m.capturedView(3).toInt(), monthNumber(m.capturedView(2)),
                 m.capturedView(1).toInt());
    if (auto m = dayOf.match(text); m.hasMatch())
        consider(m, m.capturedView(3).toInt(), monthNumber(m.capturedView(2)),
                 m.capturedView(1).toInt());
    if (auto m = text.contains(u'/') ? slashed.match(text) : QRegularExpressionMatch();
        m.hasMatch())
        consider(m, fullYear(m.capturedView(3).toInt(), m.capturedLength(3)),
                 m.capturedView(1).toInt(), m.capturedView(2).toInt());
    if (auto m = text.contains(u'-') ? isoLike.match(text) : QRegularExpressionMatch();
        m.hasMatch())
        consider(m, m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                 m.capturedView(3).toInt());
    if (auto m = compact.match(text); m.hasMatch())
        consider(m, m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                 m.capturedView(3).toInt());
    return best;
}

QString normalizeDate(QStringView text)
{
    const auto match = findDate(text);
    return match ? match->iso : QString();
}

QString digitsOnly(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
    }
    return out;
}

QString stateCode(QStringView text)
{
    QString key = simplified(text).toUpper();
    key.remove(u'.');
    if (key.startsWith(u"STATE OF "))
        key = key.mid(9);
    if (key.startsWith(u"COMMONWEALTH OF "))
        key = key.mid(16);
    if (key.isEmpty())
        return {};
    for (const char16_t *code : kStateCodes) {
        if (key == QStringView(code))
            return key;
    }
    for (const StateName &state : kStates) {
        if (key == QStringView(state.name))
            return QString::fromUtf16(state.code);
    }
    return {};
}

QString normalizeFileNumber(QStringView text)
{
    const QString compact = simplified(text).remove(u' ');
    const QList<QStringView> parts = QStringView(compact).split(u'-');
    if (parts.size() < 2 || parts.size() > 3)
        return {};
    for (QStringView part : parts) {
        if (part.isEmpty() || digitsOnly(part).size() != part.size())
            return {};
    }
    auto pad = [](QStringView digits, int width) {
        QString s = digits.toString();
        while (s.size() > 1 && s.startsWith(u'0') && s.size() > width)
            s.remove(0, 1);
        return s.rightJustified(width, u'0');
    };
    QString out = pad(parts[0], 3) + u'-' + pad(parts[1], 5);
    if (parts.size() == 3)
        out += u'-' + parts[2].toString();
    return out;
}

QString normalizeIrsNumber(QStringView text)
{
    const QString digits = digitsOnly(text);
    if (digits.size() != 9)
        return {};
    return digits.left(2) + u'-' + digits.mid(2);
}

QString normalizeCik(QStringView text)
{
    const QString digits = digitsOnly(text);
    if (digits.isEmpty() || digits.size() > 10)
        return {};
    return digits.rightJustified(10, u'0');
}

bool endsWithCompanySuffix(QStringView text)
{
    static const QRegularExpression suffix(
        u"\\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\\.?p|plc|"
        u"trust|holdings|group|bancorp|n\\.?v|s\\.?a|ag)\\.?,?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return suffix.match(text).hasMatch();
}

namespace {

QString computeCompanyNameKey(QStringView text)
{
    static const QRegularExpression stateSuffix(u"\\s*/[A-Z]{2,3}/?\\s*$"_s);
    QString name = simplified(text).toUpper();
    if (name.contains(u'/')) // the suffix's slash; the pattern tries every position otherwise
        name.remove(stateSuffix);
    name.remove(u'\'');
    name.remove(QChar(0x2019));
    name.replace(u'&', u" AND "_s);
    QString letters;
    letters.reserve(name.size());
    for (const QChar c : std::as_const(name))
        letters.append(c.isLetterOrNumber() ? c : QChar(u' '));
    QStringList words = letters.split(u' ', Qt::SkipEmptyParts);
    static const QHash<QString, QString> abbreviations = {
        {u"INCORPORATED"_s, u"INC"_s}, {u"CORPORATION"_s, u"CORP"_s},   {u"COMPANY"_s, u"CO"_s},
        {u"LIMITED"_s, u"LTD"_s},      {u"INTERNATIONAL"_s, u"INTL"_s}, {u"THE"_s, QString()},
    };
    QStringList out;
    for (const QString &word : std::as_const(words)) {
        const QString replacement = abbreviations.value(word, word);
        if (!replacement.isEmpty())
            out.append(replacement);
    }
    return out.join(u' ');
}

} // namespace

QString companyNameKey(QStringView text)
{
    // The same names come again and again (the cover, the signatures, the header, each cell
    // compared with the registrant): remember the last keys of this thread.
    thread_local QHash<QString, QString> cache;
    QString key = text.toString();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return it.value();
    if (cache.size() >= 256)
        cache.clear();
    QString value = computeCompanyNameKey(text);
    cache.insert(std::move(key), value);
    return value;
}

QString simplified(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xA0)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out;
}

bool isNotApplicable(QStringView text)
{
    QString key = simplified(text).toUpper();
    key.remove(u'.');
    key.remove(u'(');
    key.remove(u')');
    return key == u"NOT APPLICABLE" || key == u"N/A" || key == u"NA" || key == u"NONE"
        || key == u"NO CHANGE" || key == u"INAPPLICABLE";
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "ixtransforms.h"

#include "normalize.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace fl {

namespace {

using namespace Qt::Literals::StringLiterals;

TransformResult success(QString value)
{
    return TransformResult{true, true, std::move(value)};
}

TransformResult failure()
{
    return TransformResult{true, false, {}};
}

// --- numbers -------------------------------------------------------------------------------

// Digits grouped by `group` characters and an optional fraction after `point`:
// "1,234.56" with (",. '", '.') -> "1234.56".
TransformResult groupedNumber(QStringView text, QStringView groups, QChar point)
{
    // Written into a buffer of the text's length (the result is never longer): every numeric
    // fact passes here.
    QString out(text.size(), Qt::Uninitialized);
    char16_t *const data = reinterpret_cast<char16_t *>(out.data());
    qsizetype w = 0;
    bool sawPoint = false;
    bool sawDigit = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            data[w++] = char16_t(u'0' + c.digitValue());
            sawDigit = true;
        } else if (c == point && !sawPoint) {
            data[w++] = u'.';
            sawPoint = true;
        } else if (!groups.contains(c) && c != u'\u00a0') {
            return failure();
        }
    }
    if (!sawDigit)
        return failure();
    out.truncate(w);
    return success(out);
}

TransformResult numDotDecimal(QStringView text)
{
    return groupedNumber(text, u", '\u2019", u'.');
}

TransformResult numCommaDecimal(QStringView text)
{
    return groupedNumber(text, u". '\u2019", u',');
}

// "5 dollars 25 cents", "5.25" -> "5.25": a whole number, then an optional fraction.
TransformResult numUnitDecimal(QStringView text)
{
    static const QRegularExpression number(u"\\d[\\d,.' ]*"_s);
    QStringList parts;
    for (auto it = number.globalMatch(text.toString()); it.hasNext();)
        parts << it.next().captured().remove(QRegularExpression(u"[,.' ]"_s));
    if (parts.isEmpty() || parts.size() > 2)
        return failure();
    return success(parts.size() == 1 ? parts[0] : parts[0] + u'.' + parts[1]);
}

TransformResult zeroDash(QStringView text)
{
    static const QString dashes = u"-\u2012\u2013\u2014\u2015\u2212"_s;
    for (const QChar c : text) {
        if (!dashes.contains(c))
            return failure();
    }
    return text.isEmpty() ? failure() : success(u"0"_s);
}

TransformResult numWords(QStringView text)
{
    const QString lower = text.trimmed().toString().toLower();
    if (lower == u"no"_s || lower == u"none"_s)
        return success(u"0"_s);
    if (const TransformResult digits = numDotDecimal(lower); digits.ok)
        return digits;
    const qint64 n = numberFromWords(lower);
    return n < 0 ? failure() : success(QString::number(n));
}

// --- dates ---------------------------------------------------------------------------------

int monthFromName(QStringView word)
{
    static const std::array<const char16_t *, 12> names = {u"jan", u"feb", u"mar", u"apr",
                                                           u"may", u"jun", u"jul", u"aug",
                                                           u"sep", u"oct", u"nov", u"dec"};
    if (word.size() < 3)
        return 0;
    static const std::array<const char16_t *, 12> full = {
        u"january", u"february", u"march",     u"april",   u"may",      u"june",
        u"july",    u"august",   u"september", u"october", u"november", u"december"};
    const QString lower = word.toString().toLower();
    for (int m = 0; m < 12; ++m) {
        const QString whole = QString::fromUtf16(full[size_t(m)]);
        if (lower == whole
            || (lower.size() <= 4 && whole.startsWith(lower)
                && lower.startsWith(QString::fromUtf16(names[size_t(m)]))))
            return m + 1;
    }
    return 0;
}

// The parts of a date, in the order its format writes them: 'D' day, 'M' month (a number,
// or a name when `monthName`), 'Y' year. Words that are not month names ("of", "th") and
// punctuation are ignored.
struct DateSpec
{
    const char *order;
    bool monthName;
};

TransformResult date(QStringView text, DateSpec spec)
{
    static const QRegularExpression token(u"\\d+|[^\\W\\d_]+"_s);
    QStringList numbers;
    int month = 0;
    for (auto it = token.globalMatch(text.toString()); it.hasNext();) {
        const QString t = it.next().captured();
        if (t.front().isDigit())
            numbers << t;
        else if (spec.monthName && month == 0)
            month = monthFromName(t);
    }
    int day = 0;
    int year = 0;
    bool hasDay = false;
    bool hasYear = false;
    qsizetype next = 0;
    for (const char *p = spec.order; *p; ++p) {
        if (*p == 'M' && spec.monthName)
            continue;
        if (next >= numbers.size())
            return failure();
        const QString &n = numbers[next++];
        if (*p == 'D') {
            day = n.toInt();
            hasDay = true;
        } else if (*p == 'M') {
            month = n.toInt();
        } else {
            if (n.size() != 2 && n.size() != 4)
                return failure();
            year = n.size() == 2 ? 2000 + n.toInt() : n.toInt();
            hasYear = true;
        }
    }
    if (next != numbers.size() || month < 1 || month > 12)
        return failure();
    const auto two = [](int v) {
        return QString::number(v).rightJustified(2, u'0');
    };
    if (!hasDay)
        return success(QString::number(year).rightJustified(4, u'0') + u'-' + two(month));
    if (!hasYear) {
        // A day of a month without a year: valid if it exists in a leap year.
        if (!QDate(2000, month, day).isValid())
            return failure();
        return success(u"--"_s + two(month) + u'-' + two(day));
    }
    const QDate d(year, month, day);
    return d.isValid() ? success(d.toString(Qt::ISODate)) : failure();
}

// --- durations (ixt-sec) -------------------------------------------------------------------

// "5" years -> "P5Y"; a fraction of a year goes to months and days ("1.5" -> "P1Y6M").
TransformResult duration(QStringView text, QChar unit)
{
    const TransformResult number = numWords(text);
    if (!number.ok)
        return failure();
    bool ok = false;
    const double amount = number.value.toDouble(&ok);
    if (!ok)
        return failure();
    const qint64 whole = qint64(amount);
    double rest = amount - double(whole);
    QString out = u"P"_s;
    if (unit == u'Y') {
        out += QString::number(whole) + u'Y';
        rest *= 12;
        if (const qint64 months = qint64(rest + 1e-9); months > 0)
            out += QString::number(months) + u'M';
        rest = (rest - double(qint64(rest + 1e-9))) * 30;
        if (const qint64 days = qint64(rest + 0.5); days > 0)
            out += QString::number(days) + u'D';
    } else if (unit == u'M') {
        out += QString::number(whole) + u'M';
        if (const qint64 days = qint64(rest * 30 + 0.5); days > 0)
            out += QString::number(days) + u'D';
    } else {
        out += QString::number(whole) + u'D';
    }
    return success(out);
}

// "five years", "two years and six months", "30 days" -> "P5Y", "P2Y6M", "P30D".
TransformResult durationWords(QStringView text)
{
    static const QRegularExpression part(u"([\\w\\- ,.]+?)\\s+(year|month|week|day)s?\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString years, months, days;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(text.toString()); it.hasNext();) {
        const auto m = it.next();
        QString amount = m.captured(1).trimmed();
        amount.remove(QRegularExpression(u"^(and|,)\\s*"_s));
        const TransformResult n = numWords(amount);
        if (!n.ok)
            return failure();
        const QString unit = m.captured(2).toLower();
        if (unit == u"year"_s)
            years = n.value;
        else if (unit == u"month"_s)
            months = n.value;
        else if (unit == u"week"_s)
            days = QString::number(n.value.toLongLong() * 7);
        else
            days = n.value;
        consumed = m.capturedEnd();
    }
    if (consumed == 0 || !text.sliced(consumed).trimmed().isEmpty())
        return failure();
    QString out = u"P"_s;
    if (!years.isEmpty())
        out += years + u'Y';
    if (!months.isEmpty())
        out += months + u'M';
    if (!days.isEmpty())
        out += days + u'D';
    return success(out);
}

// --- codes ---------------------------------------------------------------------------------

struct NameCode
{
    const char16_t *name; // lower case; matched as a substring where `contains`
    const char16_t *code;
};

QString lowerSimplified(QStringView text)
{
    QString s = simplified(text).toLower();
    s.remove(u'.');
    return s;
}

// The SEC's exchange codes (dei:SecurityExchangeName), most specific names first.
constexpr NameCode kExchanges[] = {
    {u"nyse american", u"NYSEAMER"},
    {u"nyse mkt", u"NYSEAMER"},
    {u"nyse amex", u"NYSEAMER"},
    {u"nyse arca", u"NYSEArca"},
    {u"nyse chicago", u"CHX"},
    {u"chicago stock exchange", u"CHX"},
    {u"nyse national", u"NYSENAT"},
    {u"new york stock exchange", u"NYSE"},
    {u"nyse", u"NYSE"},
    {u"nasdaq bx", u"BX"},
    {u"nasdaq phlx", u"Phlx"},
    {u"phlx", u"Phlx"},
    {u"nasdaq", u"NASDAQ"},
    {u"cboe bzx", u"CboeBZX"},
    {u"bats bzx", u"CboeBZX"},
    {u"cboe byx", u"CboeBYX"},
    {u"cboe edga", u"CboeEDGA"},
    {u"cboe edgx", u"CboeEDGX"},
    {u"cboe", u"CBOE"},
    {u"chicago board options", u"CBOE"},
    {u"investors exchange", u"IEX"},
    {u"miami international", u"MIAX"},
    {u"members exchange", u"MEMX"},
    {u"long-term stock exchange", u"LTSE"},
    {u"boston options exchange", u"BOX"},
};

// Countries and Canadian provinces by their EDGAR codes (US states use their USPS codes).
constexpr NameCode kEdgarCountries[] = {
    {u"alberta", u"A0"},
    {u"british columbia", u"A1"},
    {u"manitoba", u"A2"},
    {u"new brunswick", u"A3"},
    {u"newfoundland", u"A4"},
    {u"nova scotia", u"A5"},
    {u"ontario", u"A6"},
    {u"prince edward island", u"A7"},
    {u"quebec", u"A8"},
    {u"saskatchewan", u"A9"},
    {u"yukon", u"B0"},
    {u"canada", u"Z4"},
    {u"australia", u"C3"},
    {u"bermuda", u"D0"},
    {u"british virgin islands", u"D8"},
    {u"virgin islands, british", u"D8"},
    {u"cayman islands", u"E9"},
    {u"china", u"F4"},
    {u"france", u"I0"},
    {u"germany", u"2M"},
    {u"hong kong", u"K3"},
    {u"ireland", u"L2"},
    {u"israel", u"L3"},
    {u"japan", u"M0"},
    {u"jersey", u"Y9"},
    {u"luxembourg", u"N4"},
    {u"marshall islands", u"1T"},
    {u"netherlands", u"P7"},
    {u"panama", u"R1"},
    {u"singapore", u"U0"},
    {u"switzerland", u"V8"},
    {u"united kingdom", u"X0"},
    {u"england", u"X0"},
};

constexpr NameCode kFilerCategories[] = {
    {u"large accelerated filer", u"Large Accelerated Filer"},
    {u"non-accelerated filer", u"Non-accelerated Filer"},
    {u"nonaccelerated filer", u"Non-accelerated Filer"},
    {u"accelerated filer", u"Accelerated Filer"},
};

template<size_t N>
QString findCode(const NameCode (&table)[N], const QString &key, bool substring)
{
    for (const NameCode &entry : table) {
        const QString name = QString::fromUtf16(entry.name);
        if (key == name || (substring && key.contains(name)))
            return QString::fromUtf16(entry.code);
    }
    return {};
}

TransformResult stateProvince(QStringView text)
{
    const QString code = stateCode(simplified(text));
    if (!code.isEmpty())
        return success(code);
    const QString province = findCode(kEdgarCountries, lowerSimplified(text), false);
    // Provinces only: the A0-B0 codes.
    return province.startsWith(u'A') || province == u"B0"_s ? success(province) : failure();
}

TransformResult edgarProvinceCountry(QStringView text)
{
    if (const QString state = stateCode(simplified(text)); !state.isEmpty())
        return success(state);
    const QString code = findCode(kEdgarCountries, lowerSimplified(text), false);
    return code.isEmpty() ? failure() : success(code);
}

TransformResult exchange(QStringView text)
{
    const QString code = findCode(kExchanges, lowerSimplified(text), true);
    return code.isEmpty() ? failure() : success(code);
}

TransformResult filerCategory(QStringView text)
{
    const QString code = findCode(kFilerCategories, lowerSimplified(text), false);
    return code.isEmpty() ? failure() : success(code);
}

// ☒ ☑ ✓ ✔ ✗ ✘ x: a marked box; ☐: an empty one.
TransformResult ballotBox(QStringView text, const QString &yes, const QString &no)
{
    const QStringView t = text.trimmed();
    if (t.size() != 1)
        return failure();
    if (QStringView(u"\u2612\u2611\u2713\u2714\u2717\u2718xX").contains(t.front()))
        return success(yes);
    if (t.front() == u'\u2610')
        return success(no);
    return failure();
}

// --- the table -----------------------------------------------------------------------------

using TransformFunction = TransformResult (*)(QStringView);

struct TransformDef
{
    const char16_t *names; // local names, separated by spaces: one row per meaning
    TransformFunction apply;
};

#define FL_DATE(order, named)                                                                      \
    [](QStringView t) {                                                                            \
        return date(t, DateSpec{order, named});                                                    \
    }
#define FL_FIXED(v)                                                                                \
    [](QStringView) {                                                                              \
        return success(QStringLiteral(v));                                                         \
    }

const TransformDef kTransforms[] = {
    {u"num-dot-decimal numdotdecimal numcommadot numdotcomma numspacedot numcomma", numDotDecimal},
    {u"num-comma-decimal numcommadecimal numdotcomma-eu numspacecomma", numCommaDecimal},
    {u"num-unit-decimal numunitdecimal", numUnitDecimal},
    {u"zerodash numdash fixed-zero-dash", zeroDash},
    {u"fixed-zero", FL_FIXED("0")},
    {u"fixed-empty nocontent", FL_FIXED("")},
    {u"fixed-true booleantrue", FL_FIXED("true")},
    {u"fixed-false booleanfalse", FL_FIXED("false")},
    {u"date-monthname-day-year-en datemonthdayyearen datelongus dateshortus", FL_DATE("MDY", true)},
    {u"date-day-monthname-year-en datedaymonthyearen datelonguk dateshortuk", FL_DATE("DMY", true)},
    {u"date-month-day-year datemonthdayyear dateslashus datedotus", FL_DATE("MDY", false)},
    {u"date-day-month-year datedaymonthyear dateslasheu datedoteu", FL_DATE("DMY", false)},
    {u"date-year-month-day dateyearmonthday", FL_DATE("YMD", false)},
    {u"date-monthname-day-en datemonthdayen", FL_DATE("MD", true)},
    {u"date-day-monthname-en datedaymonthen", FL_DATE("DM", true)},
    {u"date-month-day datemonthday", FL_DATE("MD", false)},
    {u"date-day-month datedaymonth", FL_DATE("DM", false)},
    {u"date-monthname-year-en datemonthyearen datemonthnameyearen", FL_DATE("MY", true)},
    {u"date-year-monthname-en dateyearmonthen", FL_DATE("YM", true)},
    {u"date-month-year datemonthyear", FL_DATE("MY", false)},
    {u"date-year-month dateyearmonth", FL_DATE("YM", false)},
    // SEC (ixt-sec)
    {u"numwordsen", numWords},
    {u"duryear",
     [](QStringView t) {
         return duration(t, u'Y');
     }},
    {u"durmonth",
     [](QStringView t) {
         return duration(t, u'M');
     }},
    {u"durday",
     [](QStringView t) {
         return duration(t, u'D');
     }},
    {u"durwordsen", durationWords},
    {u"numinf", FL_FIXED("INF")},
    {u"numneginf", FL_FIXED("-INF")},
    {u"numnan", FL_FIXED("NaN")},
    {u"stateprovnameen", stateProvince},
    {u"edgarprovcountryen", edgarProvinceCountry},
    {u"exchnameen", exchange},
    {u"entityfilercategoryen", filerCategory},
    {u"boolballotbox",
     [](QStringView t) {
         return ballotBox(t, u"true"_s, u"false"_s);
     }},
    {u"yesnoballotbox",
     [](QStringView t) {
         return ballotBox(t, u"Yes"_s, u"No"_s);
     }},
};

#undef FL_DATE
#undef FL_FIXED

const QHash<QString, TransformFunction> &transformsByName()
{
    static const QHash<QString, TransformFunction> table = [] {
        QHash<QString, TransformFunction> t;
        for (const TransformDef &def : kTransforms) {
            for (const QString &name :
                 QString::fromUtf16(def.names).split(u' ', Qt::SkipEmptyParts))
                t.insert(name, def.apply);
        }
        return t;
    }();
    return table;
}

} // namespace

TransformResult applyTransform(QStringView format, QStringView text)
{
    // A filing uses a handful of formats thousands of times: remember the last one looked up.
    thread_local QString lastFormat;
    thread_local TransformFunction lastFunction = nullptr;
    if (lastFunction && format == lastFormat)
        return lastFunction(text.trimmed());
    const qsizetype colon = format.lastIndexOf(u':');
    const QString local = format.sliced(colon + 1).trimmed().toString().toLower();
    const auto it = transformsByName().constFind(local);
    if (it == transformsByName().constEnd())
        return {};
    lastFormat = format.toString();
    lastFunction = *it;
    return (*it)(text.trimmed());
}

QStringList knownTransforms()
{
    QStringList names = transformsByName().keys();
    names.sort();
    return names;
}

QString scaleDecimal(QStringView decimal, int scale, bool negative)
{
    // [+-]?(digits)(.(digits))? with ASCII digits, read by hand: this runs for every numeric
    // fact, and a regular expression with its captures cost more than the rest of the fact.
    const QStringView t = decimal.trimmed();
    const auto isDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    qsizetype i = 0;
    if (i < t.size() && (t[i] == u'+' || t[i] == u'-'))
        ++i;
    const qsizetype intStart = i;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    const QStringView intDigits = t.sliced(intStart, i - intStart);
    QStringView fracDigits;
    if (i < t.size() && t[i] == u'.') {
        const qsizetype fracStart = ++i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        fracDigits = t.sliced(fracStart, i - fracStart);
    }
    if (i != t.size() || (intDigits.isEmpty() && fracDigits.isEmpty()))
        return {};
    if (t.startsWith(u'-'))
        negative = !negative;
    // Clamped before use: scale="1000000000" must not make a billion zeros.
    scale = std::clamp(scale, -100, 100);
    // The digits with `point` of them before the decimal point, padded with zeros.
    qsizetype point = intDigits.size() + scale;
    QString digits;
    digits.reserve(intDigits.size() + fracDigits.size() + (point < 0 ? -point : 0));
    if (point < 0) {
        digits.fill(u'0', -point);
        point = 0;
    }
    digits += intDigits;
    digits += fracDigits;
    if (point > digits.size())
        digits.resize(point, u'0');
    // Leading zeros of the whole part (one kept) and trailing zeros of the fraction dropped.
    qsizetype wholeStart = 0;
    while (point - wholeStart > 1 && digits[wholeStart] == u'0')
        ++wholeStart;
    qsizetype fractionEnd = digits.size();
    while (fractionEnd > point && digits[fractionEnd - 1] == u'0')
        --fractionEnd;
    const QStringView whole =
        point == 0 ? QStringView(u"0") : QStringView(digits).sliced(wholeStart, point - wholeStart);
    const QStringView fraction = QStringView(digits).sliced(point, fractionEnd - point);
    QString out;
    out.reserve(1 + whole.size() + 1 + fraction.size());
    const bool zero = whole == u"0" && fraction.isEmpty();
    if (negative && !zero)
        out += u'-';
    out += whole;
    if (!fraction.isEmpty()) {
        out += u'.';
        out += fraction;
    }
    return out;
}

qint64 numberFromWords(QStringView text)
{
    static const QHash<QString, int> small = [] {
        QHash<QString, int> h;
        const QStringList words =
            QStringLiteral("zero one two three four five six seven eight nine ten "
                           "eleven twelve thirteen fourteen fifteen sixteen "
                           "seventeen eighteen nineteen")
                .split(u' ');
        for (int i = 0; i < words.size(); ++i)
            h.insert(words[i], i);
        const QStringList tens =
            QStringLiteral("twenty thirty forty fifty sixty seventy eighty ninety").split(u' ');
        for (int i = 0; i < tens.size(); ++i)
            h.insert(tens[i], 20 + 10 * i);
        h.insert(u"a"_s, 1);
        return h;
    }();
    static const QHash<QString, qint64> scales = {{u"thousand"_s, 1000},
                                                  {u"million"_s, 1000000},
                                                  {u"billion"_s, 1000000000},
                                                  {u"trillion"_s, 1000000000000}};
    const QStringList words =
        text.toString().toLower().split(QRegularExpression(u"[\\s\\-,]+"_s), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return -1;
    qint64 total = 0;
    qint64 group = 0;
    bool any = false;
    for (const QString &w : words) {
        if (w == u"and"_s)
            continue;
        if (const auto it = small.constFind(w); it != small.constEnd()) {
            group += *it;
        } else if (w == u"hundred"_s) {
            group = std::max<qint64>(group, 1) * 100;
        } else if (const auto s = scales.constFind(w); s != scales.constEnd()) {
            total += std::max<qint64>(group, 1) * *s;
            group = 0;
        } else {
            return -1;
        }
        any = true;
    }
    return any ? total + group : -1;
}

} // namespace fl

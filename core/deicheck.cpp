// SPDX-License-Identifier: MIT
#include "deicheck.h"

#include "coverfields.h"
#include "formschema.h"
#include "formtype.h"
#include "ixtransforms.h"
#include "normalize.h"
#include "parsestate.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

bool ofMainDocument(const Filing &f, const Fact &fact)
{
    return !fact.nil && (f.mainDocument < 0 || fact.document == f.mainDocument);
}

// The fact of conceptName `name` the cover stands for: of the main document, without dimensions
// where there is one (a second registrant's facts carry a LegalEntityAxis).
const Fact *coverFact(const Filing &f, const QString &name)
{
    const Fact *first = nullptr;
    for (const Fact &fact : f.facts) {
        if (fact.name != name || !ofMainDocument(f, fact))
            continue;
        const bool plain = fact.context < 0 || f.contexts[fact.context].dimensions.isEmpty();
        if (plain)
            return &fact;
        if (!first)
            first = &fact;
    }
    return first;
}

bool isYes(const QString &value)
{
    return value.compare(u"true"_s, Qt::CaseInsensitive) == 0
        || value.compare(u"yes"_s, Qt::CaseInsensitive) == 0;
}

// An address part as tagged, without the comma some filers tag with it ("Deerfield,").
QString withoutTrailingComma(const QString &value)
{
    QString s = simplified(value);
    while (s.endsWith(u',') || s.endsWith(u';'))
        s.chop(1);
    return s.trimmed();
}

// The tag's value in the form the field's normalized value takes.
QString tagCanonical(CoverFieldKind kind, const QString &value)
{
    switch (kind) {
    case CoverFieldKind::Date:
        return normalizeDate(value).isEmpty() ? value : normalizeDate(value);
    case CoverFieldKind::State: {
        const QString code = stateCode(value);
        return code.isEmpty() ? value : code;
    }
    case CoverFieldKind::FileNumber:
        return normalizeFileNumber(value).isEmpty() ? value : normalizeFileNumber(value);
    case CoverFieldKind::IrsNumber:
        return normalizeIrsNumber(value).isEmpty() ? value : normalizeIrsNumber(value);
    case CoverFieldKind::Phone:
        return digitsOnly(value);
    case CoverFieldKind::CheckBox:
        return isYes(value) ? u"checked"_s : u"unchecked"_s;
    case CoverFieldKind::Flag:
        return isYes(value) ? u"true"_s : u"false"_s;
    case CoverFieldKind::Choice:
        return value.toLower();
    case CoverFieldKind::Address:
        return withoutTrailingComma(value);
    default:
        return simplified(value);
    }
}

// Whether the text's reading and the tag say the same.
bool agrees(CoverFieldKind kind, const Field &field, const QString &tag)
{
    const QString mine = field.canonical();
    switch (kind) {
    case CoverFieldKind::Name:
        return companyNameKey(mine) == companyNameKey(tag);
    case CoverFieldKind::Address:
        return simplified(field.value).toUpper().contains(simplified(tag).toUpper());
    case CoverFieldKind::ZipCode:
        return digitsOnly(mine).startsWith(digitsOnly(tag))
            || digitsOnly(tag).startsWith(digitsOnly(mine));
    case CoverFieldKind::Phone:
        return digitsOnly(mine).endsWith(tag) || tag.endsWith(digitsOnly(mine));
    case CoverFieldKind::FormType:
        return mine.compare(tag, Qt::CaseInsensitive) == 0;
    case CoverFieldKind::Choice:
        return mine.toLower() == tag;
    default:
        return mine == tag;
    }
}

// Whether the field stands for its tag on this filing: dei:DocumentPeriodEndDate is an 8-K's
// date of report and a periodic report's period, and a submission's CIK is its header's.
bool standsForTag(const Filing &f, const CoverFieldDef &def)
{
    const QString form = normalizedFormType(f);
    if (def.member == &CoverPage::dateOfReport)
        return isEightK(form) || !schemaForForm(form);
    if (def.member == &CoverPage::periodOfReport)
        return !isEightK(form) && schemaForForm(form);
    if (def.member == &CoverPage::cik)
        return !f.header.isPresent();
    return true;
}

// A field the text reader did not find, as the tag states it: the fact's text and range, the
// tag's value as the normalized one.
Field fieldOf(const Fact &fact, const QString &canonical)
{
    return Field{fact.displayed, canonical, fact.range};
}

// The whole telephone number from its two tags: "(224) 551-4000", with a range over both
// when they stand together in the text.
Field phoneOf(const Fact *area, const Fact &local, const QString &canonical)
{
    Field field = fieldOf(local, canonical);
    if (!area)
        return field;
    field.value = area->displayed + u' ' + local.displayed;
    if (area->range.isValid() && local.range.isValid() && area->range.end() <= local.range.start
        && local.range.start - area->range.end() <= 8)
        field.range = SourceRange::fromTo(area->range.start, local.range.end());
    return field;
}

void warnMismatch(ParseState &state, const QString &label, const QString &conceptName,
                  const Field &field, const QString &tagValue)
{
    state.warn(u"dei-mismatch"_s,
               u"%1: the text reads \"%2\", the tag %3 says \"%4\""_s.arg(label, field.value,
                                                                          conceptName, tagValue),
               field.range);
}

// --- Section 12(b) ---------------------------------------------------------------------------

// The tags of one registered security: the facts of one context.
struct TaggedSecurity
{
    QString context;
    const Fact *title = nullptr;
    const Fact *symbol = nullptr;
    const Fact *exchange = nullptr;
    const Fact *noSymbol = nullptr; // dei:NoTradingSymbolFlag
};

// The 12(b) securities the tags state, one per context in document order. A context whose
// exchange is "NONE" or whose title says "N/A" without an exchange registers nothing.
// `tagged`: whether the filing has 12(b) tags at all (then they decide, even on no rows).
QList<TaggedSecurity> taggedSecurities(const Filing &f, bool &tagged)
{
    static const QList<std::pair<QString, const Fact *TaggedSecurity::*>> tagColumns = {
        {u"dei:Security12bTitle"_s, &TaggedSecurity::title},
        {u"dei:TradingSymbol"_s, &TaggedSecurity::symbol},
        {u"dei:SecurityExchangeName"_s, &TaggedSecurity::exchange},
        {u"dei:NoTradingSymbolFlag"_s, &TaggedSecurity::noSymbol},
    };
    QList<TaggedSecurity> rows;
    for (const Fact &fact : f.facts) {
        if (!fact.name.startsWith(u"dei:") || !ofMainDocument(f, fact))
            continue;
        for (const auto &[conceptName, column] : tagColumns) {
            if (fact.name != conceptName)
                continue;
            auto row = std::find_if(rows.begin(), rows.end(), [&](const TaggedSecurity &r) {
                return r.context == fact.contextRef();
            });
            tagged = true;
            if (row == rows.end())
                row = rows.insert(rows.end(), TaggedSecurity{fact.contextRef()});
            if (!((*row)
                  .*column)) // a second fact of a conceptName in one context repeats the first
                (*row).*column = &fact;
        }
    }
    rows.removeIf([](const TaggedSecurity &r) {
        const bool titled = r.title && !isNotApplicable(r.title->value);
        const bool listed = r.exchange && !isNotApplicable(r.exchange->value);
        return !(titled || (listed && r.symbol)) || (r.exchange && !listed);
    });
    return rows;
}

QString titleKey(QStringView title)
{
    QString key;
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// A trading symbol's normalized form: upper case, empty for a dash or "N/A" (none).
QString symbolCanonical(const QString &symbol)
{
    const QString s = simplified(symbol).toUpper();
    return s.isEmpty() || !s.front().isLetter() || isNotApplicable(s) ? QString() : s;
}

// The exchange's code ("NYSE", "NASDAQ") for a name or code as written.
QString exchangeCode(const QString &exchange)
{
    const TransformResult r = applyTransform(u"ixt-sec:exchnameen", exchange);
    return r.ok ? r.value : simplified(exchange);
}

QString tagSymbol(const TaggedSecurity &tag)
{
    return tag.symbol && !tag.noSymbol ? symbolCanonical(tag.symbol->value) : QString();
}

// The text's row that reads the same security as the tags: same symbol or same title.
int pairedRow(const QList<RegisteredSecurity> &rows, const QList<bool> &used,
              const TaggedSecurity &tag)
{
    const QString symbol = tagSymbol(tag);
    const QString title = tag.title ? titleKey(tag.title->value) : QString();
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (used[i])
            continue;
        const QString mine = titleKey(rows[i].title.value);
        int score = !symbol.isEmpty() && rows[i].tradingSymbol.normalized == symbol ? 4 : 0;
        if (!title.isEmpty() && mine == title)
            score += 2;
        else if (title.size() >= 6 && mine.size() >= 6
                 && (mine.contains(title) || title.contains(mine)))
            score += 1;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

// One column of a security: the text's reading kept, the tag's value as the normalized one;
// a column the text left empty is the tag's.
void mergeColumn(ParseState &state, Field &field, const Fact *fact, const QString &canonical,
                 bool agreeing, const QString &label)
{
    if (!fact)
        return;
    if (field.isEmpty()) {
        field = fieldOf(*fact, canonical);
        return;
    }
    if (!agreeing)
        warnMismatch(state, label, fact->name, field, fact->value);
    if (!agreeing || !canonical.isEmpty())
        field.normalized = canonical;
}

void securitiesFromTags(ParseState &state)
{
    Filing &f = *state.filing;
    bool tagged = false;
    const QList<TaggedSecurity> tags = taggedSecurities(f, tagged);
    if (!tagged)
        return;
    const QList<RegisteredSecurity> text = f.cover.securities12b;
    QList<bool> used(text.size(), false);
    QList<RegisteredSecurity> rows;
    for (const TaggedSecurity &tag : tags) {
        const int paired = pairedRow(text, used, tag);
        RegisteredSecurity s = paired >= 0 ? text[paired] : RegisteredSecurity{};
        if (paired >= 0)
            used[paired] = true;
        if (tag.title) {
            const QString title = simplified(tag.title->value);
            const bool same = titleKey(s.title.value) == titleKey(title);
            mergeColumn(state, s.title, tag.title, same ? QString() : title, same,
                        u"12(b) title"_s);
        }
        const QString symbol = tagSymbol(tag);
        if (const Fact *symbolFact = tag.noSymbol ? tag.noSymbol : tag.symbol) {
            mergeColumn(state, s.tradingSymbol, symbolFact, symbol,
                        symbolCanonical(s.tradingSymbol.value) == symbol,
                        u"12(b) trading symbol"_s);
        }
        if (tag.exchange) {
            const QString code = exchangeCode(tag.exchange->value);
            mergeColumn(state, s.exchange, tag.exchange, code,
                        exchangeCode(s.exchange.value) == code, u"12(b) exchange"_s);
        }
        rows.append(s);
    }
    for (int i = 0; i < text.size(); ++i) {
        if (!used[i])
            state.warn(u"dei-mismatch"_s,
                       u"12(b): the text's row \"%1\" is not among the tagged securities, and "
                       u"is left out"_s.arg(text[i].title.value),
                       text[i].title.range);
    }
    f.cover.securities12b = rows;
}

// --- Par value -------------------------------------------------------------------------------

// "$0.01", "$.005", "($1.00 par value)", "12 1/2¢", "no par value", "without par value".
const QRegularExpression kParDollars(u"\\$\\s*(\\d*\\.?\\d+)"_s);
const QRegularExpression kParCents(u"(\\d+)(?:\\s+(\\d)/(\\d))?\\s*(?:\u00A2|cents?\\b)"_s,
                                   QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kNoPar(u"\\b(?:no|without)\\s+par\\s+value\\b"_s,
                                QRegularExpression::CaseInsensitiveOption);

// The par value a 12(b) title states, as a field over its words; empty when it states none.
Field parValueIn(const Filing &f, const Field &title)
{
    const bool shown = title.range.isValid() && f.textOf(title.range) == title.value;
    auto fieldAt = [&](qsizetype at, qsizetype length, const QString &normalized) {
        return Field{title.value.sliced(at, length), normalized,
                     shown ? SourceRange{title.range.start + at, length} : title.range};
    };
    if (!title.value.contains(u"par"_s, Qt::CaseInsensitive))
        return {};
    if (const auto m = kNoPar.match(title.value); m.hasMatch())
        return fieldAt(m.capturedStart(), m.capturedLength(), u"none"_s);
    if (const auto m = kParDollars.match(title.value); m.hasMatch())
        return fieldAt(m.capturedStart(), m.capturedLength(),
                       scaleDecimal(m.captured(1), 0, false));
    if (const auto m = kParCents.match(title.value); m.hasMatch()) {
        double cents = m.captured(1).toDouble();
        if (m.hasCaptured(2) && m.captured(3).toInt() > 0)
            cents += m.captured(2).toDouble() / m.captured(3).toDouble();
        return fieldAt(m.capturedStart(), m.capturedLength(),
                       scaleDecimal(QString::number(cents, 'f', 6), -2, false));
    }
    return {};
}

// The common stock's par value: a us-gaap:CommonStockParOrStatedValuePerShare tag shown on
// the cover, else the first 12(b) title that states one. The statements' tags do not count:
// they may be a parent company's or another year's.
void parValueFromTags(Filing &f)
{
    for (const Fact &fact : f.facts) {
        if (fact.name == u"us-gaap:CommonStockParOrStatedValuePerShare" && ofMainDocument(f, fact)
            && fact.range.isValid() && f.cover.range.isValid()
            && f.cover.range.contains(fact.range.start)) {
            f.cover.parValue = fieldOf(fact, fact.value);
            return;
        }
    }
    for (const RegisteredSecurity &s : std::as_const(f.cover.securities12b)) {
        if (const Field par = parValueIn(f, s.title); !par.isEmpty()) {
            f.cover.parValue = par;
            return;
        }
    }
}

} // namespace

void crossCheckCover(ParseState &state)
{
    Filing &f = *state.filing;
    if (f.facts.isEmpty())
        return;
    for (const CoverFieldDef &def : coverFields()) {
        if (def.dei.isEmpty() || !standsForTag(f, def))
            continue;
        const Fact *fact = coverFact(f, def.dei);
        if (!fact || fact->value.isEmpty())
            continue;
        QString tagValue = fact->value;
        const Fact *area = nullptr;
        if (def.member == &CoverPage::phone) { // the tag holds the local number only
            area = coverFact(f, u"dei:CityAreaCode"_s);
            if (area)
                tagValue = area->value + tagValue;
        }
        const QString tag = tagCanonical(def.kind, tagValue);
        Field &field = f.cover.*def.member;
        if (field.isEmpty()) {
            // A proxy statement's or a registration's period is not a date of report.
            if (def.member != &CoverPage::dateOfReport || isEightK(normalizedFormType(f)))
                field = def.member == &CoverPage::phone ? phoneOf(area, *fact, tag)
                                                        : fieldOf(*fact, tag);
            continue;
        }
        if (agrees(def.kind, field, tag))
            continue;
        warnMismatch(state, def.label, def.dei, field, fact->value);
        field.normalized = tag;
    }
    securitiesFromTags(state);
    parValueFromTags(f);
}

} // namespace fl

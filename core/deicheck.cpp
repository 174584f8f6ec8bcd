// SPDX-License-Identifier: MIT
#include "deicheck.h"

#include "coverfields.h"
#include "normalize.h"
#include "parsestate.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// The fact of concept `name` the cover stands for: of the main document, without dimensions where
// there is one (a second registrant's facts carry a LegalEntityAxis).
const Fact *coverFact(const Filing &f, const QString &name)
{
    const Fact *first = nullptr;
    for (const Fact &fact : f.facts) {
        if (fact.name != name || fact.nil
            || (f.mainDocument >= 0 && fact.document != f.mainDocument))
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
    case CoverFieldKind::Choice:
        return value.toLower();
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

} // namespace

void crossCheckCover(ParseState &state)
{
    Filing &f = *state.filing;
    if (f.facts.isEmpty())
        return;
    for (const CoverFieldDef &def : coverFields()) {
        if (def.dei.isEmpty())
            continue;
        const Fact *fact = coverFact(f, def.dei);
        if (!fact || fact->value.isEmpty())
            continue;
        QString tagValue = fact->value;
        if (def.kind == CoverFieldKind::Phone) { // the tag holds the local number only
            if (const Fact *area = coverFact(f, u"dei:CityAreaCode"_s))
                tagValue = area->value + tagValue;
        }
        const QString tag = tagCanonical(def.kind, tagValue);
        Field &field = f.cover.*def.member;
        // A field the text reader missed stays empty: filling it from the tag is left to a
        // later change, as the hand-read expectations record what the text shows.
        if (field.isEmpty() || agrees(def.kind, field, tag))
            continue;
        state.warn(u"dei-mismatch"_s,
                   u"%1: the text reads \"%2\", the tag %3 says \"%4\""_s.arg(
                       def.label, field.value, def.dei, fact->value),
                   field.range);
        field.normalized = tag;
    }
}

} // namespace fl

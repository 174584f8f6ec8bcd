// SPDX-License-Identifier: MIT
#include "coverreader.h"

#include "coverboxes.h"
#include "coverlines.h"
#include "literalfilter.h"

#include "checkboxes.h"
#include "earliestevent.h"
#include "normalize.h"
#include "reportcover.h"
#include "textlines.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl::coverreader {

CoverPage CoverReader::read()
{
    CoverPage cover;
    cover.formType = findFormType(m_lines);
    readDateOfReport(cover);
    if (!readRegistrantTable(cover)) {
        readRegistrant(cover);
        readStateFileIrs(cover);
        readAddress(cover);
        readPhone(cover);
        if (cover.registrantName.isEmpty() && m_eightK)
            guessRegistrant(cover);
    }
    readFormerName(cover);
    readCheckBoxes(m_lines, cover);
    readSecurities12b(m_lines, cover);
    if (!m_eightK)
        readReportCover(m_lines, cover);
    return cover;
}

CoverReader::CaptionHit CoverReader::findCaption(const QRegularExpression &re, int from,
                                                 bool asCaption) const
{
    for (int i = std::max(0, from); i < count(); ++i) {
        const QStringView l = line(i);
        if (!mayMatch(re, l))
            continue;
        auto it = re.globalMatch(l);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!asCaption || standsAsCaption(l, m.capturedStart()))
                return {i, m.capturedStart(), m.capturedLength()};
        }
    }
    return {};
}

bool CoverReader::standsAsCaption(QStringView line, qsizetype position)
{
    const QStringView before = cellBefore(line, position);
    if (before.isEmpty() || before.endsWith(u'('))
        return true;
    // A short lead-in: "Registrant's", "Issuer's", "(Name, address, including zip code,";
    // or a longer one inside the caption's parenthesis: "(Address, including zip code, and".
    const qsizetype limit = before.startsWith(u'(') && !before.contains(u')') ? 60 : 30;
    return before.size() <= limit && !before.contains(u". ") && !before.endsWith(u'.');
}

bool CoverReader::isAnyCaption(QStringView text) const
{
    for (const QRegularExpression *re :
         {&kRegistrantCaption, &kDateCaption, &kStateCaption, &kFileCaption, &kIrsCaption,
          &kAddressCaption, &kPhoneCaption, &kFormerCaption}) {
        if (mayMatch(*re, text) && re->match(text).hasMatch())
            return true;
    }
    const QStringView t = text.trimmed();
    return t.startsWith(u'(') && t.endsWith(u')')
        && !t.contains(u"not applicable", Qt::CaseInsensitive);
}

bool CoverReader::captionIsParenthesized(const CaptionHit &hit) const
{
    const QStringView before = cellBefore(line(hit.line), hit.position);
    return before.endsWith(u'(') || line(hit.line).trimmed().startsWith(u'(') || before.isEmpty();
}

int CoverReader::lineAbove(int i, int maxSteps) const
{
    for (int j = i - 1; j >= 0 && j >= i - maxSteps; --j) {
        if (isBlank(line(j)) || isRule(line(j)))
            continue;
        return j;
    }
    return -1;
}

int CoverReader::lineBelow(int i, int maxSteps) const
{
    for (int j = i + 1; j < count() && j <= i + maxSteps; ++j) {
        if (isBlank(line(j)) || isRule(line(j)))
            continue;
        return j;
    }
    return -1;
}

int CoverReader::captionBlockTop(int i) const
{
    while (
        i > 0 && !isBlank(line(i - 1)) && !isRule(line(i - 1))
        && ((mayMatch(kStateCaption, line(i - 1)) && kStateCaption.match(line(i - 1)).hasMatch())
            || (mayMatch(kFileCaption, line(i - 1)) && kFileCaption.match(line(i - 1)).hasMatch())
            || (mayMatch(kIrsCaption, line(i - 1)) && kIrsCaption.match(line(i - 1)).hasMatch())))
        --i;
    return i;
}

int CoverReader::captionBlockBottom(int i) const
{
    static const QRegularExpression rest(
        u"^\\s*\\(?(?:incorporation|organization|identification|file\\s+number|number)\\b"_s,
        kIgnoreCase);
    while (i + 1 < count() && !isBlank(line(i + 1)) && !hasValueCell(line(i + 1))
           && (rest.match(line(i + 1)).hasMatch() || kFileCaption.match(line(i + 1)).hasMatch()
               || kIrsCaption.match(line(i + 1)).hasMatch()))
        ++i;
    return i;
}

Field CoverReader::fieldFrom(int i, QStringView text, QString normalized) const
{
    return Field{simplified(text), std::move(normalized), m_lines.rangeOf(i, text)};
}

QStringView CoverReader::textBefore(const CaptionHit &hit) const
{
    QStringView before = line(hit.line).left(hit.position).trimmed();
    while (before.endsWith(u'('))
        before.chop(1);
    return before.trimmed();
}

void CoverReader::readRegistrant(CoverPage &cover)
{
    const CaptionHit hit = findCaption(kRegistrantCaption);
    if (hit.line < 0)
        return;
    const QStringView captionLine = line(hit.line);
    const QStringView before = textBefore(hit);
    if (before.size() > 1 && before.front().isLetterOrNumber() && !isAnyCaption(before)) {
        cover.registrantName = fieldFrom(hit.line, before, companyNameKey(before));
        return;
    }
    auto acceptable = [&](QStringView text) {
        const QStringView t = text.trimmed();
        return t.size() > 1 && !isAnyCaption(t) && !findDate(t).has_value()
            && !t.contains(u"CURRENT REPORT", Qt::CaseInsensitive) && !kFormType.match(t).hasMatch()
            && !t.contains(u"Securities Exchange Act", Qt::CaseInsensitive);
    };
    const bool above = captionIsParenthesized(hit);
    for (int pass = 0; pass < 2; ++pass) {
        const int j = (pass == 0) == above ? lineAbove(hit.line) : lineBelow(hit.line, 2);
        if (j >= 0 && acceptable(line(j))) {
            QStringView value = line(j).trimmed();
            // Several values in columns: the one standing over the caption.
            const QList<Cell> cells = cellsOf(line(j), 3);
            if (cells.size() > 1 && isCellLine(line(j)) == isCellLine(captionLine)) {
                const qsizetype column = columnOf(captionLine, hit.position);
                const Cell *best = nullptr;
                for (const Cell &cell : cells) {
                    if (kIrsAnywhere.match(cell.text).hasMatch()
                        || kFileNumberAnywhere.match(cell.text).hasMatch())
                        continue;
                    if (!best || std::abs(cell.column - column) < std::abs(best->column - column))
                        best = &cell;
                }
                if (best)
                    value = best->text;
            }
            cover.registrantName = fieldFrom(j, value, companyNameKey(value));
            return;
        }
    }
}

void CoverReader::guessRegistrant(CoverPage &cover)
{
    int anchor = count();
    for (const QRegularExpression *re : {&kStateCaption, &kIrsCaption, &kAddressCaption}) {
        const CaptionHit hit = findCaption(*re);
        if (hit.line >= 0)
            anchor = std::min(anchor, hit.line);
    }
    if (anchor == count())
        return;
    for (int j = anchor - 1, seen = 0; j >= 0 && seen < 8; --j) {
        const QStringView t = line(j).trimmed();
        if (t.isEmpty() || isRule(t))
            continue;
        ++seen;
        if (isAnyCaption(t) || findDate(t) || kFormType.match(t).hasMatch()
            || kFileNumberAnywhere.match(t).hasMatch() || kIrsAnywhere.match(t).hasMatch()
            || t.contains(u"Commission", Qt::CaseInsensitive)
            || t.contains(u"CURRENT REPORT", Qt::CaseInsensitive) || t.size() > 90)
            continue;
        qsizetype letters = 0;
        qsizetype upper = 0;
        for (const QChar c : t) {
            if (c.isLetter()) {
                ++letters;
                if (c.isUpper())
                    ++upper;
            }
        }
        if (letters >= 3 && (upper * 10 >= letters * 8 || endsWithCompanySuffix(t))) {
            cover.registrantName = fieldFrom(j, t, companyNameKey(t));
            return;
        }
    }
}

void CoverReader::readDateOfReport(CoverPage &cover)
{
    const CaptionHit hit = findCaption(kDateCaption);
    if (hit.line < 0) {
        // No caption: a date standing alone on a line near the top is the date of report.
        for (int i = 0; i < std::min(count(), 30); ++i) {
            const QStringView t = line(i).trimmed();
            const auto match = findDate(t);
            if (match && match->position == 0 && match->length + 2 >= t.size()
                && !match->iso.isEmpty()) {
                const QStringView written = t.sliced(match->position, match->length);
                cover.dateOfReport =
                    Field{written.toString(), match->iso, m_lines.rangeOf(i, written)};
                return;
            }
        }
        return;
    }
    auto dateOn = [&](int i, QStringView text) -> bool {
        const auto match = findDate(text);
        if (!match)
            return false;
        const QStringView written = text.sliced(match->position, match->length);
        cover.dateOfReport = Field{written.toString(), match->iso, m_lines.rangeOf(i, written)};
        cover.earliestEventDate =
            earliestEventDate(m_lines, i, text.sliced(match->position + match->length));
        if (match->iso.isEmpty())
            m_warnings.append(Warning{
                u"date-unparsed"_s, u"The date of report \"%1\" is not a valid date"_s.arg(written),
                cover.dateOfReport.range});
        return true;
    };
    if (dateOn(hit.line, line(hit.line).sliced(hit.position)))
        return;
    const bool above = captionIsParenthesized(hit);
    QList<int> order;
    for (int step = 1; step <= 4; ++step) {
        if (above)
            order << hit.line - step;
        else
            order << hit.line + step;
    }
    for (int step = 1; step <= 3; ++step)
        order << (above ? hit.line + step : hit.line - step);
    for (const int j : std::as_const(order)) {
        if (j < 0 || j >= count() || isBlank(line(j)))
            continue;
        // Stop at another caption: its date is not ours.
        if (j != hit.line && (kRegistrantCaption.match(line(j)).hasMatch()))
            continue;
        if (dateOn(j, line(j)))
            return;
    }
}

QList<CoverReader::Match> CoverReader::matchesIn(QStringView line, const QRegularExpression &re)
{
    QList<Match> out;
    auto it = re.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(Match{m.capturedView(), columnOf(line, m.capturedStart())});
    }
    return out;
}

void CoverReader::readStateFileIrs(CoverPage &cover)
{
    const CaptionHit state = findCaption(kStateCaption);
    const CaptionHit file = findCaption(kFileCaption);
    const CaptionHit irs = findCaption(kIrsCaption);

    // Values written on the caption line itself: "Commission File Number: 0-17297".
    if (file.line >= 0) {
        const QStringView after = line(file.line).sliced(file.position + file.length);
        if (const auto m = kFileNumberAnywhere.match(after);
            m.hasMatch() && !kIrsAnywhere.match(m.capturedView()).hasMatch()) {
            cover.commissionFileNumber =
                fieldFrom(file.line, m.capturedView(), normalizeFileNumber(m.capturedView()));
        }
    }
    if (irs.line >= 0) {
        const QStringView after = line(irs.line).sliced(irs.position + irs.length);
        if (const auto m = kIrsAnywhere.match(after); m.hasMatch())
            cover.irsEmployerId =
                fieldFrom(irs.line, m.capturedView(), normalizeIrsNumber(m.capturedView()));
    }

    // The line of values above a caption block.
    auto valueLineFor = [&](const CaptionHit &hit) -> int {
        if (hit.line < 0)
            return -1;
        const int top = captionBlockTop(hit.line);
        int above = -1;
        for (int j = top - 1, tries = 0; j >= 0 && tries < 3; --j) {
            if (isBlank(line(j)) || isRule(line(j)) || isTableMarkupLine(line(j)))
                continue;
            ++tries;
            if (isAnyCaption(line(j)) && !hasValueCell(line(j)))
                continue;
            above = j;
            break;
        }
        // Captions without parentheses may head their values: "State of | Commission |
        // IRS Employer" / "Incorporation | File Number | Identification No." / values.
        const bool inParentheses = cellBefore(line(hit.line), hit.position).endsWith(u'(')
            || line(hit.line).trimmed().startsWith(u'(');
        if ((above < 0 || !hasValueCell(line(above))) && !inParentheses) {
            const int below = lineBelow(captionBlockBottom(hit.line), 2);
            if (below >= 0 && hasValueCell(line(below)))
                return below;
        }
        return above;
    };
    auto nearestTo = [&](const CaptionHit &hit, int valueLine, const QList<Match> &found) {
        const Match *best = nullptr;
        const QStringView captionLine = line(hit.line);
        const bool sameMode = isCellLine(captionLine) == isCellLine(line(valueLine));
        const qsizetype captionColumn = columnOf(captionLine, hit.position);
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        for (const Match &m : found) {
            const qsizetype distance = sameMode ? std::abs(m.column - captionColumn) : 0;
            if (!best || distance < bestDistance) {
                best = &m;
                bestDistance = distance;
            }
        }
        return best;
    };

    if (cover.commissionFileNumber.isEmpty() && file.line >= 0) {
        if (const int j = valueLineFor(file); j >= 0) {
            QList<Match> found;
            for (const Match &m : matchesIn(line(j), kFileNumberAnywhere)) {
                if (!fullMatch(kIrsValue, m.text))
                    found.append(m);
            }
            if (const Match *m = nearestTo(file, j, found))
                cover.commissionFileNumber = fieldFrom(j, m->text, normalizeFileNumber(m->text));
        }
    }
    if (cover.irsEmployerId.isEmpty() && irs.line >= 0) {
        if (const int j = valueLineFor(irs); j >= 0) {
            QList<Match> found = matchesIn(line(j), kIrsAnywhere);
            if (found.isEmpty())
                found = matchesIn(line(j), kNineDigits);
            if (found.isEmpty()) {
                // "03-153200": an IRS number with a digit missing is still the value.
                for (const Match &m : matchesIn(line(j), kIrsLike)) {
                    if (!fullMatch(kFileNumberValue, m.text) || m.text.indexOf(u'-') == 2)
                        found.append(m);
                }
            }
            if (const Match *m = nearestTo(irs, j, found)) {
                cover.irsEmployerId = fieldFrom(j, m->text, normalizeIrsNumber(m->text));
                if (cover.irsEmployerId.normalized.isEmpty())
                    m_warnings.append(
                        Warning{u"irs-digits"_s,
                                u"The IRS employer identification number \"%1\" has %2 digits; it "
                                u"should have 9"_s.arg(cover.irsEmployerId.value)
                                    .arg(digitsOnly(m->text).size()),
                                cover.irsEmployerId.range});
            }
        }
    }
    if (state.line >= 0) {
        if (const int j = valueLineFor(state); j >= 0) {
            QList<Match> named;
            QList<Match> stateLike;
            for (const Cell &cell : cellsOf(line(j), 3)) {
                QStringView text = cell.text;
                // Columns whose spacing the HTML lost run together: "Delaware 22-2084119".
                const auto number = firstMatchStart({&kFileNumberAnywhere, &kIrsAnywhere}, text);
                if (number >= 0)
                    text = text.left(number).trimmed();
                if (text.isEmpty())
                    continue;
                if (!stateCode(text).isEmpty())
                    named.append(Match{text, cell.column});
                else if (isStateLike(text) && number < 0)
                    stateLike.append(Match{text, cell.column});
            }
            const Match *m = nearestTo(state, j, named);
            if (!m)
                m = nearestTo(state, j, stateLike);
            if (m)
                cover.stateOfIncorporation = fieldFrom(j, m->text, stateCode(m->text));
        }
    }
}

} // namespace fl::coverreader

namespace fl {

using coverreader::CoverReader;
using coverreader::kFormType;
Field findFormType(const TextLines &lines, int maxLines)
{
    for (int i = 0; i < std::min(lines.size(), maxLines); ++i) {
        const QStringView l = lines.line(i);
        const auto m = kFormType.match(l);
        if (!m.hasMatch())
            continue;
        QStringView written = m.capturedView(1);
        QString normalized = simplified(written).toUpper();
        // "FORM 8-K /A" keeps the amendment mark.
        if (!normalized.endsWith(u"/A"_s) && l.trimmed().endsWith(u"/A", Qt::CaseInsensitive))
            normalized += u"/A"_s;
        return Field{written.toString(), normalized, lines.rangeOf(i, written)};
    }
    // "-1- FORM 20-F (Mark One) ...": a periodic report's form heading that opens a line
    // holding more of the cover (an HTML cover converted to one line).
    static const QRegularExpression periodic(
        u"^\\s*(?:-\\d{1,3}-\\s+)?FORM\\s+(10-K405|10-KSB|10-K|10-QSB|10-Q|20-F|40-F)(/A)?"
        u"(?=\\s*\\(Mark One\\)|\\s*$)"_s);
    for (int i = 0; i < std::min(lines.size(), maxLines); ++i) {
        const QStringView l = lines.line(i).left(200);
        const auto m = periodic.match(l);
        if (!m.hasMatch())
            continue;
        const QStringView written =
            l.sliced(m.capturedStart(1), m.capturedEnd() - m.capturedStart(1));
        return Field{written.toString(), written.toString(), lines.rangeOf(i, written)};
    }
    return {};
}

CoverPage parseCover(const TextLines &lines, QList<Warning> &warnings, bool eightK)
{
    return CoverReader(lines, warnings, eightK).read();
}

} // namespace fl

// SPDX-License-Identifier: MIT
// The cover page's registrant table, address, telephone and former name (see coverreader.h).
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

bool CoverReader::isAddressCell(QStringView t) const
{
    return !isPhoneCell(kPhone, t) && !(isAnyCaption(t) && !kZipCaption.match(t).hasMatch());
}

bool CoverReader::hasValueCell(QStringView line)
{
    return kFileNumberAnywhere.match(line).hasMatch() || kIrsAnywhere.match(line).hasMatch();
}

bool CoverReader::readRegistrantTable(CoverPage &cover)
{
    static const QRegularExpression tableCaption(u"registrants?\\b.*(?:state|address|telephone)"_s,
                                                 kIgnoreCase);
    int headerLine = -1;
    for (int i = 0; i < count(); ++i) {
        // The caption row may wrap over three lines.
        QString window = line(i).toString();
        for (int k = i + 1; k < std::min(count(), i + 3); ++k)
            window += u' ' + line(k).toString();
        const QStringView l = window;
        const QStringView first = line(i);
        if (!first.contains(u"Commission", Qt::CaseInsensitive)
            || !first.contains(u"Registrant", Qt::CaseInsensitive)
            || first.contains(u"exact name", Qt::CaseInsensitive))
            continue;
        if (tableCaption.match(l).hasMatch()
            && (kFileCaption.match(l).hasMatch() || l.contains(u"Commission", Qt::CaseInsensitive))
            && (kIrsCaption.match(l).hasMatch() || l.contains(u"Employer", Qt::CaseInsensitive)
                || l.contains(u"I.R.S", Qt::CaseInsensitive))) {
            headerLine = i;
            break;
        }
    }
    if (headerLine < 0)
        return false;
    // The first row: a file number, a name, an IRS number.
    int row = -1;
    for (int j = headerLine + 1; j < std::min(count(), headerLine + 6); ++j) {
        const QStringView l = line(j);
        if (kFileNumberAnywhere.match(l).hasMatch() && kIrsAnywhere.match(l).hasMatch()) {
            row = j;
            break;
        }
    }
    if (row < 0)
        return false;
    const QStringView rowText = line(row);
    const auto fileMatch = kFileNumberAnywhere.match(rowText);
    const QList<Match> irsMatches = matchesIn(rowText, kIrsAnywhere);
    const Match irsMatch = irsMatches.last();
    cover.commissionFileNumber =
        fieldFrom(row, fileMatch.capturedView(), normalizeFileNumber(fileMatch.capturedView()));
    cover.irsEmployerId = fieldFrom(row, irsMatch.text, normalizeIrsNumber(irsMatch.text));
    // The name: the cell between the two numbers.
    const qsizetype nameFrom = fileMatch.capturedEnd();
    const qsizetype nameTo = irsMatch.text.data() - rowText.data();
    QStringView name =
        rowText.sliced(nameFrom, std::max<qsizetype>(0, nameTo - nameFrom)).trimmed();
    // Everything may also sit on this one line: "The Southern Company (A Delaware
    // Corporation) 30 Ivan Allen ... (404) 506-5000".
    static const QRegularExpression incorporated(
        u"\\(\\s*(?:An?\\s+)?(.+?)\\s+(?:corporation|company|limited\\s+liability\\s+company|"
        u"partnership|trust|banking\\s+corporation)\\s*\\)"_s,
        kIgnoreCase);
    QList<std::pair<int, QStringView>> blockLines;
    if (const auto m = incorporated.match(name); m.hasMatch()) {
        const QStringView rest = name.sliced(m.capturedEnd()).trimmed();
        cover.stateOfIncorporation =
            fieldFrom(row, m.capturedView(1), stateCode(m.capturedView(1)));
        name = name.left(m.capturedStart()).trimmed();
        if (!rest.isEmpty())
            blockLines.append({row, rest});
    }
    cover.registrantName = fieldFrom(row, name, companyNameKey(name));
    int j = row + 1;
    while (j < count() && isBlank(line(j)))
        ++j;
    for (; j < count(); ++j) {
        const QStringView l = line(j);
        // The block ends at a blank line or at the next registrant's row.
        if (isBlank(l)
            || (kIrsAnywhere.match(l).hasMatch()
                && kFileNumberAnywhere.match(l.trimmed()).capturedStart() == 0))
            break;
        blockLines.append({j, l.trimmed()});
    }
    QList<std::pair<int, QStringView>> addressLines;
    for (const auto &[j, text] : std::as_const(blockLines)) {
        if (const auto m = incorporated.match(text);
            m.hasMatch() && cover.stateOfIncorporation.isEmpty()) {
            cover.stateOfIncorporation =
                fieldFrom(j, m.capturedView(1), stateCode(m.capturedView(1)));
            continue;
        }
        if (const auto m = kPhone.match(text);
            m.hasMatch() && cover.phone.isEmpty() && digitsOnly(m.capturedView()).size() >= 10) {
            // One line may hold the address and then the phone number.
            const QStringView before = text.left(m.capturedStart()).trimmed();
            if (!before.isEmpty())
                addressLines.append({j, before});
            cover.phone = fieldFrom(j, m.capturedView().trimmed(), digitsOnly(m.capturedView()));
            continue;
        }
        if (cover.phone.isEmpty())
            addressLines.append({j, text});
    }
    if (!addressLines.isEmpty()) {
        auto &[lastLine, lastText] = addressLines.last();
        if (const auto m = kTrailingZip.match(lastText); m.hasMatch()) {
            cover.zipCode = fieldFrom(lastLine, m.capturedView(2), digitsOnly(m.capturedView(2)));
            lastText = m.capturedView(1);
        }
        QStringList parts;
        for (const auto &[j, text] : std::as_const(addressLines))
            parts.append(simplified(text));
        const SourceRange first =
            m_lines.rangeOf(addressLines.first().first, addressLines.first().second);
        const SourceRange last = m_lines.rangeOf(lastLine, lastText);
        const QString value = parts.join(u", "_s);
        cover.address = Field{value, value, SourceRange::fromTo(first.start, last.end())};
    }
    return true;
}

void CoverReader::readAddress(CoverPage &cover)
{
    const CaptionHit hit = findCaption(kAddressCaption, 0, true);
    if (hit.line < 0)
        return;
    struct Piece
    {
        int line;
        QStringView text;
    };
    QList<Piece> pieces; // address parts, top to bottom
    Field zip;
    bool stop = false;

    auto takeZip = [&](int i, QStringView text) {
        if (!zip.isEmpty())
            return;
        const QString digits = digitsOnly(text);
        QString normalized = digits.size() == 9 ? digits.left(5) + u'-' + digits.mid(5)
            : digits.size() == 5                ? digits
                                                : simplified(text).toUpper();
        zip = fieldFrom(i, text, normalized);
    };
    // Reads one value line; a second address with its own zip code (a company with two
    // principal offices) ends the address.
    auto addLine = [&](int i, QStringView text) {
        if (stop)
            return;
        const QList<Cell> cells = cellsOf(text, 3);
        if (!zip.isEmpty()) {
            for (const Cell &cell : cells) {
                if (fullMatch(kZipValue, cell.text) || kTrailingZip.match(cell.text).hasMatch()) {
                    stop = true;
                    return;
                }
            }
        }
        for (const Cell &cell : cells) {
            QStringView t = cell.text;
            if (t.startsWith(u'(')
                && (kZipCaption.match(t).hasMatch() || kAddressCaption.match(t).hasMatch()))
                continue;
            if (!fullMatch(kZipValue, t) && !isAddressCell(t))
                continue; // the telephone number or its caption in a column beside

            if (fullMatch(kZipValue, t)) {
                takeZip(i, t.trimmed());
                continue;
            }
            // A caption in parentheses glued to the value ("Suite 100 (Zip Code)").
            if (const qsizetype paren = t.indexOf(u'(');
                paren > 0 && kZipCaption.match(t.sliced(paren)).hasMatch())
                t = t.left(paren).trimmed();
            if (const auto m = kTrailingZip.match(t); m.hasMatch()) {
                takeZip(i, m.capturedView(2));
                t = m.capturedView(1);
            }
            while (!t.isEmpty() && (t.back() == u',' || isSpaceLike(t.back())))
                t.chop(1);
            if (!t.isEmpty())
                pieces.append(Piece{i, t});
        }
    };

    // Same line, before the caption: "1 Main St, Town, ST 12345 (Address of ...)".
    const QStringView captionLine = line(hit.line);
    QStringView before = captionLine.left(hit.position).trimmed();
    while (before.endsWith(u'('))
        before.chop(1);
    if (before.size() > 3 && before.front().isLetterOrNumber())
        addLine(hit.line, before);

    if (pieces.isEmpty() && captionIsParenthesized(hit)) {
        // Contiguous lines above the caption (rules between them and the caption skipped).
        int j = hit.line - 1;
        while (j >= 0 && isRule(line(j)))
            --j;
        while (j >= 0 && isBlank(line(j)) && j >= hit.line - 2)
            --j;
        QList<int> above;
        for (; j >= 0 && above.size() < 6; --j) {
            const QStringView l = line(j);
            if (isBlank(l) || isRule(l))
                break;
            const QStringView t = l.trimmed();
            if (kZipCaption.match(t).hasMatch() && t.startsWith(u'(') && cellsOf(t).size() == 1)
                continue; // "(Zip Code)" alone on a line
            if (isCaptionFragment(t))
                break;
            // Cells beside the address may hold the telephone number and its caption
            // ("One Bowerman Drive | (503) 671-6453"); under a combined "(Address and
            // telephone number ...)" caption the number may also stand on its own line.
            const QList<Cell> cells = cellsOf(t, 3);
            const bool phoneOnly = std::all_of(cells.begin(), cells.end(), [](const Cell &c) {
                return isPhoneCell(kPhone, c.text);
            });
            if (phoneOnly && kPhoneCaption.match(line(hit.line)).hasMatch())
                continue;
            if (phoneOnly || !std::any_of(cells.begin(), cells.end(), [&](const Cell &c) {
                    return isAddressCell(c.text);
                }))
                break;
            if (cells.size() == 1 && kPhone.match(t).hasMatch() && !kTrailingZip.match(t).hasMatch()
                && digitsOnly(t).size() >= 10)
                break;
            above.prepend(j);
        }
        // "One Apple Park Way" / blank / "Cupertino, California 95014": a street line one
        // blank line above a city line still belongs to the address.
        static const QRegularExpression street(
            u"^\\d|\\b(?:street|st\\.|road|rd\\.|avenue|ave\\.?|way|drive|plaza|boulevard|blvd|"
            u"suite|p\\.?\\s?o\\.?\\s+box|parkway|lane|court|place|center|centre|square)\\b"_s,
            kIgnoreCase);
        bool hasStreet = false;
        for (const int k : std::as_const(above))
            hasStreet = hasStreet || street.match(line(k).trimmed()).hasMatch();
        if (!above.isEmpty() && !hasStreet && j >= 1 && isBlank(line(j))) {
            const int k = j - 1;
            const QStringView t = line(k).trimmed();
            if (!t.isEmpty() && street.match(t).hasMatch() && !isAnyCaption(t)
                && !isCaptionFragment(t) && !kPhone.match(t).hasMatch() && t.size() < 80)
                above.prepend(k);
        }
        for (const int k : std::as_const(above))
            addLine(k, line(k));
    }
    if (pieces.isEmpty()) {
        // "Address of principal executive offices: ..." or the value below the caption.
        QStringView after = captionLine.sliced(hit.position + hit.length);
        const qsizetype colon = after.indexOf(u':');
        if (colon >= 0)
            after = after.sliced(colon + 1);
        // The rest of a caption in parentheses is not a value: "... executive offices)".
        const qsizetype close = after.indexOf(u')');
        if (close >= 0 && (captionIsParenthesized(hit) || after.left(close).trimmed().isEmpty()))
            after = after.sliced(close + 1);
        if (after.trimmed().size() > 3 && !isAnyCaption(after.trimmed()))
            addLine(hit.line, after.trimmed());
        else if (const int j = lineBelow(hit.line, 2); j >= 0 && !isAnyCaption(line(j)))
            addLine(j, line(j));
    }
    // The zip code in its own column under a "(Zip Code)" caption on the caption line.
    if (zip.isEmpty()) {
        for (int j = hit.line; j >= std::max(0, hit.line - 3); --j) {
            for (const Cell &cell : cellsOf(line(j))) {
                if (fullMatch(kZipValue, cell.text)) {
                    takeZip(j, cell.text.trimmed());
                    break;
                }
            }
            if (!zip.isEmpty())
                break;
        }
    }
    if (!pieces.isEmpty()) {
        QStringList parts;
        for (const Piece &p : std::as_const(pieces))
            parts.append(simplified(p.text));
        const SourceRange first = m_lines.rangeOf(pieces.first().line, pieces.first().text);
        const SourceRange last = m_lines.rangeOf(pieces.last().line, pieces.last().text);
        const QString value = parts.join(u", "_s);
        cover.address = Field{value, value, SourceRange::fromTo(first.start, last.end())};
    }
    cover.zipCode = zip;
}

void CoverReader::readPhone(CoverPage &cover)
{
    // The registrant's number, not that of "the person authorized to receive notices";
    // else the first caption that names no one else ("(Telephone No.)", "(Address and
    // telephone number of principal executive offices)").
    CaptionHit hit;
    CaptionHit plain;
    for (CaptionHit h; (h = findCaption(kPhoneCaption, h.line + 1, true)).line >= 0;) {
        const QStringView l = line(h.line);
        if (l.contains(u"area code", Qt::CaseInsensitive)
            || l.contains(u"registrant", Qt::CaseInsensitive)
            || l.contains(u"issuer", Qt::CaseInsensitive)) {
            hit = h;
            break;
        }
        static const QRegularExpression someoneElse(u"agent|notices|authorized|copies|person"_s,
                                                    kIgnoreCase);
        // Only a caption in parentheses: "(Telephone No.)", "(Address and telephone ...".
        const QStringView before = cellBefore(l, h.position);
        if (plain.line < 0 && before.contains(u'(') && !before.contains(u')')
            && !someoneElse.match(l).hasMatch())
            plain = h;
    }
    if (hit.line < 0)
        hit = plain;
    if (hit.line < 0)
        return; // no caption, or no lines at all (found by fuzz_items)
    auto phoneOn = [&](int i, QStringView text) -> bool {
        const QRegularExpressionMatch m = firstNonFax(kPhone, text);
        if (!m.hasMatch())
            return false;
        const QStringView written = m.capturedView().trimmed();
        const QString digits = digitsOnly(written);
        if (digits.size() < 7)
            return false;
        cover.phone = fieldFrom(i, written, digits);
        const bool valid = digits.size() == 10 || (digits.size() == 11 && digits[0] == u'1');
        if (!valid)
            m_warnings.append(
                Warning{u"phone-digits"_s,
                        u"The telephone number \"%1\" has %2 digits; a US number with area code "
                        u"has 10"_s.arg(cover.phone.value)
                            .arg(digits.size()),
                        cover.phone.range});
        return true;
    };
    if (phoneOn(hit.line, line(hit.line).sliced(hit.position)))
        return;
    if (phoneOn(hit.line, line(hit.line).left(hit.position)))
        return;
    const bool above = captionIsParenthesized(hit);
    const int first = above ? lineAbove(hit.line, 3) : lineBelow(hit.line, 3);
    const int second = above ? lineBelow(hit.line, 2) : lineAbove(hit.line, 2);
    for (const int j : {first, second}) {
        if (j >= 0 && !kAddressCaption.match(line(j)).hasMatch() && phoneOn(j, line(j)))
            return;
    }
}

void CoverReader::readFormerName(CoverPage &cover)
{
    const CaptionHit hit = findCaption(kFormerCaption, 0, true);
    if (hit.line < 0)
        return;
    const QStringView captionLine = line(hit.line);
    const QStringView before = textBefore(hit);
    QStringView value;
    int valueLine = hit.line;
    if (before.size() > 1) {
        value = before;
    } else if (captionIsParenthesized(hit)) {
        const int j = lineAbove(hit.line, 3);
        if (j >= 0) {
            const QStringView t = line(j).trimmed();
            if (!isAnyCaption(t) && !kPhone.match(t).hasMatch() && !kZipValue.match(t).hasMatch()) {
                value = t;
                valueLine = j;
            }
        }
    } else {
        QStringView after = captionLine.sliced(hit.position + hit.length);
        const qsizetype colon = after.indexOf(u':');
        if (colon >= 0 && after.sliced(colon + 1).trimmed().size() > 1)
            value = after.sliced(colon + 1).trimmed();
    }
    if (value.isEmpty())
        return;
    cover.formerName =
        fieldFrom(valueLine, value, isNotApplicable(value) ? u"N/A"_s : simplified(value));
}

} // namespace fl::coverreader

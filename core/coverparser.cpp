// SPDX-License-Identifier: MIT
#include "coverparser.h"

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

namespace fl {

namespace {

constexpr auto kIgnoreCase = QRegularExpression::CaseInsensitiveOption;

const QRegularExpression kRegistrantCaption(
    u"exact\\s+name\\s+of\\s+(?:the\\s+)?(?:registrant|issuer|issuing\\s+entity|company|"
    u"depositor|sponsor|small\\s+business\\s+issuer)|name\\s+of\\s+registrant\\s+as\\s+specified"_s,
    kIgnoreCase);
const QRegularExpression
    kDateCaption(u"date\\s+of\\s+(?:this\\s+)?report|date\\s+of\\s+earliest\\s+event"_s,
                 kIgnoreCase);
const QRegularExpression kStateCaption(
    u"state\\s+or\\s+other|jurisdiction\\s+of|state\\s+of\\s+incorporation|\\(\\s*state\\b|"
    u"^\\s*state\\s+of(?=\\s*$|\\t|\\s{2})"_s,
    kIgnoreCase);
const QRegularExpression
    kFileCaption(u"commission\\s+file|\\(\\s*commission\\b|file\\s+number|file\\s+no\\b"_s,
                 kIgnoreCase);
const QRegularExpression
    kIrsCaption(u"i\\.?\\s?r\\.?\\s?s\\.?\\s+employe|employer\\s+identification|employer\\s+id\\b|"
                u"\\(\\s*i\\.?\\s?r\\.?\\s?s\\b"_s,
                kIgnoreCase);
const QRegularExpression kAddressCaption(
    u"address\\s+of\\s+principal|principal\\s+executive\\s+offices?|"
    u"address,?\\s+including\\s+zip\\s+code|address\\s+and\\s+telephone\\s+number"_s,
    kIgnoreCase);
const QRegularExpression kZipCaption(u"\\(\\s*zip\\s*code\\s*\\)|zip\\s+code"_s, kIgnoreCase);
const QRegularExpression kPhoneCaption(u"telephone\\s+number|\\btelephone\\b"_s, kIgnoreCase);
const QRegularExpression kFormerCaption(u"former\\s+name|former\\s+address"_s, kIgnoreCase);
const QRegularExpression kFormType(
    u"^\\s*FORM\\s+([0-9]{1,2}-[0-9A-Z]{1,4}(?:/A)?|[0-9]{1,3}[A-Z]?(?:-[0-9A-Z]+)?(?:/A)?|"
    u"S-[0-9]{1,2}(?:/A)?|F-[0-9]{1,2}(?:/A)?|DEF\\s?14A|SD|N-[0-9A-Z-]+)\\s*(?:/A)?\\s*$"_s,
    kIgnoreCase);

const QRegularExpression kFileNumberValue(u"^\\(?\\d{1,4}\\s?-\\s?\\d{2,6}(?:-\\d{1,3})?\\)?$"_s);
const QRegularExpression kFileNumberAnywhere(u"\\b\\d{1,4}-\\d{3,6}(?:-\\d{1,3})?\\b"_s);
const QRegularExpression kIrsValue(u"^(?:\\d{2}\\s?-\\s?\\d{7}|\\d{9})$"_s);
const QRegularExpression kIrsAnywhere(u"\\b\\d{2}\\s?-\\s?\\d{7}\\b"_s);
const QRegularExpression kNineDigits(u"\\b\\d{9}\\b"_s);
const QRegularExpression kIrsLike(u"\\b\\d{2}-\\d{5,8}\\b"_s);
const QRegularExpression kPhone(
    u"(?:\\+?1[\\s.\\-]*)?\\(\\s*\\d{3}\\s*\\)[\\s.\\-]*\\d{3}[\\s.\\-]*\\d{2,5}\\b|"
    u"\\b\\d{3}[\\s.\\-]+\\d{3}[\\s.\\-]+\\d{3,5}\\b|\\b\\d{3}\\s?/\\s?\\d{3}[\\s.\\-]+\\d{4}\\b|"
    u"\\b\\d{3}[\\s.\\-]+\\d{3,4}\\b"_s);
// US zip codes, and Canadian postal codes ("K0M 2T0") for registrants based there.
const QRegularExpression
    kZipValue(u"^(?:\\d{5}(?:\\s?-\\s?\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)$"_s);
const QRegularExpression
    kTrailingZip(u"^(.*?)[,\\s]+(\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)$"_s);

// Words every match of a caption pattern contains (see literalfilter.h): a line without them is
// not run through the pattern. Change the words with the pattern.
struct CaptionWords
{
    const QRegularExpression *re;
    std::initializer_list<std::string_view> words;
};
const CaptionWords kCaptionWords[] = {
    {&kRegistrantCaption, {"name"}},
    {&kDateCaption, {"date"}},
    {&kStateCaption, {"tate", "juri"}},
    {&kFileCaption, {"commi", "file"}},
    {&kIrsCaption, {"employe", "("}},
    {&kAddressCaption, {"addre", "principal"}},
    {&kZipCaption, {"zip"}},
    {&kPhoneCaption, {"telephone"}},
    {&kFormerCaption, {"former"}},
};

// False when `re` cannot match `text`; true when it may (or has no words listed).
bool mayMatch(const QRegularExpression &re, QStringView text)
{
    for (const CaptionWords &entry : kCaptionWords) {
        if (entry.re == &re)
            return containsAnyNoCase(text, entry.words);
    }
    return true;
}

bool fullMatch(const QRegularExpression &re, QStringView text)
{
    return re.match(text.trimmed()).hasMatch();
}

class CoverReader
{
public:
    CoverReader(const TextLines &lines, QList<Warning> &warnings, bool eightK)
        : m_lines(lines)
        , m_warnings(warnings)
        , m_eightK(eightK)
    {
    }

    CoverPage read()
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

private:
    int count() const { return m_lines.size(); }
    // No cover line is longer than this; a longer one (a file of one long line) is read only
    // this far, which keeps the column arithmetic below linear.
    static constexpr qsizetype kMaxLine = 1000;
    QStringView line(int i) const { return m_lines.line(i).left(kMaxLine); }

    struct CaptionHit
    {
        int line = -1;
        qsizetype position = 0;
        qsizetype length = 0;
    };

    // `asCaption`: the words must stand as a caption ("(Address of principal executive
    // offices)", "Registrant's telephone number, ..."), not inside a sentence of body text
    // ("The Company's principal executive offices are located at ...").
    CaptionHit findCaption(const QRegularExpression &re, int from = 0, bool asCaption = false) const
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

    static bool standsAsCaption(QStringView line, qsizetype position)
    {
        const QStringView before = cellBefore(line, position);
        if (before.isEmpty() || before.endsWith(u'('))
            return true;
        // A short lead-in: "Registrant's", "Issuer's", "(Name, address, including zip code,";
        // or a longer one inside the caption's parenthesis: "(Address, including zip code, and".
        const qsizetype limit = before.startsWith(u'(') && !before.contains(u')') ? 60 : 30;
        return before.size() <= limit && !before.contains(u". ") && !before.endsWith(u'.');
    }

    bool isAnyCaption(QStringView text) const
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

    // The caption stands under its value when it is written in parentheses.
    bool captionIsParenthesized(const CaptionHit &hit) const
    {
        const QStringView before = cellBefore(line(hit.line), hit.position);
        return before.endsWith(u'(') || line(hit.line).trimmed().startsWith(u'(')
            || before.isEmpty();
    }

    int lineAbove(int i, int maxSteps = 4) const
    {
        for (int j = i - 1; j >= 0 && j >= i - maxSteps; --j) {
            if (isBlank(line(j)) || isRule(line(j)))
                continue;
            return j;
        }
        return -1;
    }

    int lineBelow(int i, int maxSteps = 4) const
    {
        for (int j = i + 1; j < count() && j <= i + maxSteps; ++j) {
            if (isBlank(line(j)) || isRule(line(j)))
                continue;
            return j;
        }
        return -1;
    }

    // First line of a caption written over several lines ("(State or other jurisdiction" /
    // "of incorporation)").
    int captionBlockTop(int i) const
    {
        while (i > 0 && !isBlank(line(i - 1)) && !isRule(line(i - 1))
               && ((mayMatch(kStateCaption, line(i - 1))
                    && kStateCaption.match(line(i - 1)).hasMatch())
                   || (mayMatch(kFileCaption, line(i - 1))
                       && kFileCaption.match(line(i - 1)).hasMatch())
                   || (mayMatch(kIrsCaption, line(i - 1))
                       && kIrsCaption.match(line(i - 1)).hasMatch())))
            --i;
        return i;
    }

    // Last line of a caption block that heads its values ("State of" / "Incorporation").
    int captionBlockBottom(int i) const
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

    Field fieldFrom(int i, QStringView text, QString normalized = {}) const
    {
        return Field{simplified(text), std::move(normalized), m_lines.rangeOf(i, text)};
    }

    void readRegistrant(CoverPage &cover)
    {
        const CaptionHit hit = findCaption(kRegistrantCaption);
        if (hit.line < 0)
            return;
        const QStringView captionLine = line(hit.line);
        QStringView before = captionLine.left(hit.position).trimmed();
        while (before.endsWith(u'('))
            before.chop(1);
        before = before.trimmed();
        if (before.size() > 1 && before.front().isLetterOrNumber() && !isAnyCaption(before)) {
            cover.registrantName = fieldFrom(hit.line, before, companyNameKey(before));
            return;
        }
        auto acceptable = [&](QStringView text) {
            const QStringView t = text.trimmed();
            return t.size() > 1 && !isAnyCaption(t) && !findDate(t).has_value()
                && !t.contains(u"CURRENT REPORT", Qt::CaseInsensitive)
                && !kFormType.match(t).hasMatch()
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
                        if (!best
                            || std::abs(cell.column - column) < std::abs(best->column - column))
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

    // No "(Exact name of registrant ...)" caption: the company name usually still stands on
    // its own above the state / file number / IRS line.
    void guessRegistrant(CoverPage &cover)
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

    void readDateOfReport(CoverPage &cover)
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
                m_warnings.append(
                    Warning{u"date-unparsed"_s,
                            u"The date of report \"%1\" is not a valid date"_s.arg(written),
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

    // A value found with a pattern anywhere in a line, with its column.
    struct Match
    {
        QStringView text;
        qsizetype column;
    };

    static QList<Match> matchesIn(QStringView line, const QRegularExpression &re)
    {
        QList<Match> out;
        auto it = re.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            out.append(Match{m.capturedView(), columnOf(line, m.capturedStart())});
        }
        return out;
    }

    void readStateFileIrs(CoverPage &cover)
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
                    cover.commissionFileNumber =
                        fieldFrom(j, m->text, normalizeFileNumber(m->text));
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
                        m_warnings.append(Warning{
                            u"irs-digits"_s,
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
                    const auto number =
                        firstMatchStart({&kFileNumberAnywhere, &kIrsAnywhere}, text);
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

    // A cell that may be part of an address: neither a caption nor a telephone number.
    bool isAddressCell(QStringView t) const
    {
        return !isPhoneCell(kPhone, t) && !(isAnyCaption(t) && !kZipCaption.match(t).hasMatch());
    }

    static bool hasValueCell(QStringView line)
    {
        return kFileNumberAnywhere.match(line).hasMatch() || kIrsAnywhere.match(line).hasMatch();
    }

    // Combined filings of several registrants (utilities, mostly) put the cover in a table:
    // "Commission File Number | Registrant, State of Incorporation, Address and Telephone
    // Number | I.R.S. Employer Identification No.", one block of lines per registrant. The
    // first registrant's block fills the cover.
    bool readRegistrantTable(CoverPage &cover)
    {
        static const QRegularExpression tableCaption(
            u"registrants?\\b.*(?:state|address|telephone)"_s, kIgnoreCase);
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
                && (kFileCaption.match(l).hasMatch()
                    || l.contains(u"Commission", Qt::CaseInsensitive))
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
            if (const auto m = kPhone.match(text); m.hasMatch() && cover.phone.isEmpty()
                && digitsOnly(m.capturedView()).size() >= 10) {
                // One line may hold the address and then the phone number.
                const QStringView before = text.left(m.capturedStart()).trimmed();
                if (!before.isEmpty())
                    addressLines.append({j, before});
                cover.phone =
                    fieldFrom(j, m.capturedView().trimmed(), digitsOnly(m.capturedView()));
                continue;
            }
            if (cover.phone.isEmpty())
                addressLines.append({j, text});
        }
        if (!addressLines.isEmpty()) {
            auto &[lastLine, lastText] = addressLines.last();
            if (const auto m = kTrailingZip.match(lastText); m.hasMatch()) {
                cover.zipCode =
                    fieldFrom(lastLine, m.capturedView(2), digitsOnly(m.capturedView(2)));
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

    void readAddress(CoverPage &cover)
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
                    if (fullMatch(kZipValue, cell.text)
                        || kTrailingZip.match(cell.text).hasMatch()) {
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
                if (cells.size() == 1 && kPhone.match(t).hasMatch()
                    && !kTrailingZip.match(t).hasMatch() && digitsOnly(t).size() >= 10)
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
            if (close >= 0
                && (captionIsParenthesized(hit) || after.left(close).trimmed().isEmpty()))
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

    void readPhone(CoverPage &cover)
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
                m_warnings.append(Warning{
                    u"phone-digits"_s,
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

    void readFormerName(CoverPage &cover)
    {
        const CaptionHit hit = findCaption(kFormerCaption, 0, true);
        if (hit.line < 0)
            return;
        const QStringView captionLine = line(hit.line);
        QStringView before = captionLine.left(hit.position).trimmed();
        while (before.endsWith(u'('))
            before.chop(1);
        before = before.trimmed();
        QStringView value;
        int valueLine = hit.line;
        if (before.size() > 1) {
            value = before;
        } else if (captionIsParenthesized(hit)) {
            const int j = lineAbove(hit.line, 3);
            if (j >= 0) {
                const QStringView t = line(j).trimmed();
                if (!isAnyCaption(t) && !kPhone.match(t).hasMatch()
                    && !kZipValue.match(t).hasMatch()) {
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

    const TextLines &m_lines;
    QList<Warning> &m_warnings;
    bool m_eightK;
};

} // namespace

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

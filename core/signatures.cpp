// SPDX-License-Identifier: MIT
#include "signatures.h"

#include "lineshapes.h"
#include "normalize.h"
#include "textlines.h"

#include <QPair>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

QStringView stripLabel(QStringView line, QStringView label)
{
    QStringView t = line.trimmed();
    if (!t.startsWith(label, Qt::CaseInsensitive))
        return {};
    t = t.sliced(label.size()).trimmed();
    if (t.startsWith(u':'))
        t = t.sliced(1).trimmed();
    return t;
}

QStringView trimUnderscores(QStringView s)
{
    while (!s.isEmpty() && (s.back() == u'_' || isSpaceLike(s.back())))
        s.chop(1);
    while (!s.isEmpty() && (s.front() == u'_' || isSpaceLike(s.front())))
        s = s.sliced(1);
    return s;
}

Field dateFieldIn(const TextLines &lines, int i, QStringView searchIn)
{
    const auto match = findDate(searchIn);
    if (!match)
        return {};
    const QStringView written = searchIn.sliced(match->position, match->length);
    return Field{written.toString(), match->iso, lines.rangeOf(i, written)};
}

// "Date: February 26, 2004", "Dated: ...": the label before a signature's date.
const QRegularExpression &dateLabel()
{
    static const QRegularExpression label(u"\\bDated?\\s*:?"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return label;
}

// The registrant: the line above "(Registrant)", else a cell naming the cover's registrant.
Field findRegistrant(const TextLines &lines, int limit, const QString &registrantHint)
{
    Field registrant;
    for (int i = 0; i < limit && registrant.isEmpty(); ++i) {
        if (!lines.line(i).contains(u"(Registrant)", Qt::CaseInsensitive))
            continue;
        const QStringView same =
            lines.line(i)
                .left(lines.line(i).indexOf(u"(Registrant)", 0, Qt::CaseInsensitive))
                .trimmed();
        if (same.size() > 1) {
            registrant = Field{simplified(same), companyNameKey(same), lines.rangeOf(i, same)};
            break;
        }
        for (int j = i - 1; j >= std::max(0, i - 4); --j) {
            const QStringView above = lines.line(j);
            if (isBlank(above) || isRule(above))
                continue;
            const QList<QStringView> cells = splitCells(above);
            const QStringView name = cells.isEmpty() ? above.trimmed() : cells.last();
            registrant = Field{simplified(name), companyNameKey(name), lines.rangeOf(j, name)};
            break;
        }
    }
    if (registrant.isEmpty() && !registrantHint.isEmpty()) {
        const QString key = companyNameKey(registrantHint);
        for (int i = 0; i < limit && registrant.isEmpty(); ++i) {
            for (const QStringView cell : splitCells(lines.line(i))) {
                if (!key.isEmpty() && companyNameKey(cell) == key) {
                    registrant = Field{simplified(cell), key, lines.rangeOf(i, cell)};
                    break;
                }
            }
        }
    }
    return registrant;
}

// The dates of a signatures section, with the line each stands on.
using DatedLines = QList<QPair<int, Field>>;

DatedLines findSignatureDates(const TextLines &lines, int limit)
{
    // Date lines ("Date: February 26, 2004", "Dated: ..."), by line.
    DatedLines dates;
    for (int i = 0; i < limit; ++i) {
        const QStringView line = lines.line(i);
        const auto m = dateLabel().match(line);
        if (!m.hasMatch())
            continue;
        const QStringView after = line.sliced(m.capturedEnd());
        Field date = dateFieldIn(lines, i, after);
        if (!date.isEmpty())
            dates.append({i, date});
    }

    if (dates.isEmpty()) {
        // "April 28, 2022  By: /s/ ..." : a date without its label, else the date in the
        // "... duly authorized on this 8th day of January, 2025" sentence.
        for (const bool shortLines : {true, false}) {
            for (int i = 0; i < limit && dates.isEmpty(); ++i) {
                const QStringView line = lines.line(i);
                if (shortLines && line.size() > 120)
                    continue;
                Field date = dateFieldIn(lines, i, line);
                if (!date.isEmpty() && !date.normalized.isEmpty())
                    dates.append({i, date});
            }
            if (!dates.isEmpty())
                break;
        }
    }
    return dates;
}

Field nearestDate(const DatedLines &dates, int line)
{
    Field best;
    int bestDistance = 1 << 30;
    for (const auto &[dateLine, date] : dates) {
        const int distance = std::abs(dateLine - line);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = date;
        }
    }
    return best;
}

// Company lines ("ALABAMA POWER COMPANY") name the registrant a signature below them
// belongs to, in filings signed for several registrants.
bool isCompanyLine(QStringView t)
{
    t = t.trimmed();
    if (t.size() < 3 || t.size() > 80 || !endsWithCompanySuffix(t))
        return false;
    qsizetype letters = 0;
    qsizetype upper = 0;
    for (const QChar c : t) {
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper() ? 1 : 0;
        }
    }
    return letters > 0 && upper * 10 >= letters * 8;
}

// The nearest company line above `line`, back to the signature before it.
Field registrantAbove(const TextLines &lines, int line)
{
    for (int j = line - 1; j >= 0; --j) {
        const QList<QStringView> cells = splitCells(lines.line(j));
        for (auto it = cells.crbegin(); it != cells.crend(); ++it) {
            if (isCompanyLine(*it))
                return Field{simplified(*it), companyNameKey(*it), lines.rangeOf(j, *it)};
        }
        if (lines.line(j).contains(u"/s/", Qt::CaseInsensitive))
            break;
    }
    return {};
}

// What the signatures of one section share: its lines, how far to read, its registrant and
// its dates.
struct SignatureSection
{
    const TextLines &lines;
    int limit;
    Field registrant;
    DatedLines dates;
};

// A title written over several lines, joined with spaces.
struct TitleLines
{
    QString text;
    SourceRange range;

    void add(const TextLines &lines, int j, QStringView part)
    {
        if (text.isEmpty()) {
            text = part.toString();
            range = lines.rangeOf(j, part);
        } else {
            text += u' ' + part.toString();
            range = SourceRange::fromTo(range.start, lines.rangeOf(j, part).end());
        }
    }
};

// The signer's name: the first cell after the signature marker, else on the next lines ("Name:
// ..."). Returns the line it was found on.
int readSignerName(const SignatureSection &section, int i, const QList<QStringView> &cells,
                   Signature &sig)
{
    const TextLines &lines = section.lines;
    QStringView name = cells.isEmpty() ? QStringView() : trimUnderscores(cells.first());
    int nameLine = i;
    if (name.isEmpty()) {
        for (int j = i + 1; j < std::min(section.limit, i + 3); ++j) {
            const QStringView next = lines.line(j);
            if (isBlank(next) || isRule(next))
                continue;
            QStringView candidate = next.trimmed();
            if (QStringView label = stripLabel(candidate, u"Name"); !label.isEmpty())
                candidate = label;
            name = candidate;
            nameLine = j;
            break;
        }
    }
    if (!name.isEmpty())
        sig.signer = Field{simplified(name), QString(), lines.rangeOf(nameLine, name)};
    return nameLine;
}

// Cells to the right of the name on the same line: title and date (signature tables).
void readCellsBesideName(const TextLines &lines, int i, const QList<QStringView> &cells,
                         Signature &sig)
{
    for (qsizetype c = 1; c < cells.size(); ++c) {
        if (sig.date.isEmpty()) {
            Field date = dateFieldIn(lines, i, cells[c]);
            if (!date.isEmpty()) {
                sig.date = date;
                continue;
            }
        }
        if (sig.title.isEmpty() && !cells[c].startsWith(u"Date", Qt::CaseInsensitive))
            sig.title = Field{simplified(cells[c]), QString(), lines.rangeOf(i, cells[c])};
    }
}

// "Date: March 30, 2021  Brien M. Chase, Senior Vice President": what follows the date on a
// line that starts with a date label; the line itself otherwise.
QStringView afterLeadingDate(QStringView t)
{
    const auto m = dateLabel().match(t);
    if (!m.hasMatch() || m.capturedStart() != 0)
        return t;
    const QStringView after = t.sliced(m.capturedEnd());
    const auto date = findDate(after);
    return date ? after.sliced(date->position + date->length).trimmed() : QStringView();
}

// Lines below the name: "Name:" / "Title:" labels, or the name repeated and the title under
// it.
void readLinesBelowName(const SignatureSection &section, int nameLine, Signature &sig)
{
    const TextLines &lines = section.lines;
    const int limit = section.limit;
    const Field &registrant = section.registrant;
    TitleLines title;
    for (int j = nameLine + 1; j < std::min(limit, nameLine + 8) && sig.title.isEmpty(); ++j) {
        const QStringView line = lines.line(j);
        QStringView t = line.trimmed();
        if (isRule(line))
            continue;
        if (t.isEmpty()) {
            if (!title.text.isEmpty())
                break;
            continue;
        }
        if (t.contains(u"/s/", Qt::CaseInsensitive) || t.startsWith(u"By:", Qt::CaseInsensitive)
            || t.startsWith(u"By ", Qt::CaseInsensitive))
            break;
        t = afterLeadingDate(t);
        if (t.isEmpty()) {
            if (!title.text.isEmpty())
                break;
            continue;
        }
        if (QStringView n = stripLabel(t, u"Name"); !n.isEmpty()) {
            if (sig.signer.isEmpty())
                sig.signer = Field{simplified(n), QString(), lines.rangeOf(j, n)};
            continue;
        }
        if (QStringView tt = stripLabel(t, u"Title"); !tt.isEmpty()) {
            title.add(lines, j, tt);
            // A title wrapped onto the next line
            for (int k = j + 1; k < std::min(limit, j + 3); ++k) {
                const QStringView more = lines.line(k).trimmed();
                if (more.isEmpty() || more.contains(u':') || more.contains(u"/s/"))
                    break;
                title.add(lines, k, more);
            }
            break;
        }
        if (isCompanyLine(t)
            || (!registrant.isEmpty() && companyNameKey(t) == registrant.normalized))
            break; // the next registrant's block
        // The signer's name printed under the signature line, possibly followed by the
        // title: "Fred D. Anderson," / "Brien M. Chase, Senior Vice President".
        if (!sig.signer.isEmpty()
            && simplified(t).startsWith(sig.signer.value, Qt::CaseInsensitive)) {
            QStringView rest = t.sliced(std::min(t.size(), sig.signer.value.size()));
            while (!rest.isEmpty() && (rest.front() == u',' || isSpaceLike(rest.front())))
                rest = rest.sliced(1);
            if (rest.isEmpty() || simplified(t).size() != t.size())
                continue; // (names written with odd spacing are skipped whole)
            title.add(lines, j, rest);
            continue;
        }
        title.add(lines, j, t);
    }
    if (sig.title.isEmpty() && !title.text.isEmpty())
        sig.title = Field{simplified(title.text), QString(), title.range};
}

// The signature whose marker ("/s/", "By:") is on line i, `afterMarker` the rest of its cell.
Signature readSigner(const SignatureSection &section, int i, QStringView afterMarker)
{
    const TextLines &lines = section.lines;
    Signature sig;
    sig.registrant = registrantAbove(lines, i);
    if (sig.registrant.isEmpty())
        sig.registrant = section.registrant;
    const QList<QStringView> cells = splitCells(afterMarker, 3);
    const int nameLine = readSignerName(section, i, cells, sig);
    readCellsBesideName(lines, i, cells, sig);
    readLinesBelowName(section, nameLine, sig);
    if (sig.date.isEmpty())
        sig.date = nearestDate(section.dates, i);
    const SourceRange last = sig.title.range.isValid() ? sig.title.range : sig.signer.range;
    sig.range = SourceRange::fromTo(lines.start(i), std::max(last.end(), lines.end(i)));
    return sig;
}

} // namespace

int findSignaturesLine(const TextLines &lines, int fromLine)
{
    static const QRegularExpression heading(u"^\\s*S\\s?I\\s?G\\s?N\\s?A\\s?T\\s?U\\s?R\\s?E\\s?S?"
                                            u"\\s*(?:PAGE)?\\s*[.:]?\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pursuant(
        u"pursuant\\s+to\\s+the\\s+requirements\\s+of\\s+the\\s+securities"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A heading in a table of contents is followed by other headings, not by the
    // "Pursuant to the requirements ..." paragraph or a signature.
    auto signedBelow = [&](int i) {
        for (int j = i + 1; j < std::min(lines.size(), i + 10); ++j) {
            const QStringView line = lines.line(j);
            if (pursuant.match(line).hasMatch() || line.contains(u"/s/", Qt::CaseInsensitive)
                || line.contains(u"By:", Qt::CaseInsensitive)
                || line.contains(u"signed", Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    // Blank lines are skipped before any regular expression runs: a file of ten million
    // empty lines must not cost ten million matches.
    for (int i = std::max(0, fromLine); i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (!isBlank(line) && mayStartWithLetter(line, "S"_L1) && heading.match(line).hasMatch()
            && signedBelow(i))
            return i;
    }
    for (int i = std::max(0, fromLine); i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (!isBlank(line) && pursuant.match(line).hasMatch()) {
            // The paragraph must speak of signing, within its next lines.
            for (int j = i; j < std::min(lines.size(), i + 4); ++j) {
                if (lines.line(j).contains(u"signed", Qt::CaseInsensitive))
                    return i;
            }
        }
    }
    return -1;
}

QList<Signature> parseSignatures(const TextLines &lines, const QString &registrantHint)
{
    const int limit = std::min(lines.size(), 80);
    const SignatureSection section{lines, limit, findRegistrant(lines, limit, registrantHint),
                                   findSignatureDates(lines, limit)};
    QList<Signature> signatures;
    for (int i = 0; i < limit; ++i) {
        // Signatures may stand side by side: "/s/ JAMES QUINCEY    /s/ JOHN MURPHY".
        const QStringView line = lines.line(i);
        qsizetype pos = line.indexOf(u"/s/", 0, Qt::CaseInsensitive);
        while (pos >= 0) {
            const qsizetype next = line.indexOf(u"/s/", pos + 3, Qt::CaseInsensitive);
            const QStringView after =
                next >= 0 ? line.sliced(pos + 3, next - pos - 3) : line.sliced(pos + 3);
            signatures.append(readSigner(section, i, after));
            pos = next;
        }
    }
    if (signatures.isEmpty()) {
        // Unsigned copies: "By: Thomas P. Kealy" or "By: ______" with "Name:" below.
        static const QRegularExpression by(u"\\bBy\\s*:\\s*"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        for (int i = 0; i < limit; ++i) {
            const QStringView line = lines.line(i);
            const auto m = by.match(line);
            if (m.hasMatch())
                signatures.append(readSigner(section, i, line.sliced(m.capturedEnd())));
        }
    }
    return signatures;
}

} // namespace fl

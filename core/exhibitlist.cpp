// SPDX-License-Identifier: MIT
#include "exhibitlist.h"

#include "lineshapes.h"
#include "normalize.h"
#include "pagebreaks.h"
#include "sectionparser.h"
#include "textlines.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl {

int findExhibitIndexLine(const TextLines &lines, int fromLine)
{
    static const QRegularExpression heading(
        u"^\\s*(?:EXHIBIT\\s+INDEX|INDEX\\s+(?:TO|OF)\\s+EXHIBITS|EXHIBITS?\\s+INDEX|"
        u"EXHIBIT\\s+LIST|LIST\\s+OF\\s+EXHIBITS)\\s*[.:]?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(u"^\\s*(?:Exhibit\\s*)?\\d{1,3}(?:\\.\\d{1,3})?\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    for (int i = std::max(0, fromLine); i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (isBlank(line) || !mayStartWithLetter(line, "EIL"_L1) || !heading.match(line).hasMatch())
            continue;
        // Not a table-of-contents entry: exhibit numbers follow.
        for (int j = i + 1; j < std::min(lines.size(), i + 12); ++j) {
            if (numbered.match(lines.line(j)).hasMatch())
                return i;
        }
    }
    return -1;
}

QList<int> findExhibitsHeadings(const TextLines &lines)
{
    static const QRegularExpression label(u"^\\s*(?:\\(?[a-d]\\)\\s*)?EXHIBITS?\\s*[.:]?\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QList<int> found;
    for (int i = 0; i < lines.size(); ++i) {
        if (!isBlank(lines.line(i)) && label.match(lines.line(i)).hasMatch())
            found.append(i);
    }
    return found;
}

QList<Exhibit> parseExhibitList(const TextLines &lines, bool inIndex)
{
    // "99.1  News release", "Exhibit 99.1 - Press release", "(c) Exhibit 99.1 \u2013 ...",
    // "104\tCover Page Interactive Data File". Not "8-K. The pro forma ..." (a wrapped line).
    static const QRegularExpression exhibitLine(
        u"^\\s*(?:\\([a-z]\\)\\s*)?(?:Exhibits?\\s*(?:No\\.?|Number|#)?\\s*)?"
        u"(\\d{1,3}(?:\\.\\d{1,3}(?:\\.\\d{1,2})?|\\.[A-Z]{3})?(?:\\s?\\([a-z0-9]{1,4}\\))?)"
        u"[*\u2020]{0,2}(\\.?):?(?=\\s|$)\\s*(?:[\\-\u2013\u2014]+\\s+)?"
        u"(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression exhibitsLabel(
        u"^\\s*(?:\\(?[a-d]\\)|[a-d]\\.)?\\s*Exhibits?\\b"_s,
        QRegularExpression::CaseInsensitiveOption);

    QList<Exhibit> exhibits;
    int misses = 0;
    int first = 0;
    if (!inIndex) {
        // In an Item 9.01 / Item 7 body the list follows "(d) Exhibits" when there is one;
        // financial statements before it have numbered notes that are not exhibits.
        for (int i = 0; i < lines.size(); ++i) {
            const QStringView t = lines.line(i).trimmed();
            if (exhibitsLabel.match(t).hasMatch() && t.size() < 60
                && !exhibitLine.match(t).hasMatch()) {
                first = i + 1;
                break;
            }
        }
    }
    for (int i = first; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (isBlank(line) || isRule(line))
            continue;
        if (isPageBreakLine(line)) {
            if (!exhibits.isEmpty() && inIndex)
                break;
            continue;
        }
        const auto m = exhibitLine.match(line);
        QStringView description = m.hasMatch() ? m.capturedView(3).trimmed() : QStringView();
        const QStringView number = m.hasMatch() ? m.capturedView(1) : QStringView();
        bool accepted = m.hasMatch() && !description.isEmpty() && !isLowercaseStart(description);
        if (accepted && !m.capturedView(2).isEmpty() && !number.contains(u'.')
            && number.size() == 1)
            accepted = false; // "1. The Company ..." is a numbered paragraph
        if (accepted && number.toString().section(u'.', 0, 0).toInt() < 1)
            accepted = false; // "0.50" in a table
        if (!accepted) {
            if (!exhibits.isEmpty() && ++misses >= 8)
                break;
            continue;
        }
        misses = 0;
        if (const qsizetype page = pageNumberStart(description); page > 0)
            description = description.left(page).trimmed();

        Exhibit exhibit;
        // As written ("2.1 (1)"); exhibits pair on the number without spaces ("2.1(1)").
        exhibit.number = Field{simplified(number), number.toString().remove(u' ').toUpper(),
                               lines.rangeOf(i, number)};
        QString text = description.toString();
        SourceRange range = lines.rangeOf(i, description);
        // Wrapped descriptions continue on indented lines that do not start an exhibit.
        for (int j = i + 1; j < std::min(lines.size(), i + 4); ++j) {
            const QStringView next = lines.line(j);
            if (isBlank(next) || isRule(next) || exhibitLine.match(next).hasMatch())
                break;
            const qsizetype indent =
                next.size() - next.trimmed().size() > 0 ? next.indexOf(next.trimmed()) : 0;
            if (indent < 4 || next.trimmed().front().isDigit() || parseItemHeading(next))
                break;
            QStringView more = next.trimmed();
            if (const qsizetype page = pageNumberStart(more); page > 0)
                more = more.left(page).trimmed();
            text += u' ' + more.toString();
            range = SourceRange::fromTo(range.start, lines.rangeOf(j, more).end());
            i = j;
        }
        exhibit.description = Field{simplified(text), QString(), range};
        const SourceRange lineRange = SourceRange::fromTo(exhibit.number.range.start, range.end());
        (inIndex ? exhibit.indexRange : exhibit.listRange) = lineRange;
        exhibits.append(exhibit);
    }
    return exhibits;
}

void mergeExhibits(QList<Exhibit> &exhibits, const QList<Exhibit> &more)
{
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < exhibits.size(); ++i)
        indexOf.insert(exhibits[i].number.normalized, i);
    for (const Exhibit &e : more) {
        const auto it = indexOf.constFind(e.number.normalized);
        if (it == indexOf.cend()) {
            indexOf.insert(e.number.normalized, exhibits.size());
            exhibits.append(e);
            continue;
        }
        Exhibit &known = exhibits[it.value()];
        if (known.description.isEmpty())
            known.description = e.description;
        if (!known.listRange.isValid())
            known.listRange = e.listRange;
        if (!known.indexRange.isValid())
            known.indexRange = e.indexRange;
    }
}

} // namespace fl

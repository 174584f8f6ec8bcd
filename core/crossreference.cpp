// SPDX-License-Identifier: MIT
#include "crossreference.h"

#include "formschema.h"
#include "normalize.h"
#include "reportheadings.h"
#include "textlines.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// An index has a row per item; past this many lines it has ended.
constexpr int kMaxIndexLines = 120;

// Lines naming the index: its heading, and mentions of it (a table of contents' entry).
QList<int> findIndexHeadings(const TextLines &lines)
{
    QList<int> found;
    static const QRegularExpression heading(u"\\bcross[-\\s]?reference\\s+(?:index|table)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (line.size() < 200 && line.contains(u"reference", Qt::CaseInsensitive)
            && heading.match(line).hasMatch() && found.size() < 20)
            found.append(i);
    }
    return found;
}

// Page number -> the text of that page, from the number printed last before each page break
// ("2023 FORM 10-K 85").
QHash<int, SourceRange> numberedPages(const TextLines &lines)
{
    static const QRegularExpression trailingNumber(u"(?:^|\\s)(\\d{1,3})\\s*$"_s);
    QHash<int, SourceRange> pages;
    qsizetype pageStart = lines.range().start;
    int lastText = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        if (!line.contains(u'\f')) {
            if (!isBlank(line))
                lastText = i;
            continue;
        }
        if (lastText >= 0) {
            const auto m = trailingNumber.match(lines.line(lastText).left(200));
            if (m.hasMatch() && !pages.contains(m.captured(1).toInt()))
                pages.insert(m.captured(1).toInt(), SourceRange::fromTo(pageStart, lines.start(i)));
        }
        pageStart = lines.start(i);
        lastText = -1;
    }
    return pages;
}

// "4-6, 7-13, 78-80" -> the page numbers.
QList<int> pageNumbers(QStringView cell)
{
    static const QRegularExpression range(u"(\\d{1,3})(?:\\s*[-\u2013]\\s*(\\d{1,3}))?"_s);
    QList<int> numbers;
    auto it = range.globalMatch(cell);
    while (it.hasNext()) {
        const auto m = it.next();
        const int first = m.captured(1).toInt();
        const int last = m.hasCaptured(2) ? m.captured(2).toInt() : first;
        for (int n = first; n <= last && n - first < 200; ++n)
            numbers.append(n);
    }
    return numbers;
}

// Consecutive pages joined into one range.
QList<SourceRange> mapPages(const QList<int> &numbers, const QHash<int, SourceRange> &pages,
                            QList<int> &unmapped)
{
    QList<SourceRange> ranges;
    for (const int n : numbers) {
        const auto it = pages.constFind(n);
        if (it == pages.cend()) {
            unmapped.append(n);
            continue;
        }
        if (!ranges.isEmpty() && ranges.last().end() == it->start)
            ranges.last() = SourceRange::fromTo(ranges.last().start, it->end());
        else
            ranges.append(*it);
    }
    return ranges;
}

// "(a)" -> the footnote line below the rows that starts with it.
QStringView footnote(const TextLines &lines, int from, int to, QStringView mark)
{
    for (int i = from; i < to; ++i) {
        const QStringView t = lines.line(i).trimmed();
        if (t.startsWith(mark))
            return t;
    }
    return {};
}

} // namespace

namespace {

QList<Item> readIndexAt(const TextLines &lines, int heading, const FormSchema &schema, QDate date,
                        QList<int> &unmapped)
{
    const int end = std::min(lines.size(), heading + kMaxIndexLines);
    QList<Item> items;
    QString currentPart;
    QHash<int, SourceRange> pages;
    bool pagesRead = false;
    static const QRegularExpression footnoteMark(u"^\\(([a-z])\\)$"_s);
    for (int i = heading + 1; i < end; ++i) {
        const QStringView line = lines.line(i);
        if (auto part = parsePartHeading(line)) {
            currentPart = *part;
            continue;
        }
        const auto row = parseReportItemHeading(line);
        if (!row)
            continue;
        const QList<QStringView> cells = splitCells(line);
        if (cells.size() < 3)
            continue;
        const QString &code = row->codes.first();
        const QStringList parts = schema.partsOf(code);
        Item item;
        item.part = parts.contains(currentPart) || parts.isEmpty() ? currentPart : parts.first();
        item.code = code;
        item.number =
            Field{row->numbers.first().toString(), code, lines.rangeOf(i, row->numbers.first())};
        item.title = Field{simplified(cells[1]), {}, lines.rangeOf(i, cells[1])};
        if (const SchemaItem *def = schema.find(item.part, code, date))
            item.officialTitle = def->title;
        item.heading = lines.rangeOf(i, line.trimmed());
        item.body = SourceRange{item.heading.end(), 0};
        const QStringView cell = cells.last();
        if (cell.contains(u"not applicable", Qt::CaseInsensitive))
            item.status = u"not applicable"_s;
        if (item.title.value.contains(u"reserved"_s, Qt::CaseInsensitive))
            item.status = u"reserved"_s;
        // "(b)": a footnote below the rows says where the item is.
        for (const QStringView part : cell.split(u',')) {
            const auto m = footnoteMark.match(part.trimmed());
            if (m.hasMatch()) {
                const QStringView note = footnote(lines, i + 1, end, part.trimmed());
                if (note.contains(u"incorporated by reference", Qt::CaseInsensitive)
                    && item.status.isEmpty())
                    item.status = u"incorporated by reference"_s;
            }
        }
        if (!pagesRead) {
            pages = numberedPages(lines);
            pagesRead = true;
        }
        item.pages = mapPages(pageNumbers(cell), pages, unmapped);
        items.append(item);
    }
    return items;
}

} // namespace

QList<Item> readCrossReferenceIndex(const TextLines &lines, const FormSchema &schema, QDate date,
                                    QList<Warning> &warnings)
{
    QList<Item> items;
    QList<int> unmapped;
    int heading = -1;
    for (const int candidate : findIndexHeadings(lines)) {
        QList<int> missing;
        QList<Item> read = readIndexAt(lines, candidate, schema, date, missing);
        if (read.size() > items.size()) {
            items = std::move(read);
            unmapped = std::move(missing);
            heading = candidate;
        }
    }
    if (items.isEmpty())
        return {};
    warnings.append(Warning{
        u"cross-reference-index"_s,
        u"This report heads no items in its text: they are read from its "
        u"cross-reference index, %1 row(s), and mapped to the pages it names."_s.arg(items.size()),
        lines.lineRange(heading)});
    if (!unmapped.isEmpty()) {
        QStringList numbers;
        for (const int n : std::as_const(unmapped))
            numbers.append(QString::number(n));
        numbers.removeDuplicates();
        warnings.append(Warning{
            u"cross-reference-pages"_s,
            u"The cross-reference index names page(s) %1 that the text does "
            u"not number; those parts of the items are not mapped."_s.arg(numbers.join(u", "_s)),
            lines.lineRange(heading)});
    }
    return items;
}

} // namespace fl

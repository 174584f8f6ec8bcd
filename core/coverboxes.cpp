// SPDX-License-Identifier: MIT
#include "coverboxes.h"

#include "checkboxes.h"
#include "coverlines.h"
#include "literalfilter.h"
#include "normalize.h"
#include "textlines.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr auto kIgnoreCase = QRegularExpression::CaseInsensitiveOption;

class BoxReader
{
public:
    explicit BoxReader(const TextLines &lines)
        : m_lines(lines)
    {
    }

    Field boxField(int i, QStringView glyph) const
    {
        return Field{glyph.toString(), isCheckedGlyph(glyph) ? u"checked"_s : u"unchecked"_s,
                     m_lines.rangeOf(i, glyph)};
    }

    Field boxNear(int i) const
    {
        if (const auto box = findBox(line(i)))
            return boxField(i, *box);
        // A box alone on the line before (tables converted one cell per line).
        for (const int j : {i - 1, i + 1}) {
            if (j < 0 || j >= count())
                continue;
            const QStringView t = line(j).trimmed();
            if (t.size() <= 3) {
                if (const auto box = findBox(line(j)))
                    return boxField(j, *box);
            }
        }
        return {};
    }

    void readCheckBoxes(CoverPage &cover) const
    {
        static const QRegularExpression rule425(u"rule\\s+425\\b"_s, kIgnoreCase);
        static const QRegularExpression rule14a12(u"rule\\s+14a\\s*-\\s*12\\b"_s, kIgnoreCase);
        static const QRegularExpression rule14d2b(u"rule\\s+14d\\s*-\\s*2\\s*\\(\\s*b\\s*\\)"_s,
                                                  kIgnoreCase);
        static const QRegularExpression rule13e4c(u"rule\\s+13e\\s*-\\s*4\\s*\\(\\s*c\\s*\\)"_s,
                                                  kIgnoreCase);
        static const QRegularExpression egc(u"emerging\\s+growth\\s+company"_s, kIgnoreCase);
        const std::pair<const QRegularExpression *, Field CoverPage::*> boxes[] = {
            {&rule425, &CoverPage::rule425},
            {&rule14a12, &CoverPage::rule14a12},
            {&rule14d2b, &CoverPage::rule14d2b},
            {&rule13e4c, &CoverPage::rule13e4c},
        };
        for (const auto &[re, member] : boxes) {
            const int at = firstLineMatching(*re, {"rule"});
            if (at >= 0)
                cover.*member = boxNear(at);
        }
        // "Emerging growth company ☐": the short line, not the sentence that explains it; or
        // the same words and box closing the paragraph that explains it ("... of this
        // chapter). Emerging growth company ☐").
        for (int i = 0; i < count(); ++i) {
            const QStringView t = line(i).trimmed();
            if (!containsNoCase(t, "emerging"))
                continue; // neither form can match: no regular expression on the line
            if (const Field box = boxClosingLine(i, egc); !box.isEmpty()) {
                cover.emergingGrowthCompany = box;
                break;
            }
            if (t.size() > 60 || !egc.match(t).hasMatch()
                || t.startsWith(u"If ", Qt::CaseInsensitive))
                continue;
            cover.emergingGrowthCompany = boxNear(i);
            if (!cover.emergingGrowthCompany.isEmpty())
                break;
        }
    }

    // The box that ends line i right after the last match of `re` on it, or nothing.
    Field boxClosingLine(int i, const QRegularExpression &re) const
    {
        const QStringView l = line(i);
        qsizetype end = -1;
        for (auto it = re.globalMatch(l); it.hasNext();)
            end = it.next().capturedEnd();
        if (end < 0)
            return {};
        const QStringView tail = l.sliced(end);
        const auto box = findBox(tail);
        if (!box || tail.trimmed().size() > box->size() + 2)
            return {};
        return boxField(i, *box);
    }

    void readSecurities12b(CoverPage &cover) const
    {
        static const QRegularExpression section12b(u"section\\s+12\\s*\\(\\s*b\\s*\\)"_s,
                                                   kIgnoreCase);
        // The next statement of the cover ends the table; so do the Rule 425 / 14a-12 boxes
        // when a cover puts them after it.
        static const QRegularExpression stop(
            u"indicate\\s+by\\s+check|emerging\\s+growth|section\\s+12\\s*\\(\\s*g\\s*\\)|"
            u"^\\s*item\\s+\\d|check\\s+the\\s+appropriate\\s+box|written\\s+communications|"
            u"soliciting\\s+material|pre-commencement|rule\\s+425\\b"_s,
            kIgnoreCase);
        const int at = firstLineMatching(section12b, {"ection"});
        if (at < 0)
            return;
        TableColumns columns;
        int i = skipHeadings(at, columns);
        int blanks = 0;
        // The line and title column of the last row read, for a title wrapped below it.
        int lastRow = -1;
        qsizetype titleColumn = -1;
        qsizetype titleStart = -1;
        for (; i < count(); ++i) {
            const QStringView l = line(i);
            if (isTableMarkupLine(l))
                continue;
            if (isBlank(l) || isRule(l)) {
                if (++blanks >= 2 && !cover.securities12b.isEmpty())
                    break;
                continue;
            }
            blanks = 0;
            if (stop.match(l).hasMatch() || isHeadingLine(l) || startsWithBox(l))
                break;
            QList<Cell> cells = cellsOf(l);
            if (columns.registrant >= 0 && isCellLine(l))
                cells.removeIf([&](const Cell &c) { return c.column == columns.registrant; });
            if (allNotApplicable(cells))
                break;
            if (cells.isEmpty())
                continue;
            const Cell &first = cells.first();
            const qsizetype start = columnOf(l, first.text.data() - l.data());
            // Another exchange of the row above: "          LONDON STOCK EXCHANGE".
            if (isExchangeName(first.text)
                || (columns.exchangeStart > 0 && start >= columns.exchangeStart - 4))
                continue;
            // A title wrapped below its row: in the title's cell, or indented under it.
            const bool wrapped = isCellLine(l) ? cells.size() == 1 && first.column == titleColumn
                                               : start > titleStart;
            if (lastRow == i - 1 && wrapped) {
                appendToTitle(cover.securities12b.last().title, i, first.text);
                lastRow = i;
                continue;
            }
            if (cells.size() < 2 || cells.size() > 6)
                continue;
            cover.securities12b.append(rowOf(i, cells, columns));
            titleColumn = first.column;
            titleStart = start;
            lastRow = i;
        }
    }

private:
    // Where the 12(b) table's columns are, from its column headings.
    struct TableColumns
    {
        // Combined filings of several registrants name each row's registrant in a column of
        // its own, which is not part of the title.
        qsizetype registrant = -1;
        bool tradingSymbol = false; // a "Trading Symbol(s)" column
        // Text covers: where the exchange column starts; a line starting there only names
        // another exchange of the row above.
        qsizetype exchangeStart = -1;
    };

    // A cell of the table's column headings, which may wrap over two lines ("Title of each
    // class | Trading | Name of each exchange" / "| Symbol(s) | on which registered"), or a
    // rule under them.
    static bool isHeadingCell(QStringView t)
    {
        static const QRegularExpression heading(
            u"^\\(?\\s*(?:t(?:itle|ile)\\s+of|name\\s+of\\s+each|name\\s+of\\s+exchange|trading\\b|"
            u"ticker\\b|symbols?\\b|symbol\\(s\\)|(?:on\\s+)?which\\s+registered|registrants?\\b|"
            u"exchanges?\\s+on\\b)"_s,
            kIgnoreCase);
        return heading.match(t).hasMatch() || isRule(t);
    }

    static bool isHeadingLine(QStringView l)
    {
        const QList<Cell> cells = cellsOf(l);
        return !cells.isEmpty() && std::all_of(cells.begin(), cells.end(), [](const Cell &c) {
            return isHeadingCell(c.text);
        });
    }

    // A short line of words above the headings proper ("VOTING SHARES", "OUTSTANDING").
    static bool isHeadingWords(const QList<Cell> &cells)
    {
        return std::all_of(cells.begin(), cells.end(), [](const Cell &c) {
            return c.text.count(u' ') < 3
                && std::none_of(c.text.begin(), c.text.end(),
                                [](QChar ch) { return ch.isDigit(); });
        });
    }

    // The first line after the caption and the column headings under it. Headings may wrap over
    // several lines, some of them without a heading word of their own.
    int skipHeadings(int at, TableColumns &columns) const
    {
        static const QRegularExpression registrant(u"^registrants?\\b"_s, kIgnoreCase);
        static const QRegularExpression trading(u"^(?:trading|ticker)\\b"_s, kIgnoreCase);
        static const QRegularExpression exchange(u"^\\(?\\s*(?:name\\s+of|which\\s+registered)"_s,
                                                 kIgnoreCase);
        int i = at + 1;
        for (int j = at + 1; j < std::min(count(), at + 8); ++j) {
            const QStringView l = line(j);
            if (isBlank(l) || isRule(l) || isTableMarkupLine(l))
                continue;
            const QList<Cell> cells = cellsOf(l);
            const bool heading = std::any_of(cells.begin(), cells.end(),
                                             [](const Cell &c) { return isHeadingCell(c.text); });
            if (!heading) {
                if (isHeadingWords(cells))
                    continue;
                break;
            }
            for (const Cell &cell : cells) {
                if (registrant.match(cell.text).hasMatch() && isCellLine(l))
                    columns.registrant = cell.column;
                columns.tradingSymbol =
                    columns.tradingSymbol || trading.match(cell.text).hasMatch();
                if (exchange.match(cell.text).hasMatch() && !isCellLine(l))
                    columns.exchangeStart =
                        std::min(columns.exchangeStart < 0 ? kMaxLine : columns.exchangeStart,
                                 columnOf(l, cell.text.data() - l.data()));
            }
            i = j + 1;
        }
        return i;
    }

    // "☐ | Written communications ...": a check box opens the line.
    static bool startsWithBox(QStringView l)
    {
        const QList<Cell> cells = cellsOf(l);
        return !cells.isEmpty() && cells.first().text.size() <= 3 && findBox(cells.first().text);
    }

    // "N/A | N/A | N/A", "None": no securities registered.
    static bool allNotApplicable(const QList<Cell> &cells)
    {
        return !cells.isEmpty() && std::all_of(cells.begin(), cells.end(), [](const Cell &c) {
            return isNotApplicable(c.text) || c.text.compare(u"None", Qt::CaseInsensitive) == 0;
        });
    }

    // "New York Stock Exchange", "NEW YORK STOCK EXCHANGE, INC.", "The Nasdaq Stock Market LLC".
    static bool isExchangeName(QStringView t)
    {
        static const QRegularExpression exchange(
            u"(?:exchange|market)(?:,?\\s+(?:inc\\.?|llc))?\\s*$"_s, kIgnoreCase);
        return exchange.match(t).hasMatch();
    }

    // A trading symbol: "ORCL", "IFF 26", "GE /35", "BRK.B", or a dash for none.
    static bool isSymbolLike(QStringView t)
    {
        static const QRegularExpression symbol(
            u"^(?:[A-Z][A-Z0-9.\\-/ ]{0,9}|[\\x{2014}\\x{2013}\\-]|N/A)$"_s);
        return symbol.match(t).hasMatch();
    }

    // One row: title (in one or more cells), trading symbol, exchange (the last cell).
    RegisteredSecurity rowOf(int i, const QList<Cell> &cells, const TableColumns &columns) const
    {
        static const QRegularExpression exchangeName(u"exchange|market|nasdaq|nyse"_s, kIgnoreCase);
        RegisteredSecurity security;
        const qsizetype n = cells.size();
        qsizetype titleCells = n - 1;
        if (n == 3 && !columns.tradingSymbol && !isSymbolLike(cells[1].text)) {
            // No symbol column: a second exchange ("NEW YORK STOCK EXCHANGE   ZURICH STOCK
            // EXCHANGE"), the first one kept, or another figure beside the title.
            security.title = fieldFrom(i, cells[0].text);
            const bool twoExchanges = exchangeName.match(cells[1].text).hasMatch();
            security.exchange = fieldFrom(i, cells[twoExchanges ? 1 : 2].text);
            return security;
        }
        if (n >= 3 && (columns.tradingSymbol || isSymbolLike(cells[n - 2].text))) {
            const QStringView symbol = cells[n - 2].text;
            security.tradingSymbol = fieldFrom(i, symbol,
                                               symbol.size() <= 6 && symbol.front().isLetter()
                                                   ? symbol.toString().toUpper()
                                                   : QString());
            titleCells = n - 2;
        }
        // A title split over cells ("Class A Common Stock | Par Value | $0.10") is one title.
        const QStringView first = cells.first().text;
        const QStringView last = cells[titleCells - 1].text;
        security.title =
            fieldFrom(i, QStringView(first.data(), last.data() + last.size() - first.data()));
        security.exchange = fieldFrom(i, cells.last().text);
        return security;
    }

    // A title wrapped onto the next line ("Series 2015A 6.25% Junior" / "Subordinated Notes
    // due 2075").
    void appendToTitle(Field &title, int i, QStringView more) const
    {
        const SourceRange added = m_lines.rangeOf(i, more);
        title.value = simplified(QString(title.value + u' ' + more));
        title.range = SourceRange::fromTo(title.range.start, added.end());
    }

    int count() const { return m_lines.size(); }
    // Lines are read at most this far, as the rest of the cover reader reads them.
    static constexpr qsizetype kMaxLine = 1000;
    QStringView line(int i) const { return m_lines.line(i).left(kMaxLine); }

    Field fieldFrom(int i, QStringView text, QString normalized = {}) const
    {
        return Field{simplified(text), std::move(normalized), m_lines.rangeOf(i, text)};
    }

    // The first line where `re` matches, -1 if none. Lines without any of `words` (which every
    // match contains, see literalfilter.h) are not run through `re`.
    int firstLineMatching(const QRegularExpression &re,
                          std::initializer_list<std::string_view> words) const
    {
        for (int i = 0; i < count(); ++i) {
            if (containsAnyNoCase(line(i), words) && re.match(line(i)).hasMatch())
                return i;
        }
        return -1;
    }

    const TextLines &m_lines;
};

} // namespace

void readCheckBoxes(const TextLines &lines, CoverPage &cover)
{
    BoxReader(lines).readCheckBoxes(cover);
}

void readSecurities12b(const TextLines &lines, CoverPage &cover)
{
    BoxReader(lines).readSecurities12b(cover);
}

} // namespace fl

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
        // "Emerging growth company ☐": the short line, not the sentence that explains it.
        for (int i = 0; i < count(); ++i) {
            const QStringView t = line(i).trimmed();
            if (t.size() > 60 || !containsNoCase(t, "emerging") || !egc.match(t).hasMatch()
                || t.startsWith(u"If ", Qt::CaseInsensitive))
                continue;
            cover.emergingGrowthCompany = boxNear(i);
            if (!cover.emergingGrowthCompany.isEmpty())
                break;
        }
    }

    void readSecurities12b(CoverPage &cover) const
    {
        static const QRegularExpression section12b(u"section\\s+12\\s*\\(\\s*b\\s*\\)"_s,
                                                   kIgnoreCase);
        static const QRegularExpression headerRow(u"title\\s+of\\s+each\\s+class"_s, kIgnoreCase);
        static const QRegularExpression stop(
            u"indicate\\s+by\\s+check|emerging\\s+growth|section\\s+12\\s*\\(\\s*g\\s*\\)|"
            u"^\\s*item\\s+\\d"_s,
            kIgnoreCase);
        const int at = firstLineMatching(section12b, {"ection"});
        if (at < 0)
            return;
        int i = at + 1;
        for (int j = at; j < std::min(count(), at + 4); ++j) {
            if (containsNoCase(line(j), "title") && headerRow.match(line(j)).hasMatch()) {
                i = j + 1;
                break;
            }
        }
        int blanks = 0;
        for (; i < count(); ++i) {
            const QStringView l = line(i);
            if (isBlank(l) || isRule(l)) {
                if (++blanks >= 2 && !cover.securities12b.isEmpty())
                    break;
                continue;
            }
            blanks = 0;
            if ((containsAnyNoCase(l, {"indicate", "emerging", "ection", "item"})
                 && stop.match(l).hasMatch())
                || (containsNoCase(l, "title") && headerRow.match(l).hasMatch()))
                break;
            const QList<Cell> cells = cellsOf(l);
            if (cells.size() == 1 && isNotApplicable(cells.first().text))
                break;
            if (cells.size() < 2 || cells.size() > 4)
                continue;
            RegisteredSecurity security;
            security.title = fieldFrom(i, cells.first().text);
            const Cell &exchange = cells.last();
            security.exchange = fieldFrom(i, exchange.text);
            if (cells.size() >= 3) {
                const QStringView symbol = cells[1].text;
                security.tradingSymbol = fieldFrom(i, symbol,
                                                   symbol.size() <= 6 && symbol.front().isLetter()
                                                       ? symbol.toString().toUpper()
                                                       : QString());
            }
            cover.securities12b.append(security);
        }
    }

private:
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

// SPDX-License-Identifier: MIT
#include "coverlines.h"

#include "normalize.h"
#include "textlines.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl {

bool isCellLine(QStringView line)
{
    return line.contains(u'\t') && !line.contains(u"  ");
}

bool isTableMarkupLine(QStringView line)
{
    static const QRegularExpression markup(u"^\\s*(?:</?(?:TABLE|CAPTION|S|C|FN|PAGE)>\\s*)+$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return line.contains(u'<') && markup.match(line).hasMatch();
}

qsizetype columnOf(QStringView line, qsizetype pos)
{
    if (isCellLine(line)) {
        qsizetype cell = 0;
        for (qsizetype i = 0; i < pos && i < line.size(); ++i) {
            if (line[i] == u'\t')
                ++cell;
        }
        return cell;
    }
    qsizetype column = 0;
    for (qsizetype i = 0; i < pos && i < line.size(); ++i)
        column = line[i] == u'\t' ? (column / 8 + 1) * 8 : column + 1;
    return column;
}

QList<Cell> cellsOf(QStringView line, int gap)
{
    QList<Cell> cells;
    for (const QStringView text : splitCells(line, gap))
        cells.append(Cell{text, columnOf(line, (text.data() - line.data()) + text.size() / 2)});
    return cells;
}

QStringView cellBefore(QStringView line, qsizetype position)
{
    QStringView before = line.left(position);
    for (qsizetype i = before.size() - 1; i >= 0; --i) {
        if (before[i] == u'\t'
            || (i >= 2 && isSpaceLike(before[i]) && isSpaceLike(before[i - 1])
                && isSpaceLike(before[i - 2]))) {
            before = before.sliced(i + 1);
            break;
        }
    }
    return before.trimmed();
}

bool isCaptionFragment(QStringView t)
{
    if (!t.endsWith(u')') || t.count(u'(') >= t.count(u')'))
        return false;
    return std::none_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
}

bool isStateLike(QStringView t)
{
    if (t.size() < 2 || t.size() > 40 || isNotApplicable(t))
        return false;
    for (const QChar c : t) {
        if (!(c.isLetter() || c == u' ' || c == u'.' || c == u',' || c == u'\'' || c == u'-'))
            return false;
    }
    return !t.startsWith(u'(');
}

bool isPhoneCell(const QRegularExpression &phone, QStringView t)
{
    const auto m = phone.match(t);
    return m.hasMatch() && m.capturedLength() + 2 >= t.trimmed().size()
        && digitsOnly(m.capturedView()).size() >= 10;
}

QRegularExpressionMatch firstNonFax(const QRegularExpression &phone, QStringView text)
{
    static const QRegularExpression faxLabel(
        u"(?:fax|facsimile|telecopier|telecopy)\\W{0,4}(?:no\\.?|number)?\\W{0,3}$"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = phone.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!faxLabel.match(text.left(m.capturedStart()).right(24)).hasMatch())
            return m;
    }
    return {};
}

qsizetype firstMatchStart(std::initializer_list<const QRegularExpression *> patterns,
                          QStringView text)
{
    qsizetype first = -1;
    for (const QRegularExpression *re : patterns) {
        if (const auto m = re->match(text);
            m.hasMatch() && (first < 0 || m.capturedStart() < first))
            first = m.capturedStart();
    }
    return first;
}

} // namespace fl

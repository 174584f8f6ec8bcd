// SPDX-License-Identifier: MIT
#include "checkboxes.h"

#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

bool isBoxGlyph(QChar c)
{
    switch (c.unicode()) {
    case 0x2610: // ☐
    case 0x2611: // ☑
    case 0x2612: // ☒
    case 0x25A1: // □
    case 0x25A0: // ■
    case 0x2713: // ✓
    case 0x2714: // ✔
    case 0x2717: // ✗
    case 0x2718: // ✘
    case 0x2327: // ⌧
    case 0x00A8: // ¨ (Wingdings empty box whose font was lost)
    case 0x00FD: // ý (Wingdings boxed x)
    case 0x00FE: // þ (Wingdings boxed check)
        return true;
    default:
        return false;
    }
}

} // namespace

bool isCheckedGlyph(QStringView glyph)
{
    static const QString checked =
        u"\u2611\u2612\u25A0\u2713\u2714\u2717\u2718\u2327\u00FD\u00FExX"_s;
    for (const QChar c : glyph) {
        if (checked.contains(c))
            return true;
    }
    return false;
}

std::optional<QStringView> findBox(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (isBoxGlyph(line[i]))
            return line.sliced(i, 1);
        if (line[i] == u'[' && i + 2 < line.size() && line[i + 2] == u']'
            && (line[i + 1] == u' ' || line[i + 1] == u'x' || line[i + 1] == u'X'
                || line[i + 1] == u'_' || line[i + 1].unicode() == 0xA0))
            return line.sliced(i, 3);
        if (line[i] == u'[' && i + 1 < line.size() && line[i + 1] == u']')
            return line.sliced(i, 2);
        if (line[i] == u'|' && i + 2 < line.size() && line[i + 2] == u'|'
            && (line[i + 1] == u'_' || line[i + 1] == u'x' || line[i + 1] == u'X'))
            return line.sliced(i, 3);
    }
    const QStringView t = line.trimmed();
    if (t.size() >= 2 && (t[0] == u'o' || t[0] == u'x' || t[0] == u'X')
        && (t[1] == u'\t' || (t.size() > 2 && t[1] == u' ' && t[2] == u' ')))
        return t.first(1);
    if (t.size() == 1 && (t[0] == u'o' || t[0] == u'x' || t[0] == u'X'))
        return t;
    return std::nullopt;
}

namespace {

bool isMarkBoundary(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return true;
    const QChar c = text[i];
    return c.isSpace() || c.unicode() == 0xA0 || (c.isPunct() && c != u'\'' && c != u'-');
}

// Marks that are letters elsewhere: only a mark when standing alone.
std::optional<bool> loneLetterMark(QChar c)
{
    switch (c.unicode()) {
    case u'X':
    case u'x':
    case u'T':
    case 0x00FC: // ü (Wingdings check)
    case 0x00D6: // Ö (Symbol check)
    case 0x221A: // √
    case 0x00FD: // ý
    case 0x00FE: // þ
        return true;
    case u'o':
    case 0x00A8: // ¨
        return false;
    default:
        return std::nullopt;
    }
}

std::optional<bool> boxGlyphMark(QChar c)
{
    switch (c.unicode()) {
    case 0x2611: // ☑
    case 0x2612: // ☒
    case 0x25A0: // ■
    case 0x25FC: // ◼
    case 0x2713: // ✓
    case 0x2714: // ✔
    case 0x2717: // ✗
    case 0x2718: // ✘
    case 0x2327: // ⌧
        return true;
    case 0x2610: // ☐
    case 0x25A1: // □
    case 0x25FB: // ◻
    case 0x25FD: // ◽
        return false;
    default:
        return std::nullopt;
    }
}

bool isMarkFiller(QChar c)
{
    return c == u' ' || c.unicode() == 0xA0 || c == u'_' || c == u'x' || c == u'X'
        || c.unicode() == 0x2713;
}

} // namespace

std::optional<CheckMark> checkMarkAt(QStringView text, qsizetype position)
{
    if (position < 0 || position >= text.size())
        return std::nullopt;
    const QChar c = text[position];
    if (const auto glyph = boxGlyphMark(c))
        return CheckMark{1, *glyph};
    if (const auto letter = loneLetterMark(c);
        letter && isMarkBoundary(text, position - 1) && isMarkBoundary(text, position + 1)) {
        return CheckMark{1, *letter};
    }
    const QChar close = c == u'['  ? u']'
        : c == u'('                ? u')'
        : (c == u'|' || c == u'/') ? c
                                   : QChar();
    if (!close.isNull()) {
        bool checked = false;
        for (qsizetype i = position + 1; i < text.size() && i <= position + 6; ++i) {
            if (text[i] == close && (i > position + 1 || c == u'['))
                return CheckMark{i - position + 1, checked};
            if (!isMarkFiller(text[i]))
                return std::nullopt;
            checked = checked || (text[i] != u' ' && text[i] != u'_' && text[i].unicode() != 0xA0);
        }
        return std::nullopt;
    }
    if (c == u'_') {
        qsizetype i = position;
        int underscores = 0;
        bool checked = false;
        while (i < text.size() && (text[i] == u'_' || text[i] == u'X' || text[i] == u'x')) {
            underscores += text[i] == u'_' ? 1 : 0;
            checked = checked || text[i] != u'_';
            ++i;
        }
        if (underscores >= 2)
            return CheckMark{i - position, checked};
    }
    return std::nullopt;
}

} // namespace fl

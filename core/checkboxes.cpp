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

} // namespace fl

// SPDX-License-Identifier: MIT
#include "sectionstyle.h"

#include <QCoreApplication>

namespace fl {

namespace {

// Hues chosen to stay apart for the common forms of colour blindness (blue / orange /
// purple / teal / grey), each also told apart by the legend and tooltips.
QColor hue(SectionKind kind, int index)
{
    switch (kind) {
    case SectionKind::Header:
        return QColor(0x78, 0x90, 0x9c); // blue grey
    case SectionKind::Document:
        return index % 2 ? QColor(0x90, 0xa4, 0xae) : QColor(0xb0, 0xbe, 0xc5);
    case SectionKind::BinaryAttachment:
        return QColor(0xe5, 0x39, 0x35); // red
    case SectionKind::CoverPage:
        return QColor(0x1e, 0x88, 0xe5); // blue
    case SectionKind::Item:
        return index % 2 ? QColor(0x00, 0x96, 0x88) : QColor(0x43, 0xa0, 0x47); // teal / green
    case SectionKind::Part:
        return QColor(0x39, 0x49, 0xab); // indigo
    case SectionKind::TableOfContents:
        return QColor(0x8d, 0x6e, 0x63); // brown
    case SectionKind::Signatures:
        return QColor(0xfb, 0x8c, 0x00); // orange
    case SectionKind::ExhibitIndex:
        return QColor(0x8e, 0x24, 0xaa); // purple
    case SectionKind::PageBreak:
        return QColor(0x75, 0x75, 0x75);
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace

SectionStyle::SectionStyle(const QPalette &palette)
    : m_dark(palette.color(QPalette::Base).lightnessF() < 0.5)
{
}

QColor SectionStyle::withAlpha(QColor colour) const
{
    colour.setAlpha(m_dark ? 70 : 42);
    return colour;
}

QColor SectionStyle::band(SectionKind kind, int index) const
{
    QColor c = withAlpha(hue(kind, index));
    if (kind == SectionKind::Document || kind == SectionKind::Header)
        c.setAlpha(m_dark ? 40 : 30); // the outermost bands stay faint
    return c;
}

QColor SectionStyle::solid(SectionKind kind, int index) const
{
    return hue(kind, index);
}

QColor SectionStyle::fieldMark() const
{
    return m_dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xf5, 0x7f, 0x17);
}

QColor SectionStyle::factMark() const
{
    // Magenta: apart from the orange of extracted values and from every band's hue.
    return m_dark ? QColor(0xf4, 0x8f, 0xb1) : QColor(0xc2, 0x18, 0x5b);
}

QColor SectionStyle::findMatch() const
{
    return m_dark ? QColor(0xff, 0xee, 0x58, 110) : QColor(0xff, 0xeb, 0x3b, 170);
}

QColor SectionStyle::currentFindMatch() const
{
    return m_dark ? QColor(0xff, 0x98, 0x00, 170) : QColor(0xff, 0x98, 0x00, 200);
}

QColor SectionStyle::pageBreakLine() const
{
    return m_dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

QList<SectionStyle::LegendEntry> SectionStyle::legend() const
{
    return {
        {QCoreApplication::translate("SectionStyle", "SEC header"), solid(SectionKind::Header)},
        {QCoreApplication::translate("SectionStyle", "Cover page"), solid(SectionKind::CoverPage)},
        {QCoreApplication::translate("SectionStyle", "Table of contents"),
         solid(SectionKind::TableOfContents)},
        {QCoreApplication::translate("SectionStyle", "Part"), solid(SectionKind::Part)},
        {QCoreApplication::translate("SectionStyle", "Item"), solid(SectionKind::Item, 0)},
        {QCoreApplication::translate("SectionStyle", "Item (next)"), solid(SectionKind::Item, 1)},
        {QCoreApplication::translate("SectionStyle", "Signatures"), solid(SectionKind::Signatures)},
        {QCoreApplication::translate("SectionStyle", "Exhibit index"),
         solid(SectionKind::ExhibitIndex)},
        {QCoreApplication::translate("SectionStyle", "Document"), solid(SectionKind::Document)},
        {QCoreApplication::translate("SectionStyle", "Binary attachment"),
         solid(SectionKind::BinaryAttachment)},
        {QCoreApplication::translate("SectionStyle", "Extracted value"), fieldMark()},
        {QCoreApplication::translate("SectionStyle", "Tagged value (XBRL)"), factMark()},
    };
}

} // namespace fl

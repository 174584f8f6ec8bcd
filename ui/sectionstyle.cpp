// SPDX-License-Identifier: MIT
#include "sectionstyle.h"

#include <QCoreApplication>

#include <iterator>

namespace fl {

namespace {

struct SwatchDef
{
    Swatch swatch;
    const char *label; // in the legend; null: not shown there
    QRgb light;        // on a light base
    QRgb dark;         // on a dark base: lighter, so that it stands out
};

// Hues after Okabe and Ito's palette and Paul Tol's muted one, kept apart by lightness too, so
// that every two rows with a label differ under deuteranopia, protanopia and tritanopia
// (CIEDE2000 of the simulated colours at least 8; tests/tools/cvd_palette.py reads this
// table). A new row needs colours that pass it: #333333 on light bases and #dddddd on dark
// ones still do.
const SwatchDef kSwatches[] = {
    {Swatch::Header, QT_TRANSLATE_NOOP("SectionStyle", "SEC header"), 0x777777, 0x9e9e9e},
    {Swatch::CoverPage, QT_TRANSLATE_NOOP("SectionStyle", "Cover page"), 0x0072b2, 0x1f86c8},
    {Swatch::TableOfContents, QT_TRANSLATE_NOOP("SectionStyle", "Table of contents"), 0xddcc77,
     0xccbb66},
    {Swatch::Part, QT_TRANSLATE_NOOP("SectionStyle", "Part"), 0x332288, 0x6655bb},
    {Swatch::Item, QT_TRANSLATE_NOOP("SectionStyle", "Item (1st, 3rd…)"), 0x009e73, 0x33aa55},
    {Swatch::ItemAlternate, QT_TRANSLATE_NOOP("SectionStyle", "Item (2nd, 4th…)"), 0x56b4e9,
     0x56b4e9},
    {Swatch::Signatures, QT_TRANSLATE_NOOP("SectionStyle", "Signatures"), 0xd55e00, 0xe66a1a},
    {Swatch::ExhibitIndex, QT_TRANSLATE_NOOP("SectionStyle", "Exhibit index"), 0xcc79a7, 0xdd88bb},
    {Swatch::Document, QT_TRANSLATE_NOOP("SectionStyle", "Submission document"), 0xdddddd,
     0x6a6a6a},
    {Swatch::DocumentAlternate, nullptr, 0xc4c4c4, 0x585858},
    {Swatch::BinaryAttachment, QT_TRANSLATE_NOOP("SectionStyle", "Binary attachment"), 0x882255,
     0xc0507a},
    {Swatch::PageBreak, nullptr, 0x757575, 0x9e9e9e},
    {Swatch::ExtractedValue, QT_TRANSLATE_NOOP("SectionStyle", "Extracted value (underline)"),
     0xe69f00, 0xf0e442},
    {Swatch::TaggedValue, QT_TRANSLATE_NOOP("SectionStyle", "Tagged value (XBRL, boxed)"), 0x661100,
     0x99ddff},
};

const SwatchDef &defOf(Swatch swatch)
{
    for (const SwatchDef &def : kSwatches) {
        if (def.swatch == swatch)
            return def;
    }
    return kSwatches[std::size(kSwatches) - 1];
}

} // namespace

SectionStyle::SectionStyle(const QPalette &palette)
    : m_dark(palette.color(QPalette::Base).lightnessF() < 0.5)
{
}

QColor SectionStyle::colour(Swatch swatch) const
{
    const SwatchDef &def = defOf(swatch);
    return QColor::fromRgb(m_dark ? def.dark : def.light);
}

Swatch SectionStyle::swatchOf(SectionKind kind, int index)
{
    switch (kind) {
    case SectionKind::Header:
        return Swatch::Header;
    case SectionKind::Document:
        return index % 2 ? Swatch::DocumentAlternate : Swatch::Document;
    case SectionKind::BinaryAttachment:
        return Swatch::BinaryAttachment;
    case SectionKind::CoverPage:
        return Swatch::CoverPage;
    case SectionKind::Item:
        return index % 2 ? Swatch::ItemAlternate : Swatch::Item;
    case SectionKind::Part:
        return Swatch::Part;
    case SectionKind::TableOfContents:
        return Swatch::TableOfContents;
    case SectionKind::Signatures:
        return Swatch::Signatures;
    case SectionKind::ExhibitIndex:
        return Swatch::ExhibitIndex;
    case SectionKind::PageBreak:
        return Swatch::PageBreak;
    }
    return Swatch::PageBreak;
}

QColor SectionStyle::band(SectionKind kind, int index) const
{
    QColor c = solid(kind, index);
    const bool outermost = kind == SectionKind::Document || kind == SectionKind::Header;
    // The outermost bands stay faint.
    c.setAlpha(outermost ? (m_dark ? 40 : 30) : (m_dark ? 70 : 42));
    return c;
}

QColor SectionStyle::solid(SectionKind kind, int index) const
{
    return colour(swatchOf(kind, index));
}

QColor SectionStyle::findMatch() const
{
    return m_dark ? QColor(0xff, 0xee, 0x58, 110) : QColor(0xff, 0xeb, 0x3b, 170);
}

QColor SectionStyle::currentFindMatch() const
{
    return m_dark ? QColor(0xff, 0x98, 0x00, 170) : QColor(0xff, 0x98, 0x00, 200);
}

QList<SectionStyle::LegendEntry> SectionStyle::legend() const
{
    QList<LegendEntry> entries;
    for (const SwatchDef &def : kSwatches) {
        if (def.label)
            entries.append(
                {QCoreApplication::translate("SectionStyle", def.label), colour(def.swatch)});
    }
    return entries;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace fl {

// Everything the text view draws in a colour of its own: the section kinds (items in two
// alternating shades, documents too) and the marks. One row each in sectionstyle.cpp's table.
enum class Swatch {
    Header,
    CoverPage,
    TableOfContents,
    Part,
    Item,
    ItemAlternate,
    Signatures,
    ExhibitIndex,
    Document,
    DocumentAlternate,
    BinaryAttachment,
    PageBreak,
    ExtractedValue,
    TaggedValue, // an inline-XBRL fact, boxed
};

// The colours of highlighted sections and marks, from one table with a light and a dark
// variant of each, chosen to stay apart under the common colour blindnesses
// (tests/tools/cvd_palette.py checks them). Bands are translucent so they read on the
// palette's base colour; they are stronger on dark bases.
class SectionStyle
{
public:
    explicit SectionStyle(const QPalette &palette);

    // The solid colour of a swatch on this palette (legend, gutter strip, marks).
    QColor colour(Swatch swatch) const;
    static Swatch swatchOf(SectionKind kind, int index = 0);

    // Band colour of a section; items alternate between two hues so neighbours stay apart.
    QColor band(SectionKind kind, int index = 0) const;
    // Solid version of the same hue, for the gutter strip and the legend.
    QColor solid(SectionKind kind, int index = 0) const;
    QColor fieldMark() const { return colour(Swatch::ExtractedValue); }
    QColor factMark() const
    {
        return colour(Swatch::TaggedValue);
    } // tagged by the filer (inline XBRL)
    QColor findMatch() const;
    QColor currentFindMatch() const;
    QColor pageBreakLine() const { return colour(Swatch::PageBreak); }

    struct LegendEntry
    {
        QString label;
        QColor colour;
    };
    // The table's rows that have a legend label, in its order.
    QList<LegendEntry> legend() const;

private:
    bool m_dark = false;
};

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace fl {

// The colours of highlighted sections and marks. Colours are translucent so they read on the
// palette's base colour, light or dark; they are stronger on dark bases.
class SectionStyle
{
public:
    explicit SectionStyle(const QPalette &palette);

    // Band colour of a section; items alternate between two hues so neighbours stay apart.
    QColor band(SectionKind kind, int index = 0) const;
    // Solid version of the same hue, for the gutter strip and the legend.
    QColor solid(SectionKind kind, int index = 0) const;
    QColor fieldMark() const;
    QColor factMark() const; // a value tagged by the filer (inline XBRL)
    QColor findMatch() const;
    QColor currentFindMatch() const;
    QColor pageBreakLine() const;

    struct LegendEntry
    {
        QString label;
        QColor colour;
    };
    QList<LegendEntry> legend() const;

private:
    QColor withAlpha(QColor colour) const;

    bool m_dark = false;
};

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QColor>
#include <QString>

namespace fl {

// A labelled range drawn over the text: an extracted value (underlined), a diff change.
// Apart from the text view so that models can hand marks over without including a widget.
struct TextMark
{
    SourceRange range;
    QString label;
};

struct TextHighlight
{
    SourceRange range;
    QColor colour;
    bool wholeLines = false; // paint the full width of every line the range touches
};

} // namespace fl

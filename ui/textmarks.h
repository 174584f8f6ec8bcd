// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QColor>
#include <QString>

namespace fl {

// What a mark is of: each kind is drawn in a style of its own (SectionStyle).
enum class MarkKind {
    Field, // a value the reader extracted: underlined
    Fact,  // a value the filer tagged (inline XBRL): boxed; the hover names the innermost only
};

// A labelled range drawn over the text: an extracted value (underlined), a tagged value.
// Apart from the text view so that models can hand marks over without including a widget.
struct TextMark
{
    SourceRange range;
    QString label;
    MarkKind kind = MarkKind::Field;
};

struct TextHighlight
{
    SourceRange range;
    QColor colour;
    bool wholeLines = false; // paint the full width of every line the range touches
};

} // namespace fl

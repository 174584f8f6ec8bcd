// SPDX-License-Identifier: MIT
#pragma once

// The Part and Item headings a periodic report's lines hold, before they are told apart
// (table of contents, running page headers, the headings themselves). Shared by the report
// item finder (reportitems.cpp) and the table-of-contents reader (tableofcontents.cpp).

#include "reportheadings.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace fl {

class TextLines;
struct FormSchema;
struct Warning;

// A report has a few dozen headings; past this many the rest are read as text, which bounds
// the memory of a file made of headings alone.
inline constexpr qsizetype kMaxCandidates = 10000;
// Titles are compared up to this length: a heading inside a table of 100,000 cells stays cheap.
inline constexpr qsizetype kMaxTitle = 300;
inline constexpr double kTitled = 0.5;
// A heading stands alone or in a row of a few cells ("Item 1A.<tab>Risk Factors<tab>14"); a
// line of more cells than this is a table row that happens to start with the word Item.
inline constexpr qsizetype kMaxHeadingCells = 50;

// One Part or Item heading as it stands in the text.
struct HeadingCandidate
{
    int line = 0;
    bool isPart = false;
    QString part; // a part heading's numeral, or the part an item was assigned to
    ReportItemHeading item;
    QStringView title;     // inline, or the next line's for a heading alone on its line
    int titleLine = 0;     // the line the title is on
    QStringView titleMore; // the title's second line, when it wraps
    int lastLine = 0;      // the heading's last line
    bool toc = false;      // a table-of-contents entry
    double score = 0;      // title against the official title
};

// How well `title` matches the official title of (part, code) in any of its versions; an
// empty part matches any part.
double bestScore(const FormSchema &schema, const QString &part, const QString &code,
                 QStringView title);

// Every line that reads as a Part or Item heading, with its title (also one on the next line,
// or wrapped onto it); lines that go on with a sentence are left out. At most kMaxCandidates.
QList<HeadingCandidate> collectCandidates(const TextLines &lines, const FormSchema &schema,
                                          QList<Warning> &warnings);

} // namespace fl

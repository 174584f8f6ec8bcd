// SPDX-License-Identifier: MIT
#pragma once

#include "lineindex.h"
#include "sourcerange.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace fl {

// The lines of a part of the displayed text, by index, each with its offset. A view: it
// holds references to the text and its line index, which must outlive it and not change. It
// keeps the block of the index it read last, so that reading lines in order, or near one
// another, is cheap; like any object read and written, it is used by one thread at a time.
class TextLines
{
public:
    TextLines(const QString &text, const LineIndex &lineStarts, SourceRange range);

    int size() const { return m_last - m_first; }
    bool isEmpty() const { return m_last <= m_first; }
    // Line i of the range (0-based within it), without its line break.
    QStringView line(int i) const;
    qsizetype start(int i) const;
    qsizetype end(int i) const { return start(i) + line(i).size(); }
    SourceRange lineRange(int i) const { return {start(i), line(i).size()}; }
    // Index (within the range) of the line holding a text offset.
    int indexOf(qsizetype offset) const;
    // Range of `part`, which must be a view into line i.
    SourceRange rangeOf(int i, QStringView part) const;
    const QString &text() const { return m_text; }
    SourceRange range() const { return m_range; }

private:
    const QString &m_text;
    const LineIndex &m_lineStarts;
    SourceRange m_range;
    int m_first = 0;
    int m_last = 0;
    mutable LineIndex::Cursor m_cursor;
};

// Builds the line index of a text: the offset where each line starts.
inline LineIndex buildLineStarts(QStringView text)
{
    return LineIndex::of(text);
}

// Index of the line holding `offset` in a line index.
inline int lineIndexOf(const LineIndex &lineStarts, qsizetype offset)
{
    return lineStarts.lineOf(offset);
}

bool isBlank(QStringView line);
// White space, including the no-break space HTML conversion leaves behind.
bool isSpaceLike(QChar c);
// The cells of a line laid out in columns: split at tabs and at runs of `gap` or more
// spaces, each without the spaces around it.
QList<QStringView> splitCells(QStringView line, int gap = 2);
// A line made only of rule characters (-, _, =, *) and spaces, with at least three of them.
bool isRule(QStringView line);

} // namespace fl

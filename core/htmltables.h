// SPDX-License-Identifier: MIT
#pragma once

// The output side of the HTML-to-text conversion (htmltotext.cpp): the text being written and
// the tables being read, which are buffered until they end and then laid out as lines.

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace fl::htmltext {

// A piece of output text: the whole document, or one table cell while it is being read.
struct Sink
{
    std::string text;
    int pendingBreaks = 0; // line breaks owed before the next text (0, 1 or 2)
    bool pendingSpace = false;

    bool atLineStart() const { return text.empty() || text.back() == '\n'; }

    void requestBreak(int breaks)
    {
        pendingSpace = false;
        if (!text.empty())
            pendingBreaks = std::max(pendingBreaks, breaks);
    }

    void flushPending()
    {
        if (pendingBreaks > 0) {
            if (!atLineStart())
                text.push_back('\n');
            if (pendingBreaks > 1 && !text.empty() && !endsWithBlankLine())
                text.push_back('\n');
            pendingBreaks = 0;
            pendingSpace = false;
        } else if (pendingSpace) {
            if (!atLineStart())
                text.push_back(' ');
            pendingSpace = false;
        }
    }

    // A page-break line counts as a blank line: no extra one after it.
    bool endsWithBlankLine() const
    {
        const size_t n = text.size();
        return n >= 2 && text[n - 1] == '\n' && (text[n - 2] == '\n' || text[n - 2] == '\f');
    }

    void appendRaw(std::string_view s)
    {
        if (s.empty())
            return;
        flushPending();
        text.append(s);
    }

    void pageBreak()
    {
        pendingBreaks = 0;
        pendingSpace = false;
        if (!atLineStart())
            text.push_back('\n');
        text.append("\f\n");
    }
};

// Removes ASCII white space at both ends.
void trimInPlace(std::string &s);
std::string_view trimmed(std::string_view s);

// The tables being read, innermost last. A 10-K holds thousands of tables and tens of
// thousands of cells, and a hostile file one row of millions: each table keeps the text of its
// cells in one buffer, a cell being the 32-bit offset where its text ends (about 5 bytes for a
// one-character cell), and tables are kept for reuse once written out, so that reading them
// allocates next to nothing. A table's cells hold at most 4 GiB of text (a cell that does not
// fit is cut); a file that large is refused long before.
class TableStack
{
public:
    bool empty() const { return m_depth == 0; }
    size_t size() const { return m_depth; }

    void open();     // <table>
    void startRow(); // <tr>
    // A cell outside any <tr> starts a row.
    void ensureRow();
    // An empty string to write a cell into, reusing the storage of cells already read.
    std::string takeBuffer();
    void giveBack(std::string &&buffer);
    // Adds a cell spanning `span` columns (colspan) to the innermost table's last row.
    void addCell(std::string_view text, int span);

    // Writes the innermost table into `out` and closes it. Columns empty in every row
    // (spacers) are dropped. A row of one-line cells becomes one line, cells separated by
    // tabs; a row of short multi-line cells becomes a grid of lines (line k holds the k-th line
    // of each cell), the way text filings lay out cover pages; anything bigger (layout tables)
    // becomes blocks. With `markers`, the text holds inline-XBRL range markers (ixbrl.h),
    // which take no room when widths are measured.
    void emitInto(Sink &out, bool markers);

private:
    // A cell spanning more than one column; the columns after its first hold empty cells.
    struct Span
    {
        quint32 cell;
        quint32 columns;
    };

    struct Table
    {
        std::string text;               // the cells' texts, one after the other
        std::deque<quint32> cellEnds;   // row by row: cell i is text[end(i - 1), end(i))
        std::vector<quint32> rowStarts; // each row's first cell
        std::vector<Span> spans;        // in cell order
    };

    std::vector<Table> m_tables; // the first m_depth are open; the rest wait for reuse
    size_t m_depth = 0;
    std::vector<std::string> m_spare;
    // Scratch space of emitInto.
    std::vector<bool> m_used;       // by column
    std::vector<quint32> m_cursors; // by cell of a row, in a grid of lines: where its next line is
};

} // namespace fl::htmltext

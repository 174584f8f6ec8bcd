// SPDX-License-Identifier: MIT
#include "htmltables.h"
#include "ixbrl.h"

#include <cctype>
#include <limits>

namespace fl::htmltext {

void trimInPlace(std::string &s)
{
    const auto notSpace = [](unsigned char c) {
        return !std::isspace(c);
    };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
}

std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) {
        return std::isspace(static_cast<unsigned char>(c)) != 0;
    };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

void TableStack::open()
{
    if (m_depth == m_tables.size())
        m_tables.emplace_back();
    ++m_depth; // a reused table was emptied when it was written out
}

void TableStack::startRow()
{
    Table &table = m_tables[m_depth - 1];
    table.rowStarts.push_back(quint32(table.cellEnds.size()));
}

void TableStack::ensureRow()
{
    if (m_tables[m_depth - 1].rowStarts.empty())
        startRow();
}

std::string TableStack::takeBuffer()
{
    if (m_spare.empty())
        return {};
    std::string buffer = std::move(m_spare.back());
    m_spare.pop_back();
    return buffer;
}

void TableStack::giveBack(std::string &&buffer)
{
    // Short strings live inside the object: nothing worth keeping. The cap bounds what is
    // kept to about one big table's cells.
    constexpr size_t kMaxSpare = 4096;
    if (buffer.capacity() <= std::string().capacity() || m_spare.size() >= kMaxSpare)
        return;
    buffer.clear();
    m_spare.push_back(std::move(buffer));
}

namespace {

constexpr size_t kMaxTableText = std::numeric_limits<quint32>::max();
constexpr size_t kMaxTableCells = std::numeric_limits<quint32>::max();

// The next line of `rest` that is not blank once spaces and form feeds are trimmed off its
// ends, trimmed; empty when there is none. `rest` moves past it.
std::string_view nextLine(std::string_view &rest)
{
    while (!rest.empty()) {
        const size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\f'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\f'))
            line.remove_prefix(1);
        if (!line.empty())
            return line;
    }
    return {};
}

} // namespace

void TableStack::addCell(std::string_view text, int span)
{
    Table &table = m_tables[m_depth - 1];
    if (table.cellEnds.size() >= kMaxTableCells)
        return;
    if (table.rowStarts.empty())
        table.rowStarts.push_back(0);
    if (text.size() > kMaxTableText - table.text.size()) {
        // Cut at a character boundary.
        size_t keep = kMaxTableText - table.text.size();
        while (keep > 0 && (static_cast<unsigned char>(text[keep]) & 0xC0) == 0x80)
            --keep;
        text = text.substr(0, keep);
    }
    table.text.append(text);
    if (span > 1)
        table.spans.push_back({quint32(table.cellEnds.size()), quint32(span)});
    table.cellEnds.push_back(quint32(table.text.size()));
}

void TableStack::emitInto(Sink &out, bool markers)
{
    Table &table = m_tables[m_depth - 1];
    const std::string_view text(table.text);
    const std::deque<quint32> &ends = table.cellEnds;
    const size_t rows = table.rowStarts.size();
    const auto rowEnd = [&](size_t r) -> size_t {
        return r + 1 < rows ? table.rowStarts[r + 1] : ends.size();
    };
    const auto cellStart = [&](size_t i) -> size_t {
        return i == 0 ? 0 : ends[i - 1];
    };
    const auto cellText = [&](size_t i) {
        const size_t start = cellStart(i);
        return text.substr(start, ends[i] - start);
    };
    // Cell i's columns: spans[span] is the next cell spanning more than one, in cell order.
    size_t span = 0;
    const auto columnsOf = [&](size_t i) -> size_t {
        if (span < table.spans.size() && table.spans[span].cell == i)
            return table.spans[span++].columns;
        return 1;
    };
    size_t columns = 0;
    for (size_t r = 0; r < rows; ++r) {
        size_t column = 0;
        for (size_t i = table.rowStarts[r]; i < rowEnd(r); ++i)
            column += columnsOf(i);
        columns = std::max(columns, column);
    }
    m_used.assign(columns, false);
    span = 0;
    for (size_t r = 0; r < rows; ++r) {
        size_t column = 0;
        for (size_t i = table.rowStarts[r]; i < rowEnd(r); ++i) {
            if (ends[i] != cellStart(i))
                m_used[column] = true;
            column += columnsOf(i);
        }
    }
    out.requestBreak(2);
    span = 0;
    for (size_t r = 0; r < rows; ++r) {
        const size_t first = table.rowStarts[r];
        const size_t end = rowEnd(r);
        const size_t rowSpan = span;
        // The row's shape: its tallest cell and widest line, and its last cell with a line (no
        // trailing tabs for the empty cells after it). Cells of unused columns are left out.
        size_t tallest = 0;
        size_t widest = 0;
        size_t last = end;
        size_t column = 0;
        for (size_t i = first; i < end; ++i) {
            const bool used = m_used[column];
            column += columnsOf(i);
            if (!used)
                continue;
            std::string_view rest = cellText(i);
            size_t height = 0;
            for (std::string_view line = nextLine(rest); !line.empty(); line = nextLine(rest)) {
                ++height;
                widest = std::max(widest, markers ? IxCollector::shownWidth(line) : line.size());
            }
            tallest = std::max(tallest, height);
            if (height > 0)
                last = i;
        }
        if (last == end)
            continue;
        out.requestBreak(1);
        if (tallest <= 1 || (tallest <= 15 && widest <= 160)) {
            // Each line has a cell with a line of that rank, so none is empty: written straight
            // into `out`, cut after its last cell with a line.
            if (tallest > 1) {
                m_cursors.resize(last + 1 - first);
                for (size_t i = first; i <= last; ++i)
                    m_cursors[i - first] = quint32(cellStart(i));
            }
            for (size_t k = 0; k < tallest; ++k) {
                out.requestBreak(1);
                out.flushPending();
                const size_t lineStart = out.text.size();
                size_t lastNonEmpty = lineStart;
                span = rowSpan;
                column = 0;
                bool firstCell = true;
                for (size_t i = first; i <= last; ++i) {
                    const bool used = m_used[column];
                    const size_t cellColumns = columnsOf(i);
                    if (used) {
                        if (!firstCell)
                            out.text.push_back('\t');
                        firstCell = false;
                        std::string_view rest;
                        if (tallest > 1) {
                            const size_t at = m_cursors[i - first];
                            rest = text.substr(at, ends[i] - at);
                        } else {
                            rest = cellText(i);
                        }
                        const std::string_view line = nextLine(rest);
                        if (tallest > 1)
                            m_cursors[i - first] = quint32(ends[i] - rest.size());
                        if (!line.empty()) {
                            out.text.append(line);
                            lastNonEmpty = out.text.size();
                        }
                    }
                    // The empty cells of a span, in columns that other rows use.
                    for (size_t c = column + 1; c < column + cellColumns && i < last; ++c) {
                        if (m_used[c]) {
                            if (!firstCell)
                                out.text.push_back('\t');
                            firstCell = false;
                        }
                    }
                    column += cellColumns;
                }
                out.text.resize(lastNonEmpty);
            }
        } else {
            column = 0;
            span = rowSpan;
            for (size_t i = first; i < end; ++i) {
                const bool used = m_used[column];
                column += columnsOf(i);
                if (!used || ends[i] == cellStart(i))
                    continue;
                out.requestBreak(1);
                out.appendRaw(cellText(i));
                out.requestBreak(1);
            }
        }
        // The next row's spans.
        span = rowSpan;
        for (size_t i = first; i < end; ++i)
            columnsOf(i);
        out.requestBreak(1);
    }
    out.requestBreak(2);
    table.text.clear();
    table.cellEnds.clear();
    table.rowStarts.clear();
    table.spans.clear();
    --m_depth;
}

} // namespace fl::htmltext

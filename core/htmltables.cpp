// SPDX-License-Identifier: MIT
#include "htmltables.h"
#include "ixbrl.h"

#include <cctype>

namespace fl::htmltext {

void trimInPlace(std::string &s)
{
    const auto notSpace = [](unsigned char c) {
        return !std::isspace(c);
    };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
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
    table.rowStarts.push_back(table.cells.size());
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

void TableStack::addCell(std::string &&text, int span)
{
    Table &table = m_tables[m_depth - 1];
    if (table.rowStarts.empty())
        table.rowStarts.push_back(0);
    table.cells.push_back(std::move(text));
    for (int i = 1; i < span; ++i)
        table.cells.emplace_back();
}

void TableStack::emitInto(Sink &out, bool markers)
{
    Table &table = m_tables[m_depth - 1];
    const std::vector<std::string> &cells = table.cells;
    const size_t rows = table.rowStarts.size();
    const auto rowEnd = [&](size_t r) {
        return r + 1 < rows ? table.rowStarts[r + 1] : cells.size();
    };
    size_t columns = 0;
    for (size_t r = 0; r < rows; ++r)
        columns = std::max(columns, rowEnd(r) - table.rowStarts[r]);
    m_used.assign(columns, 0);
    for (size_t r = 0; r < rows; ++r) {
        for (size_t i = table.rowStarts[r]; i < rowEnd(r); ++i) {
            if (!cells[i].empty())
                m_used[i - table.rowStarts[r]] = 1;
        }
    }
    out.requestBreak(2);
    for (size_t r = 0; r < rows; ++r) {
        const size_t first = table.rowStarts[r];
        const size_t end = rowEnd(r);
        // The lines of each used cell, flat: cell k's are m_lines[m_cellLines[k]..[k + 1]).
        m_lines.clear();
        m_cellLines.assign(1, 0);
        size_t tallest = 0;
        size_t widest = 0;
        for (size_t i = first; i < end; ++i) {
            if (!m_used[i - first])
                continue;
            std::string_view rest(cells[i]);
            while (!rest.empty()) {
                const size_t nl = rest.find('\n');
                std::string_view line = rest.substr(0, nl);
                rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
                while (!line.empty() && (line.back() == ' ' || line.back() == '\f'))
                    line.remove_suffix(1);
                while (!line.empty() && (line.front() == ' ' || line.front() == '\f'))
                    line.remove_prefix(1);
                if (line.empty())
                    continue;
                widest = std::max(widest, markers ? IxCollector::shownWidth(line) : line.size());
                m_lines.push_back(line);
            }
            tallest = std::max(tallest, m_lines.size() - m_cellLines.back());
            m_cellLines.push_back(m_lines.size());
        }
        if (m_lines.empty())
            continue;
        // Cells without lines at the end of the row: no trailing tabs for them.
        while (m_cellLines.size() > 1 && m_cellLines[m_cellLines.size() - 2] == m_cellLines.back())
            m_cellLines.pop_back();
        const size_t cellCount = m_cellLines.size() - 1;
        out.requestBreak(1);
        if (tallest <= 1 || (tallest <= 15 && widest <= 160)) {
            for (size_t k = 0; k < std::max<size_t>(tallest, 1); ++k) {
                m_line.clear();
                size_t lastNonEmpty = 0;
                for (size_t c = 0; c < cellCount; ++c) {
                    if (c)
                        m_line.push_back('\t');
                    if (m_cellLines[c] + k < m_cellLines[c + 1]) {
                        m_line.append(m_lines[m_cellLines[c] + k]);
                        lastNonEmpty = m_line.size();
                    }
                }
                m_line.resize(lastNonEmpty);
                out.requestBreak(1);
                out.appendRaw(m_line);
            }
        } else {
            for (size_t i = first; i < end; ++i) {
                if (!m_used[i - first] || cells[i].empty())
                    continue;
                out.requestBreak(1);
                out.appendRaw(cells[i]);
                out.requestBreak(1);
            }
        }
        out.requestBreak(1);
    }
    out.requestBreak(2);
    for (std::string &cell : table.cells)
        giveBack(std::move(cell));
    table.cells.clear();
    table.rowStarts.clear();
    --m_depth;
}

} // namespace fl::htmltext

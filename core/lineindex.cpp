// SPDX-License-Identifier: MIT
#include "lineindex.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace fl {

namespace {

// Files are at most 1 GB, so no chunk of lines spans 4 G characters; refuse rather than wrap.
qint64 checkedSpan(qint64 span)
{
    if (span > qint64(std::numeric_limits<quint32>::max()))
        throw std::length_error("line index: lines span more than 4 G characters");
    return span;
}

// log2 of the bytes a block's deltas take when its lines span `span` characters.
int widthLogFor(qint64 span)
{
    if (span <= std::numeric_limits<quint8>::max())
        return 0;
    if (span <= std::numeric_limits<quint16>::max())
        return 1;
    checkedSpan(span);
    return 2;
}

} // namespace

LineIndex LineIndex::of(QStringView text)
{
    Builder builder;
    builder.append(0);
    qsizetype pos = 0;
    while (true) {
        const qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            break;
        pos = nl + 1;
        if (pos < text.size())
            builder.append(pos);
    }
    return builder.finish();
}

void LineIndex::decode(size_t b, qsizetype textSize, Cursor &cursor) const
{
    const size_t slot = b % 2;
    const Chunk &chunk = m_chunks[b / kBlocksPerChunk];
    const Block block = chunk.blocks[b % kBlocksPerChunk];
    const qsizetype base = chunk.base + block.base;
    const quint8 *deltas = block.deltas(chunk.deltas.data());
    const unsigned log = block.packed & 3;
    const int lines = linesIn(qsizetype(b));
    qsizetype *starts = cursor.starts[slot];
    for (int j = 0; j < lines; ++j)
        starts[j] = base + load(deltas, log, size_t(j));
    starts[lines] = qsizetype(b) + 1 < m_blockCount ? baseOf(qsizetype(b) + 1) : textSize;
    cursor.blocks[slot] = b;
}

int LineIndex::lineOf(qsizetype offset) const
{
    if (m_size == 0 || offset < m_chunks.front().base)
        return 0;
    // The last chunk, then the last block in it, then the last line in that, starting at or
    // before the offset.
    const auto chunkAfter =
        std::upper_bound(m_chunks.cbegin(), m_chunks.cend(), offset,
                         [](qsizetype value, const Chunk &chunk) { return value < chunk.base; });
    const Chunk &chunk = *(chunkAfter - 1);
    const qint64 inChunk = offset - chunk.base;
    const auto blockAfter = std::upper_bound(
        chunk.blocks.cbegin(), chunk.blocks.cend(), inChunk,
        [](qint64 value, const Block &block) { return value < qint64(block.base); });
    const qsizetype b = (chunkAfter - 1 - m_chunks.cbegin()) * kBlocksPerChunk
        + (blockAfter - 1 - chunk.blocks.cbegin());
    const Block &block = *(blockAfter - 1);
    const quint8 *deltas = block.deltas(chunk.deltas.data());
    const int width = block.width();
    const quint64 rel =
        quint64(std::min<qint64>(inChunk - block.base, std::numeric_limits<quint32>::max()));
    int lo = 0; // line 0 of the block starts at or before the offset
    int hi = linesIn(b);
    while (hi - lo > 1) {
        const int mid = (lo + hi) / 2;
        if (delta(deltas, width, mid) <= rel)
            lo = mid;
        else
            hi = mid;
    }
    return int(b * kBlockLines + lo);
}

qsizetype LineIndex::longestLine(qsizetype textSize) const
{
    qsizetype longest = 0;
    for (qsizetype b = 0; b < m_blockCount; ++b) {
        const Chunk &chunk = chunkOf(b);
        const Block &block = blockAt(b);
        const quint8 *deltas = block.deltas(chunk.deltas.data());
        const int width = block.width();
        const int n = linesIn(b);
        quint32 previous = 0;
        for (int j = 1; j < n; ++j) {
            const quint32 d = delta(deltas, width, j);
            longest = std::max<qsizetype>(longest, d - previous);
            previous = d;
        }
        // The block's last line ends where the next block (or the text) begins.
        const qint64 next = b + 1 < m_blockCount ? baseOf(b + 1) : textSize;
        longest = std::max<qsizetype>(longest, next - (chunk.base + block.base + previous));
    }
    return longest;
}

qsizetype LineIndex::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_chunks.capacity() * sizeof(Chunk));
    for (const Chunk &chunk : m_chunks)
        bytes += qsizetype(chunk.blocks.capacity() * sizeof(Block) + chunk.deltas.capacity());
    return bytes;
}

LineIndex::Builder::Builder()
{
    m_blocks.reserve(kBlocksPerChunk);
    m_deltas.reserve(size_t(kBlocksPerChunk) * kBlockLines); // one byte a line, the usual width
}

void LineIndex::Builder::append(qsizetype start)
{
    Q_ASSERT(start >= m_last && start >= 0);
    m_last = start;
    m_pending[m_pendingCount++] = start;
    if (m_pendingCount == kBlockLines)
        flushBlock();
}

void LineIndex::Builder::flushBlock()
{
    if (m_pendingCount == 0)
        return;
    if (m_blocks.empty())
        m_chunkBase = m_pending[0];
    const qint64 base = m_pending[0];
    const int widthLog = widthLogFor(m_pending[m_pendingCount - 1] - base);
    const int width = 1 << widthLog;
    const size_t offset = m_deltas.size();
    m_deltas.resize(offset + size_t(width) * size_t(m_pendingCount));
    quint8 *out = m_deltas.data() + offset;
    for (int j = 0; j < m_pendingCount; ++j) {
        const quint32 d = quint32(m_pending[j] - base);
        if (width == 1)
            out[j] = quint8(d);
        else if (width == 2)
            qToLittleEndian<quint16>(quint16(d), out + 2 * j);
        else
            qToLittleEndian<quint32>(d, out + 4 * j);
    }
    m_blocks.push_back(
        Block{quint32(checkedSpan(base - m_chunkBase)), quint32(offset << 2) | quint32(widthLog)});
    m_index.m_size += m_pendingCount;
    ++m_index.m_blockCount;
    m_pendingCount = 0;
    if (m_blocks.size() == size_t(kBlocksPerChunk))
        flushChunk();
}

void LineIndex::Builder::flushChunk()
{
    if (m_blocks.empty())
        return;
    // Exact copies, so the index holds no spare capacity; the scratch buffers are reused.
    Chunk chunk;
    chunk.base = m_chunkBase;
    chunk.blocks.assign(m_blocks.cbegin(), m_blocks.cend());
    chunk.deltas.resize(m_deltas.size() + kLoadPadding); // zeros past the last delta
    std::copy(m_deltas.cbegin(), m_deltas.cend(), chunk.deltas.begin());
    m_index.m_chunks.push_back(std::move(chunk));
    m_blocks.clear();
    m_deltas.clear();
}

LineIndex LineIndex::Builder::finish()
{
    flushBlock();
    flushChunk();
    m_index.m_chunks.shrink_to_fit();
    LineIndex done = std::move(m_index);
    m_index = LineIndex();
    m_last = -1;
    return done;
}

} // namespace fl

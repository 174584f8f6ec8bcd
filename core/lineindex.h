// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>
#include <QtEndian>
#include <QtGlobal>

#include <iterator>
#include <limits>
#include <utility>
#include <vector>

namespace fl {

// The offsets where the lines of a text start, in about 1.1 bytes a line instead of the 8 of
// a list of offsets (a file of empty lines cost 11x itself in memory that way).
//
// Lines are kept in blocks of 64: each block has the offset of its first line (its base) and
// the distance of each of its lines from that base, all in the narrowest width that holds the
// block's largest distance: 1 byte when its 64 lines span at most 255 characters, 2 bytes up
// to 65,535, else 4. Random access is O(1), the line holding an offset O(log n). Blocks come in
// chunks of 1,024 (65,536 lines) whose allocations are sized exactly once the chunk is complete:
// building needs no estimate of the line count, leaves no spare capacity, and never holds more
// than one chunk's scratch (at most 264 KB) besides what it built.
class LineIndex
{
public:
    static constexpr int kBlockLines = 64;
    static constexpr int kBlocksPerChunk = 1024;

    class Builder;
    class const_iterator;
    struct Cursor;

    LineIndex() = default;

    // The line index of a text: line 0 starts at 0, and a line starts after each '\n' that is
    // not the text's last character. An empty text has one line.
    static LineIndex of(QStringView text);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Start of line i; i must be in [0, size()).
    qsizetype at(qsizetype i) const;
    qsizetype operator[](qsizetype i) const { return at(i); }
    // Start of line i, or `fallback` when there is no such line.
    qsizetype value(qsizetype i, qsizetype fallback) const
    {
        return i >= 0 && i < m_size ? at(i) : fallback;
    }
    // Start of line i and its end: where the next line starts, or `textSize` for the last.
    // One block lookup for both (the hot path of reading a text line by line).
    std::pair<qsizetype, qsizetype> bounds(qsizetype i, qsizetype textSize) const;
    // The same through `cursor`, which keeps the starts of the last two blocks read, decoded:
    // reading lines in order, or near one another, decodes each block once and then costs two
    // array reads a line, as a list of offsets does. `textSize` must be the same at each call.
    std::pair<qsizetype, qsizetype> bounds(qsizetype i, qsizetype textSize, Cursor &cursor) const;
    qsizetype first() const { return at(0); }
    qsizetype last() const { return at(m_size - 1); }
    void clear() { *this = LineIndex(); }

    // The line holding `offset`: the last line starting at or before it; 0 when there is none
    // (an offset before the first line, or an empty index).
    int lineOf(qsizetype offset) const;
    // The longest line, line break included, when the text is `textSize` long. One pass over
    // the deltas, without touching the text.
    qsizetype longestLine(qsizetype textSize) const;

    // Bytes this index holds on the heap (for memory estimates).
    qsizetype memoryBytes() const;
    qsizetype blockCount() const { return m_blockCount; }
    // Bytes per delta in a block (1, 2 or 4).
    int blockWidth(qsizetype block) const { return blockAt(block).width(); }

    const_iterator begin() const;
    const_iterator end() const;

private:
    // 64 lines: the start of the first relative to its chunk's base, and where its deltas are
    // in the chunk with their width (bits 0-1: log2 of the width; the rest: the offset).
    struct Block
    {
        quint32 base = 0;
        quint32 packed = 0;
        int width() const { return 1 << (packed & 3); }
        const quint8 *deltas(const quint8 *chunkDeltas) const
        {
            return chunkDeltas + (packed >> 2);
        }
    };
    // kBlocksPerChunk blocks (fewer in the last chunk), each allocation exactly its size.
    struct Chunk
    {
        qint64 base = 0; // start of its first line
        std::vector<Block> blocks;
        std::vector<quint8> deltas;
    };

    // Each chunk's deltas are followed by this many zero bytes, so that any delta can be read
    // as four bytes and masked to its width, without a branch on the width.
    static constexpr size_t kLoadPadding = 3;
    // Delta j of a block whose deltas are 2^log bytes wide (little-endian).
    static quint32 load(const quint8 *deltas, unsigned log, size_t j)
    {
        return qFromLittleEndian<quint32>(deltas + (j << log))
            & (0xFFFFFFFFu >> (32 - (8u << log)));
    }
    static quint32 delta(const quint8 *deltas, int width, int j)
    {
        return load(deltas, width == 1 ? 0 : width == 2 ? 1 : 2, size_t(j));
    }
    const Chunk &chunkOf(qsizetype block) const
    {
        return m_chunks[size_t(block / kBlocksPerChunk)];
    }
    const Block &blockAt(qsizetype block) const
    {
        return chunkOf(block).blocks[size_t(block % kBlocksPerChunk)];
    }
    qint64 baseOf(qsizetype block) const { return chunkOf(block).base + blockAt(block).base; }
    int linesIn(qsizetype block) const
    {
        return int(std::min<qsizetype>(kBlockLines, m_size - block * kBlockLines));
    }

    void decode(size_t block, qsizetype textSize, Cursor &cursor) const;

    std::vector<Chunk> m_chunks;
    qsizetype m_blockCount = 0;
    qsizetype m_size = 0;
};

// The blocks a reader of an index read last (see bounds()), block b in slot b % 2 so that a
// reader going back and forth over a block boundary decodes neither block again: one per
// reader and thread, valid while the index is not changed.
struct LineIndex::Cursor
{
    size_t blocks[2] = {std::numeric_limits<size_t>::max(), std::numeric_limits<size_t>::max()};
    // The block's line starts, then where its last line ends.
    qsizetype starts[2][kBlockLines + 1];
};

// Builds a LineIndex from line starts given in increasing order.
class LineIndex::Builder
{
public:
    Builder();
    void append(qsizetype start);
    LineIndex finish();

private:
    void flushBlock();
    void flushChunk();

    LineIndex m_index;
    qsizetype m_pending[kBlockLines];
    int m_pendingCount = 0;
    qsizetype m_last = -1; // the last start appended
    // The chunk being filled, copied to its exact size once complete.
    qint64 m_chunkBase = 0;
    std::vector<Block> m_blocks;
    std::vector<quint8> m_deltas;
};

// Random access over the line starts, by value.
class LineIndex::const_iterator
{
public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = qsizetype;
    using difference_type = qsizetype;
    using pointer = void;
    using reference = qsizetype;

    const_iterator() = default;
    const_iterator(const LineIndex *index, qsizetype i)
        : m_index(index)
        , m_i(i)
    {
    }
    qsizetype operator*() const { return m_index->at(m_i); }
    qsizetype operator[](qsizetype n) const { return m_index->at(m_i + n); }
    const_iterator &operator++()
    {
        ++m_i;
        return *this;
    }
    const_iterator operator++(int)
    {
        const_iterator old = *this;
        ++m_i;
        return old;
    }
    const_iterator &operator--()
    {
        --m_i;
        return *this;
    }
    const_iterator operator--(int)
    {
        const_iterator old = *this;
        --m_i;
        return old;
    }
    const_iterator &operator+=(qsizetype n)
    {
        m_i += n;
        return *this;
    }
    const_iterator &operator-=(qsizetype n)
    {
        m_i -= n;
        return *this;
    }
    friend const_iterator operator+(const_iterator it, qsizetype n) { return it += n; }
    friend const_iterator operator+(qsizetype n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, qsizetype n) { return it -= n; }
    friend qsizetype operator-(const const_iterator &a, const const_iterator &b)
    {
        return a.m_i - b.m_i;
    }
    friend bool operator==(const const_iterator &a, const const_iterator &b)
    {
        return a.m_i == b.m_i;
    }
    friend auto operator<=>(const const_iterator &a, const const_iterator &b)
    {
        return a.m_i <=> b.m_i;
    }

private:
    const LineIndex *m_index = nullptr;
    qsizetype m_i = 0;
};

inline qsizetype LineIndex::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    const size_t b = size_t(i) / kBlockLines;
    const Chunk &chunk = m_chunks[b / kBlocksPerChunk];
    const Block block = chunk.blocks[b % kBlocksPerChunk];
    return chunk.base + block.base
        + load(block.deltas(chunk.deltas.data()), block.packed & 3, size_t(i) % kBlockLines);
}

inline std::pair<qsizetype, qsizetype> LineIndex::bounds(qsizetype i, qsizetype textSize) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    const size_t b = size_t(i) / kBlockLines;
    const size_t j = size_t(i) % kBlockLines;
    const Chunk &chunk = m_chunks[b / kBlocksPerChunk];
    const Block block = chunk.blocks[b % kBlocksPerChunk];
    const qsizetype base = chunk.base + block.base;
    const quint8 *deltas = block.deltas(chunk.deltas.data());
    const unsigned log = block.packed & 3;
    const qsizetype start = base + load(deltas, log, j);
    if (i + 1 >= m_size)
        return {start, textSize};
    if (j + 1 < size_t(kBlockLines))
        return {start, base + load(deltas, log, j + 1)};
    return {start, at(i + 1)};
}

inline std::pair<qsizetype, qsizetype> LineIndex::bounds(qsizetype i, qsizetype textSize,
                                                         Cursor &cursor) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    const size_t b = size_t(i) / kBlockLines;
    const size_t slot = b % 2;
    if (cursor.blocks[slot] != b)
        decode(b, textSize, cursor);
    const qsizetype *starts = cursor.starts[slot] + size_t(i) % kBlockLines;
    return {starts[0], starts[1]};
}

inline LineIndex::const_iterator LineIndex::begin() const
{
    return const_iterator(this, 0);
}

inline LineIndex::const_iterator LineIndex::end() const
{
    return const_iterator(this, m_size);
}

} // namespace fl

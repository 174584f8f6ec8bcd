// SPDX-License-Identifier: MIT
#include "diffmoves.h"

#include "wordtokens.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// Near-move candidates looked at per key: a boilerplate opening shared by hundreds of lines
// must not make the search quadratic.
constexpr qsizetype kCandidatesPerKey = 16;
constexpr int kKeyWords = 4;
// Changed lines per side at most for moves to be looked for: past that the texts are rearranged
// throughout (a text against its lines reversed) and a move per line would help no reader.
constexpr size_t kMaxCandidates = 20000;

quint64 hashOf(const int *ids, size_t count, quint64 seed)
{
    quint64 h = seed;
    for (size_t i = 0; i < count; ++i)
        h = (h ^ quint64(ids[i])) * 0x100000001b3ULL; // FNV-1a over the ids
    return h;
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

// A changed line that may be one end of a move.
struct Candidate
{
    int line;
    int hunk;
    std::vector<int> words;  // word ids (lower-cased words), in order
    quint64 key;             // hash of all of them
    quint64 head;            // of the first kKeyWords
    quint64 tail;            // of the last kKeyWords
    std::vector<int> sorted; // the ids sorted (a multiset)
    int partner = -1;        // index of the matched candidate on the other side
    double similarity = 0;
};

class MoveFinder
{
public:
    MoveFinder(const DiffSide &left, const DiffSide &right, TextDiff &diff)
        : m_left(left)
        , m_right(right)
        , m_diff(diff)
    {
    }

    void run()
    {
        size_t leftChanged = 0;
        size_t rightChanged = 0;
        for (const DiffHunk &h : std::as_const(m_diff.hunks)) {
            if (h.isChange()) {
                leftChanged += size_t(h.leftCount);
                rightChanged += size_t(h.rightCount);
            }
        }
        if (leftChanged > kMaxCandidates || rightChanged > kMaxCandidates)
            return;
        collect(m_left, true, m_leftCands);
        collect(m_right, false, m_rightCands);
        if (m_leftCands.empty() || m_rightCands.empty())
            return;
        matchExact();
        matchNear();
        buildBlocks();
        if (!m_blocks.empty())
            splitHunks();
    }

private:
    struct Block
    {
        int leftFrom, leftTo, rightFrom, rightTo; // lines, inclusive
        int leftHunk, rightHunk;                  // hunks of the diff before splitting
        double shared = 0;                        // 2 x common words, summed over lines
        double words = 0;                         // words of both sides, summed
        int newLeftHunk = -1;
        int newRightHunk = -1;
    };

    void collect(const DiffSide &side, bool isLeft, std::vector<Candidate> &out)
    {
        for (int h = 0; h < m_diff.hunks.size(); ++h) {
            const DiffHunk &hunk = m_diff.hunks[h];
            if (!hunk.isChange())
                continue;
            const int from = isLeft ? hunk.leftStart : hunk.rightStart;
            const int count = isLeft ? hunk.leftCount : hunk.rightCount;
            for (int line = from; line < from + count; ++line) {
                m_lowered.append(side.line(line).toString().toLower());
                std::vector<int> words;
                forEachWord(m_lowered.last(), [&](QStringView w) {
                    auto it = m_wordIds.constFind(w);
                    if (it == m_wordIds.cend())
                        it = m_wordIds.insert(w, int(m_wordIds.size()));
                    words.push_back(it.value());
                });
                if (words.size() < size_t(kMoveMinWords))
                    continue;
                Candidate c{line, h, std::move(words), 0, 0, 0, {}, -1, 0};
                const int *ids = c.words.data();
                const size_t n = c.words.size();
                c.key = hashOf(ids, n, 0xcbf29ce484222325ULL);
                c.head = hashOf(ids, kKeyWords, 0x9e3779b97f4a7c15ULL);
                c.tail = hashOf(ids + n - kKeyWords, kKeyWords, 0x51afd7ed558ccd1dULL);
                c.sorted = c.words;
                std::sort(c.sorted.begin(), c.sorted.end());
                out.push_back(std::move(c));
            }
        }
    }

    void pair(size_t l, size_t r, double similarity)
    {
        m_leftCands[l].partner = int(r);
        m_rightCands[r].partner = int(l);
        m_leftCands[l].similarity = similarity;
        m_rightCands[r].similarity = similarity;
    }

    // Lines of the same hunk are an edit in place, not a move.
    void matchExact()
    {
        QHash<quint64, std::vector<int>> rightByKey;
        for (size_t r = 0; r < m_rightCands.size(); ++r)
            rightByKey[m_rightCands[r].key].push_back(int(r));
        for (size_t l = 0; l < m_leftCands.size(); ++l) {
            const auto it = rightByKey.find(m_leftCands[l].key);
            if (it == rightByKey.end())
                continue;
            for (const int r : *it) {
                const Candidate &o = m_rightCands[size_t(r)];
                if (o.partner < 0 && o.hunk != m_leftCands[l].hunk
                    && o.words == m_leftCands[l].words) {
                    pair(l, size_t(r), 1.0);
                    break;
                }
            }
        }
    }

    static double similarity(const std::vector<int> &a, const std::vector<int> &b)
    {
        size_t i = 0, j = 0, common = 0;
        while (i < a.size() && j < b.size()) {
            if (a[i] < b[j]) {
                ++i;
            } else if (b[j] < a[i]) {
                ++j;
            } else {
                ++common;
                ++i;
                ++j;
            }
        }
        return 2.0 * double(common) / double(a.size() + b.size());
    }

    void matchNear()
    {
        QHash<quint64, std::vector<int>> byKey;
        for (size_t r = 0; r < m_rightCands.size(); ++r) {
            const Candidate &c = m_rightCands[r];
            if (c.partner >= 0)
                continue;
            for (const quint64 key : {c.head, c.tail ^ 1}) {
                std::vector<int> &list = byKey[key];
                if (qsizetype(list.size()) < kCandidatesPerKey)
                    list.push_back(int(r));
            }
        }
        for (size_t l = 0; l < m_leftCands.size(); ++l) {
            const Candidate &c = m_leftCands[l];
            if (c.partner >= 0)
                continue;
            int best = -1;
            double bestSimilarity = kMoveSimilarity;
            for (const quint64 key : {c.head, c.tail ^ 1}) {
                const auto it = byKey.constFind(key);
                if (it == byKey.cend())
                    continue;
                for (const int r : *it) {
                    const Candidate &o = m_rightCands[size_t(r)];
                    if (o.partner >= 0 || o.hunk == c.hunk)
                        continue;
                    const double s = similarity(c.sorted, o.sorted);
                    if (s >= bestSimilarity && (best < 0 || s > bestSimilarity)) {
                        best = r;
                        bestSimilarity = s;
                    }
                }
            }
            if (best >= 0)
                pair(l, size_t(best), bestSimilarity);
        }
    }

    // Only blank lines between `from` and `to` (exclusive) on a side.
    bool blankBetween(const DiffSide &side, int from, int to) const
    {
        for (int line = from + 1; line < to; ++line) {
            if (!isBlank(side.line(line)))
                return false;
        }
        return true;
    }

    void buildBlocks()
    {
        for (const Candidate &c : m_leftCands) {
            if (c.partner < 0)
                continue;
            const Candidate &o = m_rightCands[size_t(c.partner)];
            const double words = double(c.sorted.size() + o.sorted.size());
            if (!m_blocks.empty()) {
                Block &b = m_blocks.back();
                if (b.leftHunk == c.hunk && b.rightHunk == o.hunk && o.line > b.rightTo
                    && blankBetween(m_left, b.leftTo, c.line)
                    && blankBetween(m_right, b.rightTo, o.line)) {
                    b.leftTo = c.line;
                    b.rightTo = o.line;
                    b.shared += c.similarity * words;
                    b.words += words;
                    continue;
                }
            }
            m_blocks.push_back(
                {c.line, c.line, o.line, o.line, c.hunk, o.hunk, c.similarity * words, words});
        }
        // Blank lines around a block in its hunk belong to it (the gap a paragraph leaves).
        m_leftOwner.assign(size_t(lineCount(m_left)), -1);
        m_rightOwner.assign(size_t(lineCount(m_right)), -1);
        for (size_t k = 0; k < m_blocks.size(); ++k) {
            Block &b = m_blocks[k];
            for (int line = b.leftFrom; line <= b.leftTo; ++line)
                m_leftOwner[size_t(line)] = int(k);
            for (int line = b.rightFrom; line <= b.rightTo; ++line)
                m_rightOwner[size_t(line)] = int(k);
        }
        for (size_t k = 0; k < m_blocks.size(); ++k) {
            Block &b = m_blocks[k];
            const DiffHunk &lh = m_diff.hunks[b.leftHunk];
            const DiffHunk &rh = m_diff.hunks[b.rightHunk];
            widen(m_left, m_leftOwner, int(k), b.leftFrom, b.leftTo, lh.leftStart,
                  lh.leftStart + lh.leftCount);
            widen(m_right, m_rightOwner, int(k), b.rightFrom, b.rightTo, rh.rightStart,
                  rh.rightStart + rh.rightCount);
        }
    }

    static int lineCount(const DiffSide &side) { return int(side.lineStarts.size()); }

    static void widen(const DiffSide &side, std::vector<int> &owner, int block, int &from, int &to,
                      int hunkFrom, int hunkTo)
    {
        while (to + 1 < hunkTo && owner[size_t(to + 1)] < 0 && isBlank(side.line(to + 1)))
            owner[size_t(++to)] = block;
        while (from - 1 >= hunkFrom && owner[size_t(from - 1)] < 0 && isBlank(side.line(from - 1)))
            owner[size_t(--from)] = block;
    }

    // Runs of lines of one side of a hunk: each a moved block's lines or other lines.
    struct Segment
    {
        int from;
        int count;
        int block; // -1 for lines that did not move
    };

    static std::vector<Segment> segments(const std::vector<int> &owner, int from, int count)
    {
        std::vector<Segment> out;
        for (int line = from; line < from + count; ++line) {
            const int block = owner[size_t(line)];
            if (!out.empty() && out.back().block == block)
                ++out.back().count;
            else
                out.push_back({line, 1, block});
        }
        return out;
    }

    void splitHunks()
    {
        QList<DiffHunk> hunks;
        hunks.reserve(m_diff.hunks.size() + qsizetype(2 * m_blocks.size()));
        for (const DiffHunk &h : std::as_const(m_diff.hunks)) {
            const bool touched = h.isChange()
                && (std::any_of(m_leftOwner.begin() + h.leftStart,
                                m_leftOwner.begin() + h.leftStart + h.leftCount,
                                [](int b) { return b >= 0; })
                    || std::any_of(m_rightOwner.begin() + h.rightStart,
                                   m_rightOwner.begin() + h.rightStart + h.rightCount,
                                   [](int b) { return b >= 0; }));
            if (!touched) {
                hunks.append(h);
                continue;
            }
            const std::vector<Segment> ls = segments(m_leftOwner, h.leftStart, h.leftCount);
            const std::vector<Segment> rs = segments(m_rightOwner, h.rightStart, h.rightCount);
            int leftAt = h.leftStart;
            int rightAt = h.rightStart;
            auto emit = [&](int leftCount, int rightCount, int block, bool isLeftEnd) {
                DiffHunk out;
                out.op = leftCount == 0 ? DiffOp::Insert
                    : rightCount == 0   ? DiffOp::Delete
                                        : DiffOp::Replace;
                out.leftStart = leftAt;
                out.leftCount = leftCount;
                out.rightStart = rightAt;
                out.rightCount = rightCount;
                if (block >= 0)
                    (isLeftEnd ? m_blocks[size_t(block)].newLeftHunk
                               : m_blocks[size_t(block)].newRightHunk) = int(hunks.size());
                hunks.append(out);
                leftAt += leftCount;
                rightAt += rightCount;
            };
            size_t i = 0, j = 0;
            while (i < ls.size() || j < rs.size()) {
                if (i < ls.size() && (ls[i].block >= 0 || j == rs.size())) {
                    emit(ls[i].count, 0, ls[i].block, true);
                    ++i;
                } else if (j < rs.size() && (rs[j].block >= 0 || i == ls.size())) {
                    emit(0, rs[j].count, rs[j].block, false);
                    ++j;
                } else {
                    emit(ls[i].count, rs[j].count, -1, true); // lines that changed in place
                    ++i;
                    ++j;
                }
            }
        }
        std::sort(m_blocks.begin(), m_blocks.end(),
                  [](const Block &a, const Block &b) { return a.newLeftHunk < b.newLeftHunk; });
        m_diff.moves.clear();
        for (const Block &b : m_blocks) {
            const int index = int(m_diff.moves.size());
            hunks[b.newLeftHunk].move = index;
            hunks[b.newRightHunk].move = index;
            m_diff.moves.append(
                DiffMove{b.newLeftHunk, b.newRightHunk, b.words > 0 ? b.shared / b.words : 1.0});
        }
        m_diff.hunks = std::move(hunks);
    }

    const DiffSide &m_left;
    const DiffSide &m_right;
    TextDiff &m_diff;
    QStringList m_lowered; // the lower-cased lines the word ids' keys point into
    QHash<QStringView, int> m_wordIds;
    std::vector<Candidate> m_leftCands;
    std::vector<Candidate> m_rightCands;
    std::vector<Block> m_blocks;
    std::vector<int> m_leftOwner;
    std::vector<int> m_rightOwner;
};

} // namespace

void findMoves(const DiffSide &left, const DiffSide &right, TextDiff &diff)
{
    MoveFinder(left, right, diff).run();
}

} // namespace fl

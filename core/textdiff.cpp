// SPDX-License-Identifier: MIT
#include "textdiff.h"

#include "diffmoves.h"
#include "normalize.h"
#include "textlines.h"

#include <dtl/dtl.hpp>

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// Regions up to this many lines (after setting aside lines found on one side only) go to dtl
// directly: its O(NP) work is then bounded by a constant per line. Larger ones are split at
// patience anchors first, and shown as one block when they cannot be.
constexpr size_t kDirectLines = 4000;
// Changed blocks up to this many tokens a side are refined to words.
constexpr size_t kWordTokens = 6000;

struct Event
{
    DiffOp op; // Equal, Delete or Insert
    int left;
    int right;
};

// Runs dtl on two sequences of ints and reports the edit script as events on their indexes.
// O(NP) work (N + M elements, P deletions), bounded: dtl stops recording its path after two
// million points, and "unserious" mode then ends the script with plain deletions and insertions
// instead of starting over on the rest, which could repeat without end on unlike sequences.
template<typename Emit>
void dtlDiff(const std::vector<int> &a, const std::vector<int> &b, Emit &&emit)
{
    dtl::Diff<int, std::vector<int>> diff(a, b);
    diff.onUnserious();
    diff.compose();
    int i = 0;
    int j = 0;
    for (const auto &element : diff.getSes().getSequence()) {
        switch (element.second.type) {
        case dtl::SES_COMMON:
            emit(DiffOp::Equal, i++, j++);
            break;
        case dtl::SES_DELETE:
            emit(DiffOp::Delete, i++, -1);
            break;
        case dtl::SES_ADD:
            emit(DiffOp::Insert, -1, j++);
            break;
        default:
            break;
        }
    }
}

class LineDiffer
{
public:
    LineDiffer(std::vector<int> left, std::vector<int> right, int keyCount)
        : m_left(std::move(left))
        , m_right(std::move(right))
        , m_countLeft(size_t(keyCount), 0)
        , m_countRight(size_t(keyCount), 0)
    {
    }

    void run(int a0, int a1, int b0, int b1) { diffRange(a0, a1, b0, b1); }
    std::vector<Event> &events() { return m_events; }
    int coarse() const { return m_coarse; }

private:
    void emitEqual(int a, int b) { m_events.push_back({DiffOp::Equal, a, b}); }
    void emitChanged(int a0, int a1, int b0, int b1)
    {
        for (int a = a0; a < a1; ++a)
            m_events.push_back({DiffOp::Delete, a, -1});
        for (int b = b0; b < b1; ++b)
            m_events.push_back({DiffOp::Insert, -1, b});
    }

    void diffRange(int a0, int a1, int b0, int b1)
    {
        // Common prefix and suffix.
        while (a0 < a1 && b0 < b1 && m_left[size_t(a0)] == m_right[size_t(b0)])
            emitEqual(a0++, b0++);
        int suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0
               && m_left[size_t(a1 - suffix - 1)] == m_right[size_t(b1 - suffix - 1)])
            ++suffix;
        const int ma1 = a1 - suffix;
        const int mb1 = b1 - suffix;
        diffMiddle(a0, ma1, b0, mb1);
        for (int k = 0; k < suffix; ++k)
            emitEqual(ma1 + k, mb1 + k);
    }

    void diffMiddle(int a0, int a1, int b0, int b1)
    {
        if (a0 >= a1 || b0 >= b1) {
            emitChanged(a0, a1, b0, b1);
            return;
        }
        // Occurrences of each key in this region, on each side (reset afterwards).
        for (int a = a0; a < a1; ++a)
            ++m_countLeft[size_t(m_left[size_t(a)])];
        for (int b = b0; b < b1; ++b)
            ++m_countRight[size_t(m_right[size_t(b)])];
        // Lines found on one side only cannot match: set them aside (GNU diff does the same).
        std::vector<int> keepLeft;
        std::vector<int> keepRight;
        for (int a = a0; a < a1; ++a) {
            if (m_countRight[size_t(m_left[size_t(a)])] > 0)
                keepLeft.push_back(a);
        }
        for (int b = b0; b < b1; ++b) {
            if (m_countLeft[size_t(m_right[size_t(b)])] > 0)
                keepRight.push_back(b);
        }
        // Patience anchors: lines that occur exactly once on each side.
        std::vector<std::pair<int, int>> unique;
        if (keepLeft.size() + keepRight.size() > kDirectLines) {
            QHash<int, int> rightLineOfKey;
            for (const int b : keepRight) {
                const int key = m_right[size_t(b)];
                if (m_countRight[size_t(key)] == 1 && m_countLeft[size_t(key)] == 1)
                    rightLineOfKey.insert(key, b);
            }
            for (const int a : keepLeft) {
                const auto it = rightLineOfKey.constFind(m_left[size_t(a)]);
                if (it != rightLineOfKey.cend())
                    unique.push_back({a, it.value()});
            }
        }
        for (int a = a0; a < a1; ++a)
            m_countLeft[size_t(m_left[size_t(a)])] = 0;
        for (int b = b0; b < b1; ++b)
            m_countRight[size_t(m_right[size_t(b)])] = 0;

        if (keepLeft.empty() || keepRight.empty()) {
            emitChanged(a0, a1, b0, b1);
            return;
        }
        if (keepLeft.size() + keepRight.size() <= kDirectLines) {
            direct(a0, a1, b0, b1, keepLeft, keepRight);
            return;
        }
        const std::vector<std::pair<int, int>> anchors = longestIncreasingChain(unique);
        if (anchors.empty()) {
            ++m_coarse; // too large and nothing to split it at: one replaced block
            emitChanged(a0, a1, b0, b1);
            return;
        }
        int pa = a0;
        int pb = b0;
        for (const auto &[a, b] : anchors) {
            diffRange(pa, a, pb, b);
            emitEqual(a, b);
            pa = a + 1;
            pb = b + 1;
        }
        diffRange(pa, a1, pb, b1);
    }

    // dtl on the kept lines; the lines set aside are deletions and insertions between the
    // common lines.
    void direct(int a0, int a1, int b0, int b1, const std::vector<int> &keepLeft,
                const std::vector<int> &keepRight)
    {
        std::vector<int> a;
        std::vector<int> b;
        a.reserve(keepLeft.size());
        b.reserve(keepRight.size());
        for (const int i : keepLeft)
            a.push_back(m_left[size_t(i)]);
        for (const int j : keepRight)
            b.push_back(m_right[size_t(j)]);
        int pa = a0;
        int pb = b0;
        dtlDiff(a, b, [&](DiffOp op, int i, int j) {
            if (op != DiffOp::Equal)
                return;
            const int la = keepLeft[size_t(i)];
            const int rb = keepRight[size_t(j)];
            emitChanged(pa, la, pb, rb);
            emitEqual(la, rb);
            pa = la + 1;
            pb = rb + 1;
        });
        emitChanged(pa, a1, pb, b1);
    }

    std::vector<int> m_left;
    std::vector<int> m_right;
    std::vector<int> m_countLeft;
    std::vector<int> m_countRight;
    std::vector<Event> m_events;
    int m_coarse = 0;
};

// Words, runs of blanks and single other characters, as ranges of a text.
struct Token
{
    qsizetype start;
    qsizetype length;
    bool blank;
};

// Stops after `limit` + 1 tokens (not counting blanks when `skipBlanks`): a block with more
// is not refined, and a replaced block of 10 MB must not cost 10 MB of tokens to find that out.
std::vector<Token> tokenize(QStringView text, qsizetype offset, size_t limit, bool skipBlanks)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < text.size() && tokens.size() <= limit) {
        const QChar c = text[i];
        qsizetype j = i + 1;
        if (c.isLetterOrNumber()) {
            while (j < text.size() && text[j].isLetterOrNumber())
                ++j;
            tokens.push_back({offset + i, j - i, false});
        } else if (c.isSpace()) {
            while (j < text.size() && text[j].isSpace())
                ++j;
            if (!skipBlanks)
                tokens.push_back({offset + i, j - i, true});
        } else {
            tokens.push_back({offset + i, 1, false});
        }
        i = j;
    }
    return tokens;
}

// Whether a word diff of a replaced block is worth its O(NP) work (P: deletions from the
// shorter side, at least the shorter side's words that the longer lacks). Words are counted
// with multiplicity, blanks not at all. A small block is refined when half of the shorter
// side's words occur in the longer (a sentence that grew keeps its marks); a large one only
// when half of the longer side's do too, so that two unlike pages, which would cost the most,
// are marked as whole lines.
bool mostlyShared(const std::vector<int> &a, const std::vector<Token> &aTokens,
                  const std::vector<int> &b, const std::vector<Token> &bTokens, int keyCount)
{
    std::vector<int> counts(size_t(keyCount), 0);
    size_t aWords = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!aTokens[i].blank) {
            ++counts[size_t(a[i])];
            ++aWords;
        }
    }
    size_t bWords = 0;
    size_t shared = 0;
    for (size_t j = 0; j < b.size(); ++j) {
        if (bTokens[j].blank)
            continue;
        ++bWords;
        if (counts[size_t(b[j])] > 0) {
            --counts[size_t(b[j])];
            ++shared;
        }
    }
    const size_t shorter = std::min(aWords, bWords);
    const size_t longer = std::max(aWords, bWords);
    constexpr size_t kSmallWork = size_t(1) << 18; // words x words: the worst case of dtl
    if (shorter * (shorter + longer) <= kSmallWork)
        return 2 * shared >= shorter;
    return 2 * shared >= longer;
}

void addRange(QList<SourceRange> &ranges, qsizetype start, qsizetype end)
{
    if (!ranges.isEmpty() && ranges.last().end() >= start - 1)
        ranges.last() =
            SourceRange::fromTo(ranges.last().start, std::max(end, ranges.last().end()));
    else
        ranges.append(SourceRange::fromTo(start, end));
}

} // namespace

std::vector<std::pair<int, int>>
longestIncreasingChain(const std::vector<std::pair<int, int>> &pairs)
{
    std::vector<int> tails; // index into pairs of the smallest tail of each length
    std::vector<int> before(pairs.size(), -1);
    for (size_t i = 0; i < pairs.size(); ++i) {
        const int right = pairs[i].second;
        auto it = std::lower_bound(tails.begin(), tails.end(), right, [&](int index, int value) {
            return pairs[size_t(index)].second < value;
        });
        if (it != tails.begin())
            before[i] = *(it - 1);
        if (it == tails.end())
            tails.push_back(int(i));
        else
            *it = int(i);
    }
    std::vector<std::pair<int, int>> chain;
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = before[size_t(i)])
        chain.push_back(pairs[size_t(i)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

int TextDiff::changeCount() const
{
    return int(
        std::count_if(hunks.begin(), hunks.end(), [](const DiffHunk &h) { return h.isChange(); })
        - moves.size());
}

// The hunks tile both texts in order, so the first hunk reaching past `line` is found by
// binary search: O(log hunks) per line, where scrolling calls this for every repaint.
static int mapLine(const QList<DiffHunk> &hunks, int line, bool fromLeft)
{
    const auto first = std::partition_point(hunks.cbegin(), hunks.cend(), [&](const DiffHunk &h) {
        return (fromLeft ? h.leftStart + h.leftCount : h.rightStart + h.rightCount) <= line;
    });
    for (auto it = first; it != hunks.cend(); ++it) {
        const DiffHunk &h = *it;
        const int start = fromLeft ? h.leftStart : h.rightStart;
        const int count = fromLeft ? h.leftCount : h.rightCount;
        const int otherStart = fromLeft ? h.rightStart : h.leftStart;
        const int otherCount = fromLeft ? h.rightCount : h.leftCount;
        // Hunks with no lines on this side (pure insertions of the other) hold no line.
        if (count == 0 || line >= start + count)
            continue;
        if (line < start || otherCount == 0)
            return otherStart;
        if (h.op == DiffOp::Equal && count == otherCount)
            return otherStart + (line - start);
        return otherStart + int(qint64(line - start) * otherCount / count);
    }
    if (hunks.isEmpty())
        return line;
    const DiffHunk &last = hunks.last();
    return fromLeft ? last.rightStart + last.rightCount : last.leftStart + last.leftCount;
}

int TextDiff::rightLineFor(int leftLine) const
{
    return mapLine(hunks, leftLine, true);
}

int TextDiff::leftLineFor(int rightLine) const
{
    return mapLine(hunks, rightLine, false);
}

TextDiff diffTexts(const DiffSide &left, const DiffSide &right, const DiffOptions &options,
                   const QList<QPair<int, int>> &anchors)
{
    TextDiff result;
    const int leftLines = int(left.lineStarts.size());
    const int rightLines = int(right.lineStarts.size());
    // Lines as keys: equal keys for lines equal under the options.
    QHash<QString, int> ids;
    std::vector<int> leftKeys;
    std::vector<int> rightKeys;
    {
        auto collect = [&](const DiffSide &side, int count) {
            std::vector<int> keys(static_cast<size_t>(count));
            for (int i = 0; i < count; ++i) {
                const QStringView line = side.line(i);
                const QString key = options.ignoreWhitespace ? simplified(line) : line.toString();
                auto it = ids.constFind(key);
                if (it == ids.cend())
                    it = ids.insert(key, int(ids.size()));
                keys[size_t(i)] = it.value();
            }
            return keys;
        };
        leftKeys = collect(left, leftLines);
        rightKeys = collect(right, rightLines);
    }

    LineDiffer differ(std::move(leftKeys), std::move(rightKeys), int(ids.size()));
    int pa = 0;
    int pb = 0;
    for (const auto &[a, b] : anchors) {
        if (a < pa || b < pb || a > leftLines || b > rightLines)
            continue; // not increasing: ignore
        differ.run(pa, a, pb, b);
        pa = a;
        pb = b;
    }
    differ.run(pa, leftLines, pb, rightLines);
    result.coarseRegions = differ.coarse();

    // Events to hunks.
    const std::vector<Event> &events = differ.events();
    size_t i = 0;
    int nextLeft = 0;
    int nextRight = 0;
    while (i < events.size()) {
        DiffHunk hunk;
        hunk.leftStart = nextLeft;
        hunk.rightStart = nextRight;
        if (events[i].op == DiffOp::Equal) {
            while (i < events.size() && events[i].op == DiffOp::Equal) {
                ++hunk.leftCount;
                ++hunk.rightCount;
                ++i;
            }
            hunk.op = DiffOp::Equal;
        } else {
            while (i < events.size() && events[i].op != DiffOp::Equal) {
                if (events[i].op == DiffOp::Delete)
                    ++hunk.leftCount;
                else
                    ++hunk.rightCount;
                ++i;
            }
            hunk.op = hunk.leftCount == 0 ? DiffOp::Insert
                : hunk.rightCount == 0    ? DiffOp::Delete
                                          : DiffOp::Replace;
        }
        nextLeft += hunk.leftCount;
        nextRight += hunk.rightCount;
        result.hunks.append(hunk);
    }

    if (options.detectMoves)
        findMoves(left, right, result);

    // Word-level refinement of replaced blocks; with ignoreWhitespace, a block whose words
    // are the same was only re-wrapped and is no change at all.
    if (!options.wordLevel && !options.ignoreWhitespace)
        return result;
    for (DiffHunk &h : result.hunks) {
        if (h.op != DiffOp::Replace)
            continue;
        const qsizetype leftFrom = left.lineStarts[h.leftStart];
        const qsizetype leftTo = h.leftStart + h.leftCount < leftLines
            ? left.lineStarts[h.leftStart + h.leftCount]
            : left.text.size();
        const qsizetype rightFrom = right.lineStarts[h.rightStart];
        const qsizetype rightTo = h.rightStart + h.rightCount < rightLines
            ? right.lineStarts[h.rightStart + h.rightCount]
            : right.text.size();
        const std::vector<Token> lt =
            tokenize(QStringView(left.text).sliced(leftFrom, leftTo - leftFrom), leftFrom,
                     kWordTokens, options.ignoreWhitespace);
        const std::vector<Token> rt =
            tokenize(QStringView(right.text).sliced(rightFrom, rightTo - rightFrom), rightFrom,
                     kWordTokens, options.ignoreWhitespace);
        if (lt.size() > kWordTokens || rt.size() > kWordTokens)
            continue;
        QHash<QStringView, int> tokenIds;
        auto idsOf = [&](const std::vector<Token> &tokens, const QString &text) {
            std::vector<int> out;
            out.reserve(tokens.size());
            for (const Token &t : tokens) {
                const QStringView s = QStringView(text).sliced(t.start, t.length);
                auto it = tokenIds.constFind(s);
                if (it == tokenIds.cend())
                    it = tokenIds.insert(s, int(tokenIds.size()));
                out.push_back(it.value());
            }
            return out;
        };
        const std::vector<int> a = idsOf(lt, left.text);
        const std::vector<int> b = idsOf(rt, right.text);
        if (options.ignoreWhitespace && a == b) {
            h.op = DiffOp::Equal; // re-wrapped only
            continue;
        }
        if (!options.wordLevel || !mostlyShared(a, lt, b, rt, int(tokenIds.size())))
            continue; // a rewritten block: its lines are marked, word marks would be noise
        dtlDiff(a, b, [&](DiffOp op, int x, int y) {
            if (op == DiffOp::Delete && !lt[size_t(x)].blank)
                addRange(result.leftWords, lt[size_t(x)].start,
                         lt[size_t(x)].start + lt[size_t(x)].length);
            else if (op == DiffOp::Insert && !rt[size_t(y)].blank)
                addRange(result.rightWords, rt[size_t(y)].start,
                         rt[size_t(y)].start + rt[size_t(y)].length);
        });
    }
    return result;
}

TextDiff diffTexts(const QString &left, const QString &right, const DiffOptions &options)
{
    const LineIndex leftStarts = left.isEmpty() ? LineIndex{} : buildLineStarts(left);
    const LineIndex rightStarts = right.isEmpty() ? LineIndex{} : buildLineStarts(right);
    return diffTexts(DiffSide{left, leftStarts}, DiffSide{right, rightStarts}, options);
}

QString unifiedDiff(const DiffSide &left, const DiffSide &right, const TextDiff &diff,
                    const QString &leftName, const QString &rightName, int context)
{
    QString out;
    if (std::none_of(diff.hunks.begin(), diff.hunks.end(),
                     [](const DiffHunk &h) { return h.isChange() || h.leftCount != h.rightCount; }))
        return out;
    out += u"--- "_s + leftName + u'\n' + u"+++ "_s + rightName + u'\n';
    const QList<DiffHunk> &hunks = diff.hunks;
    // A re-wrapped block (equal words, other line breaks) is printed as a change so that the
    // patch still applies.
    auto changed = [&](qsizetype k) {
        return hunks[k].isChange() || hunks[k].leftCount != hunks[k].rightCount;
    };
    qsizetype i = 0;
    while (i < hunks.size()) {
        if (!changed(i)) {
            ++i;
            continue;
        }
        // Group changes closer than 2 * context lines into one unified hunk.
        qsizetype j = i;
        while (j + 2 < hunks.size() && !changed(j + 1) && hunks[j + 1].leftCount <= 2 * context
               && changed(j + 2))
            j += 2;
        const int leadLeft = i > 0 ? std::min(context, hunks[i - 1].leftCount) : 0;
        const int leadRight = i > 0 ? std::min(context, hunks[i - 1].rightCount) : 0;
        const int trailLeft = j + 1 < hunks.size() ? std::min(context, hunks[j + 1].leftCount) : 0;
        const int trailRight =
            j + 1 < hunks.size() ? std::min(context, hunks[j + 1].rightCount) : 0;
        const int leftStart = hunks[i].leftStart - leadLeft;
        const int rightStart = hunks[i].rightStart - leadRight;
        const int leftEnd = hunks[j].leftStart + hunks[j].leftCount + trailLeft;
        const int rightEnd = hunks[j].rightStart + hunks[j].rightCount + trailRight;
        out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(leftStart + (leftEnd > leftStart ? 1 : 0))
                   .arg(leftEnd - leftStart)
                   .arg(rightStart + (rightEnd > rightStart ? 1 : 0))
                   .arg(rightEnd - rightStart);
        auto emit = [&](QChar mark, const DiffSide &side, int from, int count) {
            for (int k = from; k < from + count; ++k)
                out += mark + side.line(k).toString() + u'\n';
        };
        emit(u' ', left, leftStart, leadLeft);
        for (qsizetype k = i; k <= j; ++k) {
            const DiffHunk &h = hunks[k];
            if (changed(k)) {
                emit(u'-', left, h.leftStart, h.leftCount);
                emit(u'+', right, h.rightStart, h.rightCount);
            } else {
                emit(u' ', left, h.leftStart, h.leftCount);
            }
        }
        emit(u' ', left, hunks[j].leftStart + hunks[j].leftCount, trailLeft);
        i = j + 1;
    }
    return out;
}

} // namespace fl

// SPDX-License-Identifier: MIT
// The Lazy Prices scores of two texts and the item-by-item comparison of two reports.
#include "similarity.h"

#include "comparison.h"
#include "itemtext.h"
#include "textlines.h"
#include "wordtokens.h"

#include <dtl/dtl.hpp>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// Two token sequences are diffed with dtl directly when (words of both sides) x (words of the
// shorter) stays under this, dtl's worst case; longer ones go through the bounded line differ
// with one word a line (split at words unique to both sides).
constexpr qint64 kWordDiffWork = qint64(1) << 22;

// The tokens of one text as ids.
struct SideTokens
{
    std::vector<int> ids;
};

class TokenIndex
{
public:
    SideTokens tokenize(const QString &text, const LineIndex &lineStarts)
    {
        SideTokens side;
        // Lower-case the whole text at once; where that changes its length (a few letters
        // lower-case to two code units) fall back to one line at a time.
        QString lower = text.toLower();
        const bool sameLength = lower.size() == text.size();
        m_keep.append(lower);
        for (qsizetype line = 0; line < lineStarts.size(); ++line) {
            const qsizetype from = lineStarts[line];
            const qsizetype to = line + 1 < lineStarts.size() ? lineStarts[line + 1] : text.size();
            QStringView view;
            if (sameLength) {
                view = QStringView(m_keep.last()).sliced(from, to - from);
            } else {
                m_keep.append(QStringView(text).sliced(from, to - from).toString().toLower());
                view = m_keep.last();
            }
            forEachWord(view, [&](QStringView word) { side.ids.push_back(idOf(word)); });
        }
        return side;
    }

    int idOf(QStringView word)
    {
        auto it = m_ids.constFind(word);
        if (it == m_ids.cend())
            it = m_ids.insert(word, int(m_ids.size()));
        return it.value();
    }

    int size() const { return int(m_ids.size()); }

private:
    QStringList m_keep; // the lower-cased texts the ids' keys point into
    QHash<QStringView, int> m_ids;
};

struct WordCounts
{
    qsizetype added = 0;
    qsizetype deleted = 0;
};

// The word diff of a large block: its words as lines (ids written in base 36) through diffTexts,
// which splits at words unique to both sides and bounds the work.
WordCounts diffManyWords(const std::vector<int> &left, int a0, int a1,
                         const std::vector<int> &right, int b0, int b1)
{
    auto linesOf = [](const std::vector<int> &ids, int from, int to) {
        QString text;
        text.reserve(qsizetype(to - from) * 5);
        for (int i = from; i < to; ++i) {
            text += QString::number(ids[size_t(i)], 36);
            text += u'\n';
        }
        return text;
    };
    const QString a = linesOf(left, a0, a1);
    const QString b = linesOf(right, b0, b1);
    const LineIndex as = buildLineStarts(a);
    const LineIndex bs = buildLineStarts(b);
    DiffOptions options;
    options.wordLevel = false;
    options.detectMoves = false;
    WordCounts counts;
    for (const DiffHunk &h : diffTexts(DiffSide{a, as}, DiffSide{b, bs}, options).hunks) {
        if (h.isChange()) {
            counts.deleted += h.leftCount;
            counts.added += h.rightCount;
        }
    }
    return counts;
}

// The word diff of a replaced block: tokens [a0, a1) of the left against [b0, b1) of the right.
WordCounts diffWords(const std::vector<int> &left, int a0, int a1, const std::vector<int> &right,
                     int b0, int b1)
{
    while (a0 < a1 && b0 < b1 && left[size_t(a0)] == right[size_t(b0)]) {
        ++a0;
        ++b0;
    }
    while (a1 > a0 && b1 > b0 && left[size_t(a1 - 1)] == right[size_t(b1 - 1)]) {
        --a1;
        --b1;
    }
    const qint64 n = a1 - a0;
    const qint64 m = b1 - b0;
    if (n == 0 || m == 0)
        return {m, n};
    if ((n + m) * std::min(n, m) > kWordDiffWork)
        return diffManyWords(left, a0, a1, right, b0, b1);
    const std::vector<int> a(left.begin() + a0, left.begin() + a1);
    const std::vector<int> b(right.begin() + b0, right.begin() + b1);
    dtl::Diff<int, std::vector<int>> diff(a, b);
    diff.onUnserious();
    diff.compose();
    WordCounts counts;
    for (const auto &element : diff.getSes().getSequence()) {
        if (element.second.type == dtl::SES_DELETE)
            ++counts.deleted;
        else if (element.second.type == dtl::SES_ADD)
            ++counts.added;
    }
    return counts;
}

// The scores of two tokenized texts.
TextSimilarity score(const SideTokens &left, const SideTokens &right, int idCount)
{
    TextSimilarity s;
    s.wordsLeft = qsizetype(left.ids.size());
    s.wordsRight = qsizetype(right.ids.size());
    // The word diff of the whole token sequences, whatever the lines: a re-wrapped paragraph
    // keeps its words.
    const WordCounts c =
        diffWords(left.ids, 0, int(left.ids.size()), right.ids, 0, int(right.ids.size()));
    s.added = c.added;
    s.deleted = c.deleted;
    std::vector<qint64> countLeft(size_t(idCount), 0);
    std::vector<qint64> countRight(size_t(idCount), 0);
    for (const int id : left.ids)
        ++countLeft[size_t(id)];
    for (const int id : right.ids)
        ++countRight[size_t(id)];
    double dot = 0, normLeft = 0, normRight = 0;
    qint64 both = 0, either = 0;
    for (size_t id = 0; id < size_t(idCount); ++id) {
        const double l = double(countLeft[id]);
        const double r = double(countRight[id]);
        dot += l * r;
        normLeft += l * l;
        normRight += r * r;
        both += countLeft[id] > 0 && countRight[id] > 0;
        either += countLeft[id] > 0 || countRight[id] > 0;
    }
    const qsizetype words = s.wordsLeft + s.wordsRight;
    if (words == 0)
        return s; // two texts without a word are the same: all scores 1
    s.cosine = normLeft > 0 && normRight > 0 ? dot / std::sqrt(normLeft * normRight) : 0.0;
    s.jaccard = double(both) / double(either);
    s.simple = 1.0 - double(s.added + s.deleted) / double(words);
    return s;
}

DiffOptions itemDiffOptions()
{
    DiffOptions options;
    options.wordLevel = false; // the scores diff words themselves; no marks are needed
    return options;
}

// Two texts, their line diff and their scores.
struct Measured
{
    TextDiff diff;
    TextSimilarity scores;
};

Measured measure(const QString &left, const QString &right)
{
    const LineIndex leftStarts = left.isEmpty() ? LineIndex{} : buildLineStarts(left);
    const LineIndex rightStarts = right.isEmpty() ? LineIndex{} : buildLineStarts(right);
    Measured m;
    m.diff = diffTexts(DiffSide{left, leftStarts}, DiffSide{right, rightStarts}, itemDiffOptions());
    TokenIndex index;
    const SideTokens l = index.tokenize(left, leftStarts);
    const SideTokens r = index.tokenize(right, rightStarts);
    m.scores = score(l, r, index.size());
    return m;
}

QList<ItemChange> changesOf(const TextDiff &diff, int leftFirstLine, int rightFirstLine)
{
    QList<ItemChange> changes;
    for (int k = 0; k < diff.hunks.size(); ++k) {
        const DiffHunk &h = diff.hunks[k];
        if (!h.isChange())
            continue;
        ItemChange c;
        if (h.move >= 0) {
            const DiffMove &move = diff.moves[h.move];
            if (move.leftHunk != k)
                continue; // the move's other end, already listed
            const DiffHunk &to = diff.hunks[move.rightHunk];
            c = {ItemChangeKind::Move, h.leftStart,   h.leftCount,
                 to.rightStart,        to.rightCount, move.similarity};
        } else {
            c = {h.op == DiffOp::Insert       ? ItemChangeKind::Insert
                     : h.op == DiffOp::Delete ? ItemChangeKind::Delete
                                              : ItemChangeKind::Replace,
                 h.leftStart,
                 h.leftCount,
                 h.rightStart,
                 h.rightCount,
                 1.0};
        }
        c.leftLine += leftFirstLine;
        c.rightLine += rightFirstLine;
        changes.append(c);
    }
    return changes;
}

QString itemTitle(const Item &item)
{
    return item.officialTitle.isEmpty() ? item.title.value : item.officialTitle;
}

ItemComparison compareItemPair(const Filing &left, const Item *leftItem, const Filing &right,
                               const Item *rightItem)
{
    ItemComparison c;
    const Item &named = leftItem ? *leftItem : *rightItem;
    c.part = named.part;
    c.code = named.code;
    c.title = itemTitle(named);
    const QString leftText = leftItem ? itemText(left, *leftItem).toString() : QString();
    const QString rightText = rightItem ? itemText(right, *rightItem).toString() : QString();
    const Measured m = measure(leftText, rightText);
    c.scores = m.scores;
    if (!leftItem || !rightItem) {
        c.status = leftItem ? CompareStatus::OnlyLeft : CompareStatus::OnlyRight;
        (leftItem ? c.leftRange : c.rightRange) = named.range();
        return c;
    }
    c.leftRange = leftItem->range();
    c.rightRange = rightItem->range();
    c.changes = changesOf(m.diff, left.lineAt(c.leftRange.start), right.lineAt(c.rightRange.start));
    c.changeCount = int(c.changes.size());
    if (leftItem->code != rightItem->code)
        c.status = CompareStatus::Renumbered;
    else
        c.status = c.changes.isEmpty() ? CompareStatus::Same : CompareStatus::Changed;
    if (c.code == u"1A"_s)
        c.subheadings = compareSubheadings(left, *leftItem, right, *rightItem);
    return c;
}

} // namespace

QStringList similarityTokens(QStringView text)
{
    QStringList tokens;
    forEachWord(text.toString().toLower(),
                [&](QStringView word) { tokens.append(word.toString()); });
    return tokens;
}

TextSimilarity measureSimilarity(QStringView left, QStringView right)
{
    return measure(left.toString(), right.toString()).scores;
}

QString itemChangeKindName(ItemChangeKind kind)
{
    switch (kind) {
    case ItemChangeKind::Insert:
        return u"insert"_s;
    case ItemChangeKind::Delete:
        return u"delete"_s;
    case ItemChangeKind::Replace:
        return u"replace"_s;
    case ItemChangeKind::Move:
        return u"move"_s;
    }
    return {};
}

QList<ItemComparison> compareItems(const Filing &left, const Filing &right)
{
    QList<bool> used;
    const QList<int> pairOf = pairItemsByCode(left.items, right.items, used);
    // Rows in the left order; a right-only item follows the row of the right item before it.
    struct Row
    {
        int leftIndex;
        int rightIndex;
        qsizetype order; // left index x (right items + 1) + 1 + how far after it
    };
    const qsizetype stride = right.items.size() + 1;
    std::vector<Row> rows;
    QList<qsizetype> orderOfRight(right.items.size(), -1);
    for (qsizetype i = 0; i < left.items.size(); ++i) {
        rows.push_back({int(i), pairOf[i], qsizetype(i) * stride});
        if (pairOf[i] >= 0)
            orderOfRight[pairOf[i]] = rows.back().order;
    }
    for (qsizetype j = 0; j < right.items.size(); ++j) {
        if (used[j])
            continue;
        const qsizetype before = j > 0 ? orderOfRight[j - 1] : -stride;
        orderOfRight[j] = before + 1;
        rows.push_back({-1, int(j), orderOfRight[j]});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.order < b.order; });
    QList<ItemComparison> out;
    out.reserve(qsizetype(rows.size()));
    for (const Row &row : rows)
        out.append(compareItemPair(left, row.leftIndex >= 0 ? &left.items[row.leftIndex] : nullptr,
                                   right,
                                   row.rightIndex >= 0 ? &right.items[row.rightIndex] : nullptr));
    return out;
}

} // namespace fl

// SPDX-License-Identifier: MIT
// The risk-factor subheadings of Item 1A, found in the displayed text, and two lists compared.
#include "similarity.h"

#include "wordtokens.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// A heading has this many words; one of more than one sentence is at most this long.
constexpr int kMinWords = 2;
constexpr int kMaxWords = 60;
constexpr qsizetype kMaxLengthOfSentences = 160;
// A line written this often inside the item is a running page header or footer.
constexpr int kFurnitureRepeats = 3;
// Beyond this many unmatched headings a side, rewordings are not looked for (pairwise).
constexpr qsizetype kMaxRewordPairs = 250000;

struct Line
{
    qsizetype start; // in the filing's text, trimmed
    qsizetype length;
    QStringView text;
};

bool isBullet(QStringView line)
{
    static const QString bullets =
        u"\u2022\u00b7\u25cf\u25aa\u25e6\u25a0\u25a1\u27a2\u25ba\u2013\u2014-*\u2023\u2043\uf0b7\uf0a7"_s;
    if (bullets.contains(line.front()))
        return true;
    // "o" as a bullet: "o<TAB>text"
    return line.size() > 1 && line.front() == u'o' && line[1].isSpace();
}

// Page numbers ("14", "- 13 -", "F-3", "ii"), which page breaks leave inside an item.
bool isPageNumber(QStringView line)
{
    static const QRegularExpression pattern(
        uR"(^(?:page\s+)?[-\x{2013}\x{2014}\s]*(?:[a-z]-?)?\d+[-\x{2013}\x{2014}\s]*$|^[ivxlc]+$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

// More than one sentence: a full stop, question or exclamation mark followed by a capital.
bool hasTwoSentences(QStringView line)
{
    static const QRegularExpression pattern(
        uR"([.?!]["\x{201d}\x{2019})]?\s+["\x{201c}(]?\p{Lu})"_s);
    return pattern.match(line).hasMatch();
}

qsizetype wordCount(QStringView text)
{
    qsizetype n = 0;
    forEachWord(text, [&](QStringView) { ++n; });
    return n;
}

double wordSimilarity(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    QHash<QString, int> counts;
    for (const QString &w : a)
        ++counts[w];
    qsizetype common = 0;
    for (const QString &w : b) {
        auto it = counts.find(w);
        if (it != counts.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

} // namespace

QList<SourceRange> itemSubheadings(const Filing &filing, const Item &item)
{
    // The item's non-blank lines after its heading, trimmed.
    std::vector<Line> lines;
    const qsizetype bodyStart = std::max(item.heading.end(), item.range().start);
    const qsizetype end = item.range().end();
    if (bodyStart >= end)
        return {};
    for (int i = filing.lineAt(bodyStart); i < filing.lineCount(); ++i) {
        const qsizetype lineStart = filing.lineStarts[i];
        if (lineStart >= end)
            break;
        QStringView text = filing.lineText(i);
        qsizetype start = lineStart;
        if (start < bodyStart) { // the rest of the heading's line
            text = text.sliced(std::min(text.size(), bodyStart - start));
            start = bodyStart;
        }
        if (start + text.size() > end)
            text = text.first(end - start);
        const qsizetype lead = text.size() - text.trimmed().size() == 0
            ? 0
            : qsizetype(std::find_if(text.begin(), text.end(), [](QChar c) { return !c.isSpace(); })
                        - text.begin());
        text = text.trimmed();
        if (!text.isEmpty())
            lines.push_back({start + lead, text.size(), text});
    }
    QHash<QStringView, int> repeats;
    for (const Line &l : lines)
        ++repeats[l.text];
    auto isFurniture = [&](const Line &l) {
        return repeats.value(l.text) >= kFurnitureRepeats || isPageNumber(l.text);
    };

    // From the last line up, so that a heading may introduce another (a category heading
    // "Strategic Risks" over a risk factor's).
    std::vector<char> isHeading(lines.size(), 0);
    for (size_t k = lines.size(); k-- > 0;) {
        const Line &l = lines[k];
        const QStringView t = l.text;
        const qsizetype words = wordCount(t);
        if (words < kMinWords || words > kMaxWords || isFurniture(l) || isBullet(t))
            continue;
        // Not a continuation, not an introduction to a list.
        if (t.front().isLower() || QStringView(u":;,").contains(t.back()))
            continue;
        if (l.length > kMaxLengthOfSentences && hasTwoSentences(t))
            continue;
        size_t next = k + 1;
        while (next < lines.size() && isFurniture(lines[next]))
            ++next;
        if (next == lines.size())
            continue;
        // A paragraph cut by a page break goes on in lower case.
        if (lines[next].text.front().isLower())
            continue;
        // A heading introduces a longer paragraph; a category heading (no full stop) may
        // introduce another heading.
        const bool category = !QStringView(u".?!").contains(t.back());
        if (lines[next].length > l.length || (category && isHeading[next]))
            isHeading[k] = 1;
    }
    QList<SourceRange> headings;
    for (size_t k = 0; k < lines.size(); ++k) {
        if (isHeading[k])
            headings.append(SourceRange{lines[k].start, lines[k].length});
    }
    return headings;
}

QString subheadingChangeName(SubheadingChange change)
{
    switch (change) {
    case SubheadingChange::Same:
        return u"same"_s;
    case SubheadingChange::Added:
        return u"added"_s;
    case SubheadingChange::Removed:
        return u"removed"_s;
    case SubheadingChange::Reworded:
        return u"reworded"_s;
    case SubheadingChange::Moved:
        return u"moved"_s;
    }
    return {};
}

QList<SubheadingDifference> compareSubheadings(const Filing &left, const Item &leftItem,
                                               const Filing &right, const Item &rightItem)
{
    const QList<SourceRange> l = itemSubheadings(left, leftItem);
    const QList<SourceRange> r = itemSubheadings(right, rightItem);
    QList<QStringList> leftWords, rightWords;
    for (const SourceRange &range : l)
        leftWords.append(similarityTokens(left.textOf(range)));
    for (const SourceRange &range : r)
        rightWords.append(similarityTokens(right.textOf(range)));

    QList<int> pairOf(l.size(), -1); // right index of each left heading
    QList<int> pairOfRight(r.size(), -1);
    QList<double> similarity(l.size(), 1.0);
    // The same words: paired in order through a hash.
    QHash<QString, QList<int>> rightByKey;
    for (qsizetype j = 0; j < r.size(); ++j)
        rightByKey[rightWords[j].join(u' ')].append(int(j));
    for (qsizetype i = 0; i < l.size(); ++i) {
        QList<int> &candidates = rightByKey[leftWords[i].join(u' ')];
        if (!candidates.isEmpty()) {
            pairOf[i] = candidates.takeFirst();
            pairOfRight[pairOf[i]] = int(i);
        }
    }
    // Rewordings: the most similar unpaired heading above the threshold.
    const qsizetype unpairedLeft = std::count(pairOf.begin(), pairOf.end(), -1);
    const qsizetype unpairedRight = std::count(pairOfRight.begin(), pairOfRight.end(), -1);
    QList<bool> reworded(l.size(), false);
    if (unpairedLeft * unpairedRight <= kMaxRewordPairs) {
        for (qsizetype i = 0; i < l.size(); ++i) {
            if (pairOf[i] >= 0)
                continue;
            int best = -1;
            double bestSimilarity = kRewordSimilarity;
            for (qsizetype j = 0; j < r.size(); ++j) {
                if (pairOfRight[j] >= 0)
                    continue;
                const double s = wordSimilarity(leftWords[i], rightWords[j]);
                if (s >= bestSimilarity && (best < 0 || s > bestSimilarity)) {
                    best = int(j);
                    bestSimilarity = s;
                }
            }
            if (best >= 0) {
                pairOf[i] = best;
                pairOfRight[best] = int(i);
                similarity[i] = bestSimilarity;
                reworded[i] = true;
            }
        }
    }
    // Pairs off the longest chain in order on both sides were moved.
    std::vector<std::pair<int, int>> pairs;
    for (qsizetype i = 0; i < l.size(); ++i) {
        if (pairOf[i] >= 0)
            pairs.push_back({int(i), pairOf[i]});
    }
    QList<bool> inOrder(l.size(), false);
    for (const auto &[i, j] : longestIncreasingChain(pairs))
        inOrder[i] = true;

    // Left order; an added heading follows the entry of the right heading before it.
    struct Entry
    {
        qsizetype order;
        SubheadingDifference difference;
    };
    std::vector<Entry> entries;
    const qsizetype stride = r.size() + 1;
    QList<qsizetype> orderOfRight(r.size(), -1);
    for (qsizetype i = 0; i < l.size(); ++i) {
        SubheadingDifference d;
        d.left = left.textOf(l[i]).toString();
        d.leftRange = l[i];
        d.similarity = similarity[i];
        if (pairOf[i] < 0) {
            d.change = SubheadingChange::Removed;
            d.similarity = 0;
        } else {
            d.right = right.textOf(r[pairOf[i]]).toString();
            d.rightRange = r[pairOf[i]];
            d.change = reworded[i] ? SubheadingChange::Reworded
                : inOrder[i]       ? SubheadingChange::Same
                                   : SubheadingChange::Moved;
            orderOfRight[pairOf[i]] = i * stride;
        }
        entries.push_back({i * stride, d});
    }
    for (qsizetype j = 0; j < r.size(); ++j) {
        if (pairOfRight[j] >= 0)
            continue;
        orderOfRight[j] = (j > 0 ? orderOfRight[j - 1] : -stride) + 1;
        SubheadingDifference d;
        d.change = SubheadingChange::Added;
        d.right = right.textOf(r[j]).toString();
        d.rightRange = r[j];
        d.similarity = 0;
        entries.push_back({orderOfRight[j], d});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.order < b.order; });
    QList<SubheadingDifference> out;
    for (Entry &e : entries)
        out.append(std::move(e.difference));
    return out;
}

} // namespace fl

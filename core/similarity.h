// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "filing.h"
#include "textdiff.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace fl {

// The year-over-year similarity measures of Cohen, Malloy and Nguyen ("Lazy Prices", Journal
// of Finance 2020). Tokens are maximal runs of letters and digits, lower-cased, none dropped.
struct TextSimilarity
{
    qsizetype wordsLeft = 0;  // tokens in the left text
    qsizetype wordsRight = 0; // tokens in the right text
    qsizetype added = 0;      // tokens inserted by the word diff
    qsizetype deleted = 0;    // tokens deleted by the word diff
    double cosine = 1.0;      // of the term-count vectors
    double jaccard = 1.0;     // of the token sets
    double simple = 1.0;      // 1 - (added + deleted) / (wordsLeft + wordsRight)
};

// The tokens of a text as defined above.
QStringList similarityTokens(QStringView text);

// Linear in the texts plus the word diff (bounded as diffTexts bounds it).
TextSimilarity measureSimilarity(QStringView left, QStringView right);

// A risk-factor subheading of Item 1A (a heading line inside the item) and what became of it.
enum class SubheadingChange { Same, Added, Removed, Reworded, Moved };

struct SubheadingDifference
{
    SubheadingChange change = SubheadingChange::Same;
    QString left;  // as written (empty for Added)
    QString right; // as written (empty for Removed)
    SourceRange leftRange;
    SourceRange rightRange;
    double similarity = 1.0; // of the two headings' tokens (Reworded: above the threshold)
};

// A changed block of the line diff inside an item. Lines are 0-based lines of each filing's
// displayed text; a moved block is one change, `left*` where it was and `right*` where it went.
enum class ItemChangeKind { Insert, Delete, Replace, Move };

struct ItemChange
{
    ItemChangeKind kind = ItemChangeKind::Replace;
    int leftLine = 0;
    int leftCount = 0;
    int rightLine = 0;
    int rightCount = 0;
    double similarity = 1.0; // Move: of the two blocks' words (DiffMove::similarity)
};

QString itemChangeKindName(ItemChangeKind kind); // "insert", "delete", "replace", "move"

// Headings of fewer tokens in common than this (2 x shared / both, as moves count it) are
// different headings, not one reworded.
constexpr double kRewordSimilarity = 0.6;

// One item of two reports paired by (part, code), with its scores.
struct ItemComparison
{
    QString part; // "I", "II", ... or empty for 8-Ks
    QString code; // "1A", "7", "2.02"
    QString title;
    CompareStatus status = CompareStatus::Same; // OnlyLeft / OnlyRight for unpaired items
    SourceRange leftRange;
    SourceRange rightRange;
    int changeCount = 0; // changed blocks of the line diff inside the item (changes.size())
    QList<ItemChange> changes;
    TextSimilarity scores;
    QList<SubheadingDifference> subheadings; // Item 1A only
};

// Items of two filings paired by (part, code), in the left filing's order with right-only items
// where they fall.
QList<ItemComparison> compareItems(const Filing &left, const Filing &right);

// The subheadings of an item's text (lines standing alone as headings), and the two lists
// compared.
QList<SourceRange> itemSubheadings(const Filing &filing, const Item &item);
QList<SubheadingDifference> compareSubheadings(const Filing &left, const Item &leftItem,
                                               const Filing &right, const Item &rightItem);

QString subheadingChangeName(SubheadingChange change); // "same", "added", ...

// Filings of one company and form over time: the same CIK, or the same registrant when there is
// no header, ordered by period of report.
struct FilingSeries
{
    QString company;          // conformed name as written
    QString cik;              // may be empty
    QString form;             // "10-K" (amendments and 405 variants grouped with their base form)
    QList<FilingPtr> filings; // by period
};

// Filings that failed to parse are left out. Series in the order of their first filing.
QList<FilingSeries> groupIntoSeries(const QList<FilingPtr> &filings);

// The date a series is ordered by (ISO): the cover's period of report, else the header's, else
// the filing date.
QString filingPeriod(const Filing &filing);

// One row per item, one column per consecutive pair of a series.
struct SimilarityTable
{
    FilingSeries series;
    QStringList itemKeys;   // "I/1", "I/1A", ... in form order
    QStringList itemLabels; // "Part I, Item 1A — Risk Factors"
    // cells[row][pair]: the item compared between filings[pair] and filings[pair + 1]; a
    // default ItemComparison (empty code) where neither filing of the pair has the item
    QList<QList<ItemComparison>> cells;
};

SimilarityTable similarityTable(const FilingSeries &series);

} // namespace fl

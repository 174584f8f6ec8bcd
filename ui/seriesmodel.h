// SPDX-License-Identifier: MIT
#pragma once

#include "similarity.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace fl {

// What a cell of the Changes Over Time table shows.
enum class SeriesScore { Cosine, Jaccard, Simple, WordsAdded, WordsDeleted };

struct SeriesScoreDef
{
    SeriesScore score;
    const char *label; // for the chooser
    bool isSimilarity; // a similarity in [0, 1], else a count of words
};
const QList<SeriesScoreDef> &seriesScores();

// The label a filing's column names it by: "FY2013" for annual reports whose fiscal years
// end in distinct years, else the period (ISO date).
QStringList seriesPeriodLabels(const FilingSeries &series);
// The period a series is ordered by: the cover's, else the header's, else the filing date.
QString seriesPeriod(const Filing &filing);

// A company's reports over time as a table over a SimilarityTable snapshot: a row per item
// (header: "Part I, Item 1A — Risk Factors"), a column per consecutive pair of filings
// ("FY2012 → FY2013"). A cell shows the chosen score, is coloured by similarity (the chosen
// one; the word counts by `simple`, the word diff's measure) and explains itself in a tooltip.
// An item absent from both filings of a pair is an empty cell; one only the later (earlier)
// filing has reads "new" ("removed").
class SimilarityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ItemKeyRole = Qt::UserRole + 1, // "I/1A"
        SimilarityRole,                 // the similarity colouring the cell, or null
        StatusRole,                     // CompareStatus as int, or null for an absent item
    };

    explicit SimilarityTableModel(QObject *parent = nullptr);

    void setTable(SimilarityTable table);
    const SimilarityTable &table() const { return m_table; }
    void setScore(SeriesScore score);
    SeriesScore score() const { return m_score; }
    // The palette the colours are chosen for (the view's).
    void setPalette(const QPalette &palette);

    // The comparison behind a cell, or null for an absent item.
    const ItemComparison *comparisonAt(const QModelIndex &index) const;
    FilingPtr leftFiling(int column) const;
    FilingPtr rightFiling(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cellText(const ItemComparison &c) const;
    QString cellToolTip(const QModelIndex &index, const ItemComparison &c) const;
    double colouringSimilarity(const ItemComparison &c) const;

    SimilarityTable m_table;
    QStringList m_periods;
    SeriesScore m_score = SeriesScore::Cosine;
    QPalette m_palette;
};

// A score of a comparison as a number (similarity or words).
double scoreValue(const TextSimilarity &scores, SeriesScore score);
// "Part I, Item 1A" / "Item 2.02".
QString itemName(const QString &part, const QString &code);

} // namespace fl

// SPDX-License-Identifier: MIT
#include "seriesmodel.h"

#include "heatmap.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fl {

const QList<SeriesScoreDef> &seriesScores()
{
    static const QList<SeriesScoreDef> scores = {
        {SeriesScore::Cosine, QT_TRANSLATE_NOOP("fl::SeriesScore", "Cosine similarity"), true},
        {SeriesScore::Jaccard, QT_TRANSLATE_NOOP("fl::SeriesScore", "Jaccard similarity"), true},
        {SeriesScore::Simple, QT_TRANSLATE_NOOP("fl::SeriesScore", "Simple similarity"), true},
        {SeriesScore::WordsAdded, QT_TRANSLATE_NOOP("fl::SeriesScore", "Words added"), false},
        {SeriesScore::WordsDeleted, QT_TRANSLATE_NOOP("fl::SeriesScore", "Words deleted"), false},
    };
    return scores;
}

double scoreValue(const TextSimilarity &scores, SeriesScore score)
{
    switch (score) {
    case SeriesScore::Cosine:
        return scores.cosine;
    case SeriesScore::Jaccard:
        return scores.jaccard;
    case SeriesScore::Simple:
        return scores.simple;
    case SeriesScore::WordsAdded:
        return double(scores.added);
    case SeriesScore::WordsDeleted:
        return double(scores.deleted);
    }
    return 0;
}

QString itemName(const QString &part, const QString &code)
{
    return part.isEmpty() ? u"Item "_s + code : u"Part %1, Item %2"_s.arg(part, code);
}

QString seriesPeriod(const Filing &filing)
{
    for (const Field *f : {&filing.cover.periodOfReport, &filing.header.periodOfReport,
                           &filing.header.filedAsOfDate}) {
        if (!f->normalized.isEmpty())
            return f->normalized;
    }
    return filing.dateOfReport();
}

QStringList seriesPeriodLabels(const FilingSeries &series)
{
    QStringList periods;
    QSet<QString> years;
    bool annual = true;
    for (const FilingPtr &f : series.filings) {
        periods << seriesPeriod(*f);
        annual = annual && !f->cover.fiscalYearEnd.normalized.isEmpty();
        years.insert(periods.last().left(4));
    }
    if (!annual || years.size() != periods.size())
        return periods;
    for (QString &p : periods)
        p = u"FY"_s + p.left(4);
    return periods;
}

namespace {

// Rounded down, so that only identical text reads 1.000.
QString similarityText(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return QString::number(std::floor(value * scale) / scale, 'f', decimals);
}

QString statusText(const ItemComparison &c)
{
    switch (c.status) {
    case CompareStatus::OnlyRight:
        return SimilarityTableModel::tr("new");
    case CompareStatus::OnlyLeft:
        return SimilarityTableModel::tr("removed");
    default:
        return compareStatusName(c.status);
    }
}

} // namespace

SimilarityTableModel::SimilarityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SimilarityTableModel::setTable(SimilarityTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_periods = seriesPeriodLabels(m_table.series);
    endResetModel();
}

void SimilarityTableModel::setScore(SeriesScore score)
{
    if (score == m_score)
        return;
    m_score = score;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SimilarityTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

const ItemComparison *SimilarityTableModel::comparisonAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const ItemComparison &c = m_table.cells[index.row()][index.column()];
    return c.code.isEmpty() ? nullptr : &c;
}

FilingPtr SimilarityTableModel::leftFiling(int column) const
{
    return column >= 0 && column < columnCount() ? m_table.series.filings[column] : nullptr;
}

FilingPtr SimilarityTableModel::rightFiling(int column) const
{
    return column >= 0 && column < columnCount() ? m_table.series.filings[column + 1] : nullptr;
}

int SimilarityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.cells.size());
}

int SimilarityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::max<qsizetype>(0, m_table.series.filings.size() - 1));
}

double SimilarityTableModel::colouringSimilarity(const ItemComparison &c) const
{
    for (const SeriesScoreDef &def : seriesScores()) {
        if (def.score == m_score && def.isSimilarity)
            return scoreValue(c.scores, m_score);
    }
    return c.scores.simple;
}

QString SimilarityTableModel::cellText(const ItemComparison &c) const
{
    if (c.status == CompareStatus::OnlyLeft || c.status == CompareStatus::OnlyRight)
        return statusText(c);
    const double value = scoreValue(c.scores, m_score);
    if (m_score == SeriesScore::WordsAdded || m_score == SeriesScore::WordsDeleted)
        return QLocale().toString(qlonglong(value));
    return similarityText(value, 3);
}

QString SimilarityTableModel::cellToolTip(const QModelIndex &index, const ItemComparison &c) const
{
    const QString &from = m_periods[index.column()];
    const QString &to = m_periods[index.column() + 1];
    const QLocale locale;
    QStringList lines = {m_table.itemLabels.value(index.row()), from + u" \u2192 "_s + to};
    if (c.status == CompareStatus::OnlyRight) {
        lines << tr("new: only the %1 report has it (%2 words)")
                     .arg(to, locale.toString(qlonglong(c.scores.wordsRight)));
        return lines.join(u'\n');
    }
    if (c.status == CompareStatus::OnlyLeft) {
        lines << tr("removed: only the %1 report has it (%2 words)")
                     .arg(from, locale.toString(qlonglong(c.scores.wordsLeft)));
        return lines.join(u'\n');
    }
    lines.last() += u" \u00b7 "_s
        + (c.changeCount == 1 ? tr("%1, 1 change").arg(statusText(c))
                              : tr("%1, %2 changes").arg(statusText(c)).arg(c.changeCount));
    lines << tr("cosine %1 \u00b7 jaccard %2 \u00b7 simple %3")
                 .arg(similarityText(c.scores.cosine, 4), similarityText(c.scores.jaccard, 4),
                      similarityText(c.scores.simple, 4));
    lines << tr("words %1 \u2192 %2: %3 added, %4 deleted")
                 .arg(locale.toString(qlonglong(c.scores.wordsLeft)),
                      locale.toString(qlonglong(c.scores.wordsRight)),
                      locale.toString(qlonglong(c.scores.added)),
                      locale.toString(qlonglong(c.scores.deleted)));
    return lines.join(u'\n');
}

QVariant SimilarityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ItemComparison &c = m_table.cells[index.row()][index.column()];
    const bool absent = c.code.isEmpty();
    const bool oneSided =
        c.status == CompareStatus::OnlyLeft || c.status == CompareStatus::OnlyRight;
    switch (role) {
    case Qt::DisplayRole:
        return absent ? QString() : cellText(c);
    case Qt::ToolTipRole:
        return absent ? tr("Neither report has this item") : cellToolTip(index, c);
    case Qt::BackgroundRole:
        if (absent)
            return {};
        if (oneSided)
            return m_palette.color(QPalette::AlternateBase);
        return heat::background(colouringSimilarity(c), m_palette);
    case Qt::ForegroundRole:
        if (absent || oneSided)
            return {};
        return heat::foreground(heat::background(colouringSimilarity(c), m_palette));
    case Qt::FontRole:
        if (oneSided) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case ItemKeyRole:
        return m_table.itemKeys.value(index.row());
    case SimilarityRole:
        return absent || oneSided ? QVariant() : QVariant(colouringSimilarity(c));
    case StatusRole:
        return absent ? QVariant() : QVariant(int(c.status));
    default:
        return {};
    }
}

QVariant SimilarityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_table.itemLabels.value(section);
        if (role == ItemKeyRole)
            return m_table.itemKeys.value(section);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return QString(m_periods[section] + u" \u2192 "_s + m_periods[section + 1]);
    if (role == Qt::ToolTipRole) {
        const Filing &left = *m_table.series.filings[section];
        const Filing &right = *m_table.series.filings[section + 1];
        return u"%1 (%2)\n\u2192 %3 (%4)"_s.arg(left.fileName(), seriesPeriod(left),
                                                right.fileName(), seriesPeriod(right));
    }
    return {};
}

} // namespace fl

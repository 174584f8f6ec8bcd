// SPDX-License-Identifier: MIT
#pragma once

#include "similarity.h"

#include <QFuture>
#include <QPromise>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
template<typename T>
class QFutureWatcher;

namespace fl {

class HeatLegend;
class SimilarityTableModel;

// View ▸ Changes Over Time: a company's reports of one form over time, as a heat map with a
// row per item and a column per consecutive pair of reports. The table is computed on a
// worker thread, pair by pair, with progress and Cancel (which stops between pairs). Clicking
// a cell, or Enter on it, asks for that pair's comparison at that item.
class SeriesView : public QWidget
{
    Q_OBJECT
public:
    explicit SeriesView(QWidget *parent = nullptr);
    ~SeriesView() override;

    // The series with two filings or more of `filings` (the others have nothing to compare).
    static QList<FilingSeries> comparableSeries(const QList<FilingPtr> &filings);

    // Shows these series (each of two filings or more), the first one computed at once; a
    // chooser switches between them when there are several.
    void setSeries(QList<FilingSeries> series);
    const QList<FilingSeries> &series() const { return m_series; }
    void showSeries(int index);
    int currentSeries() const { return m_current; }
    QString title() const;

    // Stops the computation between two pairs; the table stays empty and can be computed again.
    void cancel();
    void recompute();
    bool isComputing() const;
    QFuture<SimilarityTable> computation() const { return m_future; }

    SimilarityTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *scoreChooser() const { return m_scoreChooser; }
    QComboBox *seriesChooser() const { return m_seriesChooser; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // The table of the current series is shown.
    void tableReady();
    void titleChanged(const QString &title);
    // Compare `left` and `right` (consecutive reports) at the item (part, code) `itemKey`
    // ("I/1A"; "2.02" without a part).
    void openComparison(fl::FilingPtr left, fl::FilingPtr right, const QString &itemKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startComputing();
    void onComputed();
    void openCell(const QModelIndex &index);
    void updateHeading();

    QList<FilingSeries> m_series;
    QList<SimilarityTable> m_tables; // computed, by series; empty series until then
    QList<bool> m_computed;
    int m_current = -1;
    QFuture<SimilarityTable> m_future;
    QFutureWatcher<SimilarityTable> *m_watcher = nullptr;

    SimilarityTableModel *m_model;
    QLabel *m_heading;
    QComboBox *m_seriesChooser;
    QLabel *m_seriesLabel;
    QComboBox *m_scoreChooser;
    HeatLegend *m_legend;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancelButton;
    QTableView *m_table;
};

// The table of a series computed one consecutive pair at a time, stopping between pairs when
// the promise is cancelled: what similarityTable() gives, with progress (pairs done).
void computeSimilarityTable(QPromise<SimilarityTable> &promise, const FilingSeries &series);

} // namespace fl

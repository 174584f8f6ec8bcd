// SPDX-License-Identifier: MIT
#pragma once

#include "edgardownloader.h"
#include "edgarjson.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;

namespace fl {

class EdgarFilingFilter;
class EdgarFilingModel;
namespace edgar {
class FilingsFetch;
class TickerDirectory;
} // namespace edgar

// File ▸ Open from EDGAR…: find a company (ticker, name or CIK, completed from EDGAR's ticker
// list), list its filings, filter by form and date, select, and ask for them. The dialog
// only lists; the window's EdgarFlow downloads what downloadRequested() asks for.
class EdgarDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EdgarDialog(QWidget *parent = nullptr);
    ~EdgarDialog() override;

    // Lists the filings of a ticker, a CIK or a completion ("TSLA — Tesla, Inc. (1318605)").
    void lookUp(const QString &query);
    QList<edgar::DownloadTarget> selectedTargets() const;

    QLineEdit *searchEdit() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    QComboBox *formCombo() const { return m_form; }
    QCheckBox *amendmentsBox() const { return m_amendments; }
    QDateEdit *sinceEdit() const { return m_since; }
    QDateEdit *untilEdit() const { return m_until; }
    QTableView *table() const { return m_table; }
    QCheckBox *fullSubmissionBox() const { return m_fullSubmission; }
    QPushButton *downloadButton() const { return m_download; }
    EdgarFilingModel *model() const { return m_model; }
    EdgarFilingFilter *proxy() const { return m_proxy; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void tickersLoaded();
    void listed(qint64 cik, int filings); // each time rows arrive
    void listingFailed(const QString &message);
    void downloadRequested(const QList<fl::edgar::DownloadTarget> &targets);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void onTickersLoaded();
    void applyFilter();
    void updateButtons();

    edgar::TickerDirectory *m_tickers;
    edgar::FilingsFetch *m_fetch;
    EdgarFilingModel *m_model;
    EdgarFilingFilter *m_proxy;
    QStringListModel *m_completions;
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QComboBox *m_form = nullptr;
    QCheckBox *m_amendments = nullptr;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_until = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_fullSubmission = nullptr;
    QPushButton *m_download = nullptr;
    QLabel *m_status = nullptr;
    QString m_companyName;
    QString m_pendingQuery; // a ticker asked for before the list arrived
};

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "csvexport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMainWindow;
class QProgressDialog;

namespace fl {

class CompareView;
class FilingSession;

// The window's side of exporting: the export dialog, the file dialog, the progress dialog
// that can cancel, and the messages. The session writes the CSV in the background.
class ExportFlow : public QObject
{
    Q_OBJECT
public:
    // Dialogs are the window's; messages go to its status bar.
    ExportFlow(FilingSession *session, QMainWindow *window);

    // Asks what to export (the filing shown, the selected ones or all) and where, then exports.
    void showDialog(const QStringList &selected, const QString &current);
    // Writes the filings' extracted values to `output`; refuses to write over an open filing.
    void exportCsv(const QStringList &paths, const QString &output,
                   const CsvExportOptions &options);
    // Writes a comparison's field table to a CSV file chosen by the user.
    void exportComparison(const CompareView *view);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(bool ok, const QString &message);

private:
    void onExportDone(const CsvExportResult &result, const QString &output);

    FilingSession *m_session;
    QMainWindow *m_window;
    QPointer<QProgressDialog> m_progress;
};

} // namespace fl

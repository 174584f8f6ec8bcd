// SPDX-License-Identifier: MIT
#pragma once

#include "csvexport.h"
#include "xlsxexport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QMainWindow;
class QProgressDialog;

namespace fl {

class CompareFieldModel;
class CompareView;
class CsvWriter;
class ExportDialog;
class FilingSession;

// The rows of a comparison's field table, a header first.
void writeComparisonTable(CsvWriter &csv, const CompareFieldModel &table);

// The window's side of exporting: the export dialog, the file dialog, the progress dialog
// that can cancel, and the messages. The session writes the CSV or workbook in the background.
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

    // File ▸ Export Excel Workbook (.xlsx)… (the window's ActionState enables it). `selected` and
    // `current` give the window's selected filings and the one on screen.
    QAction *createXlsxAction(std::function<QStringList()> selected,
                              std::function<QString()> current);
    // As showDialog(), for a workbook with a sheet per layout chosen.
    void showXlsxDialog(const QStringList &selected, const QString &current);
    void exportXlsx(const QStringList &paths, const QString &output,
                    const XlsxExportOptions &options);
    // Writes a comparison's field table (section, field, left, right, status, note) to a CSV
    // file chosen by the user, atomically (Ctrl+E on a comparison's tab, or its Export button).
    void exportComparison(const CompareView *view);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(bool ok, const QString &message);

private:
    // The dialog's filings, or none when it was cancelled.
    QStringList choosePaths(ExportDialog &dialog, const QStringList &selected,
                            const QString &current) const;
    QString chooseOutput(const QStringList &paths, const QString &title, const QString &suffix,
                         const QString &filter) const;
    // Shows the progress of the export the session just started, or why it did not start.
    void watch(const QString &refused, int files, const QString &title);
    void onExportDone(const ExportResult &result, const QString &output);

    FilingSession *m_session;
    QMainWindow *m_window;
    QPointer<QProgressDialog> m_progress;
    QString m_title; // of the export running: "Export CSV"
};

} // namespace fl

// SPDX-License-Identifier: MIT
#include "exportflow.h"

#include "comparemodel.h"
#include "compareview.h"
#include "csvwriter.h"
#include "exportdialog.h"
#include "filingsession.h"
#include "notice.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace fl {

ExportFlow::ExportFlow(FilingSession *session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(m_session, &FilingSession::exportDone, this, &ExportFlow::onExportDone);
}

void ExportFlow::showDialog(const QStringList &selected, const QString &current)
{
    const QStringList all = m_session->paths();
    if (all.isEmpty()) {
        showNotice(m_window, QMessageBox::Information, tr("Export CSV"),
                   tr("Open some filings first."));
        return;
    }
    ExportDialog dialog(int(selected.size()), int(all.size()), !current.isEmpty(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList paths;
    switch (dialog.scope()) {
    case ExportDialog::Scope::Current:
        paths = {current};
        break;
    case ExportDialog::Scope::Selected:
        paths = selected;
        break;
    case ExportDialog::Scope::All:
        paths = all;
        break;
    }
    QSettings settings;
    const QString suggested =
        QFileInfo(settings.value(u"lastDirectory"_s).toString(),
                  paths.size() == 1 ? QFileInfo(paths.first()).completeBaseName() + u".csv"_s
                                    : u"filings.csv"_s)
            .filePath();
    const QString output = QFileDialog::getSaveFileName(m_window, tr("Export CSV"), suggested,
                                                        tr("CSV files (*.csv)"));
    if (output.isEmpty())
        return;
    CsvExportOptions options;
    options.layout = dialog.layout();
    options.itemText = dialog.itemText();
    options.csv = dialog.csvOptions();
    exportCsv(paths, output, options);
}

void ExportFlow::exportCsv(const QStringList &paths, const QString &output,
                           const CsvExportOptions &options)
{
    const QString refused = m_session->startExport(paths, output, options);
    if (!refused.isEmpty()) {
        showNotice(m_window, QMessageBox::Warning, tr("Export CSV"), refused);
        Q_EMIT finished(false, refused);
        return;
    }
    auto *progress = new QProgressDialog(tr("Exporting %n filing(s)…", nullptr, int(paths.size())),
                                         tr("Cancel"), 0, int(paths.size()), m_window);
    progress->setWindowTitle(tr("Export CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, m_session, &FilingSession::cancelExport);
    connect(m_session, &FilingSession::exportProgress, progress, &QProgressDialog::setValue);
    m_progress = progress;
    Q_EMIT busyChanged(true);
}

void ExportFlow::onExportDone(const CsvExportResult &result, const QString &output)
{
    if (m_progress)
        m_progress->deleteLater();
    Q_EMIT busyChanged(false);
    if (result.cancelled) {
        m_window->statusBar()->showMessage(result.error, 8000);
        Q_EMIT finished(false, result.error);
        return;
    }
    if (!result.ok) {
        showNotice(m_window, QMessageBox::Warning, tr("Export CSV"), result.error);
        Q_EMIT finished(false, result.error);
        return;
    }
    QString message = tr("Wrote %n row(s) to %1", nullptr, int(result.rows)).arg(output);
    if (!result.failedFiles.isEmpty())
        message += tr(" (%n filing(s) could not be read; their rows hold the error)", nullptr,
                      int(result.failedFiles.size()));
    m_window->statusBar()->showMessage(message, 10000);
    Q_EMIT finished(true, message);
}

void ExportFlow::exportComparison(const CompareView *view)
{
    QSettings settings;
    const QString suggested =
        QFileInfo(settings.value(u"lastDirectory"_s).toString(), u"comparison.csv"_s).filePath();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Field Comparison"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showNotice(m_window, QMessageBox::Warning, tr("Export Field Comparison"),
                   tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    // The options the CSV export dialog last used.
    CsvOptions options;
    options.byteOrderMark = settings.value(u"export/bom"_s, false).toBool();
    options.formulaGuard = settings.value(u"export/formulaGuard"_s, true).toBool();
    CsvWriter csv(&file, options);
    writeComparisonCsv(csv, view->fieldModel()->differences());
    if (!csv.ok() || !file.commit()) {
        showNotice(m_window, QMessageBox::Warning, tr("Export Field Comparison"),
                   tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote %n row(s) to %1", nullptr, int(csv.rows() - 1)).arg(path), 8000);
}

} // namespace fl

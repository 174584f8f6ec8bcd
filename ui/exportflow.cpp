// SPDX-License-Identifier: MIT
#include "exportflow.h"

#include "comparemodel.h"
#include "compareview.h"
#include "csvwriter.h"
#include "exportdialog.h"
#include "filingsession.h"
#include "notice.h"
#include "savefile.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressDialog>
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

QStringList ExportFlow::choosePaths(ExportDialog &dialog, const QStringList &selected,
                                    const QString &current) const
{
    if (dialog.exec() != QDialog::Accepted)
        return {};
    switch (dialog.scope()) {
    case ExportDialog::Scope::Current:
        return {current};
    case ExportDialog::Scope::Selected:
        return selected;
    case ExportDialog::Scope::All:
        break;
    }
    return m_session->paths();
}

QString ExportFlow::chooseOutput(const QStringList &paths, const QString &title,
                                 const QString &suffix, const QString &filter) const
{
    QSettings settings;
    const QString suggested =
        QFileInfo(settings.value(u"lastDirectory"_s).toString(),
                  (paths.size() == 1 ? QFileInfo(paths.first()).completeBaseName() : u"filings"_s)
                      + suffix)
            .filePath();
    return QFileDialog::getSaveFileName(m_window, title, suggested, filter);
}

void ExportFlow::showDialog(const QStringList &selected, const QString &current)
{
    if (m_session->paths().isEmpty()) {
        showNotice(m_window, QMessageBox::Information, tr("Export CSV"),
                   tr("Open some filings first."));
        return;
    }
    ExportDialog dialog(int(selected.size()), int(m_session->paths().size()), !current.isEmpty(),
                        m_window);
    const QStringList paths = choosePaths(dialog, selected, current);
    if (paths.isEmpty())
        return;
    const QString output =
        chooseOutput(paths, tr("Export CSV"), u".csv"_s, tr("CSV files (*.csv)"));
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
    watch(m_session->startExport(paths, output, options), int(paths.size()), tr("Export CSV"));
}

QAction *ExportFlow::createXlsxAction(std::function<QStringList()> selected,
                                      std::function<QString()> current)
{
    auto *action = new QAction(tr("Export E&xcel Workbook (.xlsx)…"), m_window);
    action->setStatusTip(tr("Save what was extracted from filings as an Excel workbook, with "
                            "codes as text, dates as dates and a sheet per layout"));
    connect(action, &QAction::triggered, this,
            [this, selected, current] { showXlsxDialog(selected(), current()); });
    return action;
}

void ExportFlow::showXlsxDialog(const QStringList &selected, const QString &current)
{
    const QString title = tr("Export Excel Workbook");
    if (m_session->paths().isEmpty()) {
        showNotice(m_window, QMessageBox::Information, title, tr("Open some filings first."));
        return;
    }
    ExportDialog dialog(ExportDialog::Format::Xlsx, int(selected.size()),
                        int(m_session->paths().size()), !current.isEmpty(), m_window);
    const QStringList paths = choosePaths(dialog, selected, current);
    if (paths.isEmpty())
        return;
    const QString output = chooseOutput(paths, title, u".xlsx"_s, tr("Excel workbooks (*.xlsx)"));
    if (output.isEmpty())
        return;
    XlsxExportOptions options;
    options.layouts = dialog.layouts();
    options.itemText = dialog.itemText();
    exportXlsx(paths, output, options);
}

void ExportFlow::exportXlsx(const QStringList &paths, const QString &output,
                            const XlsxExportOptions &options)
{
    watch(m_session->startXlsxExport(paths, output, options), int(paths.size()),
          tr("Export Excel Workbook"));
}

void ExportFlow::watch(const QString &refused, int files, const QString &title)
{
    if (!refused.isEmpty()) {
        showNotice(m_window, QMessageBox::Warning, title, refused);
        Q_EMIT finished(false, refused);
        return;
    }
    m_title = title;
    auto *progress = new QProgressDialog(tr("Exporting %n filing(s)…", nullptr, files),
                                         tr("Cancel"), 0, files, m_window);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, m_session, &FilingSession::cancelExport);
    connect(m_session, &FilingSession::exportProgress, progress, &QProgressDialog::setValue);
    m_progress = progress;
    Q_EMIT busyChanged(true);
}

void ExportFlow::onExportDone(const ExportResult &result, const QString &output)
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
        showNotice(m_window, QMessageBox::Warning, m_title, result.error);
        Q_EMIT finished(false, result.error);
        return;
    }
    QString message = result.sheets > 1
        ? tr("Wrote %n row(s) on %1 sheets to %2", nullptr, int(result.rows))
              .arg(result.sheets)
              .arg(output)
        : tr("Wrote %n row(s) to %1", nullptr, int(result.rows)).arg(output);
    if (!result.failedFiles.isEmpty())
        message += tr(" (%n filing(s) could not be read; their rows hold the error)", nullptr,
                      int(result.failedFiles.size()));
    if (result.truncatedCells > 0)
        message += tr("; %n text(s) longer than a cell holds were cut", nullptr,
                      int(result.truncatedCells));
    m_window->statusBar()->showMessage(message, 10000);
    Q_EMIT finished(true, message);
}

void writeComparisonTable(CsvWriter &csv, const CompareFieldModel &table)
{
    // The table as the Fields tab shows it, with the section each field belongs to and the
    // item's changes and scores apart from its status.
    csv.writeRow({u"section"_s, u"field"_s, u"left"_s, u"right"_s, u"status"_s, u"note"_s});
    for (const FieldDifference &d : table.differences())
        csv.writeRow({d.section, d.field, d.left, d.right, compareStatusName(d.status),
                      table.noteFor(d.field)});
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
    SaveFile file(path);
    if (!file.open()) {
        showNotice(m_window, QMessageBox::Warning, tr("Export Field Comparison"),
                   tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    // The options the CSV export dialog last used.
    CsvOptions options;
    options.byteOrderMark = settings.value(u"export/bom"_s, false).toBool();
    options.formulaGuard = settings.value(u"export/formulaGuard"_s, true).toBool();
    CsvWriter csv(&file, options);
    writeComparisonTable(csv, *view->fieldModel());
    if (!csv.ok() || !file.commit()) {
        showNotice(m_window, QMessageBox::Warning, tr("Export Field Comparison"),
                   tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote %n row(s) to %1", nullptr, int(csv.rows() - 1)).arg(path), 8000);
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "edgarflow.h"

#include "edgardialog.h"
#include "edgarscheduler.h"
#include "notice.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {
const QString kUserAgentKey = u"edgar/userAgent"_s;
}

QString EdgarFlow::userAgentSetting()
{
    return QSettings().value(kUserAgentKey).toString();
}

EdgarFlow::EdgarFlow(QMainWindow *window, std::function<void(const QStringList &)> open)
    : QObject(window)
    , m_window(window)
    , m_open(std::move(open))
    , m_openAction(new QAction(tr("Open from &EDGAR…"), window))
    , m_libraryAction(new QAction(tr("Open EDGAR &Library"), window))
    , m_settingsAction(new QAction(tr("EDGAR &Settings…"), window))
    , m_progress(new QProgressBar(window))
    , m_cancel(new QToolButton(window))
{
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_openAction->setStatusTip(tr("Find a company on SEC EDGAR, list its filings, download and "
                                  "open them"));
    m_libraryAction->setStatusTip(tr("Open every filing downloaded from EDGAR (works offline)"));
    m_settingsAction->setStatusTip(tr("The EDGAR library folder and your User-Agent"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_openAction, &QAction::triggered, this, &EdgarFlow::showDialog);
    connect(m_settingsAction, &QAction::triggered, this, &EdgarFlow::showSettings);
    connect(m_libraryAction, &QAction::triggered, this, [this] {
        const QString root = edgar::EdgarLibrary::configuredRoot();
        if (!QDir(root).exists()) {
            m_window->statusBar()->showMessage(
                tr("The EDGAR library %1 is empty: use File ▸ Open from EDGAR…").arg(root), 5000);
            return;
        }
        m_open({root});
    });

    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("EDGAR %v of %m"));
    m_progress->hide();
    m_cancel->setText(tr("Cancel Download"));
    m_cancel->setToolTip(tr("Stop downloading from EDGAR; nothing half-written is kept"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &EdgarFlow::cancel);
    m_window->statusBar()->addPermanentWidget(m_progress);
    m_window->statusBar()->addPermanentWidget(m_cancel);
}

bool EdgarFlow::askUserAgent()
{
    QString value = userAgentSetting();
    while (!edgar::EdgarScheduler::userAgentProblem(value).isEmpty()) {
        bool ok = false;
        value = QInputDialog::getText(
            m_window, tr("Your User-Agent for EDGAR"),
            tr("The SEC asks every program that downloads from EDGAR to say who is asking, with "
               "a contact e-mail. It is sent with each request and kept in the settings.\n\n"
               "Your name and e-mail (\"Jane Analyst jane@example.com\"):"),
            QLineEdit::Normal, value, &ok);
        if (!ok)
            return false;
        if (const QString problem = edgar::EdgarScheduler::userAgentProblem(value);
            !problem.isEmpty())
            showNotice(m_window, QMessageBox::Warning, tr("User-Agent"), problem);
    }
    QSettings().setValue(kUserAgentKey, value.trimmed());
    return true;
}

bool EdgarFlow::prepareScheduler()
{
    QString error;
    const auto endpoints = edgar::EdgarEndpoints::fromEnvironment(&error);
    if (!endpoints) {
        showNotice(m_window, QMessageBox::Warning, tr("Open from EDGAR"), error);
        return false;
    }
    if (!askUserAgent())
        return false;
    edgar::EdgarScheduler::instance()->setEndpoints(*endpoints);
    edgar::EdgarScheduler::instance()->setUserAgent(userAgentSetting());
    return true;
}

EdgarDialog *EdgarFlow::dialog() const
{
    return m_dialog;
}

bool EdgarFlow::showDialog()
{
    if (!prepareScheduler())
        return false;
    if (!m_dialog) {
        m_dialog = new EdgarDialog(m_window);
        connect(m_dialog, &EdgarDialog::downloadRequested, this, &EdgarFlow::download);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return true;
}

void EdgarFlow::showSettings()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("EDGAR Settings"));
    auto *folder = new QLineEdit(edgar::EdgarLibrary::configuredRoot(), &dialog);
    auto *browse = new QPushButton(tr("Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, folder] {
        const QString chosen =
            QFileDialog::getExistingDirectory(&dialog, tr("EDGAR Library Folder"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(chosen);
    });
    auto *userAgent = new QLineEdit(userAgentSetting(), &dialog);
    userAgent->setPlaceholderText(u"Jane Analyst jane@example.com"_s);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Library folder:"), folderRow);
    form->addRow(tr("User-Agent (name and e-mail):"), userAgent);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!folder->text().trimmed().isEmpty()) {
        edgar::EdgarLibrary::setConfiguredRoot(folder->text().trimmed());
        // Kept all the same: the filings already there still open offline.
        if (const QString problem = edgar::EdgarLibrary(folder->text().trimmed()).writeProblem();
            !problem.isEmpty())
            showNotice(m_window, QMessageBox::Warning, tr("Library folder"),
                       problem + u' '
                           + tr("Filings already there still open; downloads will fail until "
                                "the folder can be written."));
    }
    if (const QString problem = edgar::EdgarScheduler::userAgentProblem(userAgent->text());
        problem.isEmpty())
        QSettings().setValue(kUserAgentKey, userAgent->text().trimmed());
    else
        showNotice(m_window, QMessageBox::Warning, tr("User-Agent"), problem);
}

void EdgarFlow::download(const QList<edgar::DownloadTarget> &targets)
{
    if (isDownloading() || targets.isEmpty() || !prepareScheduler())
        return;
    delete m_downloader;
    m_downloader = new edgar::EdgarDownloader(
        edgar::EdgarLibrary(edgar::EdgarLibrary::configuredRoot()), this);
    m_errors.clear();
    connect(m_downloader, &edgar::EdgarDownloader::fileReady, this,
            [this](const edgar::DownloadTarget &, const QString &path, bool) { m_open({path}); });
    connect(m_downloader, &edgar::EdgarDownloader::failed, this,
            [this](const edgar::DownloadTarget &, const QString &message) {
                m_errors.append(message);
                m_window->statusBar()->showMessage(message, 8000);
            });
    connect(m_downloader, &edgar::EdgarDownloader::retrying, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message); });
    connect(m_downloader, &edgar::EdgarDownloader::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_downloader, &edgar::EdgarDownloader::finished, this, &EdgarFlow::onFinished);
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_window->statusBar()->showMessage(
        tr("Downloading %n filing(s) from EDGAR…", nullptr, int(targets.size())));
    m_downloader->start(targets);
}

void EdgarFlow::cancel()
{
    if (m_downloader)
        m_downloader->cancel();
}

void EdgarFlow::onFinished(int ready, int failed, bool cancelled)
{
    m_progress->hide();
    m_cancel->hide();
    QString summary = cancelled ? tr("EDGAR download cancelled: %n filing(s) kept.", nullptr, ready)
                                : tr("Downloaded %n filing(s) from EDGAR.", nullptr, ready);
    if (failed > 0)
        summary += u' ' + tr("%n failed: ", nullptr, failed) + m_errors.first();
    m_window->statusBar()->showMessage(summary, 10000);
    m_window->statusBar()->setToolTip(m_errors.join(u'\n'));
    Q_EMIT downloadFinished(ready, failed, cancelled);
}

} // namespace fl

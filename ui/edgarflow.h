// SPDX-License-Identifier: MIT
#pragma once

#include "edgardownloader.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QProgressBar;
class QToolButton;

namespace fl {

class EdgarDialog;

// The window's side of EDGAR: File ▸ Open from EDGAR…, Open EDGAR Library and EDGAR
// Settings…; the User-Agent asked once and kept in QSettings; downloads with progress and
// Cancel in the status bar, each filing opened as it arrives through `open` (the window's
// openPaths, which never touches the network).
class EdgarFlow : public QObject
{
    Q_OBJECT
public:
    static QString userAgentSetting(); // QSettings "edgar/userAgent"

    EdgarFlow(QMainWindow *window, std::function<void(const QStringList &)> open);

    QAction *openAction() const { return m_openAction; }
    QAction *libraryAction() const { return m_libraryAction; }
    QAction *settingsAction() const { return m_settingsAction; }

    // Shows the dialog (asking for the User-Agent first if there is none); false if refused.
    bool showDialog();
    void showSettings();
    void download(const QList<edgar::DownloadTarget> &targets);
    void cancel();

    EdgarDialog *dialog() const;
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    bool isDownloading() const { return m_downloader && m_downloader->isRunning(); }

Q_SIGNALS:
    void downloadFinished(int ready, int failed, bool cancelled);

private:
    bool prepareScheduler();
    bool askUserAgent();
    void onFinished(int ready, int failed, bool cancelled);

    QMainWindow *m_window;
    std::function<void(const QStringList &)> m_open;
    QAction *m_openAction;
    QAction *m_libraryAction;
    QAction *m_settingsAction;
    QPointer<EdgarDialog> m_dialog;
    edgar::EdgarDownloader *m_downloader = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QStringList m_errors;
};

} // namespace fl

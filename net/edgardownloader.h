// SPDX-License-Identifier: MIT
#pragma once

#include "edgarjson.h"
#include "edgarlibrary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace fl::edgar {

class EdgarReply;

// One file of a filing to bring into the library.
struct DownloadTarget
{
    qint64 cik = 0;
    QString accession;
    QString file; // a primaryDocument, or "<accession>.txt" for the full submission

    static DownloadTarget primaryDocument(const FilingEntry &entry);
    static DownloadTarget fullSubmission(const FilingEntry &entry);
    QString label() const { return accession + u' ' + file; }
};

// Downloads files into the library through the scheduler: the name is checked before anything
// is written, a file already there is not fetched again, and each file is written with
// QSaveFile (SaveFile, which names the cause of a full disk), so a failed or cancelled download
// leaves nothing behind and never damages a file already in the library.
class EdgarDownloader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(1) << 30; // what the parser reads

    explicit EdgarDownloader(const EdgarLibrary &library, QObject *parent = nullptr);
    ~EdgarDownloader() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Starts (after the caller's connects: nothing is emitted from inside start()).
    void start(const QList<DownloadTarget> &targets);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `fromLibrary`: the file was already there and nothing was fetched.
    void fileReady(const fl::edgar::DownloadTarget &target, const QString &path, bool fromLibrary);
    void failed(const fl::edgar::DownloadTarget &target, const QString &message);
    void progress(int done, int total);
    void retrying(const QString &message);
    void finished(int ready, int failedCount, bool cancelled);

private:
    struct Transfer;
    void begin(const DownloadTarget &target);
    bool openFile(Transfer *transfer);
    bool store(Transfer *transfer, const QByteArray &chunk);
    void onReplyFinished(Transfer *transfer);
    void settle(bool ok);

    EdgarLibrary m_library;
    qint64 m_maxBytes = kDefaultMaxBytes;
    QList<std::shared_ptr<Transfer>> m_transfers;
    int m_total = 0;
    int m_done = 0;
    int m_ready = 0;
    int m_failed = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace fl::edgar

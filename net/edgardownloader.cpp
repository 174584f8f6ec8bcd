// SPDX-License-Identifier: MIT
#include "edgardownloader.h"

#include "edgarfilenames.h"
#include "edgarscheduler.h"
#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace fl::edgar {

DownloadTarget DownloadTarget::primaryDocument(const FilingEntry &entry)
{
    // Forms 3, 4 and 5 name their XSL rendering ("xslF345X03/doc4.xml"); the document itself
    // is the XML beside it in the filing's folder. Any other name is taken as it is, and
    // checked before anything is written.
    static const QRegularExpression rendering(u"^xsl[A-Za-z0-9]+/([^/]+)$"_s);
    const QRegularExpressionMatch match = rendering.match(entry.primaryDocument);
    return {entry.cik, entry.accession,
            match.hasMatch() ? match.captured(1) : entry.primaryDocument};
}

DownloadTarget DownloadTarget::fullSubmission(const FilingEntry &entry)
{
    return {entry.cik, entry.accession, EdgarLibrary::fullSubmissionName(entry.accession)};
}

struct EdgarDownloader::Transfer
{
    DownloadTarget target;
    QString path;
    QStringList createdFolders; // removed again if the download fails and they stay empty
    std::unique_ptr<SaveFile> file;
    QString writeError; // why the bytes could not be stored: said instead of the reply's error
    QPointer<EdgarReply> reply;
};

EdgarDownloader::EdgarDownloader(const EdgarLibrary &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

EdgarDownloader::~EdgarDownloader()
{
    for (const auto &transfer : std::as_const(m_transfers))
        delete transfer->reply; // the SaveFile is discarded uncommitted
}

void EdgarDownloader::start(const QList<DownloadTarget> &targets)
{
    m_total = int(targets.size());
    m_done = m_ready = m_failed = 0;
    m_running = true;
    m_cancelled = false;
    QTimer::singleShot(0, this, [this, targets] {
        for (const DownloadTarget &target : targets) {
            if (m_cancelled)
                break;
            begin(target);
        }
        if (m_done == m_total || m_cancelled)
            settle(true);
    });
}

void EdgarDownloader::begin(const DownloadTarget &target)
{
    if (const QString problem = fileNameProblem(target.file); !problem.isEmpty()) {
        ++m_done;
        ++m_failed;
        Q_EMIT failed(target, u"%1: refused, %2"_s.arg(target.accession, problem));
        Q_EMIT progress(m_done, m_total);
        return;
    }
    const QString path = m_library.pathFor(target.cik, target.accession, target.file);
    if (QFileInfo(path).isFile()) {
        ++m_done;
        ++m_ready;
        Q_EMIT fileReady(target, path, true);
        Q_EMIT progress(m_done, m_total);
        return;
    }
    auto transfer = std::make_shared<Transfer>();
    transfer->target = target;
    transfer->path = path;
    Transfer *raw = transfer.get();
    // The folder and the file are made when the first bytes arrive: an error before leaves
    // nothing at all behind.
    auto sink = [this, raw](const QByteArray &chunk) {
        return store(raw, chunk);
    };
    const QUrl url = EdgarScheduler::instance()->endpoints().archiveFile(
        target.cik, target.accession, target.file);
    transfer->reply = EdgarScheduler::instance()->get(url, m_maxBytes, this, sink);
    connect(transfer->reply, &EdgarReply::retrying, this,
            [this](int, const QString &message) { Q_EMIT retrying(message); });
    connect(transfer->reply, &EdgarReply::finished, this, [this, raw] { onReplyFinished(raw); });
    m_transfers.append(std::move(transfer));
}

bool EdgarDownloader::openFile(Transfer *transfer)
{
    const QString folder = QFileInfo(transfer->path).absolutePath();
    for (QString above = folder; !QFileInfo::exists(above) && above.startsWith(m_library.root());
         above = QFileInfo(above).absolutePath())
        transfer->createdFolders.append(above);
    if (const QString why = makeFolders(folder); !why.isEmpty()) {
        transfer->writeError = u"could not make the folder %1: %2"_s.arg(folder, why);
        return false;
    }
    transfer->file = std::make_unique<SaveFile>(transfer->path);
    if (!transfer->file->open()) {
        transfer->writeError =
            u"could not write %1: %2"_s.arg(transfer->path, transfer->file->errorString());
        return false;
    }
    return true;
}

bool EdgarDownloader::store(Transfer *transfer, const QByteArray &chunk)
{
    if (!transfer->file && !openFile(transfer))
        return false;
    if (transfer->file->write(chunk) == chunk.size())
        return true;
    transfer->writeError =
        u"could not write %1: %2"_s.arg(transfer->path, transfer->file->errorString());
    return false;
}

void EdgarDownloader::onReplyFinished(Transfer *transfer)
{
    EdgarReply *reply = transfer->reply;
    // A write that failed aborted the reply: its cause is the one to tell.
    QString error = transfer->writeError.isEmpty() ? reply->error() : transfer->writeError;
    if (error.isEmpty()) {
        if (!transfer->file) { // an empty body: nothing to open
            error = u"%1 is empty"_s.arg(reply->url().toDisplayString());
        } else if (!transfer->file->commit()) {
            error = u"could not write %1: %2"_s.arg(transfer->path, transfer->file->errorString());
        }
    }
    if (!error.isEmpty()) {
        if (transfer->file)
            transfer->file->cancelWriting();
        transfer->file.reset();
        for (const QString &folder : std::as_const(transfer->createdFolders))
            QDir().rmdir(folder); // only if empty
    }
    const DownloadTarget target = transfer->target;
    const QString path = transfer->path;
    reply->deleteLater();
    m_transfers.removeIf([transfer](const auto &t) { return t.get() == transfer; });

    ++m_done;
    if (error.isEmpty()) {
        ++m_ready;
        Q_EMIT fileReady(target, path, false);
    } else if (!m_cancelled) {
        ++m_failed;
        Q_EMIT failed(target, error);
    }
    Q_EMIT progress(m_done, m_total);
    if (m_done == m_total)
        settle(true);
}

void EdgarDownloader::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const auto transfers = m_transfers;
    for (const auto &transfer : transfers) {
        if (transfer->reply)
            transfer->reply->cancel(); // finishes it, which removes it
    }
    settle(false);
}

void EdgarDownloader::settle(bool)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_ready, m_failed, m_cancelled);
}

} // namespace fl::edgar

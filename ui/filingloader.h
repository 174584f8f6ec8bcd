// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"
#include "filingparser.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace fl {

// Parses filings off the GUI thread and hands the results back in the order they finish, in
// batches that take the GUI thread at most ~12 ms each, tagged with the job they belong to;
// results of a cancelled job are dropped (the way hotspot's job tracker ignores superseded
// jobs). Folders are expanded in the background too.
class FilingLoader : public QObject
{
    Q_OBJECT
public:
    explicit FilingLoader(QObject *parent = nullptr);
    ~FilingLoader() override;

    // Expands folders (recursively: .txt, .htm, .html, .nc) and parses every file; returns the
    // job id. filesFound() comes first, then loaded() for each file, then finished().
    quint64 open(const QStringList &paths);
    // Parses one file again (a filing dropped from memory), with all cores for that one file.
    quint64 reload(const QString &path);
    // Finds the filings whose text holds `needle` (case-insensitive); filings already in
    // memory are searched there, others are parsed again.
    quint64 searchText(const QList<QPair<QString, FilingPtr>> &filings, const QString &needle);

    void cancel(quint64 job);
    void cancelAll();
    bool isRunning(quint64 job) const;
    int runningJobs() const { return int(m_jobs.size()); }
    // Waits for the background work to end (tests, shutdown).
    void waitForDone();

    static QStringList expand(const QStringList &paths);
    // Off: no previewed() (bench_viewer times the viewer without them).
    void setPreviewsEnabled(bool enabled) { m_previews = enabled; }

Q_SIGNALS:
    void filesFound(quint64 job, const QStringList &files);
    void loaded(quint64 job, const QString &path, const fl::FilingPtr &filing);
    // A big submission's header and first document, parsed alone (ParseOptions::preview):
    // comes before loaded() for that file, which brings the whole of it.
    void previewed(quint64 job, const QString &path, const fl::FilingPtr &preview);
    // How far the parse of one file is (ParseOptions::progress), at most every 50 ms.
    void fileProgress(quint64 job, const QString &path, qint64 done, qint64 total);
    void progress(quint64 job, int done, int total);
    void finished(quint64 job, bool cancelled);
    void textSearchDone(quint64 job, const QSet<QString> &matches);

private:
    struct Job
    {
        std::atomic_bool cancel{false};
        int total = 0;
        int done = 0;
        // GUI thread only: filesFound() goes out once, before any loaded() of the job.
        QStringList files;
        bool announced = false;
    };
    // Parsed files wait here for the GUI thread, which takes them in batches of bounded time:
    // one queued call per file would let 10,000 small files hold the event loop for a second.
    struct Inbox
    {
        struct Parsed
        {
            quint64 job;
            QString path;
            FilingPtr filing;
        };
        QMutex mutex;
        QList<Parsed> parsed;
        bool drainScheduled = false;
    };
    std::shared_ptr<Job> newJob(quint64 *id);
    void startParsing(quint64 id, const QStringList &files, int threadsPerFile);
    // On a worker thread: parses one file of a job and leaves it in the inbox.
    static void parseInto(Inbox &inbox, const QPointer<FilingLoader> &self, quint64 id,
                          const std::shared_ptr<Job> &job, const QString &file, int threadsPerFile,
                          bool preview);
    // The preview and progress callbacks of one file's parse, posting to the GUI thread.
    static void watchParse(ParseOptions &options, const QPointer<FilingLoader> &self, quint64 id,
                           const QString &file, bool preview);
    void drainInbox();
    void announce(quint64 id);
    void deliver(quint64 id, const QString &path, const FilingPtr &filing);
    void finish(quint64 id);

    std::shared_ptr<Inbox> m_inbox = std::make_shared<Inbox>();
    QTimer *m_drainTimer = nullptr;
    QThreadPool m_pool;
    QHash<quint64, std::shared_ptr<Job>> m_jobs;
    quint64 m_nextJob = 1;
    bool m_previews = true;
};

} // namespace fl

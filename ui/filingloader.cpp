// SPDX-License-Identifier: MIT
#include "filingloader.h"

#include "filingparser.h"
#include "nativepath.h"
#include "qtnames.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace fl {

FilingLoader::FilingLoader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_drainTimer = new QTimer(this);
    m_drainTimer->setSingleShot(true);
    m_drainTimer->setInterval(0);
    connect(m_drainTimer, &QTimer::timeout, this, &FilingLoader::drainInbox);
}

FilingLoader::~FilingLoader()
{
    cancelAll();
    m_pool.waitForDone();
}

QStringList FilingLoader::expand(const QStringList &paths)
{
    // Absolute paths: they identify a row of the browser.
    QStringList files = expandFolders(paths);
    for (QString &file : files)
        file = absoluteNativePath(file);
    return files;
}

std::shared_ptr<FilingLoader::Job> FilingLoader::newJob(quint64 *id)
{
    *id = m_nextJob++;
    auto job = std::make_shared<Job>();
    m_jobs.insert(*id, job);
    return job;
}

quint64 FilingLoader::open(const QStringList &paths)
{
    quint64 id = 0;
    const std::shared_ptr<Job> job = newJob(&id);
    QPointer<FilingLoader> self(this);
    // A few plain files (an Open, a drop, the command line) start parsing now: a hop to a
    // worker thread and back to find there is no folder cost 20-60 ms before the parse of a
    // single file could begin. filesFound() still comes from the event loop, after open()
    // has returned the job id, and before any loaded(): deliver() announces the job first if
    // a parse wins the race with the queued call.
    constexpr qsizetype kCheckedHere = 16;
    if (!paths.isEmpty() && paths.size() <= kCheckedHere
        && std::none_of(paths.begin(), paths.end(),
                        [](const QString &path) { return isFolder(path); })) {
        job->files = expand(paths); // no folder to list: absolute paths only
        QMetaObject::invokeMethod(
            this,
            [self, id] {
                if (self)
                    self->announce(id);
            },
            Qt::QueuedConnection);
        startParsing(id, job->files, job->files.size() == 1 ? QThread::idealThreadCount() : 1);
        return id;
    }
    // Listing a folder of 10,000 files takes a while: not on the GUI thread.
    m_pool.start([self, id, job, paths] {
        const QStringList files = expand(paths);
        if (job->cancel)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, id, job, files] {
                if (!self || !self->m_jobs.contains(id))
                    return;
                job->files = files;
                self->announce(id);
                // One file alone gets every core; many files get one core each.
                self->startParsing(id, files, files.size() == 1 ? QThread::idealThreadCount() : 1);
            },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 FilingLoader::reload(const QString &path)
{
    quint64 id = 0;
    newJob(&id)->announced = true; // a file already listed: no filesFound()
    startParsing(id, {path}, QThread::idealThreadCount());
    return id;
}

void FilingLoader::startParsing(quint64 id, const QStringList &files, int threadsPerFile)
{
    const std::shared_ptr<Job> job = m_jobs.value(id);
    if (!job)
        return;
    job->total = int(files.size());
    if (files.isEmpty()) {
        finish(id);
        return;
    }
    QPointer<FilingLoader> self(this);
    const std::shared_ptr<Inbox> inbox = m_inbox;
    const bool preview = m_previews;
    // One task per thread, each taking the next file of the job, rather than one per file:
    // queueing 100,000 tasks kept the GUI thread for a tenth of a second.
    const auto next = std::make_shared<std::atomic<qsizetype>>(0);
    const qsizetype runners = std::min<qsizetype>(files.size(), m_pool.maxThreadCount());
    for (qsizetype runner = 0; runner < runners; ++runner) {
        m_pool.start([self, inbox, id, job, files, next, threadsPerFile, preview] {
            for (qsizetype i = (*next)++; i < files.size() && !job->cancel; i = (*next)++)
                parseInto(*inbox, self, id, job, files.at(i), threadsPerFile, preview);
        });
    }
}

void FilingLoader::parseInto(Inbox &inbox, const QPointer<FilingLoader> &self, quint64 id,
                             const std::shared_ptr<Job> &job, const QString &file,
                             int threadsPerFile, bool preview)
{
    // On a worker thread.
    ParseOptions options;
    options.cancel = &job->cancel;
    options.threads = threadsPerFile;
    watchParse(options, self, id, file, preview);
    const FilingPtr filing = parseFile(file, options);
    bool wake = false;
    {
        const QMutexLocker lock(&inbox.mutex);
        inbox.parsed.append({id, file, filing});
        wake = !std::exchange(inbox.drainScheduled, true);
    }
    if (wake)
        QMetaObject::invokeMethod(
            self,
            [self] {
                if (self)
                    self->drainInbox();
            },
            Qt::QueuedConnection);
}

void FilingLoader::watchParse(ParseOptions &options, const QPointer<FilingLoader> &self, quint64 id,
                              const QString &file, bool preview)
{
    // On the worker thread: what the callbacks post runs on the GUI thread.
    auto stillWanted = [self, id] {
        if (!self)
            return false;
        const std::shared_ptr<Job> job = self->m_jobs.value(id);
        return job && !job->cancel;
    };
    if (preview) {
        options.preview = [self, id, file, stillWanted](const FilingPtr &filing) {
            QMetaObject::invokeMethod(
                self,
                [self, id, file, filing, stillWanted] {
                    if (!stillWanted())
                        return;
                    self->announce(id);
                    Q_EMIT self->previewed(id, file, filing);
                },
                Qt::QueuedConnection);
        };
    }
    // Small files parse in a blink: a post each would undo the inbox's batching for a folder
    // of 10,000. Several document threads report; one post per 50 ms is plenty for a bar.
    constexpr qint64 kProgressMinBytes = 4 * 1000 * 1000;
    if (fileSizeOf(file) < kProgressMinBytes)
        return;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto lastPost = std::make_shared<std::atomic<qint64>>(-1000);
    options.progress = [self, id, file, stillWanted, clock, lastPost](qint64 done, qint64 total) {
        const qint64 now = clock->elapsed();
        qint64 last = lastPost->load();
        if (now - last < 50 || !lastPost->compare_exchange_strong(last, now))
            return;
        QMetaObject::invokeMethod(
            self,
            [self, id, file, done, total, stillWanted] {
                if (stillWanted())
                    Q_EMIT self->fileProgress(id, file, done, total);
            },
            Qt::QueuedConnection);
    };
}

void FilingLoader::drainInbox()
{
    // Hand over parsed files for at most this long, then let the event loop paint and take
    // input before the next batch.
    constexpr qint64 kBudgetMs = 12;
    constexpr qsizetype kBatch = 32;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        QList<Inbox::Parsed> batch;
        {
            const QMutexLocker lock(&m_inbox->mutex);
            const qsizetype n = std::min(kBatch, m_inbox->parsed.size());
            batch = m_inbox->parsed.first(n);
            m_inbox->parsed.remove(0, n);
            if (m_inbox->parsed.isEmpty())
                m_inbox->drainScheduled = false; // the next parsed file wakes us again
        }
        for (const Inbox::Parsed &p : std::as_const(batch))
            deliver(p.job, p.path, p.filing);
        {
            const QMutexLocker lock(&m_inbox->mutex);
            if (!m_inbox->drainScheduled)
                return;
        }
        if (clock.elapsed() >= kBudgetMs) {
            m_drainTimer->start();
            return;
        }
    }
}

void FilingLoader::announce(quint64 id)
{
    const std::shared_ptr<Job> job = m_jobs.value(id);
    if (!job || std::exchange(job->announced, true))
        return;
    Q_EMIT filesFound(id, job->files);
}

void FilingLoader::deliver(quint64 id, const QString &path, const FilingPtr &filing)
{
    const std::shared_ptr<Job> job = m_jobs.value(id);
    if (!job || job->cancel)
        return; // superseded
    announce(id);
    ++job->done;
    if (filing->error != ParseError::Cancelled)
        Q_EMIT loaded(id, path, filing);
    Q_EMIT progress(id, job->done, job->total);
    if (job->done >= job->total)
        finish(id);
}

void FilingLoader::finish(quint64 id)
{
    const std::shared_ptr<Job> job = m_jobs.take(id);
    if (job)
        Q_EMIT finished(id, job->cancel.load());
}

quint64 FilingLoader::searchText(const QList<QPair<QString, FilingPtr>> &filings,
                                 const QString &needle)
{
    quint64 id = 0;
    const std::shared_ptr<Job> job = newJob(&id);
    job->total = int(filings.size());
    QPointer<FilingLoader> self(this);
    m_pool.start([self, id, job, filings, needle] {
        QSet<QString> matches;
        for (const auto &[path, known] : filings) {
            if (job->cancel)
                return;
            FilingPtr filing = known;
            if (!filing) {
                ParseOptions options;
                options.cancel = &job->cancel;
                filing = parseFile(path, options);
            }
            if (filing->ok() && filing->text.contains(needle, Qt::CaseInsensitive))
                matches.insert(path);
        }
        QMetaObject::invokeMethod(
            self,
            [self, id, matches] {
                if (!self || !self->m_jobs.contains(id) || self->m_jobs.value(id)->cancel)
                    return;
                Q_EMIT self->textSearchDone(id, matches);
                self->finish(id);
            },
            Qt::QueuedConnection);
    });
    return id;
}

void FilingLoader::cancel(quint64 id)
{
    const std::shared_ptr<Job> job = m_jobs.value(id);
    if (!job)
        return;
    job->cancel = true;
    finish(id);
}

void FilingLoader::cancelAll()
{
    const QList<quint64> ids = m_jobs.keys();
    for (const quint64 id : ids)
        cancel(id);
}

bool FilingLoader::isRunning(quint64 job) const
{
    return m_jobs.contains(job);
}

void FilingLoader::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace fl

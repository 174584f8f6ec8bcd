// SPDX-License-Identifier: MIT
#include "filingloader.h"

#include "filingparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace fl {

FilingLoader::FilingLoader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

FilingLoader::~FilingLoader()
{
    cancelAll();
    m_pool.waitForDone();
}

QStringList FilingLoader::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        QStringList found;
        QDirIterator it(info.absoluteFilePath(), {u"*.txt"_s, u"*.htm"_s, u"*.html"_s, u"*.nc"_s},
                        QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        files << found;
    }
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
    // Listing a folder of 10,000 files takes a while: not on the GUI thread.
    m_pool.start([self, id, job, paths] {
        const QStringList files = expand(paths);
        if (job->cancel)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, id, files] {
                if (!self || !self->m_jobs.contains(id))
                    return;
                Q_EMIT self->filesFound(id, files);
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
    newJob(&id);
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
    for (const QString &file : files) {
        m_pool.start([self, id, job, file, threadsPerFile] {
            if (job->cancel)
                return;
            ParseOptions options;
            options.cancel = &job->cancel;
            options.threads = threadsPerFile;
            const FilingPtr filing = parseFile(file, options);
            QMetaObject::invokeMethod(
                self,
                [self, id, file, filing] {
                    if (self)
                        self->deliver(id, file, filing);
                },
                Qt::QueuedConnection);
        });
    }
}

void FilingLoader::deliver(quint64 id, const QString &path, const FilingPtr &filing)
{
    const std::shared_ptr<Job> job = m_jobs.value(id);
    if (!job || job->cancel)
        return; // superseded
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

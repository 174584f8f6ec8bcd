// SPDX-License-Identifier: MIT
#include "filingsession.h"

#include "filingloader.h"
#include "formschema.h"
#include "nativepath.h"
#include "qtnames.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr int kMaxRecent = 10;

// The QSettings key the window used before the session existed: what a user had stays.
QString recentKey()
{
    return u"recentFiles"_s;
}

// The period a report covers, as an ISO date: the cover's, else the header's period of
// report, else the date of report (an 8-K's event).
QString periodOf(const Filing &filing)
{
    if (!filing.cover.periodOfReport.normalized.isEmpty())
        return filing.cover.periodOfReport.normalized;
    if (!filing.header.periodOfReport.normalized.isEmpty())
        return filing.header.periodOfReport.normalized;
    return filing.dateOfReport();
}

// The year of the fiscal year an annual report closes. A quarterly report's cover names only
// the quarter's end, from which the fiscal year cannot be told: empty unless the cover states
// the fiscal year end.
QString fiscalYearOf(const Filing &filing, const QString &period)
{
    const QString &yearEnd = filing.cover.fiscalYearEnd.normalized;
    if (yearEnd.size() >= 4)
        return yearEnd.left(4);
    const FormSchema *schema = schemaForForm(filing.formType.canonical());
    const bool annual = schema
        && (schema->name == u"10-K"_s || schema->name == u"10-KSB"_s || schema->name == u"20-F"_s);
    return annual && period.size() >= 4 ? period.left(4) : QString();
}

} // namespace

FilingSession::FilingSession(QObject *parent)
    : QObject(parent)
    , m_loader(new FilingLoader(this))
    , m_recent(pathsFromSetting(QSettings().value(recentKey())))
{
    connect(m_loader, &FilingLoader::filesFound, this, &FilingSession::onFilesFound);
    connect(m_loader, &FilingLoader::loaded, this, &FilingSession::onLoaded);
    connect(m_loader, &FilingLoader::progress, this, &FilingSession::onProgress);
    connect(m_loader, &FilingLoader::previewed, this, &FilingSession::onPreviewed);
    connect(m_loader, &FilingLoader::fileProgress, this,
            [this](quint64 job, const QString &path, qint64 done, qint64 total) {
                if (m_openJobs.contains(job) || m_rereads.contains(job))
                    Q_EMIT loadProgress(path, done, total);
            });
    connect(m_loader, &FilingLoader::finished, this, &FilingSession::onFinished);
    connect(m_loader, &FilingLoader::textSearchDone, this,
            [this](quint64 job, const QSet<QString> &matches) {
                if (job == m_textSearchJob)
                    Q_EMIT textSearchDone(matches);
            });
}

FilingSession::~FilingSession()
{
    // The loader ends its jobs when destroyed, after this object's members are gone: it must
    // not call back into them.
    m_loader->disconnect(this);
    m_loader->cancelAll();
    m_loader->waitForDone();
    if (m_export) {
        m_export->disconnect(this);
        *m_exportCancel = true;
        m_export->waitForFinished();
    }
}

QStringList FilingSession::open(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    addRecent(paths);
    // A file already open is not opened again; one that failed or was cancelled is read again.
    QStringList toOpen;
    QStringList alreadyOpen;
    for (const QString &path : paths) {
        const QString absolute = absoluteNativePath(path);
        const int index = indexOf(absolute);
        if (index >= 0 && !isFolder(absolute)) {
            const State state = m_entries[index].record.state;
            if (state == State::Failed || state == State::Cancelled) {
                requeue(index);
                toOpen << absolute;
            } else {
                alreadyOpen << absolute;
            }
            continue;
        }
        toOpen << absolute;
    }
    if (!toOpen.isEmpty())
        m_openJobs.insert(m_loader->open(toOpen), OpenJob{toOpen, {}, false});
    return alreadyOpen;
}

void FilingSession::onFilesFound(quint64 job, const QStringList &files)
{
    const auto it = m_openJobs.find(job);
    if (it == m_openJobs.end())
        return;
    const QStringList requested = std::exchange(it->requested, {});
    it->files = files;
    it->listed = true;
    addRecords(files);
    // A callback waiting for a path this request was given that did not become a record
    // (not a filing file) will get nothing more.
    for (const QString &path : requested) {
        if (indexOf(path) < 0 && !isBeingListed(path))
            resolve(path, nullptr, reasonNotShown(path));
    }
    if (!files.isEmpty()) {
        m_firstOfRequest.clear();
        if (stateOf(files.first()) == State::Queued)
            m_firstOfRequest = files.first();
    }
    Q_EMIT listed(files);
}

void FilingSession::addRecords(const QStringList &paths)
{
    // A folder can bring 100,000 paths at once: each path costs one hash lookup, and room is
    // made once, so no entry is copied or rehashed while they are added. A new path's index
    // is known before its entry exists (nothing reads it in between).
    const int first = int(m_entries.size());
    m_index.reserve(m_index.size() + paths.size());
    QStringList added;
    added.reserve(paths.size());
    for (const QString &path : paths) {
        const qsizetype known = m_index.size();
        int &index = m_index[path];
        if (m_index.size() == known)
            continue; // open already, or twice in the list
        index = first + int(added.size());
        added << path;
    }
    if (added.isEmpty())
        return;
    const int last = first + int(added.size()) - 1;
    Q_EMIT recordsAboutToBeAdded(first, last);
    m_entries.reserve(m_entries.size() + added.size());
    for (const QString &path : std::as_const(added))
        m_entries.emplaceBack().record.path = path;
    Q_EMIT recordsAdded(first, last);
}

void FilingSession::onLoaded(quint64 job, const QString &path, const FilingPtr &filing)
{
    const bool opened = m_openJobs.contains(job);
    const bool reread = m_rereads.contains(job);
    if (!opened && !reread)
        return; // a text search
    const int index = indexOf(path);
    if (index < 0)
        return; // closed meanwhile
    store(index, filing);
    resolve(path, filing, filing->ok() ? QString() : reasonNotShown(path, filing));
    Delivery delivery = m_reloads.contains(job) ? Delivery::Reloaded : Delivery::ReadAgain;
    if (opened) {
        delivery = Delivery::Opened;
        if (path == m_firstOfRequest) {
            m_firstOfRequest.clear();
            delivery = Delivery::OpenedFirst;
        }
    }
    Q_EMIT filingReady(path, filing, delivery);
}

void FilingSession::onPreviewed(quint64 job, const QString &path, const FilingPtr &preview)
{
    if (!m_openJobs.contains(job) || stateOf(path) != State::Queued)
        return;
    m_previews.insert(path, preview);
    Q_EMIT previewReady(path, preview);
}

void FilingSession::store(int index, const FilingPtr &filing)
{
    Entry &entry = m_entries[index];
    FilingRecord &r = entry.record;
    m_inMemory -= weight(entry.filing);
    entry.lastUsed = ++m_clock;
    entry.filing = filing; // a failed one is small: no text
    m_previews.remove(r.path);
    if (!filing->ok()) {
        r.state = State::Failed;
        r.error = filing->errorMessage;
    } else {
        r.state = State::Loaded;
        r.error.clear();
        r.registrant = filing->registrantName();
        r.form = filing->formType.canonical();
        r.date = filing->dateOfReport();
        QStringList codes;
        for (const Item &item : filing->items)
            codes << item.code;
        r.items = codes.join(u", "_s);
        r.period = periodOf(*filing);
        r.fiscalYear = fiscalYearOf(*filing, r.period);
        r.filerCategory = filing->cover.filerCategory.canonical();
        r.warnings = int(filing->warnings.size());
    }
    m_inMemory += weight(entry.filing);
    Q_EMIT recordChanged(index);
    evict();
}

void FilingSession::onProgress(quint64 job, int done, int total)
{
    if (m_openJobs.contains(job) && total > 1)
        Q_EMIT progress(done, total);
}

void FilingSession::onFinished(quint64 job, bool cancelled)
{
    m_reloads.remove(job);
    if (const QString path = m_rereads.take(job); !path.isEmpty()) {
        if (cancelled)
            resolve(path, nullptr, reasonNotShown(path));
        return;
    }
    const auto it = m_openJobs.find(job);
    if (it == m_openJobs.end())
        return;
    const OpenJob request = *it;
    m_openJobs.erase(it);
    if (cancelled) {
        markCancelled(request.files);
        for (const QString &path : request.files)
            resolve(path, nullptr, reasonNotShown(path));
        // Cancelled before its folders were listed: nothing of it will come.
        for (const QString &path : request.requested) {
            if (!isBeingListed(path))
                resolve(path, nullptr, tr("Opening was cancelled"));
        }
    }
    Q_EMIT finished(request.files, cancelled);
}

void FilingSession::markCancelled(const QStringList &paths)
{
    for (const QString &path : paths) {
        const int index = indexOf(path);
        if (index < 0 || m_entries[index].record.state != State::Queued)
            continue;
        m_entries[index].record.state = State::Cancelled;
        m_previews.remove(path);
        m_entries[index].record.error = tr("Opening was cancelled");
        Q_EMIT recordChanged(index);
    }
}

void FilingSession::requeue(int index)
{
    m_entries[index].record.state = State::Queued;
    m_entries[index].record.error.clear();
    Q_EMIT recordChanged(index);
}

void FilingSession::cancel()
{
    // Each cancel ends its job at once: onFinished() marks the records.
    const QList<quint64> jobs = m_openJobs.keys();
    for (const quint64 job : jobs)
        m_loader->cancel(job);
}

void FilingSession::setPreviewsEnabled(bool enabled)
{
    m_loader->setPreviewsEnabled(enabled);
}

void FilingSession::cancelOpening(const QString &path)
{
    const QList<quint64> jobs = m_openJobs.keys();
    for (const quint64 job : jobs) {
        const OpenJob request = m_openJobs.value(job);
        if (request.files.contains(path) || request.requested.contains(path))
            m_loader->cancel(job);
    }
}

void FilingSession::cancelAll()
{
    m_loader->cancelAll();
}

void FilingSession::waitForDone()
{
    m_loader->waitForDone();
}

void FilingSession::close(const QStringList &paths)
{
    QList<int> rows;
    for (const QString &path : paths) {
        const int index = indexOf(path);
        if (index >= 0)
            rows << index;
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Runs of adjacent records go in one removal, from the bottom up: closing all of 10,000
    // filings is one move of the records, not 10,000.
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows[i];
        int first = last;
        while (++i < rows.size() && rows[i] == first - 1)
            first = rows[i];
        Q_EMIT recordsAboutToBeRemoved(first, last);
        for (int row = first; row <= last; ++row)
            m_inMemory -= weight(m_entries[row].filing);
        m_entries.remove(first, last - first + 1);
        Q_EMIT recordsRemoved(first, last);
    }
    reindex();
    const QSet<QString> closed(paths.cbegin(), paths.cend());
    for (auto it = m_openJobs.begin(); it != m_openJobs.end(); ++it)
        it->files.removeIf([&](const QString &path) { return closed.contains(path); });
    for (const QString &path : closed) {
        m_previews.remove(path);
        resolve(path, nullptr, reasonNotShown(path)); // "not among the open filings"
    }
    if (closed.contains(m_pinned))
        m_pinned.clear();
}

void FilingSession::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries[i].record.path, i);
}

bool FilingSession::isBeingListed(const QString &path) const
{
    for (const OpenJob &job : m_openJobs) {
        if (job.listed)
            continue;
        for (const QString &requested : job.requested) {
            // The path itself, or a file in a folder being listed.
            if (path == requested
                || (path.startsWith(requested) && path.size() > requested.size()
                    && path[requested.size()] == u'/'))
                return true;
        }
    }
    return false;
}

void FilingSession::whenLoaded(const QString &path, QObject *context, Callback callback)
{
    Q_ASSERT(context);
    const int index = indexOf(path);
    if ((index >= 0 && m_entries[index].record.state == State::Queued)
        || (index < 0 && isBeingListed(path))) {
        m_waiters[path].append({context, std::move(callback)}); // once it is read
        return;
    }
    if (index < 0) {
        callback(nullptr, reasonNotShown(path));
        return;
    }
    Entry &entry = m_entries[index];
    entry.lastUsed = ++m_clock;
    if (entry.filing || entry.record.state != State::Loaded) {
        callback(entry.filing,
                 entry.filing && entry.filing->ok() ? QString()
                                                    : reasonNotShown(path, entry.filing));
        return;
    }
    m_waiters[path].append({context, std::move(callback)}); // dropped from memory
    reread(path);
}

void FilingSession::resolve(const QString &path, const FilingPtr &filing, const QString &reason)
{
    for (const Waiter &waiter : m_waiters.take(path)) {
        if (waiter.context)
            waiter.callback(filing, reason);
    }
}

bool FilingSession::reload(const QString &path)
{
    if (indexOf(path) < 0 || stateOf(path) == State::Queued)
        return false;
    // A reread already running may have read the file as it was: it gives way.
    for (auto it = m_rereads.begin(); it != m_rereads.end();) {
        if (it.value() == path) {
            m_loader->cancel(it.key());
            m_reloads.remove(it.key());
            it = m_rereads.erase(it);
        } else {
            ++it;
        }
    }
    const quint64 job = m_loader->reload(path);
    m_rereads.insert(job, path);
    m_reloads.insert(job);
    return true;
}

void FilingSession::reread(const QString &path)
{
    for (const QString &running : std::as_const(m_rereads)) {
        if (running == path)
            return; // once
    }
    m_rereads.insert(m_loader->reload(path), path);
}

FilingPtr FilingSession::acquire(const QString &path)
{
    const int index = indexOf(path);
    if (m_pinned != path) {
        // The one on screen before is not wanted any more: stop reading it again, unless a
        // callback waits for it.
        for (auto it = m_rereads.cbegin(); it != m_rereads.cend(); ++it) {
            if (it.value() == m_pinned && !m_waiters.contains(m_pinned)
                && !m_reloads.contains(it.key())) { // a reload the user asked for ends
                const quint64 job = it.key();
                m_rereads.erase(it);
                m_loader->cancel(job);
                break;
            }
        }
    }
    m_pinned = index >= 0 ? path : QString();
    if (index < 0)
        return nullptr;
    Entry &entry = m_entries[index];
    entry.lastUsed = ++m_clock;
    if (!entry.filing && entry.record.state == State::Loaded)
        reread(path); // dropped from memory to make room for others
    return entry.filing;
}

FilingPtr FilingSession::peek(const QString &path) const
{
    const int index = indexOf(path);
    return index >= 0 ? m_entries[index].filing : nullptr;
}

FilingSession::State FilingSession::stateOf(const QString &path) const
{
    const int index = indexOf(path);
    return index >= 0 ? m_entries[index].record.state : State::Failed;
}

QStringList FilingSession::paths() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        out << entry.record.path;
    return out;
}

int FilingSession::countIn(State state) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [&](const Entry &e) { return e.record.state == state; }));
}

QString FilingSession::reasonNotShown(const QString &path, const FilingPtr &filing) const
{
    if (filing && !filing->errorMessage.isEmpty())
        return filing->errorMessage;
    const int index = indexOf(path);
    if (index < 0)
        return tr("it is not among the open filings.");
    const QString error = m_entries[index].record.error;
    return error.isEmpty() ? tr("it could not be read.") : error;
}

qint64 FilingSession::weight(const FilingPtr &filing)
{
    return filing ? filing->text.size() * 2 + filing->lineStarts.memoryBytes() : 0;
}

void FilingSession::evict()
{
    if (m_inMemory <= m_budget)
        return;
    // The least recently used first, down to 90% of the budget: one sort frees room for many
    // more filings, where dropping one at a time would scan every record for each new filing.
    QList<Entry *> loaded;
    for (Entry &entry : m_entries) {
        if (entry.record.state == State::Loaded && entry.filing && entry.record.path != m_pinned)
            loaded.append(&entry);
    }
    std::sort(loaded.begin(), loaded.end(),
              [](const Entry *a, const Entry *b) { return a->lastUsed < b->lastUsed; });
    for (Entry *oldest : std::as_const(loaded)) {
        if (m_inMemory <= m_budget / 10 * 9)
            break;
        m_inMemory -= weight(oldest->filing);
        oldest->filing.reset(); // the summary stays; the filing is read again when asked for
    }
}

int FilingSession::searchText(const QString &needle)
{
    if (m_textSearchJob)
        m_loader->cancel(m_textSearchJob);
    QList<QPair<QString, FilingPtr>> filings;
    // Loaded filings only: failed ones hold no text, queued ones are being read.
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.record.state == State::Loaded)
            filings.append({entry.record.path, entry.filing});
    }
    m_textSearchJob = m_loader->searchText(filings, needle);
    return int(filings.size());
}

QString FilingSession::startExport(const QStringList &paths, const QString &output,
                                   const CsvExportOptions &requested)
{
    return startExportJob(
        paths, output,
        [paths, output, requested](const QList<FilingPtr> &known, const ExportControl &control) {
            CsvExportOptions options = requested;
            options.threads = control.threads;
            options.cancel = control.cancel;
            options.progress = control.progress;
            return fl::exportCsv(paths, output, options, known);
        });
}

QString FilingSession::startXlsxExport(const QStringList &paths, const QString &output,
                                       const XlsxExportOptions &requested)
{
    return startExportJob(
        paths, output,
        [paths, output, requested](const QList<FilingPtr> &known, const ExportControl &control) {
            XlsxExportOptions options = requested;
            options.threads = control.threads;
            options.cancel = control.cancel;
            options.progress = control.progress;
            return fl::exportXlsx(paths, output, options, known);
        });
}

QString FilingSession::startExportJob(const QStringList &paths, const QString &output,
                                      ExportJob job)
{
    if (m_export)
        return tr("An export is already running.");
    const QString target = QFileInfo(output).absoluteFilePath();
    if (indexOf(target) >= 0)
        return tr("%1 is one of the open filings; it will not be overwritten. Choose another "
                  "file to export to.")
            .arg(target);
    QList<FilingPtr> known;
    for (const QString &path : paths)
        known << peek(path);

    m_exportCancel = std::make_shared<std::atomic_bool>(false);
    ExportControl control;
    control.threads = QThread::idealThreadCount();
    control.cancel = m_exportCancel.get();
    QPointer<FilingSession> self(this);
    const int total = int(paths.size());
    control.progress = [self, total](int done, int, const Filing &) {
        QMetaObject::invokeMethod(
            self,
            [self, done, total] {
                if (self && self->m_export)
                    Q_EMIT self->exportProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_export = new QFutureWatcher<ExportResult>(this);
    connect(m_export, &QFutureWatcher<ExportResult>::finished, this, [this, output] {
        const ExportResult result = m_export->result();
        m_export->deleteLater();
        m_export = nullptr;
        Q_EMIT exportDone(result, output);
    });
    // The cancel flag lives as long as the work that reads it.
    const std::shared_ptr<std::atomic_bool> cancel = m_exportCancel;
    m_export->setFuture(QtConcurrent::run(
        [job = std::move(job), known, control, cancel] { return job(known, control); }));
    return {};
}

void FilingSession::cancelExport()
{
    if (m_exportCancel)
        *m_exportCancel = true;
}

void FilingSession::addRecent(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = absoluteNativePath(path);
        m_recent.removeAll(absolute);
        m_recent.prepend(absolute);
    }
    while (m_recent.size() > kMaxRecent)
        m_recent.removeLast();
    saveRecent();
}

void FilingSession::clearRecentFiles()
{
    m_recent.clear();
    saveRecent();
}

void FilingSession::saveRecent()
{
    QSettings().setValue(recentKey(), pathsToSetting(m_recent));
    Q_EMIT recentFilesChanged();
}

} // namespace fl

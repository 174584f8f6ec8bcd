// SPDX-License-Identifier: MIT
#pragma once

#include "csvexport.h"
#include "filing.h"
#include "xlsxexport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

template<typename T>
class QFutureWatcher;

namespace fl {

class FilingLoader;

// What the browser shows of an open filing: a summary kept for good, whether or not the
// parsed filing itself is still in memory.
struct FilingRecord
{
    enum class State { Queued, Loaded, Failed, Cancelled };
    QString path;
    State state = State::Queued;
    QString registrant;
    QString form;
    QString date;
    QString items;
    // Periodic reports: the period the report covers (ISO), the fiscal year of an annual
    // report ("2023") and the cover's filer category ("large accelerated filer").
    QString period;
    QString fiscalYear;
    QString filerCategory;
    QString error;
    int warnings = 0;
};

// The filings open in a window, without any widget (after klogg's Session): it owns the
// loader, one record per open file in the order they were opened, the parsed filings kept
// while the memory budget allows (least recently used dropped first, read again when asked
// for), the callbacks waiting for filings still being read, the CSV export running in the
// background and the recent files (QSettings "recentFiles").
class FilingSession : public QObject
{
    Q_OBJECT
public:
    using State = FilingRecord::State;
    // How a filing came: read for an open request, the first file of the latest request (the
    // window brings it forward), read again after being dropped from memory, or read again
    // from the disk because the user asked (reload()).
    enum class Delivery { Opened, OpenedFirst, ReadAgain, Reloaded };
    Q_ENUM(Delivery)
    // The filing, or null with the reason it cannot come.
    using Callback = std::function<void(const FilingPtr &filing, const QString &reason)>;

    explicit FilingSession(QObject *parent = nullptr);
    ~FilingSession() override;

    // Opens files and folders (recursively) in the background; listed() names the files once
    // the folders are expanded. A file already open is not opened again, unless it failed or
    // was cancelled: then it is read again. Returns the files given that were already open
    // (and are not read again), for the window to bring forward.
    QStringList open(const QStringList &paths);
    // Stops every open request: their queued records become Cancelled.
    void cancel();
    // Stops the open request reading `path` (its other queued files are cancelled too).
    void cancelOpening(const QString &path);
    // Stops everything running in the background (open requests, rereads, text searches).
    void cancelAll();
    // Reads an open file again from the disk, as it is now (changed, replaced or deleted):
    // filingReady() with Delivery::Reloaded brings it, a failed one (deleted: "No such file")
    // with its error, which its record then shows. False when the file is not open or is
    // still being opened.
    bool reload(const QString &path);
    // Closes the records of these paths; callbacks waiting for them get null.
    void close(const QStringList &paths);
    bool isLoading() const { return !m_openJobs.isEmpty(); }
    // Waits for the background parsing to end (tests, shutdown); what it delivers comes
    // through the event loop afterwards (or is dropped, for work that was cancelled).
    void waitForDone();

    // Calls `callback` once the filing is there: at once when it is in memory or cannot come
    // (failed, cancelled, not open), once read when it is queued or still being listed, after
    // reading it again when it was dropped from memory. Nothing is called once `context` is
    // destroyed.
    void whenLoaded(const QString &path, QObject *context, Callback callback);
    // The filing in memory, marked as just used and kept whatever the budget (the one on
    // screen, until another is acquired). A filing dropped from memory is read again:
    // filingReady() with Delivery::ReadAgain brings it.
    FilingPtr acquire(const QString &path);
    // The filing in memory or null, without marking it as used (exports, searches over all).
    FilingPtr peek(const QString &path) const;
    // The header and first document of a big submission still being read (previewReady()),
    // or null; dropped once the whole filing is there.
    FilingPtr previewOf(const QString &path) const { return m_previews.value(path); }
    // Off: big files show only once wholly read (bench_viewer compares the two).
    void setPreviewsEnabled(bool enabled);

    int count() const { return int(m_entries.size()); }
    const FilingRecord &recordAt(int index) const { return m_entries[index].record; }
    int indexOf(const QString &path) const { return m_index.value(path, -1); }
    State stateOf(const QString &path) const;
    QStringList paths() const;
    int countIn(State state) const;
    // Why a filing cannot be shown: its error, the record's, or that it is not open.
    QString reasonNotShown(const QString &path, const FilingPtr &filing = nullptr) const;

    // Bytes of displayed text kept in memory before old filings are dropped.
    void setMemoryBudget(qint64 bytes) { m_budget = bytes; }
    qint64 memoryBudget() const { return m_budget; }
    qint64 memoryInUse() const { return m_inMemory; }
    // What a filing counts against the budget.
    static qint64 weight(const FilingPtr &filing);

    // Finds the loaded filings whose text holds `needle` (case-insensitive) in the background;
    // textSearchDone() answers the latest search only. Returns how many filings are searched.
    int searchText(const QString &needle);

    // Writes the filings' extracted values to `output` in the background (atomically);
    // exportDone() tells how it went. Returns why it will not start, or an empty string.
    QString startExport(const QStringList &paths, const QString &output,
                        const CsvExportOptions &options);
    // The same as an Excel workbook, one sheet per layout.
    QString startXlsxExport(const QStringList &paths, const QString &output,
                            const XlsxExportOptions &options);
    void cancelExport();
    bool isExporting() const { return m_export != nullptr; }

    QStringList recentFiles() const { return m_recent; }
    void clearRecentFiles();

Q_SIGNALS:
    // The records [first, last] are about to be appended / were appended (for the model).
    void recordsAboutToBeAdded(int first, int last);
    void recordsAdded(int first, int last);
    void recordsAboutToBeRemoved(int first, int last);
    void recordsRemoved(int first, int last);
    void recordChanged(int index);

    // An open request's folders were expanded into these files (now records).
    void listed(const QStringList &files);
    void filingReady(const QString &path, const fl::FilingPtr &filing,
                     fl::FilingSession::Delivery delivery);
    // A queued big submission's header and first document, to show while the rest is read;
    // filingReady() follows with the whole filing (or loadProgress()... and a cancel).
    void previewReady(const QString &path, const fl::FilingPtr &preview);
    // How far the parse of one file is, in bytes of `total`.
    void loadProgress(const QString &path, qint64 done, qint64 total);
    // Files read of an open request of several files.
    void progress(int done, int total);
    // An open request ended; `files` are its files still open.
    void finished(const QStringList &files, bool cancelled);
    void textSearchDone(const QSet<QString> &matches);
    void exportProgress(int done, int total);
    void exportDone(const fl::ExportResult &result, const QString &output);
    void recentFilesChanged();

private:
    // What an export job gets from the session: threads, the cancel flag and progress.
    struct ExportControl
    {
        int threads = 1;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(int done, int total, const Filing &filing)> progress;
    };
    using ExportJob =
        std::function<ExportResult(const QList<FilingPtr> &known, const ExportControl &control)>;
    QString startExportJob(const QStringList &paths, const QString &output, ExportJob job);

    struct Entry
    {
        FilingRecord record;
        FilingPtr filing;
        quint64 lastUsed = 0;
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    struct OpenJob
    {
        QStringList requested; // absolute paths given, until listed
        QStringList files;     // once listed
        bool listed = false;
    };

    void onFilesFound(quint64 job, const QStringList &files);
    void onLoaded(quint64 job, const QString &path, const FilingPtr &filing);
    void onPreviewed(quint64 job, const QString &path, const FilingPtr &preview);
    void onProgress(quint64 job, int done, int total);
    void onFinished(quint64 job, bool cancelled);

    void addRecords(const QStringList &paths);
    void store(int index, const FilingPtr &filing);
    void markCancelled(const QStringList &paths);
    void requeue(int index);
    void reindex();
    void evict();
    void reread(const QString &path);
    bool isBeingListed(const QString &path) const;
    void resolve(const QString &path, const FilingPtr &filing, const QString &reason);
    void addRecent(const QStringList &paths);
    void saveRecent();

    FilingLoader *m_loader;
    QList<Entry> m_entries;
    QHash<QString, int> m_index;
    QHash<quint64, OpenJob> m_openJobs;
    QHash<quint64, QString> m_rereads; // job -> path read again
    QSet<quint64> m_reloads;           // the rereads the user asked for
    QHash<QString, QList<Waiter>> m_waiters;
    QHash<QString, FilingPtr> m_previews; // of queued files
    QString m_firstOfRequest;             // brought forward once read
    QString m_pinned;                     // acquired last: stays in memory
    quint64 m_textSearchJob = 0;
    qint64 m_budget = qint64(1) << 30;
    qint64 m_inMemory = 0;
    quint64 m_clock = 0;

    QFutureWatcher<ExportResult> *m_export = nullptr;
    std::shared_ptr<std::atomic_bool> m_exportCancel;

    QStringList m_recent;
};

} // namespace fl

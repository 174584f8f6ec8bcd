// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QSaveFile>
#include <QString>

namespace fl {

// A file written whole or not at all, like QSaveFile, that says why a write failed.
//
// QSaveFile loses errno when the disk fills (or RLIMIT_FSIZE is reached) in the middle of a
// write: write(2) first stores the bytes that fit and returns a short count, which Qt's file
// engine passes on without an error. QFileDevice then reports "Unknown error" for a buffered
// write, and nothing at all for one larger than its 16 KB buffer (a commit() then keeps the
// short file). SaveFile writes unbuffered through QSaveFile, with a buffer of its own, and
// writes the rest of a short write again: that write fails with the real cause ("No space
// left on device", "File too large"), which errorString() then gives.
class SaveFile : public QIODevice
{
public:
    explicit SaveFile(const QString &path);
    ~SaveFile() override; // uncommitted: the temporary file is removed, the old file stays

    bool open(); // for writing
    // Writes out what is buffered, syncs and renames over the target. False (with
    // errorString()) when anything failed: the target is then left as it was.
    bool commit();
    // Discards what was written: commit() will fail and keep the old file.
    void cancelWriting();
    QString fileName() const { return m_file.fileName(); }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override;

private:
    using QIODevice::open; // opened for writing by open() alone
    bool writeOut(const char *data, qint64 len);
    bool flushBuffer();
    bool syncToDisk();
    void fail(const QString &why);

    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

// Makes `folder` and the folders above it that are missing. Returns why that failed (the
// system's words, "Read-only file system"), or an empty string.
QString makeFolders(const QString &folder);

// Why nothing can be written in `folder` (tried by creating a file there and removing it
// again: as root, permissions say little; a read-only mount says it), or an empty string.
QString folderWriteProblem(const QString &folder);

} // namespace fl

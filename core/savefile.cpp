// SPDX-License-Identifier: MIT
#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// Rows are small: they go out in writes of this size, as QFileDevice's buffer would do.
constexpr qsizetype kBufferBytes = 64 * 1024;

} // namespace

SaveFile::SaveFile(const QString &path)
    : m_file(path)
{
}

SaveFile::~SaveFile() = default;

bool SaveFile::open()
{
    m_failed = false;
    m_buffer.clear();
    // Unbuffered: every short write reaches writeOut(), which can ask for the cause.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    return QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

void SaveFile::fail(const QString &why)
{
    if (!m_failed)
        setErrorString(why);
    m_failed = true;
}

bool SaveFile::writeOut(const char *data, qint64 len)
{
    while (len > 0) {
        const qint64 written = m_file.write(data, len);
        if (written < 0) {
            fail(m_file.errorString());
            return false;
        }
        if (written == 0) { // write(2) never does this for a regular file; never loop on it
            fail(u"no bytes could be written"_s);
            return false;
        }
        // A short count: the disk filled. Writing the rest fails with errno set.
        data += written;
        len -= written;
    }
    return true;
}

bool SaveFile::flushBuffer()
{
    if (m_buffer.isEmpty())
        return true;
    const bool ok = writeOut(m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    return ok;
}

qint64 SaveFile::writeData(const char *data, qint64 len)
{
    if (m_failed)
        return -1;
    if (m_buffer.size() + len > kBufferBytes && !flushBuffer())
        return -1;
    if (len >= kBufferBytes)
        return writeOut(data, len) ? len : -1;
    m_buffer.append(data, len);
    return len;
}

bool SaveFile::syncToDisk()
{
#ifdef Q_OS_UNIX
    // QSaveFile syncs too but ignores the result; some file systems (NFS, FUSE) report a full
    // disk only here.
    const int fd = m_file.handle();
    if (fd >= 0 && ::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
        fail(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
#endif
    return true;
}

bool SaveFile::commit()
{
    if (!isOpen())
        return false;
    const bool written = !m_failed && flushBuffer() && syncToDisk();
    QIODevice::close();
    if (!written) {
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file
        return false;
    }
    if (!m_file.commit()) {
        fail(m_file.errorString());
        return false;
    }
    return true;
}

void SaveFile::cancelWriting()
{
    m_buffer.clear();
    fail(u"writing was cancelled"_s);
    m_file.cancelWriting();
}

QString makeFolders(const QString &folder)
{
    std::error_code error;
    std::filesystem::create_directories(QFile::encodeName(folder).toStdString(), error);
    if (error)
        return QString::fromLocal8Bit(error.message());
    return {};
}

QString folderWriteProblem(const QString &folder)
{
    // A folder not made yet is written through the nearest one that is.
    QString existing = QFileInfo(folder).absoluteFilePath();
    while (!QFileInfo(existing).isDir()) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            return u"no such folder"_s;
        existing = parent;
    }
    QTemporaryFile probe(QDir(existing).filePath(u".filinglens-write-test-XXXXXX"_s));
    if (!probe.open())
        return probe.errorString();
    return {};
}

} // namespace fl

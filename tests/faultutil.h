// SPDX-License-Identifier: MIT
// File-system faults for tests: a full disk and a read-only file system, made for real.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>

namespace fl::test {

// A tmpfs of a few KB mounted on a fresh folder: writing more fails with ENOSPC ("No space
// left on device"), and mounted read-only every write fails with EROFS. Mounting needs root or
// CAP_SYS_ADMIN (as here and in CI; as root, chmod stops nothing); ok() says whether it worked.
// Unmounted (lazily, so an open file cannot keep it) when destroyed.
class SmallDisk
{
public:
    enum class Mode { Writable, ReadOnly };

    explicit SmallDisk(qint64 bytes = 64 * 1024, Mode mode = Mode::Writable)
    {
        if (!m_base.isValid()) {
            m_why = QStringLiteral("no temporary folder");
            return;
        }
        m_path = m_base.filePath(QStringLiteral("disk"));
        QDir().mkdir(m_path);
        const QByteArray options = "size=" + QByteArray::number(bytes);
        const unsigned long flags = MS_NOSUID | MS_NODEV | (mode == Mode::ReadOnly ? MS_RDONLY : 0);
        if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", flags,
                    options.constData())
            != 0) {
            m_why = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool ok() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }
    // Files written before stay readable.
    bool remountReadOnly()
    {
        return ::mount(nullptr, QFile::encodeName(m_path).constData(), nullptr,
                       MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr)
            == 0;
    }

private:
    QTemporaryDir m_base;
    QString m_path;
    QString m_why;
    bool m_mounted = false;
};

// Where mounting is not allowed: a child process whose files cannot grow past `bytes`
// (RLIMIT_FSIZE, SIGXFSZ ignored), so that writing more fails with EFBIG ("File too large").
inline void limitFileSize(QProcess &process, qint64 bytes)
{
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
}

// The same in this process, until destroyed (the soft limit only: it can be raised again).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        const rlimit limit{rlim_t(bytes), m_old.rlim_max};
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

// What the system says of ENOSPC and EFBIG (glibc's words).
inline QString diskFullCause()
{
    return QStringLiteral("No space left on device");
}
inline QString fileTooLargeCause()
{
    return QStringLiteral("File too large");
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace fl::test

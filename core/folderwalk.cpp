// SPDX-License-Identifier: MIT
#include "folderwalk.h"

#include "nativepath.h"

#include <QByteArray>

#include <dirent.h>
#include <sys/stat.h>

#include <memory>

namespace fl {

namespace {

bool hasFilingSuffix(QByteArrayView name)
{
    static constexpr QByteArrayView kSuffixes[] = {".txt", ".htm", ".html", ".nc", ".sgml"};
    for (const QByteArrayView suffix : kSuffixes) {
        if (name.size() > suffix.size()
            && name.last(suffix.size()).compare(suffix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

enum class EntryKind { Folder, File, Other };

// What an entry is, from readdir's d_type when the file system gives it (no stat for most
// entries of a big folder), else from lstat. Links are resolved: a link to a regular file is
// a file; a link to a folder is Other (not followed), and so is a dangling link or a loop.
EntryKind kindOf(const QByteArray &path, unsigned char type)
{
    struct stat st = {};
    if (type == DT_UNKNOWN) {
        if (::lstat(path.constData(), &st) != 0)
            return EntryKind::Other;
        type = S_ISDIR(st.st_mode) ? DT_DIR
            : S_ISREG(st.st_mode)  ? DT_REG
            : S_ISLNK(st.st_mode)  ? DT_LNK
                                   : DT_UNKNOWN;
    }
    if (type == DT_DIR)
        return EntryKind::Folder;
    if (type == DT_REG)
        return EntryKind::File;
    if (type == DT_LNK && ::stat(path.constData(), &st) == 0 && S_ISREG(st.st_mode))
        return EntryKind::File;
    return EntryKind::Other;
}

} // namespace

QStringList listFilingsIn(const QString &folder)
{
    QByteArray root = pathToNative(folder);
    while (root.size() > 1 && root.endsWith('/'))
        root.chop(1);
    QStringList found;
    // Folders still to read; an explicit stack, since a tree may be thousands of levels deep.
    QList<QByteArray> pending{root};
    while (!pending.isEmpty()) {
        const QByteArray dirPath = pending.takeLast();
        const std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(dirPath.constData()), ::closedir);
        if (!dir)
            continue; // unreadable: skipped, as QDirIterator did
        const QByteArray prefix = dirPath.endsWith('/') ? dirPath : dirPath + '/';
        while (const dirent *entry = ::readdir(dir.get())) {
            const QByteArrayView name(entry->d_name);
            if (name.startsWith('.'))
                continue; // ".", ".." and hidden names
            if (entry->d_type == DT_LNK && !hasFilingSuffix(name))
                continue; // not a filing's name: no stat to resolve the link
            const QByteArray path = prefix + name;
            switch (kindOf(path, entry->d_type)) {
            case EntryKind::Folder:
                pending.append(path);
                break;
            case EntryKind::File:
                if (hasFilingSuffix(name))
                    found.append(pathFromNative(path));
                break;
            case EntryKind::Other:
                break;
            }
        }
    }
    return found;
}

} // namespace fl

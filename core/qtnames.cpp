// SPDX-License-Identifier: MIT
#include "qtnames.h"

#include "nativepath.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QUrl>

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

// The path bytes of a file:// URI, or empty for any other URI.
QByteArray localPathOfUri(QByteArray uri)
{
    constexpr QByteArrayView scheme("file:");
    if (uri.size() < scheme.size() || !uri.first(scheme.size()).toLower().startsWith(scheme))
        return {};
    uri.remove(0, scheme.size());
    // The query and fragment are no part of the path (a '#' or '?' in a name is encoded).
    if (const qsizetype end = uri.indexOf('#'); end >= 0)
        uri.truncate(end);
    if (const qsizetype end = uri.indexOf('?'); end >= 0)
        uri.truncate(end);
    if (uri.startsWith("//")) {
        const qsizetype slash = uri.indexOf('/', 2);
        const QByteArray host = uri.sliced(2, (slash < 0 ? uri.size() : slash) - 2);
        if (!host.isEmpty() && host.toLower() != "localhost")
            return {}; // another machine's file
        uri = slash < 0 ? QByteArray() : uri.sliced(slash);
    }
    if (!uri.startsWith('/'))
        return {};
    return QByteArray::fromPercentEncoding(uri);
}

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

} // namespace

QStringList pathsFromUriList(const QByteArray &uriList)
{
    QStringList paths;
    for (QByteArray line : uriList.split('\n')) {
        line = line.trimmed(); // CRLF line ends, stray spaces
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QByteArray path = localPathOfUri(line);
        if (!path.isEmpty())
            paths << pathFromNative(path);
    }
    return paths;
}

QByteArray uriListOf(const QStringList &paths)
{
    QByteArray list;
    for (const QString &path : paths)
        list += "file://" + pathToNative(path).toPercentEncoding("/") + "\r\n";
    return list;
}

QStringList localPathsOf(const QMimeData &mime)
{
    const QString format = u"text/uri-list"_s;
    if (mime.hasFormat(format)) {
        const QByteArray raw = mime.data(format);
        if (!raw.isEmpty())
            return pathsFromUriList(raw);
    }
    QStringList paths;
    for (const QUrl &url : mime.urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

QString recoverQtPath(const QString &fromQt, QString *error)
{
    if (!fromQt.contains(QChar(kReplacement)))
        return fromQt;
    const QString absolute = absoluteNativePath(fromQt);
    const QStringList parts = absolute.split(u'/', Qt::SkipEmptyParts);
    QString path; // recovered so far, "" for the root
    for (const QString &part : parts) {
        if (!part.contains(QChar(kReplacement))) {
            path += u'/' + part;
            continue;
        }
        const QString folder = path.isEmpty() ? u"/"_s : path;
        const std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(pathToNative(folder).constData()),
                                                       ::closedir);
        if (!dir) {
            if (error)
                *error = u"Cannot open %1: the folder %2 cannot be listed (%3)."_s.arg(
                    displayLine(fromQt), displayLine(folder), errnoText());
            return {};
        }
        QStringList matches;
        while (const dirent *entry = ::readdir(dir.get())) {
            const QByteArray name(entry->d_name);
            if (QFile::decodeName(name) == part)
                matches << pathFromNative(name);
        }
        if (matches.size() != 1) {
            if (error) {
                if (matches.isEmpty()) {
                    *error = u"Cannot open %1: its name is not valid UTF-8, and no entry of %2 "
                             "has a name that reads as it (renamed or removed?)."_s.arg(
                                 displayLine(fromQt), displayLine(folder));
                } else {
                    matches.sort();
                    QStringList shown;
                    for (const QString &m : std::as_const(matches))
                        shown << displayLine(m);
                    *error = u"Cannot open %1: its name is not valid UTF-8, and %2 entries of "
                             "%3 read as it (%4). Drag the one you mean onto the window, or "
                             "name it on the command line."_s.arg(
                                 displayLine(fromQt), QString::number(matches.size()),
                                 displayLine(folder), shown.join(u", "_s));
                }
            }
            return {};
        }
        path += u'/' + matches.first();
    }
    return path.isEmpty() ? u"/"_s : path;
}

QString absoluteNativePath(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path.isEmpty() ? path : QDir::cleanPath(path);
    QByteArray cwd(4096, Qt::Uninitialized);
    while (::getcwd(cwd.data(), size_t(cwd.size())) == nullptr) {
        if (errno != ERANGE)
            return QDir::cleanPath(QDir::currentPath() + u'/' + path);
        cwd.resize(cwd.size() * 2);
    }
    cwd.truncate(qsizetype(strlen(cwd.constData())));
    return QDir::cleanPath(pathFromNative(cwd) + u'/' + path);
}

QVariant pathsToSetting(const QStringList &paths)
{
    QVariantList list;
    list.reserve(paths.size());
    for (const QString &path : paths)
        list << QVariant(pathToNative(path));
    return list;
}

QStringList pathsFromSetting(const QVariant &value)
{
    // An INI list of one entry reads back as that entry alone.
    const QVariantList items =
        value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList
        ? value.toList()
        : (value.isValid() ? QVariantList{value} : QVariantList{});
    QStringList paths;
    for (const QVariant &item : items) {
        if (item.typeId() == QMetaType::QByteArray)
            paths << pathFromNative(item.toByteArray());
        else if (const QString s = item.toString(); !s.isEmpty())
            paths << s; // written by an older version: as it was
    }
    return paths;
}

} // namespace fl

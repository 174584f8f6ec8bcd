// SPDX-License-Identifier: MIT
// File names that come through Qt's own entry points (drag and drop, the file dialog, the
// settings) recovered as the operating system spells them (nativepath.h). Qt decodes names
// as UTF-8 and turns each byte that is not into U+FFFD, so a name such as "r\xE9port.txt"
// (Latin-1) would name a file that does not exist.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

class QMimeData;

namespace fl {

// The local files of a text/uri-list (RFC 2483: one URI a line, "#" comments): each
// file:// URI (no host or "localhost") percent-decoded to its bytes, then pathFromNative.
// Other URIs are skipped.
QStringList pathsFromUriList(const QByteArray &uriList);

// A text/uri-list of local files by their bytes (percent-encoded, CRLF line ends), which
// pathsFromUriList reads back exactly; QUrl::fromLocalFile would encode an escaped byte as
// the UTF-8 of its surrogate.
QByteArray uriListOf(const QStringList &paths);

// The local files a drag carries: from its raw text/uri-list bytes, else from
// QMimeData::urls() (already decoded by Qt, lossily).
QStringList localPathsOf(const QMimeData &mime);

// A path as the file dialog returns it (U+FFFD for every byte that is not UTF-8), back to
// the file it names: each component with U+FFFD is matched against the entries of its
// folder, listed by their bytes, whose names Qt would decode to it. `error` says why when
// no entry or several match (then the result is empty); a path without U+FFFD comes back
// as it is.
QString recoverQtPath(const QString &fromQt, QString *error);

// `path` made absolute against the working folder (its bytes, getcwd) and cleaned, without
// the loss of QFileInfo::absoluteFilePath for a relative path that is not UTF-8.
QString absoluteNativePath(const QString &path);

// Paths as a settings value that survives the INI file (a list of their native bytes; a
// QString with escaped bytes would be written as UTF-8 with U+FFFD), and back, reading the
// plain strings of older versions too.
QVariant pathsToSetting(const QStringList &paths);
QStringList pathsFromSetting(const QVariant &value);

} // namespace fl

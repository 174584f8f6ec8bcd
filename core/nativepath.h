// SPDX-License-Identifier: MIT
// File names as the operating system spells them (bytes) and as QString, without loss.
//
// Linux file names are bytes, not text: "r\xE9port.txt" (Latin-1 é) is a valid name but not
// UTF-8. Qt decodes names as UTF-8 with U+FFFD for such bytes, so the QString it returns
// names a file that does not exist. The paths FilingLens keeps (Filing::path, the browser's
// rows) are made by pathFromNative instead, which is reversible, and every path that goes to
// the OS to be listed, stat'ed or opened for parsing goes through pathToNative.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace fl {

// The bytes of a path as a QString, losslessly (PEP 383 "surrogateescape"): valid UTF-8 is
// decoded, and each byte that is not part of valid UTF-8 becomes the lone surrogate
// U+DC00 + byte (U+DC80..U+DCFF; bytes below 0x80 are always valid). Linear.
QString pathFromNative(const QByteArray &bytes);

// The inverse: for every string pathFromNative returns, the bytes it was made from. Other
// strings are encoded as UTF-8 (a lone surrogate outside U+DC80..U+DCFF as U+FFFD).
QByteArray pathToNative(QStringView path);

// A path for people and for data (CSV, JSON): each escaped byte written as "\xE9", everything
// else as it is, newlines and quotes included (the CSV writer quotes them, JSON escapes them).
QString displayPath(QStringView path);

// displayPath on one line, for messages, titles and list rows: control characters are
// written as \n, \r, \t or \xHH too.
QString displayLine(QStringView path);

// The last component of `path` (its file name), as displayLine writes it.
QString displayFileName(const QString &path);

// Whether `path` is a folder (stat(2), following links), asked with its native bytes.
bool isFolder(const QString &path);

// The size of the file at `path` (stat(2), following links), or -1.
qint64 fileSizeOf(const QString &path);

// The arguments of main(), each decoded with pathFromNative (QCoreApplication::arguments()
// decodes them lossily, so a file named by its non-UTF-8 bytes could not be opened).
QStringList argumentsFromNative(int argc, char *const *argv);

} // namespace fl

// SPDX-License-Identifier: MIT
#include "nativepath.h"

#include "textdecoder.h"

#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // + byte, for bytes 0x80..0xFF

bool isEscapedByte(char16_t c)
{
    return c >= kEscapeBase + 0x80 && c <= kEscapeBase + 0xFF;
}

// The length of the well-formed UTF-8 sequence at `i` (Unicode Table 3-7: no overlong forms,
// no surrogates, nothing above U+10FFFF), or 0 if the byte at `i` does not start one.
int validSequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return quint8(bytes[k]);
    };
    const quint8 b0 = at(i);
    const auto continuation = [&](qsizetype k, quint8 lo = 0x80, quint8 hi = 0xBF) {
        return k < bytes.size() && at(k) >= lo && at(k) <= hi;
    };
    if (b0 < 0x80)
        return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const quint8 lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const quint8 hi = b0 == 0xED ? 0x9F : 0xBF;
        return continuation(i + 1, lo, hi) && continuation(i + 2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const quint8 lo = b0 == 0xF0 ? 0x90 : 0x80;
        const quint8 hi = b0 == 0xF4 ? 0x8F : 0xBF;
        return continuation(i + 1, lo, hi) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    return 0;
}

QString hexEscape(uint value)
{
    return u"\\x"_s + QString::number(value, 16).toUpper().rightJustified(2, u'0');
}

} // namespace

QString pathFromNative(const QByteArray &bytes)
{
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = validSequenceLength(bytes, i);
        if (length == 0) {
            out.append(QChar(char16_t(kEscapeBase + quint8(bytes[i]))));
            ++i;
            continue;
        }
        out.append(QString::fromUtf8(bytes.sliced(i, length)));
        i += length;
    }
    return out;
}

QByteArray pathToNative(QStringView path)
{
    QByteArray out;
    out.reserve(path.size());
    qsizetype plainFrom = 0; // the run of ordinary characters not yet encoded
    const auto flush = [&](qsizetype end) {
        out.append(path.sliced(plainFrom, end - plainFrom).toUtf8());
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t c = path[i].unicode();
        if (!isEscapedByte(c))
            continue;
        // After a high surrogate it is the low half of a character (U+10080 is D800 DC80),
        // not an escaped byte.
        if (i > 0 && QChar::isHighSurrogate(path[i - 1].unicode()))
            continue;
        flush(i);
        out.append(char(c - kEscapeBase));
        plainFrom = i + 1;
    }
    flush(path.size());
    return out;
}

QString displayPath(QStringView path)
{
    QString out;
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t c = path[i].unicode();
        const bool paired = i > 0 && QChar::isHighSurrogate(path[i - 1].unicode());
        if (isEscapedByte(c) && !paired)
            out.append(hexEscape(c - kEscapeBase));
        else
            out.append(path[i]);
    }
    return out;
}

QString displayLine(QStringView path)
{
    const QString shown = displayPath(path);
    QString out;
    out.reserve(shown.size());
    for (const QChar c : shown) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out.append(u"\\n"_s);
        else if (u == u'\r')
            out.append(u"\\r"_s);
        else if (u == u'\t')
            out.append(u"\\t"_s);
        else if (u < 0x20 || u == 0x7F)
            out.append(hexEscape(u));
        else
            out.append(c);
    }
    return out;
}

QString displayFileName(const QString &path)
{
    return displayLine(QFileInfo(path).fileName());
}

bool isFolder(const QString &path)
{
    struct stat st = {};
    return ::stat(pathToNative(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

qint64 fileSizeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(pathToNative(path).constData(), &st) == 0 ? qint64(st.st_size) : -1;
}

QStringList argumentsFromNative(int argc, char *const *argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << pathFromNative(QByteArray(argv[i]));
    return arguments;
}

} // namespace fl

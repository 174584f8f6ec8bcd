// SPDX-License-Identifier: MIT
#include "textdecoder.h"

#include <QStringDecoder>

#include <cstring>

namespace fl {

namespace {

// 0x80..0x9F in Windows-1252; the five undefined bytes keep their Latin-1 value.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Returns the length of the longest valid UTF-8 prefix; equals size when all is valid.
qsizetype validUtf8Prefix(const unsigned char *s, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        char32_t min;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return size;
}

// Decodes one run of bytes known to be valid UTF-8 (or to be decoded as Windows-1252) to the
// end of `out`.
void appendUtf8(QString &out, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype old = out.size();
    out.resize(old + bytes.size()); // UTF-16 never needs more units than UTF-8 has bytes
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QChar *end = decoder.appendToBuffer(out.data() + old, bytes);
    out.truncate(end - out.constData());
}

void appendWindows1252(QString &out, QByteArrayView bytes)
{
    const qsizetype old = out.size();
    out.resize(old + bytes.size());
    QChar *dst = out.data() + old;
    for (const char ch : bytes)
        *dst++ = QChar(windows1252ToUnicode(static_cast<unsigned char>(ch)));
}

// Turns CRLF and CR into LF and NUL into U+FFFD in out[from..], in place.
void normalizeTail(QString &out, qsizetype from, bool hasCr, bool hasNul, DecodeStats &stats,
                   qsizetype *trackedOffset)
{
    if (!hasCr && !hasNul)
        return;
    QChar *data = out.data();
    const qsizetype size = out.size();
    const qsizetype tracked = trackedOffset ? *trackedOffset : -1;
    qsizetype w = from;
    for (qsizetype r = from; r < size; ++r) {
        if (r == tracked)
            *trackedOffset = w;
        QChar c = data[r];
        if (c == u'\r') {
            if (r + 1 < size && data[r + 1] == u'\n')
                continue; // the LF that follows is kept
            c = u'\n';
        } else if (c.unicode() == 0) {
            if (stats.firstNulOffset < 0)
                stats.firstNulOffset = w;
            ++stats.nulBytes;
            c = QChar(QChar::ReplacementCharacter);
        }
        data[w++] = c;
    }
    out.truncate(w);
}

// Maps C1 control characters in out[from..] to the Windows-1252 characters their code points
// stand for; the five code points Windows-1252 leaves undefined stay.
void mapC1Controls(QString &out, qsizetype from, DecodeStats &stats)
{
    QChar *data = out.data();
    for (qsizetype i = from; i < out.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c < 0x80 || c > 0x9F)
            continue;
        const char16_t meant = windows1252ToUnicode(static_cast<unsigned char>(c));
        if (meant == c)
            continue;
        data[i] = QChar(meant);
        if (stats.firstC1Offset < 0)
            stats.firstC1Offset = i;
        ++stats.c1Characters;
    }
}

} // namespace

char16_t windows1252ToUnicode(unsigned char byte)
{
    if (byte >= 0x80 && byte < 0xA0)
        return kWindows1252High[byte - 0x80];
    return byte;
}

bool isValidUtf8(QByteArrayView bytes)
{
    return validUtf8Prefix(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size())
        == bytes.size();
}

qsizetype utf8BomLength(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

QByteArray windows1252ToUtf8(QByteArrayView bytes)
{
    QString wide;
    appendWindows1252(wide, bytes);
    return wide.toUtf8();
}

qsizetype appendDecoded(QString &out, QByteArrayView bytes, DecodeStats &stats)
{
    const qsizetype start = out.size();
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    if (size == 0)
        return start;
    const qsizetype firstNonUtf8Before = stats.firstNonUtf8Offset;
    const bool hasCr = std::memchr(data, '\r', size_t(size)) != nullptr;
    const bool hasNul = std::memchr(data, '\0', size_t(size)) != nullptr;

    qsizetype valid = validUtf8Prefix(data, size);
    if (valid == size) {
        out.reserve(start + size);
        appendUtf8(out, bytes);
    } else {
        // Decode line by line: each line is UTF-8 if it is valid UTF-8, else Windows-1252.
        out.reserve(start + size);
        qsizetype pos = 0;
        while (pos < size) {
            const void *nl = std::memchr(data + pos, '\n', size_t(size - pos));
            const qsizetype lineEnd = nl ? static_cast<const unsigned char *>(nl) - data + 1 : size;
            const QByteArrayView line = bytes.sliced(pos, lineEnd - pos);
            if (lineEnd <= valid || isValidUtf8(line)) {
                appendUtf8(out, line);
            } else {
                if (stats.firstNonUtf8Offset < 0)
                    stats.firstNonUtf8Offset = out.size();
                ++stats.nonUtf8Lines;
                appendWindows1252(out, line);
            }
            pos = lineEnd;
        }
    }
    // Removing CRs moves what follows them: keep the first non-UTF-8 line's offset right.
    qsizetype *track = firstNonUtf8Before < 0 && stats.firstNonUtf8Offset >= 0
        ? &stats.firstNonUtf8Offset
        : nullptr;
    normalizeTail(out, start, hasCr, hasNul, stats, track);
    // C1 characters are C2 80..C2 9F in UTF-8: only text holding a C2 byte can have them.
    if (std::memchr(data, 0xC2, size_t(size)) != nullptr)
        mapC1Controls(out, start, stats);
    return start;
}

} // namespace fl

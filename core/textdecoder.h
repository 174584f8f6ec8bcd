// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace fl {

struct DecodeStats
{
    qsizetype nonUtf8Lines = 0;        // lines decoded as Windows-1252 because they were not UTF-8
    qsizetype firstNonUtf8Offset = -1; // in the decoded text
    qsizetype nulBytes = 0;            // NUL bytes replaced by U+FFFD
    qsizetype firstNulOffset = -1;
    // C1 control characters (U+0080..U+009F) in UTF-8 text: Windows-1252 punctuation decoded
    // as Latin-1 and encoded again ("the Company\u0092s"), shown as the characters meant.
    qsizetype c1Characters = 0;
    qsizetype firstC1Offset = -1;
};

// Appends `bytes` to `out` as text: UTF-8 where the bytes are valid UTF-8, Windows-1252 for
// each line that is not (filings from the 1990s mix both), CRLF and bare CR turned into LF,
// NUL bytes replaced by U+FFFD, C1 control characters that stand for Windows-1252 punctuation
// replaced by it. Linear in the input. Returns the offset where the text starts.
qsizetype appendDecoded(QString &out, QByteArrayView bytes, DecodeStats &stats);

bool isValidUtf8(QByteArrayView bytes);

// The Unicode character for one Windows-1252 byte (undefined bytes map to themselves, as
// Latin-1 does).
char16_t windows1252ToUnicode(unsigned char byte);

// Re-encodes Windows-1252 bytes as UTF-8, for libraries that want UTF-8 input.
QByteArray windows1252ToUtf8(QByteArrayView bytes);

// Length of a byte-order mark at the start of `bytes` (UTF-8 only), else 0.
qsizetype utf8BomLength(QByteArrayView bytes);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace fl {

// Bytes sniffed for a binary kind: a file, or a document of a submission, starts with this
// many of them read.
constexpr qsizetype kSniffBytes = 8192;

// What binary file the first bytes of a file are ("a PNG image", "binary data (...)"), empty
// for text.
QString binaryKind(QByteArrayView head);

// "1.2 MB": a size for messages.
QString humanSize(qint64 bytes);

} // namespace fl

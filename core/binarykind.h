// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

#include "units.h" // humanSize(), for the messages that name a size

namespace fl {

// Bytes sniffed for a binary kind: a file, or a document of a submission, starts with this
// many of them read.
constexpr qsizetype kSniffBytes = 8192;

// What binary file the first bytes of a file are ("a PNG image", "binary data (...)"), empty
// for text.
QString binaryKind(QByteArrayView head);

} // namespace fl

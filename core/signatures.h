// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QList>
#include <QString>

namespace fl {

class TextLines;

// First "SIGNATURE(S)" heading at or after `fromLine`, else the start of the "Pursuant to the
// requirements of the Securities Exchange Act" paragraph; -1 if none.
int findSignaturesLine(const TextLines &lines, int fromLine);

// Signer, title, date and registrant of each signature in a signatures section.
QList<Signature> parseSignatures(const TextLines &lines, const QString &registrantHint);

} // namespace fl

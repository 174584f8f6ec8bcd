// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fl {

// "63.8 kB", "1.2 MB": the one way every size is shown (SI units, one decimal, the C locale),
// in the field tree, the document switcher, messages and the EDGAR client alike.
QString humanSize(qint64 bytes);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fl::edgar {

// Why a file name taken from a response (primaryDocument, an index entry) may not be written
// into the library, or empty when it is safe: a single plain name, so nothing can land
// outside its filing's folder. Refused: empty, "." or "..", any "..", "/" or "\", a drive
// letter or any ":", NUL and other control characters, over 255 bytes.
QString fileNameProblem(const QString &name);

} // namespace fl::edgar

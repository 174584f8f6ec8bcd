// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

namespace fl {

// Installs the viewer's translation (embedded at :/i18n) into `app`: the user's language when
// there is one, else English, whose .ts holds only the plural forms, so that
// tr("%n filing(s)", nullptr, n) reads "1 filing" and "21 filings". False when none loaded.
bool installTranslations(QCoreApplication &app);

} // namespace fl

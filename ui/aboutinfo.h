// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fl {

// The libxml2 version the parser runs with, for the About box (kept apart so the window does
// not include the HTML converter's header).
QString aboutLibxml2Version();

} // namespace fl

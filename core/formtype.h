// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace fl {

struct Filing;

// The filing's form type as the readers compare it: normalized when it could be, else as
// written in upper case ("8-K", "8-K/A", "10-Q").
QString normalizedFormType(const Filing &filing);

// An 8-K or an amendment of one ("8-K", "8-K/A", "8-K12B"), from a normalized form type.
bool isEightK(QStringView form);

} // namespace fl

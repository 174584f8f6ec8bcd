// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QJsonObject>

namespace fl {

// The JSON form of a parse result that `filinglens-cli parse` prints, documented in the
// README: file, format, form_type, header, cover, items, exhibits, signatures, documents,
// warnings, error. Dates are ISO; start/end are offsets into the displayed text.
QJsonObject filingToJson(const Filing &filing);

} // namespace fl

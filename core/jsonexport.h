// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QJsonObject>

namespace fl {

struct JsonOptions
{
    // items[].text: each item's text (itemText(): heading included, whitespace as displayed),
    // for `filinglens-cli parse --item-text`. Off by default: it repeats most of the filing.
    bool itemText = false;
    // facts: the inline-XBRL facts (factexport.h), for `filinglens-cli parse --facts`.
    bool facts = false;
};

// The JSON form of a parse result that `filinglens-cli parse` prints, documented in the
// README: file, format, form_type, header, cover, items, exhibits, signatures, documents,
// warnings, error. Dates are ISO; start/end are offsets into the displayed text.
QJsonObject filingToJson(const Filing &filing, const JsonOptions &options = {});

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QList>
#include <QString>

namespace fl {

struct ItemDefinition
{
    QString code;
    QString title;
    ItemRegime regime;
    QString currentEquivalent; // for pre-2004 items: the item that replaced it
};

// The official Form 8-K items: the numbering in force since August 23, 2004 (1.01-9.01,
// including 1.05, 6.06 and 6.10) and the earlier Items 1-12.
const QList<ItemDefinition> &itemCatalog();

// Official title for a normalized code, empty when the code is not an 8-K item.
QString officialItemTitle(QStringView code);

// "12" -> "2.02": the current item that a pre-2004 item corresponds to. Current codes map to
// themselves; unknown codes to an empty string.
QString currentItemCode(QStringView code);

// "2.2" -> "2.02", "02.02" -> "2.02", "9.1" -> "9.01", "07" -> "7". Empty if not an item number.
QString normalizeItemCode(QStringView written);

} // namespace fl

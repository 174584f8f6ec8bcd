// SPDX-License-Identifier: MIT
#include "units.h"

#include <QLocale>

namespace fl {

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "aboutinfo.h"

#include "htmltotext.h"

namespace fl {

QString aboutLibxml2Version()
{
    return libxml2Version();
}

} // namespace fl

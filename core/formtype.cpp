// SPDX-License-Identifier: MIT
#include "formtype.h"

#include "filing.h"

namespace fl {

QString normalizedFormType(const Filing &filing)
{
    const Field &form = filing.formType;
    return form.normalized.isEmpty() ? form.value.toUpper() : form.normalized;
}

bool isEightK(QStringView form)
{
    return form.startsWith(u"8-K");
}

} // namespace fl

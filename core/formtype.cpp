// SPDX-License-Identifier: MIT
#include "formtype.h"

#include "filing.h"
#include "formschema.h"

namespace fl {

QString normalizedFormType(const Filing &filing)
{
    const Field &form = filing.formType;
    // EDGAR's "10KSB" is the form "10-KSB" (canonicalFormType knows the periodic forms).
    return form.normalized.isEmpty() ? canonicalFormType(form.value) : form.normalized;
}

bool isEightK(QStringView form)
{
    return form.startsWith(u"8-K");
}

} // namespace fl

// SPDX-License-Identifier: MIT
#include "edgarfilenames.h"

using namespace Qt::Literals::StringLiterals;

namespace fl::edgar {

QString fileNameProblem(const QString &name)
{
    if (name.isEmpty())
        return u"the file name is empty"_s;
    if (name.contains(u".."_s))
        return u"the file name \"%1\" contains \"..\""_s.arg(name);
    if (name.contains(u'/') || name.contains(u'\\'))
        return u"the file name \"%1\" contains a path separator"_s.arg(name);
    if (name.contains(u':')) // a drive letter (C:) or an NTFS stream
        return u"the file name \"%1\" contains \":\" (a drive letter?)"_s.arg(name);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return c.unicode() == 0 ? u"the file name contains a NUL character"_s
                                    : u"the file name contains a control character"_s;
    }
    if (name == u"."_s)
        return u"the file name is \".\""_s;
    if (name.toUtf8().size() > 255)
        return u"the file name is longer than 255 bytes"_s;
    return {};
}

} // namespace fl::edgar

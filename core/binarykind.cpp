// SPDX-License-Identifier: MIT
#include "binarykind.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

QString binaryKind(QByteArrayView head)
{
    struct Magic
    {
        QByteArrayView bytes;
        const char16_t *name;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", u"a PNG image"},
        {"GIF87a", u"a GIF image"},
        {"GIF89a", u"a GIF image"},
        {"\xFF\xD8\xFF", u"a JPEG image"},
        {"%PDF-", u"a PDF document"},
        {"PK\x03\x04", u"a ZIP archive (or an Office document)"},
        {"\x1F\x8B", u"a gzip-compressed file"},
        {"\x7F"
         "ELF",
         u"an executable program"},
        {"\xD0\xCF\x11\xE0", u"an old-style Microsoft Office document"},
        {"BZh", u"a bzip2-compressed file"},
        {"\xFD"
         "7zXZ",
         u"an xz-compressed file"},
        {"7z\xBC\xAF", u"a 7-Zip archive"},
    };
    for (const Magic &magic : magics) {
        if (head.startsWith(magic.bytes))
            return QString::fromUtf16(magic.name);
    }
    qsizetype nul = 0;
    qsizetype control = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            ++nul;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'
                 && c != 0x1B)
            ++control;
    }
    if (nul * 100 > head.size() || (nul + control) * 10 > head.size())
        return u"binary data (%1 NUL and %2 other control bytes in its first %3)"_s.arg(nul)
            .arg(control)
            .arg(humanSize(head.size()));
    return {};
}

} // namespace fl

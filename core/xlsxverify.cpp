// SPDX-License-Identifier: MIT
#include "xlsxverify.h"

#include "nativepath.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <unzip.h>

#include <sys/statvfs.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr int kChunk = 256 * 1024;

// The first error libxml2 reports for a part.
struct XmlErrors
{
    QString first;
    int code = 0;
};

void recordXmlError(void *data, xmlErrorPtr error)
{
    auto *errors = static_cast<XmlErrors *>(data);
    if (errors->first.isEmpty() && error && error->level >= XML_ERR_ERROR) {
        errors->code = error->code;
        errors->first =
            u"%1 line %2"_s.arg(QString::fromUtf8(error->message).trimmed()).arg(error->line);
    }
}

// A push parser that checks well-formedness and nothing else: SAX2 with no handlers but the
// error one, so no tree is built and a big sheet is never held whole.
class XmlStream
{
public:
    XmlStream()
    {
        m_sax.initialized = XML_SAX2_MAGIC;
        m_sax.serror = recordXmlError;
        m_ctxt = xmlCreatePushParserCtxt(&m_sax, &m_errors, nullptr, 0, nullptr);
        if (m_ctxt)
            xmlCtxtUseOptions(m_ctxt, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    }
    ~XmlStream()
    {
        if (m_ctxt)
            xmlFreeParserCtxt(m_ctxt);
    }
    XmlStream(const XmlStream &) = delete;
    XmlStream &operator=(const XmlStream &) = delete;

    bool ok() const { return m_ctxt != nullptr; }
    void feed(const char *data, int size, bool last)
    {
        if (!m_ctxt || m_failed)
            return;
        const bool before = !m_errors.first.isEmpty();
        const bool inside = m_ctxt->instate != XML_PARSER_EPILOG; // the root not yet closed
        m_failed = xmlParseChunk(m_ctxt, data, size, last ? 1 : 0) != 0;
        // libxml2 says "Extra content at the end of the document" for a part that stops
        // inside an element: what a cut-short file looks like.
        if (last && !before && inside && m_errors.code == XML_ERR_DOCUMENT_END)
            m_errors.first = u"the XML stops inside an element (cut short)"_s;
    }
    // Empty when what was fed is well-formed XML.
    QString error() const
    {
        if (!m_ctxt)
            return u"no XML parser"_s;
        if (!m_failed && m_ctxt->wellFormed)
            return {};
        return m_errors.first.isEmpty() ? u"not well-formed XML"_s : m_errors.first;
    }

private:
    xmlSAXHandler m_sax = {};
    XmlErrors m_errors;
    xmlParserCtxtPtr m_ctxt = nullptr;
    bool m_failed = false;
};

QString unzipError(int code)
{
    switch (code) {
    case UNZ_CRCERROR:
        return u"CRC error"_s;
    case UNZ_BADZIPFILE:
        return u"damaged ZIP data"_s;
    case UNZ_ERRNO:
        return u"read error"_s;
    default:
        return u"ZIP error %1"_s.arg(code);
    }
}

// Reads the current entry to its end (through `xml` if it is an XML part); an error or empty.
QString checkEntry(unzFile zip, const QString &name, QByteArray &buffer)
{
    const bool isXml = name.endsWith(u".xml"_s) || name.endsWith(u".rels"_s);
    if (const int opened = unzOpenCurrentFile(zip); opened != UNZ_OK)
        return u"%1: %2"_s.arg(name, unzipError(opened));
    std::unique_ptr<XmlStream> xml = isXml ? std::make_unique<XmlStream>() : nullptr;
    if (xml && !xml->ok()) {
        unzCloseCurrentFile(zip);
        return u"%1: no XML parser"_s.arg(name);
    }
    for (;;) {
        const int read = unzReadCurrentFile(zip, buffer.data(), unsigned(buffer.size()));
        if (read < 0) {
            unzCloseCurrentFile(zip);
            return u"%1: %2"_s.arg(name, unzipError(read));
        }
        if (xml)
            xml->feed(buffer.constData(), read, read == 0);
        if (read == 0)
            break;
    }
    // The CRC is checked here, once the entry was read to its end.
    if (const int closed = unzCloseCurrentFile(zip); closed != UNZ_OK)
        return u"%1: %2"_s.arg(name, unzipError(closed));
    if (xml) {
        if (const QString error = xml->error(); !error.isEmpty())
            return u"%1: %2"_s.arg(name, error);
    }
    return {};
}

} // namespace

QString verifyXlsxFile(const QString &path)
{
    const QByteArray native = pathToNative(path);
    const std::unique_ptr<void, int (*)(unzFile)> zip(unzOpen64(native.constData()), unzClose);
    if (!zip)
        return u"not a ZIP file"_s;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    int entries = 0;
    for (int step = unzGoToFirstFile(zip.get()); step != UNZ_END_OF_LIST_OF_FILE;
         step = unzGoToNextFile(zip.get())) {
        if (step != UNZ_OK)
            return unzipError(step) + u" after %1 entries"_s.arg(entries);
        unz_file_info64 info = {};
        char name[1024] = {};
        if (const int got = unzGetCurrentFileInfo64(zip.get(), &info, name, sizeof name, nullptr, 0,
                                                    nullptr, 0);
            got != UNZ_OK)
            return unzipError(got) + u" after %1 entries"_s.arg(entries);
        if (const QString error = checkEntry(zip.get(), QString::fromUtf8(name), buffer);
            !error.isEmpty())
            return error;
        ++entries;
    }
    if (entries == 0)
        return u"an empty ZIP file"_s;
    return {};
}

qint64 freeSpaceIn(const QString &path)
{
    struct statvfs st = {};
    if (::statvfs(pathToNative(path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

} // namespace fl

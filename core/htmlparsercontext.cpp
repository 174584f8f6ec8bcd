// SPDX-License-Identifier: MIT
#include "htmlparsercontext.h"

#include <libxml/parserInternals.h>

namespace fl {

namespace {

// The parser context of this thread, reused from document to document: a new one allocates its
// name dictionary, its stacks and its input structures, and a submission or a folder of small
// filings converts many documents in a row. htmlCtxtReset empties it between documents; it is
// made anew when its dictionary has grown large (names of garbage markup) or when a conversion
// runs inside another on the same thread.
class ThreadParserContext
{
public:
    ThreadParserContext() = default;
    ThreadParserContext(const ThreadParserContext &) = delete;
    ThreadParserContext &operator=(const ThreadParserContext &) = delete;
    ~ThreadParserContext()
    {
        if (m_ctxt)
            htmlFreeParserCtxt(m_ctxt);
    }

    // A context reading `html`, or null; give it back with release().
    htmlParserCtxtPtr acquire(QByteArrayView html)
    {
        if (m_inUse)
            return htmlCreateMemoryParserCtxt(html.data(), int(html.size()));
        if (m_ctxt && xmlDictSize(m_ctxt->dict) > kMaxDictionaryNames) {
            htmlFreeParserCtxt(m_ctxt);
            m_ctxt = nullptr;
        }
        if (!m_ctxt) {
            m_ctxt = htmlCreateMemoryParserCtxt(html.data(), int(html.size()));
            m_inUse = m_ctxt != nullptr;
            return m_ctxt;
        }
        // What htmlCreateMemoryParserCtxt does after creating the context.
        htmlCtxtReset(m_ctxt);
        xmlParserInputBufferPtr buffer =
            xmlParserInputBufferCreateMem(html.data(), int(html.size()), XML_CHAR_ENCODING_NONE);
        if (!buffer)
            return nullptr;
        xmlParserInputPtr input = xmlNewIOInputStream(m_ctxt, buffer, XML_CHAR_ENCODING_NONE);
        if (!input) {
            xmlFreeParserInputBuffer(buffer);
            return nullptr;
        }
        inputPush(m_ctxt, input);
        m_inUse = true;
        return m_ctxt;
    }

    void release(htmlParserCtxtPtr ctxt)
    {
        if (ctxt != m_ctxt) {
            htmlFreeParserCtxt(ctxt);
            return;
        }
        m_inUse = false;
        if (m_ctxt->myDoc) { // never built by these SAX handlers; freed should one appear
            xmlFreeDoc(m_ctxt->myDoc);
            m_ctxt->myDoc = nullptr;
        }
        m_ctxt->_private = nullptr;
    }

private:
    static constexpr int kMaxDictionaryNames = 4096;
    htmlParserCtxtPtr m_ctxt = nullptr;
    bool m_inUse = false;
};

thread_local ThreadParserContext t_parserContext;

} // namespace

htmlParserCtxtPtr acquireHtmlParserContext(QByteArrayView html)
{
    return t_parserContext.acquire(html);
}

void releaseHtmlParserContext(htmlParserCtxtPtr ctxt)
{
    t_parserContext.release(ctxt);
}

} // namespace fl

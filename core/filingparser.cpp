// SPDX-License-Identifier: MIT
#include "filingparser.h"

#include "formschema.h"
#include "reportitems.h"

#include "coverparser.h"
#include "headerparser.h"
#include "htmltotext.h"
#include "itemcatalog.h"
#include "normalize.h"
#include "sectionparser.h"
#include "textdecoder.h"
#include "textlines.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <new>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr qsizetype kSniffBytes = 8192;
constexpr qsizetype kContainerProbeBytes = 64 * 1024;
constexpr qint64 kReadChunk = 4 * 1024 * 1024;
// Real submissions hold at most a few thousand documents; each costs a few hundred bytes of
// structure and a row in the viewer's switcher. Past this many, the rest of the file is shown
// as the text of the submission without being split, so that a file of millions of tiny
// <DOCUMENT> blocks costs memory in proportion to its size, not sixty times it.
constexpr qsizetype kMaxDocuments = 10000;

bool cancelled(const ParseOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString withThousands(qint64 n)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions({});
    return locale.toString(n);
}

// ---- binary sniffing ---------------------------------------------------------------------

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

// ---- SGML container ----------------------------------------------------------------------

qsizetype lineEnd(QByteArrayView data, qsizetype pos)
{
    while (pos < data.size() && data[pos] != '\n' && data[pos] != '\r')
        ++pos;
    if (pos < data.size() && data[pos] == '\r')
        ++pos;
    if (pos < data.size() && data[pos] == '\n' && (pos == 0 || data[pos - 1] != '\n'))
        ++pos;
    return pos;
}

// Position of `tag` where it starts a line (after optional blanks), searching [from, to).
qsizetype findTagLine(QByteArrayView data, QByteArrayView tag, qsizetype from, qsizetype to = -1)
{
    if (to < 0 || to > data.size())
        to = data.size();
    // Only [from, to) is searched: searching past `to` for every document would make a
    // submission of many unterminated documents quadratic.
    const QByteArrayView window = data.first(to);
    qsizetype pos = from;
    while (pos < to) {
        const qsizetype hit = window.indexOf(tag, pos);
        if (hit < 0)
            return -1;
        qsizetype k = hit;
        while (k > 0 && (data[k - 1] == ' ' || data[k - 1] == '\t'))
            --k;
        if (k == 0 || data[k - 1] == '\n' || data[k - 1] == '\r')
            return hit;
        pos = hit + 1;
    }
    return -1;
}

QByteArrayView skipBlank(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()
           && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    return bytes.sliced(i);
}

// The value of a "<TAG>value" line inside a document's metadata.
QByteArrayView tagValue(QByteArrayView meta, QByteArrayView tag)
{
    const qsizetype at = findTagLine(meta, tag, 0);
    if (at < 0)
        return {};
    const qsizetype start = at + tag.size();
    qsizetype end = start;
    while (end < meta.size() && meta[end] != '\n' && meta[end] != '\r')
        ++end;
    return meta.sliced(start, end - start).trimmed();
}

bool endsWithNoCase(QByteArrayView s, QByteArrayView suffix)
{
    return s.size() >= suffix.size()
        && qstrnicmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

bool isUuencodeBegin(QByteArrayView lead)
{
    // "begin 644 name"
    if (!lead.startsWith("begin "))
        return false;
    qsizetype i = 6;
    int digits = 0;
    while (i < lead.size() && lead[i] >= '0' && lead[i] <= '7') {
        ++i;
        ++digits;
    }
    return digits >= 3 && digits <= 4 && i < lead.size() && lead[i] == ' ';
}

enum class PieceKind { Raw, Html, Binary };
enum class PieceRole { Other, Header, DocumentStart, DocumentContent, DocumentEnd };

struct Piece
{
    PieceKind kind = PieceKind::Raw;
    PieceRole role = PieceRole::Other;
    QByteArrayView bytes;
    int document = -1;
    QString placeholder;
    QByteArray converted;
    HtmlConversionStats htmlStats;
    SourceRange out;
};

struct DocumentPlan
{
    DocumentContent content = DocumentContent::Text;
    QString binaryEncoding;
    qint64 sourceBytes = 0;
    bool unterminated = false;
};

class Parser
{
public:
    Parser(const QString &path, const ParseOptions &options)
        : m_options(options)
    {
        m_filing = std::make_shared<Filing>();
        m_filing->path = path;
    }

    std::shared_ptr<Filing> fail(ParseError error, const QString &message)
    {
        m_filing->error = error;
        m_filing->errorMessage = message;
        m_filing->text.clear();
        m_filing->lineStarts.clear();
        return m_filing;
    }

    void warn(const QString &code, const QString &message, SourceRange range = {})
    {
        m_filing->warnings.append(Warning{code, message, range});
    }

    // At most kMaxWarningsOfAKind warnings of each kind, then one that counts the rest.
    void limitWarnings()
    {
        QList<Warning> &all = m_filing->warnings;
        if (all.size() <= kMaxWarningsOfAKind)
            return;
        QHash<QString, int> seen;
        QStringList codes; // in order of first appearance, for a stable result
        QList<Warning> kept;
        for (Warning &w : all) {
            int &count = seen[w.code];
            if (count++ == 0)
                codes.append(w.code);
            if (count <= kMaxWarningsOfAKind)
                kept.append(std::move(w));
        }
        for (const QString &code : std::as_const(codes)) {
            if (const int count = seen.value(code); count > kMaxWarningsOfAKind)
                kept.append(Warning{code,
                                    u"%1 more warnings of this kind (not listed)"_s.arg(
                                        count - kMaxWarningsOfAKind),
                                    {}});
        }
        all = std::move(kept);
    }

    std::shared_ptr<Filing> parse(QByteArrayView data)
    {
        Filing &f = *m_filing;
        f.fileSize = data.size();

        // A UTF-16 file (rare, from Windows tools) is re-encoded first.
        QByteArray reencoded;
        if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
            QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                               : QStringDecoder::Utf16BE);
            reencoded = QString(decoder(data.sliced(2))).toUtf8();
            data = reencoded;
        }
        data = data.sliced(utf8BomLength(data));
        if (data.isEmpty())
            return fail(ParseError::Empty, u"The file is empty (0 bytes)."_s);
        if (skipBlank(data).isEmpty())
            return fail(
                ParseError::Empty,
                u"The file holds only blank space (%1 bytes) and no text."_s.arg(data.size()));
        const QString binary = binaryKind(data.first(std::min(data.size(), kSniffBytes)));
        if (!binary.isEmpty())
            return fail(ParseError::Binary,
                        u"This is %1, not a filing. FilingLens reads EDGAR text, full-submission "
                        u"and HTML filings."_s.arg(binary));

        const QByteArrayView probe = data.first(std::min(data.size(), kContainerProbeBytes));
        const bool container = findTagLine(probe, "<SEC-DOCUMENT>", 0) >= 0
            || findTagLine(probe, "<SEC-HEADER>", 0) >= 0
            || findTagLine(probe, "<IMS-DOCUMENT>", 0) >= 0
            || findTagLine(probe, "<IMS-HEADER>", 0) >= 0
            || findTagLine(probe, "<SUBMISSION>", 0) >= 0
            || findTagLine(probe, "<DOCUMENT>", 0) >= 0
            || findTagLine(probe, "-----BEGIN PRIVACY-ENHANCED MESSAGE-----", 0) >= 0
            || looksLikeBareHeader(probe.first(std::min<qsizetype>(probe.size(), 4096)));
        std::vector<Piece> pieces;
        std::vector<DocumentPlan> plans;
        if (container) {
            splitContainer(data, pieces, plans);
        } else {
            Piece piece;
            piece.kind = looksLikeHtml(data)
                    || ((f.path.endsWith(u".htm"_s, Qt::CaseInsensitive)
                         || f.path.endsWith(u".html"_s, Qt::CaseInsensitive))
                        && skipBlank(data).startsWith('<'))
                ? PieceKind::Html
                : PieceKind::Raw;
            piece.bytes = data;
            pieces.push_back(std::move(piece));
            f.format =
                pieces.front().kind == PieceKind::Html ? FilingFormat::Html : FilingFormat::Text;
        }
        if (cancelled(m_options))
            return fail(ParseError::Cancelled, u"Cancelled."_s);

        convertHtml(pieces);
        if (cancelled(m_options))
            return fail(ParseError::Cancelled, u"Cancelled."_s);
        assemble(pieces);
        if (cancelled(m_options))
            return fail(ParseError::Cancelled, u"Cancelled."_s);

        f.lineStarts = buildLineStarts(f.text);
        if (container)
            readContainer(pieces, plans);
        else
            f.mainRange = SourceRange{0, f.text.size()};
        analyseMainDocument();
        f.pageBreaks = findPageBreaks(f.text, f.lineStarts);
        checkConsistency();
        if (!container && !looksLikeFiling())
            return fail(ParseError::NotAFiling,
                        u"This does not look like an SEC filing: it has no SEC header, no "
                        u"<DOCUMENT> blocks, no form type, no cover page and no Item headings."_s);
        buildSections();
        limitWarnings();
        return m_filing;
    }

private:
    // Splits a full submission (or a lone <DOCUMENT> envelope) into pieces: raw text that is
    // shown as it is, HTML documents to convert, binary attachments to list.
    void splitContainer(QByteArrayView data, std::vector<Piece> &pieces,
                        std::vector<DocumentPlan> &plans)
    {
        const qsizetype firstDoc = findTagLine(data, "<DOCUMENT>", 0);
        const qsizetype prologueEnd = firstDoc >= 0 ? firstDoc : data.size();
        qsizetype headerStart = -1;
        qsizetype headerEnd = -1;
        for (const QByteArrayView open :
             {QByteArrayView("<SEC-HEADER>"), QByteArrayView("<IMS-HEADER>")}) {
            headerStart = findTagLine(data, open, 0, prologueEnd);
            if (headerStart < 0)
                continue;
            const QByteArray close = "</" + open.sliced(1).toByteArray();
            const qsizetype closeAt = findTagLine(data, close, headerStart, prologueEnd);
            if (closeAt >= 0) {
                headerEnd = lineEnd(data, closeAt);
            } else {
                headerEnd = prologueEnd;
                m_unterminatedHeader = true;
            }
            break;
        }
        if (headerStart < 0) {
            headerStart = findTagLine(data, "<SUBMISSION>", 0, prologueEnd);
            if (headerStart >= 0)
                headerEnd = prologueEnd;
        }
        if (headerStart < 0
            && looksLikeBareHeader(data.first(std::min<qsizetype>(prologueEnd, 8192)))) {
            headerStart =
                data.first(prologueEnd).size() - skipBlank(data.first(prologueEnd)).size();
            headerEnd = prologueEnd;
        }
        auto addRaw = [&](qsizetype from, qsizetype to, PieceRole role = PieceRole::Other,
                          int document = -1) {
            if (to <= from)
                return;
            Piece piece;
            piece.role = role;
            piece.bytes = data.sliced(from, to - from);
            piece.document = document;
            pieces.push_back(std::move(piece));
        };
        if (headerStart >= 0) {
            addRaw(0, headerStart);
            addRaw(headerStart, headerEnd, PieceRole::Header);
            addRaw(headerEnd, prologueEnd);
            m_filing->format = FilingFormat::FullSubmission;
        } else {
            addRaw(0, prologueEnd);
        }

        qsizetype doc = firstDoc;
        qsizetype lastEnd = prologueEnd;
        while (doc >= 0) {
            if (cancelled(m_options))
                return;
            const int index = int(plans.size());
            const qsizetype nextDoc = findTagLine(data, "<DOCUMENT>", doc + 10);
            const qsizetype limit = nextDoc >= 0 ? nextDoc : data.size();
            DocumentPlan plan;

            // Metadata: <DOCUMENT>, <TYPE>, <SEQUENCE>, <FILENAME>, <DESCRIPTION>, <TEXT>.
            const qsizetype textTag = findTagLine(data, "<TEXT>", doc, limit);
            qsizetype contentStart;
            if (textTag >= 0) {
                contentStart = lineEnd(data, textTag + 6);
            } else {
                contentStart = lineEnd(data, doc + 10);
                while (contentStart < limit && data[contentStart] == '<'
                       && !data.sliced(contentStart).startsWith("</DOCUMENT>")
                       && (data.sliced(contentStart).startsWith("<TYPE>")
                           || data.sliced(contentStart).startsWith("<SEQUENCE>")
                           || data.sliced(contentStart).startsWith("<FILENAME>")
                           || data.sliced(contentStart).startsWith("<DESCRIPTION>")))
                    contentStart = lineEnd(data, contentStart);
            }
            contentStart = std::min(contentStart, limit);
            const QByteArrayView meta = data.sliced(doc, contentStart - doc);
            qsizetype contentEnd = -1;
            // Searched up to the next document only, so that a submission whose documents all
            // lack </TEXT> is still read in linear time.
            qsizetype textClose =
                data.sliced(contentStart, limit - contentStart).indexOf("</TEXT>");
            if (textClose >= 0)
                textClose += contentStart;
            const qsizetype docClose = findTagLine(data, "</DOCUMENT>", contentStart, limit);
            if (textClose >= 0 && textClose < limit) {
                contentEnd = textClose;
            } else if (docClose >= 0) {
                contentEnd = docClose;
            } else {
                // Truncated: the document runs to the next one or to the end of the file,
                // less a closing </SEC-DOCUMENT> if there is one.
                contentEnd = limit;
                const qsizetype secClose =
                    findTagLine(data, "</SEC-DOCUMENT>", contentStart, limit);
                if (secClose >= 0)
                    contentEnd = secClose;
                plan.unterminated = true;
            }
            qsizetype docEnd = docClose >= 0 ? lineEnd(data, docClose) : contentEnd;
            if (docClose < 0 && textClose >= 0 && textClose < limit)
                docEnd = lineEnd(data, textClose);
            if (docClose < 0 && !plan.unterminated)
                plan.unterminated = true;

            addRaw(doc, contentStart, PieceRole::DocumentStart, index);
            const QByteArrayView content = data.sliced(contentStart, contentEnd - contentStart);
            plan.sourceBytes = content.size();
            Piece body;
            body.role = PieceRole::DocumentContent;
            body.document = index;
            body.bytes = content;
            classifyContent(meta, content, body, plan);
            pieces.push_back(std::move(body));
            addRaw(contentEnd, docEnd, PieceRole::DocumentEnd, index);
            plans.push_back(plan);
            lastEnd = docEnd;
            if (nextDoc >= 0 && index + 1 >= kMaxDocuments) {
                m_documentsNotSplit = nextDoc;
                break; // the rest follows as plain text (see kMaxDocuments)
            }
            if (nextDoc >= 0)
                addRaw(docEnd, nextDoc);
            doc = nextDoc;
        }
        addRaw(lastEnd, data.size());

        if (headerStart < 0) {
            // A <DOCUMENT> envelope without a header: one document is shown as its own kind.
            if (plans.size() == 1)
                m_filing->format = plans.front().content == DocumentContent::Html
                    ? FilingFormat::Html
                    : FilingFormat::Text;
            else
                m_filing->format = FilingFormat::FullSubmission;
        }
    }

    static void classifyContent(QByteArrayView meta, QByteArrayView content, Piece &piece,
                                DocumentPlan &plan)
    {
        const QByteArrayView lead =
            skipBlank(content.first(std::min<qsizetype>(content.size(), 4096)));
        const QByteArrayView filename = tagValue(meta, "<FILENAME>");
        const QByteArrayView type = tagValue(meta, "<TYPE>");
        const bool htmlName = endsWithNoCase(filename, ".htm") || endsWithNoCase(filename, ".html");
        const bool xmlName = endsWithNoCase(filename, ".xml") || endsWithNoCase(filename, ".xsd");
        if (isUuencodeBegin(lead) || lead.startsWith("<PDF>")) {
            const bool pdf = lead.startsWith("<PDF>");
            QString name = QString::fromLatin1(filename);
            if (!pdf) {
                const qsizetype eol = lineEnd(lead, 0);
                const QByteArrayView beginLine = lead.first(eol).trimmed();
                const qsizetype space = beginLine.indexOf(' ', 6);
                if (space > 0 && name.isEmpty())
                    name = QString::fromLatin1(beginLine.sliced(space + 1));
            }
            plan.content = DocumentContent::Binary;
            plan.binaryEncoding = pdf ? u"pdf"_s : u"uuencode"_s;
            piece.kind = PieceKind::Binary;
            piece.placeholder = u"[binary attachment%1: %2 of %3 data, not shown as text]\n"_s.arg(
                name.isEmpty() ? QString() : u" "_s + name,
                withThousands(content.size()) + u" bytes"_s, pdf ? u"PDF"_s : u"uuencoded"_s);
            return;
        }
        QByteArrayView inner = lead;
        if (inner.startsWith("<XBRL>"))
            inner = skipBlank(inner.sliced(6));
        if (looksLikeHtml(inner) || (htmlName && inner.startsWith('<'))) {
            plan.content = DocumentContent::Html;
            piece.kind = PieceKind::Html;
            return;
        }
        if (xmlName || inner.startsWith("<?xml") || lead.startsWith("<XML>")
            || lead.startsWith("<XBRL>")) {
            plan.content = DocumentContent::Xml;
            return;
        }
        const QByteArray upperType = type.toByteArray().toUpper();
        if (upperType == "GRAPHIC" || upperType == "ZIP" || upperType == "EXCEL"
            || upperType == "PDF") {
            const QString kind = binaryKind(content.first(std::min(content.size(), kSniffBytes)));
            if (!kind.isEmpty()) {
                plan.content = DocumentContent::Binary;
                plan.binaryEncoding = u"raw"_s;
                piece.kind = PieceKind::Binary;
                piece.placeholder = u"[binary attachment %1: %2 bytes, not shown as text]\n"_s.arg(
                    QString::fromLatin1(filename), withThousands(content.size()));
            }
        }
    }

    // Converts the HTML pieces, on several threads when asked to: documents are independent.
    void convertHtml(std::vector<Piece> &pieces)
    {
        std::vector<Piece *> work;
        for (Piece &piece : pieces) {
            if (piece.kind == PieceKind::Html)
                work.push_back(&piece);
        }
        if (work.empty())
            return;
        // Largest first, so that threads finish together.
        std::sort(work.begin(), work.end(),
                  [](const Piece *a, const Piece *b) { return a->bytes.size() > b->bytes.size(); });
        std::atomic<size_t> next{0};
        auto run = [&] {
            while (!cancelled(m_options)) {
                const size_t i = next.fetch_add(1);
                if (i >= work.size())
                    break;
                work[i]->converted =
                    htmlToUtf8Text(work[i]->bytes, &work[i]->htmlStats, m_options.cancel);
            }
        };
        const int threads = std::clamp<int>(m_options.threads, 1, int(work.size()));
        std::vector<std::thread> helpers;
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back(run);
        run();
        for (std::thread &t : helpers)
            t.join();
    }

    void assemble(std::vector<Piece> &pieces)
    {
        QString &text = m_filing->text;
        qsizetype estimate = 0;
        for (const Piece &piece : pieces) {
            estimate += piece.kind == PieceKind::Raw ? piece.bytes.size()
                : piece.kind == PieceKind::Html      ? piece.converted.size()
                                                     : piece.placeholder.size();
        }
        text.reserve(estimate);
        for (Piece &piece : pieces) {
            if (cancelled(m_options))
                return;
            const qsizetype start = text.size();
            switch (piece.kind) {
            case PieceKind::Raw:
                appendDecoded(text, piece.bytes, m_decodeStats);
                break;
            case PieceKind::Html: {
                DecodeStats ignored; // converted text is valid UTF-8 by construction
                appendDecoded(text, piece.converted, ignored);
                piece.converted = QByteArray();
                if (piece.htmlStats.tooDeep)
                    m_truncatedHtml.push_back(piece.document);
                break;
            }
            case PieceKind::Binary:
                text += piece.placeholder;
                break;
            }
            piece.out = SourceRange::fromTo(start, text.size());
        }
        if (text.capacity() - text.size() > text.size() / 8)
            text.squeeze();
    }

    Field tagField(const TextLines &lines, QStringView tag) const
    {
        for (int i = 0; i < lines.size(); ++i) {
            const QStringView line = lines.line(i).trimmed();
            if (!line.startsWith(tag, Qt::CaseInsensitive))
                continue;
            const QStringView value = line.sliced(tag.size()).trimmed();
            if (value.isEmpty())
                return {};
            return Field{value.toString(), QString(), lines.rangeOf(i, value)};
        }
        return {};
    }

    void readContainer(const std::vector<Piece> &pieces, const std::vector<DocumentPlan> &plans)
    {
        Filing &f = *m_filing;
        f.documents.resize(qsizetype(plans.size()));
        for (const Piece &piece : pieces) {
            if (piece.role == PieceRole::Header) {
                const TextLines lines(f.text, f.lineStarts, piece.out);
                f.header = parseHeader(lines);
                f.header.range = piece.out;
                if (!f.header.isPresent())
                    f.header.dialect = HeaderDialect::KeyValue;
                continue;
            }
            if (piece.document < 0)
                continue;
            Document &doc = f.documents[piece.document];
            switch (piece.role) {
            case PieceRole::DocumentStart: {
                const TextLines lines(f.text, f.lineStarts, piece.out);
                doc.type = tagField(lines, u"<TYPE>");
                doc.type.normalized = doc.type.value.toUpper();
                doc.sequence = tagField(lines, u"<SEQUENCE>");
                doc.filename = tagField(lines, u"<FILENAME>");
                doc.description = tagField(lines, u"<DESCRIPTION>");
                doc.range.start = piece.out.start;
                break;
            }
            case PieceRole::DocumentContent:
                doc.contentRange = piece.out;
                if (!doc.range.isValid())
                    doc.range.start = piece.out.start;
                doc.range = SourceRange::fromTo(doc.range.start, piece.out.end());
                break;
            case PieceRole::DocumentEnd:
                doc.range = SourceRange::fromTo(doc.range.start, piece.out.end());
                break;
            default:
                break;
            }
        }
        for (qsizetype i = 0; i < f.documents.size(); ++i) {
            Document &doc = f.documents[i];
            const DocumentPlan &plan = plans[size_t(i)];
            doc.content = plan.content;
            doc.binaryEncoding = plan.binaryEncoding;
            doc.sourceBytes = plan.sourceBytes;
            if (plan.unterminated)
                warn(u"unterminated-document"_s,
                     u"Document %1 (%2) has no closing </TEXT> or </DOCUMENT>: the submission "
                     u"may be truncated."_s.arg(i + 1)
                         .arg(doc.type.value.isEmpty() ? u"no type"_s : doc.type.value),
                     doc.range);
        }
        if (m_documentsNotSplit >= 0)
            warn(u"too-many-documents"_s,
                 u"The submission has more than %1 documents; from document %1 on, the rest of "
                 u"the file is shown as text without being split into documents."_s.arg(
                     kMaxDocuments));
        if (m_unterminatedHeader)
            warn(u"unterminated-header"_s,
                 u"The SEC header has no closing </SEC-HEADER>: the submission may be "
                 u"truncated."_s,
                 f.header.range);

        // The main document: the one whose type is the submission type, else the first text.
        const QString submission = f.header.submissionType.normalized;
        for (qsizetype i = 0; i < f.documents.size() && f.mainDocument < 0; ++i) {
            if (!submission.isEmpty() && f.documents[i].type.normalized == submission
                && !f.documents[i].isBinary())
                f.mainDocument = int(i);
        }
        for (qsizetype i = 0; i < f.documents.size() && f.mainDocument < 0; ++i) {
            if (!f.documents[i].isBinary())
                f.mainDocument = int(i);
        }
        if (f.mainDocument >= 0)
            f.mainRange = f.documents[f.mainDocument].contentRange;
    }

    void analyseMainDocument()
    {
        Filing &f = *m_filing;
        if (!f.mainRange.isValid() || f.mainRange.length == 0) {
            f.formType = f.header.submissionType;
            return;
        }
        const TextLines main(f.text, f.lineStarts, f.mainRange);
        const Field coverForm = findFormType(main);
        if (!f.header.submissionType.isEmpty())
            f.formType = f.header.submissionType;
        else if (f.mainDocument >= 0 && !f.documents[f.mainDocument].type.isEmpty())
            f.formType = f.documents[f.mainDocument].type;
        else
            f.formType = coverForm;
        const QString form =
            f.formType.normalized.isEmpty() ? f.formType.value.toUpper() : f.formType.normalized;
        const bool eightK = form.startsWith(u"8-K"_s);
        const bool unknownForm = form.isEmpty();

        const int firstItem = (eightK || unknownForm) ? findFirstItemLine(main) : -1;
        const int searchFrom = firstItem >= 0 ? firstItem : 0;
        const int signatures = findSignaturesLine(main, searchFrom);
        const int index = findExhibitIndexLine(main, searchFrom);
        auto lineStart = [&](int line) {
            return line >= 0 && line < main.size() ? main.start(line) : f.mainRange.end();
        };
        const int reportStart = layOutReport(main, form, signatures, index);

        // Items run to the signatures (or the exhibit index when it comes first after them).
        if (firstItem >= 0) {
            int itemsEnd = main.size();
            if (signatures > firstItem)
                itemsEnd = signatures;
            else if (index > firstItem)
                itemsEnd = index;
            const TextLines itemLines(f.text, f.lineStarts,
                                      SourceRange::fromTo(f.mainRange.start, lineStart(itemsEnd)));
            f.items = findItems(itemLines, f.warnings);
        }

        // The cover: from the top to the first item (or section), at most 250 lines.
        int coverEnd = std::min(main.size(), 250);
        for (const int line : {firstItem, signatures, index, reportStart}) {
            if (line > 0)
                coverEnd = std::min(coverEnd, line);
        }
        const SourceRange coverSpan = SourceRange::fromTo(f.mainRange.start, lineStart(coverEnd));
        const TextLines coverLines(f.text, f.lineStarts, coverSpan);
        f.cover = parseCover(coverLines, f.warnings, eightK || unknownForm);
        if (f.cover.formType.isEmpty())
            f.cover.formType = coverForm;
        qsizetype lastField = -1;
        for (const Field *field : coverFields(f.cover))
            lastField = std::max(lastField, field->range.end());
        if (lastField >= 0) {
            qsizetype end = coverSpan.end();
            // Stop at the first page break after the last field found.
            for (int i = coverLines.indexOf(lastField); i < coverLines.size(); ++i) {
                const QStringView line = coverLines.line(i);
                if (coverLines.start(i) >= lastField
                    && (line.contains(u'\f')
                        || line.trimmed().startsWith(u"<PAGE>", Qt::CaseInsensitive))) {
                    end = coverLines.start(i);
                    break;
                }
            }
            f.cover.range = SourceRange::fromTo(f.mainRange.start, end);
        }

        if (signatures >= 0) {
            int end = main.size();
            if (index > signatures)
                end = index;
            // What follows a page break after the first signature belongs to something else
            // (an exhibit or a letter pasted into the same document).
            bool signedYet = false;
            for (int i = signatures; i < end; ++i) {
                const QStringView line = main.line(i);
                if (line.contains(u"/s/", Qt::CaseInsensitive)
                    || line.contains(u"By:", Qt::CaseInsensitive))
                    signedYet = true;
                if (signedYet
                    && (line.contains(u'\f')
                        || line.trimmed().startsWith(u"<PAGE>", Qt::CaseInsensitive))) {
                    end = i;
                    break;
                }
            }
            const SourceRange span = SourceRange::fromTo(main.start(signatures), lineStart(end));
            const TextLines sigLines(f.text, f.lineStarts, span);
            f.signatures = parseSignatures(sigLines, f.cover.registrantName.value);
            qsizetype sigEnd = span.end();
            // The section ends at the first page break after the last signature.
            qsizetype lastSig = main.start(signatures);
            for (const Signature &s : std::as_const(f.signatures))
                lastSig = std::max({lastSig, s.range.end(), s.date.range.end()});
            for (int i = sigLines.indexOf(lastSig); i < sigLines.size(); ++i) {
                const QStringView line = sigLines.line(i);
                if (sigLines.start(i) > lastSig
                    && (line.contains(u'\f')
                        || line.trimmed().startsWith(u"<PAGE>", Qt::CaseInsensitive))) {
                    sigEnd = sigLines.start(i);
                    break;
                }
            }
            f.signaturesRange = SourceRange::fromTo(main.start(signatures), sigEnd);
        }

        // Exhibits: the Item 9.01 / Item 7 list and the Exhibit Index, merged.
        for (const Item &item : std::as_const(f.items)) {
            if (currentItemCode(item.code) != u"9.01"_s) // or old Item 7, its predecessor
                continue;
            const TextLines body(f.text, f.lineStarts, item.body);
            mergeExhibits(f.exhibits, parseExhibitList(body, false));
        }
        // Older reports list exhibits under a heading of their own, outside Item 7.
        if (firstItem >= 0) {
            const int end = signatures > firstItem ? signatures : main.size();
            const TextLines itemArea(f.text, f.lineStarts,
                                     SourceRange::fromTo(main.start(firstItem), lineStart(end)));
            // Each heading's list runs to the next heading: linear however many there are.
            const QList<int> headings = findExhibitsHeadings(itemArea);
            for (qsizetype h = 0; h < headings.size(); ++h) {
                const qsizetype end = h + 1 < headings.size() ? itemArea.start(headings[h + 1])
                                                              : itemArea.range().end();
                const SourceRange span = SourceRange::fromTo(itemArea.start(headings[h]), end);
                mergeExhibits(f.exhibits,
                              parseExhibitList(TextLines(f.text, f.lineStarts, span), false));
            }
        }
        if (index >= 0) {
            int end = main.size();
            if (signatures > index)
                end = signatures;
            const SourceRange span = SourceRange::fromTo(main.start(index), lineStart(end));
            const TextLines indexLines(f.text, f.lineStarts, span);
            const QList<Exhibit> listed = parseExhibitList(indexLines, true);
            qsizetype indexEnd = main.end(index);
            for (const Exhibit &e : listed)
                indexEnd = std::max(indexEnd, e.indexRange.end());
            f.exhibitIndexRange = SourceRange::fromTo(main.start(index), indexEnd);
            mergeExhibits(f.exhibits, listed);
        }
        linkExhibitDocuments();
    }

    // The parts and items of a periodic report, read through its form schema; returns the line
    // where its table of contents or first heading starts, -1 when the form has no report
    // schema or no headings were found.
    int layOutReport(const TextLines &main, const QString &form, int signatures, int index)
    {
        Filing &f = *m_filing;
        const FormSchema *schema = schemaForForm(form);
        if (!schema || schema->headingChoice != HeadingChoice::BestTitle)
            return -1;
        ReportLayout layout = findReportItems(main, *schema, reportDate(f), form, f.warnings);
        // An item ends where the signatures or the exhibit index begin.
        for (const int line : {signatures, index}) {
            if (line < 0)
                continue;
            const qsizetype stop = main.start(line);
            for (Item &item : layout.items) {
                if (item.heading.start < stop && item.body.end() > stop)
                    item.body = SourceRange::fromTo(item.body.start, stop);
            }
            for (ReportPart &part : layout.parts) {
                if (part.range.start < stop && part.range.end() > stop)
                    part.range = SourceRange::fromTo(part.range.start, stop);
            }
        }
        f.items = layout.items;
        f.parts = layout.parts;
        f.tocRange = layout.toc;
        qsizetype first = layout.toc.isValid() ? layout.toc.start : -1;
        for (const Item &item : std::as_const(f.items))
            first = first < 0 ? item.heading.start : std::min(first, item.heading.start);
        for (const ReportPart &part : std::as_const(f.parts))
            first =
                first < 0 ? part.heading.range.start : std::min(first, part.heading.range.start);
        return first < 0 ? -1 : main.indexOf(first);
    }

    // The date a report speaks of, for the item titles then in force.
    static QDate reportDate(const Filing &f)
    {
        for (const Field *field :
             {&f.header.periodOfReport, &f.cover.dateOfReport, &f.header.filedAsOfDate}) {
            const QDate date = QDate::fromString(field->canonical().left(10), Qt::ISODate);
            if (date.isValid())
                return date;
        }
        return {};
    }

    static QList<const Field *> coverFields(const CoverPage &c)
    {
        return {&c.dateOfReport,
                &c.registrantName,
                &c.stateOfIncorporation,
                &c.commissionFileNumber,
                &c.irsEmployerId,
                &c.address,
                &c.zipCode,
                &c.phone,
                &c.formerName,
                &c.rule425,
                &c.rule14a12,
                &c.rule14d2b,
                &c.rule13e4c,
                &c.emergingGrowthCompany};
    }

    void linkExhibitDocuments()
    {
        Filing &f = *m_filing;
        if (f.documents.isEmpty())
            return;
        auto exhibitNumberOf = [](const Document &doc) -> QString {
            const QString type = doc.type.normalized;
            return type.startsWith(u"EX-"_s) ? type.mid(3) : QString();
        };
        // Documents by exhibit number, in order, so that linking is linear.
        QHash<QString, QList<int>> byNumber;
        for (qsizetype d = 0; d < f.documents.size(); ++d) {
            const QString number = exhibitNumberOf(f.documents[d]);
            if (!number.isEmpty())
                byNumber[number].append(int(d));
        }
        QList<bool> linked(f.documents.size(), false);
        auto firstFree = [&](const QString &number, int *count) {
            int found = -1;
            *count = 0;
            for (const int d : byNumber.value(number)) {
                if (!linked[d]) {
                    if (found < 0)
                        found = d;
                    ++*count;
                }
            }
            return found;
        };
        for (Exhibit &exhibit : f.exhibits) {
            const QString number = exhibit.number.normalized;
            int count = 0;
            int match = firstFree(number, &count);
            if (match < 0) {
                // "99.1" listed, filed as <TYPE>EX-99: link when exactly one document fits.
                match = firstFree(number.section(u'.', 0, 0), &count);
                if (count != 1)
                    match = -1;
            }
            if (match >= 0) {
                exhibit.documentIndex = match;
                linked[match] = true;
            }
        }
        // Exhibits filed as documents but not listed in the text.
        for (qsizetype d = 0; d < f.documents.size(); ++d) {
            const QString number = exhibitNumberOf(f.documents[d]);
            if (linked[d] || number.isEmpty())
                continue;
            SourceRange numberRange = f.documents[d].type.range;
            numberRange.start += 3; // after "EX-"
            numberRange.length -= 3;
            Exhibit exhibit;
            exhibit.number = Field{number, number, numberRange};
            exhibit.description = f.documents[d].description;
            exhibit.documentIndex = int(d);
            f.exhibits.append(exhibit);
        }
    }

    void checkConsistency()
    {
        Filing &f = *m_filing;
        for (const int d : m_truncatedHtml) {
            const bool inDocument = d >= 0 && d < f.documents.size();
            warn(u"html-too-deep"_s,
                 (inDocument ? u"Document %1 nests"_s.arg(d + 1) : u"The HTML nests"_s)
                     + u" elements more than %1 deep; from there on it is shown as HTML source."_s
                           .arg(kMaxHtmlDepth),
                 inDocument ? f.documents[d].range : SourceRange{0, 0});
        }
        if (m_decodeStats.nonUtf8Lines > 0)
            warn(u"encoding"_s,
                 u"%1 line(s) are not valid UTF-8 and were read as Windows-1252."_s.arg(
                     m_decodeStats.nonUtf8Lines),
                 {m_decodeStats.firstNonUtf8Offset, 1});
        if (m_decodeStats.nulBytes > 0)
            warn(u"nul-bytes"_s,
                 u"%1 NUL byte(s) in the text were replaced by \uFFFD."_s.arg(
                     m_decodeStats.nulBytes),
                 {m_decodeStats.firstNulOffset, 1});

        if (!f.header.documentCount.normalized.isEmpty() && !f.documents.isEmpty()) {
            const int declared = f.header.documentCount.normalized.toInt();
            // EDGAR counts the XBRL viewer pages it renders for interactive-data filings
            // among the public documents, so fewer blocks than declared is normal there.
            bool interactiveData = false;
            for (const Document &d : std::as_const(f.documents))
                interactiveData = interactiveData || d.type.normalized.startsWith(u"EX-101"_s);
            if (f.documents.size() > declared
                || (f.documents.size() < declared && !interactiveData))
                warn(u"document-count"_s,
                     u"The header declares %1 public document(s) but the submission holds %2."_s
                         .arg(declared)
                         .arg(f.documents.size()),
                     f.header.documentCount.range);
        }

        const QString form =
            f.formType.normalized.isEmpty() ? f.formType.value.toUpper() : f.formType.normalized;
        const bool eightK = form.startsWith(u"8-K"_s);
        const CoverPage &c = f.cover;
        if (f.format == FilingFormat::FullSubmission && f.documents.isEmpty()) {
            warn(u"no-documents"_s,
                 u"This submission holds only its SEC header: there are no documents to read "
                 u"the cover page and items from."_s,
                 f.header.range);
        } else if (eightK) {
            const std::pair<const Field *, const char16_t *> required[] = {
                {&c.dateOfReport, u"date of report"},
                {&c.registrantName, u"registrant name"},
                {&c.stateOfIncorporation, u"state of incorporation"},
                {&c.commissionFileNumber, u"commission file number"},
                {&c.irsEmployerId, u"IRS employer identification number"},
                {&c.address, u"address of principal executive offices"},
                {&c.phone, u"telephone number"},
            };
            for (const auto &[field, label] : required) {
                if (field->isEmpty())
                    warn(u"cover-field-missing"_s,
                         u"The cover page has no %1 that FilingLens could find."_s.arg(
                             QString::fromUtf16(label)),
                         c.range);
            }
            if (f.items.isEmpty())
                warn(u"no-items"_s, u"No Item headings were found in this 8-K."_s, f.mainRange);
        }

        // Header and cover disagreeing.
        // Combined filings name several filers: the cover's registrant is compared with the
        // one of them it names.
        const Party *filer = nullptr;
        const QString coverKey = companyNameKey(c.registrantName.value);
        for (const Party &p : f.header.parties) {
            if (!Header::isMainRole(p.role))
                continue;
            if (!filer)
                filer = &p;
            const QString key = companyNameKey(p.companyName.value);
            if (!coverKey.isEmpty() && !key.isEmpty()
                && (key == coverKey || key.contains(coverKey) || coverKey.contains(key))) {
                filer = &p;
                break;
            }
        }
        if (filer && !c.registrantName.isEmpty() && !filer->companyName.isEmpty()) {
            const QString a = coverKey;
            const QString b = companyNameKey(filer->companyName.value);
            if (!a.isEmpty() && !b.isEmpty() && a != b && !a.contains(b) && !b.contains(a))
                warn(u"header-cover-mismatch"_s,
                     u"The cover names the registrant \"%1\" but the SEC header says \"%2\"."_s.arg(
                         c.registrantName.value, filer->companyName.value),
                     c.registrantName.range);
        }
        if (filer && !c.irsEmployerId.normalized.isEmpty() && !filer->irsNumber.normalized.isEmpty()
            && digitsOnly(filer->irsNumber.normalized) != u"000000000"_s
            && c.irsEmployerId.normalized != filer->irsNumber.normalized)
            warn(u"header-cover-mismatch"_s,
                 u"The cover's IRS number %1 differs from the SEC header's %2."_s.arg(
                     c.irsEmployerId.value, filer->irsNumber.value),
                 c.irsEmployerId.range);
        if (filer && !c.stateOfIncorporation.normalized.isEmpty()
            && !filer->stateOfIncorporation.normalized.isEmpty()
            && c.stateOfIncorporation.normalized != filer->stateOfIncorporation.normalized)
            warn(u"header-cover-mismatch"_s,
                 u"The cover's state of incorporation %1 differs from the SEC header's %2."_s.arg(
                     c.stateOfIncorporation.value, filer->stateOfIncorporation.value),
                 c.stateOfIncorporation.range);
    }

    bool looksLikeFiling() const
    {
        const Filing &f = *m_filing;
        if (!f.formType.isEmpty() || !f.items.isEmpty() || !f.cover.registrantName.isEmpty()
            || !f.cover.dateOfReport.isEmpty() || !f.cover.commissionFileNumber.isEmpty())
            return true;
        const QStringView head = QStringView(f.text).left(64 * 1024);
        return head.contains(u"SECURITIES AND EXCHANGE COMMISSION", Qt::CaseInsensitive)
            || head.contains(u"Securities Exchange Act", Qt::CaseInsensitive);
    }

    void buildSections()
    {
        Filing &f = *m_filing;
        QList<Section> &s = f.sections;
        if (f.header.isPresent() && f.header.range.isValid())
            s.append(Section{SectionKind::Header, f.header.range, u"SEC header"_s, -1});
        for (qsizetype i = 0; i < f.documents.size(); ++i) {
            const Document &doc = f.documents[i];
            QString label = u"Document %1"_s.arg(i + 1);
            if (!doc.type.isEmpty())
                label += u": "_s + doc.type.value;
            if (!doc.filename.isEmpty())
                label += u" ("_s + doc.filename.value + u')';
            s.append(Section{SectionKind::Document, doc.range, label, int(i)});
            if (doc.isBinary())
                s.append(Section{SectionKind::BinaryAttachment, doc.contentRange,
                                 u"Binary attachment: "_s + doc.filename.value, int(i)});
        }
        if (f.cover.range.isValid())
            s.append(Section{SectionKind::CoverPage, f.cover.range, u"Cover page"_s, -1});
        for (qsizetype i = 0; i < f.items.size(); ++i) {
            const Item &item = f.items[i];
            const QString title =
                item.officialTitle.isEmpty() ? item.title.value : item.officialTitle;
            const QString part = item.part.isEmpty() ? QString() : u"Part %1, "_s.arg(item.part);
            s.append(Section{SectionKind::Item, item.range(),
                             part + u"Item %1 %2"_s.arg(item.code, title), int(i)});
        }
        for (const ReportPart &part : std::as_const(f.parts))
            s.append(Section{SectionKind::Part, part.heading.range, u"Part "_s + part.name, -1});
        if (f.tocRange.isValid())
            s.append(Section{SectionKind::TableOfContents, f.tocRange, u"Table of contents"_s, -1});
        if (f.signaturesRange.isValid())
            s.append(Section{SectionKind::Signatures, f.signaturesRange, u"Signatures"_s, -1});
        if (f.exhibitIndexRange.isValid())
            s.append(
                Section{SectionKind::ExhibitIndex, f.exhibitIndexRange, u"Exhibit index"_s, -1});
        for (const SourceRange &pageBreak : std::as_const(f.pageBreaks))
            s.append(Section{SectionKind::PageBreak, pageBreak, u"Page break"_s, -1});
        std::stable_sort(s.begin(), s.end(), [](const Section &a, const Section &b) {
            if (a.range.start != b.range.start)
                return a.range.start < b.range.start;
            return a.range.length > b.range.length;
        });
    }

    const ParseOptions &m_options;
    std::shared_ptr<Filing> m_filing;
    DecodeStats m_decodeStats;
    bool m_unterminatedHeader = false;
    qsizetype m_documentsNotSplit = -1; // offset of the first <DOCUMENT> past kMaxDocuments
    std::vector<int> m_truncatedHtml;
};

std::shared_ptr<Filing> errorResult(const QString &path, ParseError error, const QString &message)
{
    auto filing = std::make_shared<Filing>();
    filing->path = path;
    filing->error = error;
    filing->errorMessage = message;
    return filing;
}

std::shared_ptr<Filing> parseInMemory(QByteArrayView data, const QString &path,
                                      const ParseOptions &options)
{
    std::shared_ptr<Filing> failed;
    try {
        Parser parser(path, options);
        return parser.parse(data);
    } catch (const std::bad_alloc &) {
        failed =
            errorResult(path, ParseError::OutOfMemory,
                        u"Not enough memory to open this %1 file."_s.arg(humanSize(data.size())));
    } catch (const std::exception &e) {
        failed = errorResult(
            path, ParseError::Unreadable,
            u"Internal error while reading the file: %1"_s.arg(QString::fromLocal8Bit(e.what())));
    }
    failed->fileSize = data.size();
    return failed;
}

} // namespace

FilingPtr parseBytes(const QByteArray &data, const QString &path, const ParseOptions &options)
{
    return parseInMemory(data, path, options);
}

QStringList filingNameFilters()
{
    return {u"*.txt"_s, u"*.htm"_s, u"*.html"_s, u"*.nc"_s, u"*.sgml"_s};
}

QStringList expandFolders(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, filingNameFilters(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files.append(found);
    }
    return files;
}

FilingPtr parseFile(const QString &path, const ParseOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return errorResult(path, ParseError::Unreadable,
                           info.isSymLink()
                               ? u"The link %1 points to a file that does not exist."_s.arg(path)
                               : u"No such file: %1"_s.arg(path));
    if (info.isDir())
        return errorResult(path, ParseError::NotARegularFile,
                           u"%1 is a folder, not a file."_s.arg(path));
    if (!info.isFile())
        return errorResult(path, ParseError::NotARegularFile,
                           u"%1 is not a regular file (a device, pipe or socket)."_s.arg(path));
    if (info.size() > options.maxFileSize)
        return errorResult(path, ParseError::TooLarge,
                           u"The file is %1; FilingLens opens files up to %2."_s.arg(
                               humanSize(info.size()), humanSize(options.maxFileSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return errorResult(path, ParseError::Unreadable,
                           u"Cannot read %1: %2."_s.arg(path, file.errorString()));
    const qint64 expected = file.size();
    QByteArray data;
    try {
        data.resize(expected);
        qint64 got = 0;
        while (got < expected) {
            if (cancelled(options))
                return errorResult(path, ParseError::Cancelled, u"Cancelled."_s);
            const qint64 n = file.read(data.data() + got, std::min(kReadChunk, expected - got));
            if (n < 0)
                return errorResult(path, ParseError::Unreadable,
                                   u"Cannot read %1: %2."_s.arg(path, file.errorString()));
            if (n == 0)
                break; // the file shrank while being read
            got += n;
            if (options.readProgress)
                options.readProgress(got, expected);
        }
        data.truncate(got);
        if (got == expected) {
            // It may also have grown: take what is there now.
            data.append(file.readAll());
        }
    } catch (const std::bad_alloc &) {
        return errorResult(path, ParseError::OutOfMemory,
                           u"Not enough memory to open this %1 file."_s.arg(humanSize(expected)));
    }
    std::shared_ptr<Filing> filing = parseInMemory(data, path, options);
    if (data.size() != expected && filing->ok())
        filing->warnings.prepend(
            Warning{u"file-changed"_s,
                    u"The file changed while it was being read: it had %1 bytes when opened and %2 "
                    u"were read."_s.arg(expected)
                        .arg(data.size()),
                    {}});
    return filing;
}

} // namespace fl

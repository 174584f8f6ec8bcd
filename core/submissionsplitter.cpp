// SPDX-License-Identifier: MIT
#include "submissionsplitter.h"

#include "binarykind.h"
#include "headerparser.h"
#include "parsestate.h"
#include "textlines.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr qsizetype kContainerProbeBytes = 64 * 1024;
// Real submissions hold at most a few thousand documents; each costs a few hundred bytes of
// structure and a row in the viewer's switcher. Past this many, the rest of the file is shown
// as the text of the submission without being split, so that a file of millions of tiny
// <DOCUMENT> blocks costs memory in proportion to its size, not sixty times it.
constexpr qsizetype kMaxDocuments = 10000;

QString withThousands(qint64 n)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions({});
    return locale.toString(n);
}

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

void classifyContent(QByteArrayView meta, QByteArrayView content, Piece &piece, DocumentPlan &plan)
{
    const QByteArrayView lead = skipBlank(content.first(std::min<qsizetype>(content.size(), 4096)));
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
            name.isEmpty() ? QString() : u" "_s + name, withThousands(content.size()) + u" bytes"_s,
            pdf ? u"PDF"_s : u"uuencoded"_s);
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

// Where the SEC header is in the prologue before the first <DOCUMENT>.
struct HeaderSpan
{
    qsizetype start = -1;
    qsizetype end = -1;
    bool unterminated = false;
};

// <SEC-HEADER> or <IMS-HEADER> to its closing tag, else a <SUBMISSION> or a bare header to
// the end of the prologue.
HeaderSpan findHeader(QByteArrayView data, qsizetype prologueEnd)
{
    HeaderSpan header;
    for (const QByteArrayView open :
         {QByteArrayView("<SEC-HEADER>"), QByteArrayView("<IMS-HEADER>")}) {
        header.start = findTagLine(data, open, 0, prologueEnd);
        if (header.start < 0)
            continue;
        const QByteArray close = "</" + open.sliced(1).toByteArray();
        const qsizetype closeAt = findTagLine(data, close, header.start, prologueEnd);
        if (closeAt >= 0) {
            header.end = lineEnd(data, closeAt);
        } else {
            header.end = prologueEnd;
            header.unterminated = true;
        }
        return header;
    }
    header.start = findTagLine(data, "<SUBMISSION>", 0, prologueEnd);
    if (header.start >= 0)
        header.end = prologueEnd;
    if (header.start < 0
        && looksLikeBareHeader(data.first(std::min<qsizetype>(prologueEnd, 8192)))) {
        header.start = data.first(prologueEnd).size() - skipBlank(data.first(prologueEnd)).size();
        header.end = prologueEnd;
    }
    return header;
}

// The parts of one <DOCUMENT> block, as offsets into the file: metadata from the block's start
// to contentStart, content to contentEnd, closing tags to end.
struct DocumentSpan
{
    qsizetype contentStart = 0;
    qsizetype contentEnd = 0;
    qsizetype end = 0;
    bool unterminated = false;
};

// The block starting at `doc`, which ends at `limit` at the latest (the next <DOCUMENT>).
DocumentSpan findDocumentParts(QByteArrayView data, qsizetype doc, qsizetype limit)
{
    DocumentSpan span;
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
    span.contentStart = contentStart;
    qsizetype contentEnd = -1;
    // Searched up to the next document only, so that a submission whose documents all
    // lack </TEXT> is still read in linear time.
    qsizetype textClose = data.sliced(contentStart, limit - contentStart).indexOf("</TEXT>");
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
        const qsizetype secClose = findTagLine(data, "</SEC-DOCUMENT>", contentStart, limit);
        if (secClose >= 0)
            contentEnd = secClose;
        span.unterminated = true;
    }
    span.contentEnd = contentEnd;
    span.end = docClose >= 0 ? lineEnd(data, docClose) : contentEnd;
    if (docClose < 0 && textClose >= 0 && textClose < limit)
        span.end = lineEnd(data, textClose);
    if (docClose < 0 && !span.unterminated)
        span.unterminated = true;
    return span;
}

// Adds the bytes [from, to) as a piece shown as it is.
void addRaw(std::vector<Piece> &pieces, QByteArrayView data, qsizetype from, qsizetype to,
            PieceRole role = PieceRole::Other, int document = -1)
{
    if (to <= from)
        return;
    Piece piece;
    piece.role = role;
    piece.bytes = data.sliced(from, to - from);
    piece.document = document;
    pieces.push_back(std::move(piece));
}

// Splits a full submission (or a lone <DOCUMENT> envelope) into pieces: raw text that is
// shown as it is, HTML documents to convert, binary attachments to list.
void splitContainer(ParseState &state, QByteArrayView data, Submission &submission)
{
    Filing &f = *state.filing;
    std::vector<Piece> &pieces = submission.pieces;
    const qsizetype firstDoc = findTagLine(data, "<DOCUMENT>", 0);
    const qsizetype prologueEnd = firstDoc >= 0 ? firstDoc : data.size();
    const HeaderSpan header = findHeader(data, prologueEnd);
    submission.unterminatedHeader = header.unterminated;
    if (header.start >= 0) {
        addRaw(pieces, data, 0, header.start);
        addRaw(pieces, data, header.start, header.end, PieceRole::Header);
        addRaw(pieces, data, header.end, prologueEnd);
        f.format = FilingFormat::FullSubmission;
    } else {
        addRaw(pieces, data, 0, prologueEnd);
    }

    qsizetype doc = firstDoc;
    qsizetype lastEnd = prologueEnd;
    while (doc >= 0) {
        if (state.cancelled())
            return;
        const int index = int(submission.plans.size());
        const qsizetype nextDoc = findTagLine(data, "<DOCUMENT>", doc + 10);
        const qsizetype limit = nextDoc >= 0 ? nextDoc : data.size();
        const DocumentSpan span = findDocumentParts(data, doc, limit);
        DocumentPlan plan;
        plan.unterminated = span.unterminated;

        addRaw(pieces, data, doc, span.contentStart, PieceRole::DocumentStart, index);
        const QByteArrayView meta = data.sliced(doc, span.contentStart - doc);
        const QByteArrayView content =
            data.sliced(span.contentStart, span.contentEnd - span.contentStart);
        plan.sourceBytes = content.size();
        Piece body;
        body.role = PieceRole::DocumentContent;
        body.document = index;
        body.bytes = content;
        classifyContent(meta, content, body, plan);
        pieces.push_back(std::move(body));
        addRaw(pieces, data, span.contentEnd, span.end, PieceRole::DocumentEnd, index);
        submission.plans.push_back(plan);
        lastEnd = span.end;
        if (nextDoc >= 0 && index + 1 >= kMaxDocuments) {
            submission.documentsNotSplit = nextDoc;
            break; // the rest follows as plain text (see kMaxDocuments)
        }
        if (nextDoc >= 0)
            addRaw(pieces, data, span.end, nextDoc);
        doc = nextDoc;
    }
    addRaw(pieces, data, lastEnd, data.size());

    if (header.start < 0) {
        // A <DOCUMENT> envelope without a header: one document is shown as its own kind.
        if (submission.plans.size() == 1)
            f.format = submission.plans.front().content == DocumentContent::Html
                ? FilingFormat::Html
                : FilingFormat::Text;
        else
            f.format = FilingFormat::FullSubmission;
    }
}

bool looksLikeContainer(QByteArrayView data)
{
    const QByteArrayView probe = data.first(std::min(data.size(), kContainerProbeBytes));
    return findTagLine(probe, "<SEC-DOCUMENT>", 0) >= 0
        || findTagLine(probe, "<SEC-HEADER>", 0) >= 0
        || findTagLine(probe, "<IMS-DOCUMENT>", 0) >= 0
        || findTagLine(probe, "<IMS-HEADER>", 0) >= 0 || findTagLine(probe, "<SUBMISSION>", 0) >= 0
        || findTagLine(probe, "<DOCUMENT>", 0) >= 0
        || findTagLine(probe, "-----BEGIN PRIVACY-ENHANCED MESSAGE-----", 0) >= 0
        || looksLikeBareHeader(probe.first(std::min<qsizetype>(probe.size(), 4096)));
}

Field tagField(const TextLines &lines, QStringView tag)
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

// The SEC header and each document's metadata and ranges, from the assembled pieces.
void readPieces(Filing &f, const std::vector<Piece> &pieces)
{
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
}

// What the splitter learnt from the bytes, and the warnings about a truncated or oversized
// submission.
void applyPlans(ParseState &state, const Submission &submission)
{
    Filing &f = *state.filing;
    for (qsizetype i = 0; i < f.documents.size(); ++i) {
        Document &doc = f.documents[i];
        const DocumentPlan &plan = submission.plans[size_t(i)];
        doc.content = plan.content;
        doc.binaryEncoding = plan.binaryEncoding;
        doc.sourceBytes = plan.sourceBytes;
        if (plan.unterminated)
            state.warn(u"unterminated-document"_s,
                       u"Document %1 (%2) has no closing </TEXT> or </DOCUMENT>: the submission "
                       u"may be truncated."_s.arg(i + 1)
                           .arg(doc.type.value.isEmpty() ? u"no type"_s : doc.type.value),
                       doc.range);
    }
    if (submission.documentsNotSplit >= 0)
        state.warn(u"too-many-documents"_s,
                   u"The submission has more than %1 documents; from document %1 on, the rest "
                   u"of the file is shown as text without being split into documents."_s.arg(
                       kMaxDocuments));
    if (submission.unterminatedHeader)
        state.warn(u"unterminated-header"_s,
                   u"The SEC header has no closing </SEC-HEADER>: the submission may be "
                   u"truncated."_s,
                   f.header.range);
}

// The main document: the one whose type is the submission type, else the first text.
void chooseMainDocument(Filing &f)
{
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

} // namespace

QByteArrayView skipBlank(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()
           && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    return bytes.sliced(i);
}

Submission splitSubmission(ParseState &state, QByteArrayView data)
{
    Filing &f = *state.filing;
    Submission submission;
    submission.container = looksLikeContainer(data);
    if (submission.container) {
        splitContainer(state, data, submission);
        return submission;
    }
    Piece piece;
    piece.kind = looksLikeHtml(data)
            || ((f.path.endsWith(u".htm"_s, Qt::CaseInsensitive)
                 || f.path.endsWith(u".html"_s, Qt::CaseInsensitive))
                && skipBlank(data).startsWith('<'))
        ? PieceKind::Html
        : PieceKind::Raw;
    piece.bytes = data;
    submission.pieces.push_back(std::move(piece));
    f.format =
        submission.pieces.front().kind == PieceKind::Html ? FilingFormat::Html : FilingFormat::Text;
    return submission;
}

void readSubmission(ParseState &state, const Submission &submission)
{
    Filing &f = *state.filing;
    if (!submission.container) {
        f.mainRange = SourceRange{0, f.text.size()};
        return;
    }
    f.documents.resize(qsizetype(submission.plans.size()));
    readPieces(f, submission.pieces);
    applyPlans(state, submission);
    chooseMainDocument(f);
}

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"
#include "htmltotext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace fl {

struct ParseState;

// How a piece of the file becomes displayed text: decoded as it is, converted from HTML, or
// replaced by a one-line note.
enum class PieceKind { Raw, Html, Binary };
// What a piece is in a submission: the SEC header, the metadata lines that open a <DOCUMENT>,
// its content, its closing tags, or anything else.
enum class PieceRole { Other, Header, DocumentStart, DocumentContent, DocumentEnd };

// A run of the file's bytes and, once assembled, where its text is in the displayed text.
struct Piece
{
    PieceKind kind = PieceKind::Raw;
    PieceRole role = PieceRole::Other;
    QByteArrayView bytes;
    int document = -1;
    QString placeholder;
    QByteArray converted;
    HtmlConversionStats htmlStats;
    InlineXbrlFacts facts; // offsets into `converted` until assembleText moves them
    SourceRange out;
};

// What the splitter learnt about one <DOCUMENT> from its bytes.
struct DocumentPlan
{
    DocumentContent content = DocumentContent::Text;
    QString binaryEncoding;
    qint64 sourceBytes = 0;
    bool unterminated = false;
};

// A file cut into pieces, in file order.
struct Submission
{
    bool container = false; // an SGML submission or <DOCUMENT> envelope, not a bare document
    std::vector<Piece> pieces;
    std::vector<DocumentPlan> plans; // one per <DOCUMENT>, by index
    bool unterminatedHeader = false;
    qsizetype documentsNotSplit = -1; // offset of the first <DOCUMENT> past kMaxDocuments
};

// The bytes with the leading blanks (spaces, tabs, line breaks) skipped.
QByteArrayView skipBlank(QByteArrayView bytes);

// Cuts the file into pieces: a full submission (or a lone <DOCUMENT> envelope) into raw text
// shown as it is, HTML documents to convert and binary attachments to list; any other file
// into one piece, HTML or text. Sets the filing's format. One pass, linear in the bytes.
Submission splitSubmission(ParseState &state, QByteArrayView data);

// Once the pieces are assembled into the displayed text: reads the SEC header and each
// document's metadata, warns about truncation, and chooses the main document.
void readSubmission(ParseState &state, const Submission &submission);

} // namespace fl

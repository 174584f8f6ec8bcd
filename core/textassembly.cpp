// SPDX-License-Identifier: MIT
#include "textassembly.h"

#include "parsestate.h"
#include "textdecoder.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace fl {

namespace {

qint64 bytesOf(const std::vector<Piece> &pieces, bool html)
{
    qint64 bytes = 0;
    for (const Piece &piece : pieces) {
        if ((piece.kind == PieceKind::Html) == html)
            bytes += piece.bytes.size();
    }
    return bytes;
}

} // namespace

void convertHtmlPieces(const ParseOptions &options, std::vector<Piece> &pieces)
{
    std::vector<Piece *> work;
    for (Piece &piece : pieces) {
        if (piece.kind == PieceKind::Html)
            work.push_back(&piece);
    }
    // Progress counts the bytes of all pieces: the HTML ones here, the others as assembled.
    const qint64 total = options.progress ? bytesOf(pieces, true) + bytesOf(pieces, false) : 0;
    std::atomic<qint64> done{0};
    if (work.empty())
        return;
    // Largest first, so that threads finish together.
    std::sort(work.begin(), work.end(),
              [](const Piece *a, const Piece *b) { return a->bytes.size() > b->bytes.size(); });
    std::atomic<size_t> next{0};
    auto run = [&] {
        while (!isCancelled(options)) {
            const size_t i = next.fetch_add(1);
            if (i >= work.size())
                break;
            work[i]->converted = htmlToUtf8Text(work[i]->bytes, &work[i]->htmlStats, options.cancel,
                                                options.readFacts ? &work[i]->facts : nullptr);
            if (options.progress)
                options.progress(done += work[i]->bytes.size(), total);
        }
    };
    const int threads = std::clamp<int>(options.threads, 1, int(work.size()));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(run);
    run();
    for (std::thread &t : helpers)
        t.join();
}

namespace {

SourceRange shifted(SourceRange range, qsizetype by)
{
    return range.isValid() ? SourceRange{range.start + by, range.length} : range;
}

// The piece's facts into the filing: offsets into the filing's text, context and unit indexes
// into the filing's lists, and the document they belong to.
void moveFacts(ParseState &state, Piece &piece, qsizetype textStart)
{
    InlineXbrlFacts &ix = piece.facts;
    Filing &f = *state.filing;
    const int contextBase = int(f.contexts.size());
    const int unitBase = int(f.units.size());
    for (XbrlContext &c : ix.contexts) {
        c.document = piece.document;
        f.contexts << std::move(c);
    }
    for (XbrlUnit &u : ix.units) {
        u.document = piece.document;
        f.units << std::move(u);
    }
    for (Fact &fact : ix.facts) {
        fact.document = piece.document;
        fact.range = shifted(fact.range, textStart);
        for (SourceRange &r : fact.continuationRanges)
            r = shifted(r, textStart);
        if (fact.context >= 0)
            fact.context += contextBase;
        if (fact.unit >= 0)
            fact.unit += unitBase;
    }
    // The first document's list is taken over, not copied: it may hold a million facts.
    if (f.facts.isEmpty())
        f.facts = std::move(ix.facts);
    else
        f.facts.append(std::move(ix.facts));
    for (qsizetype i = 0; i < ix.warnings.size(); ++i)
        state.warn(ix.warnings[i].first, ix.warnings[i].second,
                   shifted(ix.warningRanges[i], textStart));
    for (auto it = ix.unlistedWarnings.cbegin(); it != ix.unlistedWarnings.cend(); ++it)
        state.countUnlisted(it.key(), it.value());
    ix = InlineXbrlFacts();
}

} // namespace

void assembleText(ParseState &state, std::vector<Piece> &pieces)
{
    QString &text = state.filing->text;
    qsizetype estimate = 0;
    for (const Piece &piece : pieces) {
        estimate += piece.kind == PieceKind::Raw ? piece.bytes.size()
            : piece.kind == PieceKind::Html      ? piece.converted.size()
                                                 : piece.placeholder.size();
    }
    text.reserve(estimate);
    const ParseOptions &options = state.options;
    const qint64 html = options.progress ? bytesOf(pieces, true) : 0;
    const qint64 total = options.progress ? html + bytesOf(pieces, false) : 0;
    qint64 done = html;
    qint64 reported = html;
    for (Piece &piece : pieces) {
        if (state.cancelled())
            return;
        if (options.progress && piece.kind != PieceKind::Html) {
            done += piece.bytes.size();
            // Every megabyte or so: a submission has thousands of small pieces.
            if (done - reported >= (1 << 20)) {
                options.progress(done, total);
                reported = done;
            }
        }
        const qsizetype start = text.size();
        switch (piece.kind) {
        case PieceKind::Raw:
            appendDecoded(text, piece.bytes, state.decodeStats);
            break;
        case PieceKind::Html: {
            DecodeStats ignored; // converted text is valid UTF-8 by construction
            appendDecoded(text, piece.converted, ignored);
            piece.converted = QByteArray();
            if (piece.htmlStats.tooDeep)
                state.truncatedHtml.push_back(piece.document);
            if (piece.htmlStats.tagsCut > 0)
                state.cutHtmlTags.push_back({piece.document, piece.htmlStats.tagsCut});
            moveFacts(state, piece, start);
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

} // namespace fl

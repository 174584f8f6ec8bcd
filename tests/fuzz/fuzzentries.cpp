// SPDX-License-Identifier: MIT
#include "fuzzentries.h"

#include "comparison.h"
#include "coverparser.h"
#include "crossreference.h"
#include "csvwriter.h"
#include "diffalignment.h"
#include "diffmoves.h"
#include "exhibitlist.h"
#include "fieldtree.h"
#include "filingparser.h"
#include "formschema.h"
#include "headerparser.h"
#include "htmltotext.h"
#include "jsonexport.h"
#include "pagebreaks.h"
#include "reportheadings.h"
#include "reportitems.h"
#include "sectionparser.h"
#include "signatures.h"
#include "similarity.h"
#include "textdecoder.h"
#include "textdiff.h"
#include "textlines.h"
#include "xbrl.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace fl::fuzz {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

namespace {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void requireRange(const Filing &f, SourceRange r, const char *what)
{
    if (r.isValid())
        require(r.length >= 0 && r.end() <= f.text.size(), what);
}

void requireInside(SourceRange r, qsizetype size, const char *what)
{
    if (r.isValid())
        require(r.start >= 0 && r.length >= 0 && r.end() <= size, what);
}

bool isKnownStatus(const QString &status)
{
    for (const char16_t *known :
         {u"", u"not applicable", u"none", u"reserved", u"omitted", u"incorporated by reference"}) {
        if (status == QStringView(known))
            return true;
    }
    return false;
}

// The items of a periodic report: inside the text, bodies after their headings, in the order
// of their headings, a known status, pages inside the text.
void requireSoundItems(const QList<Item> &items, qsizetype size)
{
    qsizetype lastHeading = -1;
    for (const Item &item : items) {
        require(item.heading.isValid(), "report item without a heading");
        requireInside(item.heading, size, "report item heading out of the text");
        requireInside(item.body, size, "report item body out of the text");
        requireInside(item.number.range, size, "report item number out of the text");
        requireInside(item.title.range, size, "report item title out of the text");
        require(!item.body.isValid() || item.body.start >= item.heading.end(),
                "report item body before its heading");
        require(item.heading.start >= lastHeading, "report items out of heading order");
        lastHeading = item.heading.start;
        require(isKnownStatus(item.status), "unknown item status");
        for (const SourceRange &page : item.pages)
            requireInside(page, size, "cross-referenced page out of the text");
    }
}

// Parts in document order, none reaching into the next.
void requireOrderedParts(const QList<ReportPart> &parts, qsizetype size)
{
    qsizetype lastEnd = 0;
    for (const ReportPart &part : parts) {
        requireInside(part.range, size, "part out of the text");
        requireInside(part.heading.range, size, "part heading out of the text");
        require(part.range.start >= lastEnd, "parts out of order or overlapping");
        require(romanValue(part.name) > 0, "part without a numeral");
        lastEnd = part.range.end();
    }
}

// The periodic-report finder through the schema the first byte picks, at the date the second
// byte picks (none, before and after the 2005 and 2020 changes of the 10-K items).
void detectReportItems(const TextLines &lines, const uint8_t *data, size_t size)
{
    static const char16_t *const kForms[] = {u"10-K", u"10-Q", u"20-F", u"10-KSB", u"10-QSB"};
    static const QDate kDates[] = {QDate(), QDate(2003, 6, 30), QDate(2012, 12, 31),
                                   QDate(2024, 12, 31)};
    const QString form = QString::fromUtf16(kForms[size > 0 ? data[0] % std::size(kForms) : 0]);
    const QDate date = kDates[size > 1 ? data[1] % std::size(kDates) : 0];
    const FormSchema *schema = schemaForForm(form);
    require(schema != nullptr, "no schema for a periodic form");
    const qsizetype textSize = lines.text().size();
    QList<Warning> warnings;
    const ReportLayout layout = findReportItems(lines, *schema, date, form, warnings);
    requireSoundItems(layout.items, textSize);
    requireOrderedParts(layout.parts, textSize);
    requireInside(layout.toc, textSize, "table of contents out of the text");
    for (const Warning &w : std::as_const(warnings))
        requireInside(w.range, textSize, "warning range out of the text");
    requireSoundItems(readCrossReferenceIndex(lines, *schema, date, warnings), textSize);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.line(i);
        QStringView title;
        if (parsePartHeading(line, &title))
            require(title.isEmpty()
                        || (title.data() >= line.data()
                            && title.data() + title.size() <= line.data() + line.size()),
                    "part title outside its line");
        if (const auto heading = parseReportItemHeading(line)) {
            require(!heading->codes.isEmpty(), "item heading without a code");
            require(isKnownStatus(itemStatus(heading->title, line)), "unknown heading status");
        }
        endsWithPageReference(line);
    }
}

} // namespace

void parseWholeFile(const uint8_t *data, size_t size)
{
    const FilingPtr f = parseBytes(bytesOf(data, size), u"fuzz.txt"_s);
    require(f != nullptr, "parseBytes returned null");
    if (!f->ok()) {
        require(!f->errorMessage.isEmpty(), "an error without a message");
        return;
    }
    require(!f->text.contains(u'\r'), "CR left in the text");
    require(!f->lineStarts.isEmpty() || f->text.isEmpty(), "no line index");
    for (const Section &s : f->sections)
        requireRange(*f, s.range, "section out of the text");
    for (const Item &i : f->items) {
        requireRange(*f, i.heading, "item heading out of the text");
        requireRange(*f, i.body, "item body out of the text");
    }
    for (const Document &d : f->documents)
        requireRange(*f, d.range, "document out of the text");
    const FieldNode tree = buildFieldTree(*f);
    tree.visit([&](const FieldNode &node, const QString &) {
        requireRange(*f, node.range, "field out of the text");
        if (node.range.isValid())
            require(f->lineAt(node.range.start) >= 0, "line of a field");
    });
    filingToJson(*f);
}

void parseHeader(const uint8_t *data, size_t size)
{
    QString text;
    DecodeStats stats;
    appendDecoded(text, bytesOf(data, size), stats);
    const LineIndex starts = buildLineStarts(text);
    const TextLines lines(text, starts, SourceRange{0, text.size()});
    const Header h = fl::parseHeader(lines);
    for (const Party &p : h.parties) {
        require(p.companyName.range.end() <= text.size(), "party field out of the text");
        require(p.range.end() <= text.size(), "party out of the text");
    }
}

void convertHtml(const uint8_t *data, size_t size)
{
    HtmlConversionStats stats;
    InlineXbrlFacts facts; // the inline-XBRL pass runs too, as it does in every parse
    const QByteArray utf8 = htmlToUtf8Text(bytesOf(data, size), &stats, nullptr, &facts);
    require(isValidUtf8(utf8), "HTML conversion produced invalid UTF-8");
    const qsizetype units = QString::fromUtf8(utf8).size();
    for (const Fact &fact : facts.facts) {
        require(!fact.range.isValid() || fact.range.end() <= units, "fact range out of the text");
        for (const SourceRange &part : fact.continuationRanges)
            require(part.end() <= units, "continuation range out of the text");
    }
    require(!utf8.contains("\xf3\xb0") && !utf8.contains("\xf4\x80"),
            "a fact marker left in the text");
}

void detectItems(const uint8_t *data, size_t size)
{
    QString text;
    DecodeStats stats;
    appendDecoded(text, bytesOf(data, size), stats);
    const LineIndex starts = buildLineStarts(text);
    const SourceRange all{0, text.size()};
    const TextLines lines(text, starts, all);
    QList<Warning> warnings;
    const QList<Item> items = findItems(lines, warnings);
    for (const Item &item : items) {
        require(item.heading.end() <= text.size(), "item out of the text");
        require(item.body.start >= item.heading.end(), "body before its heading");
    }
    for (int i = 0; i < lines.size(); ++i)
        parseItemHeading(lines.line(i));
    const CoverPage cover = parseCover(lines, warnings);
    require(cover.registrantName.range.end() <= text.size(), "cover field out of the text");
    parseSignatures(lines, cover.registrantName.value);
    parseExhibitList(lines, true);
    findPageBreaks(text, starts);
    detectReportItems(lines, data, size);
}

// The rows of the side-by-side view: every line of both texts once and in order, equal lines
// level, fillers only where lines changed (or were re-wrapped, with ignoreWhitespace).
void checkAlignment(const TextDiff &diff, int leftLines, int rightLines)
{
    const DiffAlignment a = alignDiff(diff, leftLines, rightLines);
    require(a.hunkFirstRow.size() == diff.hunks.size(), "a hunk without a first row");
    int nextLeft = 0;
    int nextRight = 0;
    int lastHunk = 0;
    for (int row = 0; row < a.rowCount(); ++row) {
        const AlignedRow &r = a.rows[row];
        require(r.hunk >= lastHunk && r.hunk < diff.hunks.size(), "rows out of hunk order");
        lastHunk = r.hunk;
        require(row >= a.hunkFirstRow[r.hunk]
                    && row < a.hunkFirstRow[r.hunk] + a.hunkRowCount(r.hunk),
                "row outside its hunk's rows");
        const DiffHunk &h = diff.hunks[r.hunk];
        require(!(r.isFillerLeft() && r.isFillerRight()), "a row of two fillers");
        if (!r.isFillerLeft()) {
            require(r.left == nextLeft++, "left lines not once and in order");
            require(a.leftRow[r.left] == row, "leftRow does not point at the line's row");
        }
        if (!r.isFillerRight()) {
            require(r.right == nextRight++, "right lines not once and in order");
            require(a.rightRow[r.right] == row, "rightRow does not point at the line's row");
        }
        const bool level = h.op == DiffOp::Equal && h.leftCount == h.rightCount;
        if (level) {
            require(!r.isFillerLeft() && !r.isFillerRight(), "a filler beside an equal line");
            require(r.left - h.leftStart == r.right - h.rightStart, "equal lines not level");
        }
    }
    require(nextLeft == leftLines && nextRight == rightLines, "lines missing from the rows");
}

// Each move's two ends exist, are a Delete and an Insert carrying it, in left order.
void checkMoves(const TextDiff &diff)
{
    int changes = 0;
    for (int k = 0; k < diff.hunks.size(); ++k) {
        const DiffHunk &h = diff.hunks[k];
        require(h.leftCount + h.rightCount > 0, "an empty hunk");
        changes += h.isChange();
        if (h.move < 0)
            continue;
        require(h.move < diff.moves.size(), "hunk of a move that does not exist");
        const DiffMove &m = diff.moves[h.move];
        require(m.leftHunk == k || m.rightHunk == k, "hunk not an end of its move");
    }
    for (int i = 0; i < diff.moves.size(); ++i) {
        const DiffMove &m = diff.moves[i];
        require(m.leftHunk >= 0 && m.leftHunk < diff.hunks.size() && m.rightHunk >= 0
                    && m.rightHunk < diff.hunks.size(),
                "move's hunk out of range");
        const DiffHunk &from = diff.hunks[m.leftHunk];
        const DiffHunk &to = diff.hunks[m.rightHunk];
        require(from.op == DiffOp::Delete && from.move == i, "move's left end not its Delete");
        require(to.op == DiffOp::Insert && to.move == i, "move's right end not its Insert");
        require(m.similarity >= kMoveSimilarity - 1e-9 && m.similarity <= 1.0 + 1e-9,
                "move similarity out of range");
        require(i == 0 || diff.moves[i - 1].leftHunk < m.leftHunk, "moves not in left order");
    }
    require(diff.changeCount() == changes - diff.moves.size(), "a move not counted once");
}

// The scores are in [0, 1], and the words the diff keeps are as many on both sides.
void checkSimilarity(const QString &left, const QString &right)
{
    const TextSimilarity s = measureSimilarity(left, right);
    require(s.deleted <= s.wordsLeft && s.added <= s.wordsRight, "more words changed than exist");
    require(s.wordsLeft - s.deleted == s.wordsRight - s.added, "kept words differ per side");
    for (const double score : {s.cosine, s.jaccard, s.simple})
        require(score >= 0.0 && score <= 1.0 + 1e-9, "a score out of [0, 1]");
    require(s.wordsLeft == qsizetype(similarityTokens(left).size()), "word count differs");
}

void diffTexts(const uint8_t *data, size_t size)
{
    QString text;
    DecodeStats stats;
    appendDecoded(text, bytesOf(data, size), stats);
    // The first byte picks the options; the text is split at the first U+FFFD (an invalid or
    // NUL byte in the input), else in half.
    DiffOptions options;
    options.ignoreWhitespace = size > 0 && (data[0] & 1);
    options.wordLevel = !(size > 0 && (data[0] & 2));
    const bool anchored = size > 0 && (data[0] & 4);
    qsizetype cut = text.indexOf(QChar(QChar::ReplacementCharacter));
    if (cut < 0)
        cut = text.size() / 2;
    const QString left = text.left(cut);
    const QString right = text.mid(cut + 1);
    const LineIndex ls = left.isEmpty() ? LineIndex{} : buildLineStarts(left);
    const LineIndex rs = right.isEmpty() ? LineIndex{} : buildLineStarts(right);
    // Anchors as the comparison makes them (increasing item headings), here every 7th line
    // paired with every 5th; diffTexts must ignore any that do not increase or fit.
    QList<QPair<int, int>> anchors;
    if (anchored) {
        for (int i = 0; i * 7 < ls.size() + 2 && i * 5 < rs.size() + 2; ++i)
            anchors.append({i * 7, i * 5});
    }
    const TextDiff diff = fl::diffTexts(DiffSide{left, ls}, DiffSide{right, rs}, options, anchors);
    int l = 0;
    int r = 0;
    for (const DiffHunk &h : diff.hunks) {
        require(h.leftStart == l && h.rightStart == r, "hunks do not tile the texts");
        require(h.leftCount >= 0 && h.rightCount >= 0, "negative hunk");
        if (h.op == DiffOp::Equal && !options.ignoreWhitespace) {
            require(h.leftCount == h.rightCount, "equal hunk of unequal sizes");
            for (int k = 0; k < h.leftCount; ++k) {
                const qsizetype a = ls[l + k];
                const qsizetype b = rs[r + k];
                const qsizetype aEnd = l + k + 1 < ls.size() ? ls[l + k + 1] : left.size();
                const qsizetype bEnd = r + k + 1 < rs.size() ? rs[r + k + 1] : right.size();
                QStringView la = QStringView(left).sliced(a, aEnd - a);
                QStringView rb = QStringView(right).sliced(b, bEnd - b);
                if (la.endsWith(u'\n'))
                    la.chop(1);
                if (rb.endsWith(u'\n'))
                    rb.chop(1);
                require(la == rb, "lines of an equal hunk differ");
            }
        }
        l += h.leftCount;
        r += h.rightCount;
    }
    require(l == ls.size() && r == rs.size(), "hunks do not cover the texts");
    for (const SourceRange &w : diff.leftWords)
        require(w.start >= 0 && w.end() <= left.size(), "left word out of the text");
    for (const SourceRange &w : diff.rightWords)
        require(w.start >= 0 && w.end() <= right.size(), "right word out of the text");
    if (!options.wordLevel)
        require(diff.leftWords.isEmpty() && diff.rightWords.isEmpty(), "word marks when off");
    checkAlignment(diff, int(ls.size()), int(rs.size()));
    checkMoves(diff);
    checkSimilarity(left, right);
    unifiedDiff(DiffSide{left, ls}, DiffSide{right, rs}, diff, u"a"_s, u"b"_s);
    for (int line = 0; line < ls.size(); ++line) {
        const int mapped = diff.rightLineFor(line);
        require(mapped >= 0 && mapped <= rs.size(), "right line mapping out of range");
    }
    for (int line = 0; line < rs.size(); ++line) {
        const int mapped = diff.leftLineFor(line);
        require(mapped >= 0 && mapped <= ls.size(), "left line mapping out of range");
    }
}

void writeCsv(const uint8_t *data, size_t size)
{
    // Fields separated by byte 0x1F in the input.
    QStringList fields;
    for (const QByteArray &part : bytesOf(data, size).split('\x1f'))
        fields << QString::fromUtf8(part);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, CsvOptions{false, false});
    csv.writeRow(fields);
    require(buffer.data().endsWith("\r\n"), "row without CRLF");
    // Read the row back (RFC 4180) and get the same fields.
    const QString line = QString::fromUtf8(buffer.data().chopped(2));
    QStringList back;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            back << field;
            field.clear();
        } else {
            field += c;
        }
    }
    back << field;
    require(back == fields, "CSV round trip changed the fields");
}

} // namespace fl::fuzz

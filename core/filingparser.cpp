// SPDX-License-Identifier: MIT
#include "filingparser.h"

#include "binarykind.h"
#include "consistency.h"
#include "deicheck.h"
#include "documentlayout.h"
#include "folderwalk.h"
#include "highlightsections.h"
#include "nativepath.h"
#include "pagebreaks.h"
#include "parsestate.h"
#include "submissionsplitter.h"
#include "textassembly.h"
#include "textdecoder.h"
#include "textlines.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <new>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr qint64 kReadChunk = 4 * 1024 * 1024;

std::shared_ptr<Filing> fail(ParseState &state, ParseError error, const QString &message)
{
    Filing &f = *state.filing;
    f.error = error;
    f.errorMessage = message;
    f.text.clear();
    f.lineStarts.clear();
    return state.filing;
}

// Why bytes cannot be read as a filing at all (empty, blank, binary), empty if they can.
std::optional<std::pair<ParseError, QString>> unreadableBytes(QByteArrayView data)
{
    if (data.isEmpty())
        return std::pair{ParseError::Empty, u"The file is empty (0 bytes)."_s};
    if (skipBlank(data).isEmpty())
        return std::pair{
            ParseError::Empty,
            u"The file holds only blank space (%1 bytes) and no text."_s.arg(data.size())};
    const QString binary = binaryKind(data.first(std::min(data.size(), kSniffBytes)));
    if (!binary.isEmpty())
        return std::pair{ParseError::Binary,
                         u"This is %1, not a filing. FilingLens reads EDGAR text, full-submission "
                         u"and HTML filings."_s.arg(binary)};
    return std::nullopt;
}

// The stages of a parse, in order: split the bytes into pieces, convert the HTML ones,
// assemble the displayed text, read the header and documents, lay out the main document,
// find the page breaks, check, and build the highlight sections. `owner`, when given, holds
// the bytes `data` views: they are released once the text is assembled, since nothing after
// reads them, so that the file's bytes and the line index are never held at once.
std::shared_ptr<Filing> parse(ParseState &state, QByteArrayView data, QByteArray *owner)
{
    Filing &f = *state.filing;
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
    if (const auto unreadable = unreadableBytes(data))
        return fail(state, unreadable->first, unreadable->second);

    Submission submission = splitSubmission(state, data);
    if (state.cancelled())
        return fail(state, ParseError::Cancelled, u"Cancelled."_s);
    convertHtmlPieces(state.options, submission.pieces);
    if (state.cancelled())
        return fail(state, ParseError::Cancelled, u"Cancelled."_s);
    assembleText(state, submission.pieces);
    if (state.cancelled())
        return fail(state, ParseError::Cancelled, u"Cancelled."_s);
    data = {};
    reencoded = QByteArray();
    if (owner)
        *owner = QByteArray();

    f.lineStarts = buildLineStarts(f.text);
    readSubmission(state, submission);
    layOutMainDocument(f);
    crossCheckCover(state);
    bool tooManyPageBreaks = false;
    f.pageBreaks = findPageBreaks(f.text, f.lineStarts, &tooManyPageBreaks);
    if (tooManyPageBreaks)
        state.warn(
            u"page-breaks"_s,
            u"More than %L1 page breaks: only the first %L1 are marked."_s.arg(kMaxPageBreaks),
            f.pageBreaks.last());
    checkConsistency(state);
    if (!submission.container && !looksLikeFiling(f))
        return fail(state, ParseError::NotAFiling,
                    u"This does not look like an SEC filing: it has no SEC header, no "
                    u"<DOCUMENT> blocks, no form type, no cover page and no Item headings."_s);
    buildSections(f);
    state.limitWarnings();
    return state.filing;
}

std::shared_ptr<Filing> errorResult(const QString &path, ParseError error, const QString &message)
{
    auto filing = std::make_shared<Filing>();
    filing->path = path;
    filing->error = error;
    filing->errorMessage = message;
    return filing;
}

std::shared_ptr<Filing> parseInMemory(QByteArrayView data, const QString &path,
                                      const ParseOptions &options, QByteArray *owner = nullptr)
{
    const qsizetype size = data.size(); // `data` dangles once the owner releases it
    std::shared_ptr<Filing> failed;
    try {
        ParseState state(path, options);
        return parse(state, data, owner);
    } catch (const std::bad_alloc &) {
        failed = errorResult(path, ParseError::OutOfMemory,
                             u"Not enough memory to open this %1 file."_s.arg(humanSize(size)));
    } catch (const std::exception &e) {
        failed = errorResult(
            path, ParseError::Unreadable,
            u"Internal error while reading the file: %1"_s.arg(QString::fromLocal8Bit(e.what())));
    }
    failed->fileSize = size;
    return failed;
}

// Why `path` cannot be opened, from stat(2)'s errno (a missing file, a dangling link, a loop of
// links, no permission to search a folder on the way).
std::shared_ptr<Filing> statFailure(const QString &path, const QByteArray &native, int error)
{
    const QString shown = displayLine(path);
    struct stat link = {};
    const bool isLink = ::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode);
    if (error == ELOOP)
        return errorResult(path, ParseError::Unreadable,
                           u"The link %1 is part of a loop of links."_s.arg(shown));
    if (error == ENOENT || error == ENOTDIR)
        return errorResult(path, ParseError::Unreadable,
                           isLink
                               ? u"The link %1 points to a file that does not exist."_s.arg(shown)
                               : u"No such file: %1"_s.arg(shown));
    return errorResult(path, ParseError::Unreadable,
                       u"Cannot read %1: %2."_s.arg(shown, qt_error_string(error)));
}

std::shared_ptr<Filing> notRegular(const QString &path, const struct stat &st)
{
    return errorResult(
        path, ParseError::NotARegularFile,
        S_ISDIR(st.st_mode)
            ? u"%1 is a folder, not a file."_s.arg(displayLine(path))
            : u"%1 is not a regular file (a device, pipe or socket)."_s.arg(displayLine(path)));
}

// Opens `path` into `file` by its native bytes (Filing::path spells names that are not UTF-8
// losslessly; QFile would encode them with U+FFFD and miss the file), or returns why it cannot
// be read. What is not a regular file is refused before open(2), and open(2) does not block
// (O_NONBLOCK), so a FIFO put in its place in between cannot hang the reader either.
std::shared_ptr<Filing> openForParsing(const QString &path, const ParseOptions &options,
                                       QFile &file)
{
    const QByteArray native = pathToNative(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0)
        return statFailure(path, native, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(path, st);
    if (st.st_size > options.maxFileSize)
        return errorResult(path, ParseError::TooLarge,
                           u"The file is %1; FilingLens opens files up to %2."_s.arg(
                               humanSize(st.st_size), humanSize(options.maxFileSize)));
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return errorResult(path, ParseError::Unreadable,
                           u"Cannot read %1: %2."_s.arg(displayLine(path), qt_error_string(errno)));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return notRegular(path, st);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return errorResult(path, ParseError::Unreadable,
                           u"Cannot read %1: %2."_s.arg(displayLine(path), file.errorString()));
    }
    return nullptr;
}

// Where the first document of a submission ends (past its </DOCUMENT> line) in the bytes read
// so far, or -1. `from` skips what an earlier call searched.
qsizetype firstDocumentEnd(QByteArrayView data, qsizetype from)
{
    static constexpr QByteArrayView kEnd("</DOCUMENT>");
    const qsizetype at = data.indexOf(kEnd, std::max<qsizetype>(0, from - kEnd.size()));
    if (at < 0)
        return -1;
    const qsizetype eol = data.indexOf('\n', at + kEnd.size());
    return eol < 0 ? -1 : eol + 1;
}

// Looks for the end of the first document in the bytes read so far and, once it is there,
// parses the bytes up to it and hands the result to options.preview. Returns true when done
// (previewed, or there will be no preview).
bool offerPreview(QByteArrayView read, qint64 expected, qsizetype *searched, const QString &path,
                  const ParseOptions &options)
{
    const qsizetype end = firstDocumentEnd(read, *searched);
    *searched = read.size();
    if (end < 0)
        return read.size() > expected / 4; // a first document this long: no preview
    if (end > expected / 4)
        return true;
    ParseOptions alone = options;
    alone.preview = nullptr;
    alone.progress = nullptr;
    alone.readProgress = nullptr;
    const FilingPtr preview = parseInMemory(read.first(end), path, alone);
    if (preview->ok())
        options.preview(preview);
    return true;
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
        if (!isFolder(path)) {
            files.append(path);
            continue;
        }
        QStringList found = listFilingsIn(path);
        found.sort();
        files.append(found);
    }
    return files;
}

FilingPtr parseFile(const QString &path, const ParseOptions &options)
{
    QFile file;
    if (FilingPtr refused = openForParsing(path, options, file))
        return refused;
    const qint64 expected = file.size();
    QByteArray data;
    bool previewDone = !options.preview || expected < kPreviewMinBytes;
    qsizetype previewSearched = 0;
    try {
        data.resize(expected);
        qint64 got = 0;
        while (got < expected) {
            if (isCancelled(options))
                return errorResult(path, ParseError::Cancelled, u"Cancelled."_s);
            const qint64 n = file.read(data.data() + got, std::min(kReadChunk, expected - got));
            if (n < 0)
                return errorResult(
                    path, ParseError::Unreadable,
                    u"Cannot read %1: %2."_s.arg(displayLine(path), file.errorString()));
            if (n == 0)
                break; // the file shrank while being read
            got += n;
            if (options.readProgress)
                options.readProgress(got, expected);
            if (!previewDone)
                previewDone = offerPreview(QByteArrayView(data).first(got), expected,
                                           &previewSearched, path, options);
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
    const qsizetype got = data.size();
    std::shared_ptr<Filing> filing = parseInMemory(data, path, options, &data);
    if (got != expected && filing->ok())
        filing->warnings.prepend(
            Warning{u"file-changed"_s,
                    u"The file changed while it was being read: it had %1 bytes when opened and %2 "
                    u"were read."_s.arg(expected)
                        .arg(got),
                    {}});
    return filing;
}

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace fl {

struct ParseOptions
{
    // Set from another thread to stop early; the result then has ParseError::Cancelled.
    const std::atomic_bool *cancel = nullptr;
    // Threads used to convert the HTML documents of one submission (1: this thread only).
    int threads = 1;
    // Larger files are refused with ParseError::TooLarge.
    qint64 maxFileSize = qint64(1) << 30;
    // Called after each block read from disk (bytes read so far, size when opened), from the
    // parsing thread. The viewer does not use it (a block of 4 MB reads in a few milliseconds);
    // the tests use it to change the file between blocks.
    std::function<void(qint64 read, qint64 total)> readProgress;
    // Called from the parsing threads (several at once) as the file's pieces are converted or
    // decoded: bytes done so far of `total`. The viewer's loading page shows it.
    std::function<void(qint64 done, qint64 total)> progress;
    // A big submission's SEC header and first document, parsed alone as soon as they are read
    // (parseFile only), for the viewer to show before the whole file is parsed. Called at most
    // once, from the parsing thread, before parseFile returns the full filing, whose text
    // starts with the preview's. Not called for files under kPreviewMinBytes or whose first
    // document is more than a quarter of the file.
    std::function<void(const FilingPtr &preview)> preview;
    // Read the inline-XBRL facts of HTML documents (Filing::facts) in the HTML pass. Off only
    // to measure what the fact pass costs (bench_parse).
    bool readFacts = true;
};

// Files from this size on get a ParseOptions::preview (smaller ones parse fast enough).
constexpr qint64 kPreviewMinBytes = 16 * 1000 * 1000;

// Reads and parses one file. Never throws and never returns null: problems are reported in
// Filing::error / errorMessage (unreadable path, folder, empty, binary, not a filing, ...)
// and data-quality issues in Filing::warnings.
//
// Work is linear in the file size: one pass to split a submission into documents, one to
// decode or convert each document, one to index lines and page breaks; the field readers look
// only at the main document's lines.
FilingPtr parseFile(const QString &path, const ParseOptions &options = {});

// File name patterns of the filings looked for inside folders: *.txt, *.htm, *.html, *.nc and
// *.sgml (the same list the viewer's Open dialog offers).
QStringList filingNameFilters();

// `paths` with every folder replaced by the filings inside it, recursively and sorted; other
// paths are kept as given, so that a missing or unreadable file is still reported.
QStringList expandFolders(const QStringList &paths);

// The same for bytes already in memory; `path` is only recorded and used for messages.
FilingPtr parseBytes(const QByteArray &data, const QString &path, const ParseOptions &options = {});

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"
#include "filingparser.h"
#include "textdecoder.h"

#include <QHash>

#include <memory>
#include <vector>

namespace fl {

// True once the caller asked the parse to stop.
bool isCancelled(const ParseOptions &options);

// What the stages of one parse share: the Filing under construction and what the reading of
// the bytes found out, for the warnings given at the end.
struct ParseState
{
    ParseState(const QString &path, const ParseOptions &options);

    bool cancelled() const { return isCancelled(options); }
    // Past kMaxWarningsOfAKind of a code the warning is only counted: a million bad facts must
    // not cost a million messages.
    void warn(const QString &code, const QString &message, SourceRange range = {});
    // Warnings of `code` that a stage counted without making them.
    void countUnlisted(const QString &code, qsizetype count);
    // At most kMaxWarningsOfAKind warnings of each kind, then one that counts the rest.
    void limitWarnings();

    const ParseOptions &options;
    std::shared_ptr<Filing> filing;
    DecodeStats decodeStats;            // of the text read as it is (not converted from HTML)
    QHash<QString, qsizetype> warned;   // warn() calls per code
    QHash<QString, qsizetype> unlisted; // warnings counted but not made, per code
    std::vector<int> truncatedHtml;     // documents (-1: the whole file) whose HTML nests too deep
    // Documents (-1: the whole file) and how many of their start tags lost attributes past
    // kMaxHtmlAttributes.
    std::vector<std::pair<int, qsizetype>> cutHtmlTags;
};

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"
#include "filingparser.h"
#include "textdecoder.h"

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
    void warn(const QString &code, const QString &message, SourceRange range = {});
    // At most kMaxWarningsOfAKind warnings of each kind, then one that counts the rest.
    void limitWarnings();

    const ParseOptions &options;
    std::shared_ptr<Filing> filing;
    DecodeStats decodeStats;        // of the text read as it is (not converted from HTML)
    std::vector<int> truncatedHtml; // documents (-1: the whole file) whose HTML nests too deep
    // Documents (-1: the whole file) and how many of their start tags lost attributes past
    // kMaxHtmlAttributes.
    std::vector<std::pair<int, qsizetype>> cutHtmlTags;
};

} // namespace fl

// SPDX-License-Identifier: MIT
#include "parsestate.h"

#include <QHash>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace fl {

bool isCancelled(const ParseOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

ParseState::ParseState(const QString &path, const ParseOptions &options)
    : options(options)
    , filing(std::make_shared<Filing>())
{
    filing->path = path;
}

void ParseState::warn(const QString &code, const QString &message, SourceRange range)
{
    filing->warnings.append(Warning{code, message, range});
}

void ParseState::limitWarnings()
{
    QList<Warning> &all = filing->warnings;
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
            kept.append(Warning{
                code,
                u"%1 more warnings of this kind (not listed)"_s.arg(count - kMaxWarningsOfAKind),
                {}});
    }
    all = std::move(kept);
}

} // namespace fl

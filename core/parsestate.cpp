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
    if (++warned[code] > kMaxWarningsOfAKind) {
        ++unlisted[code];
        return;
    }
    filing->warnings.append(Warning{code, message, range});
}

void ParseState::countUnlisted(const QString &code, qsizetype count)
{
    unlisted[code] += count;
}

void ParseState::limitWarnings()
{
    QList<Warning> &all = filing->warnings;
    if (all.size() <= kMaxWarningsOfAKind && unlisted.isEmpty())
        return;
    QHash<QString, qsizetype> listed; // per code, in `all`
    QStringList codes;                // in order of first appearance, for a stable result
    QList<Warning> kept;
    for (Warning &w : all) {
        qsizetype &count = listed[w.code];
        if (count++ == 0)
            codes.append(w.code);
        if (count <= kMaxWarningsOfAKind)
            kept.append(std::move(w));
    }
    QStringList onlyCounted; // codes no warning was made for
    for (auto it = unlisted.cbegin(); it != unlisted.cend(); ++it) {
        if (!listed.contains(it.key()))
            onlyCounted.append(it.key());
    }
    onlyCounted.sort();
    for (const QString &code : std::as_const(codes) + onlyCounted) {
        const qsizetype total = listed.value(code) + unlisted.value(code);
        if (total > kMaxWarningsOfAKind)
            kept.append(Warning{
                code,
                u"%1 more warnings of this kind (not listed)"_s.arg(total - kMaxWarningsOfAKind),
                {}});
    }
    all = std::move(kept);
}

} // namespace fl

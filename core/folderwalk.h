// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace fl {

// The filings inside `folder` and its subfolders (names ending .txt, .htm, .html, .nc or .sgml,
// any case; hidden names skipped), in no particular order, listed with opendir/readdir so that
// every name, UTF-8 or not, comes back as pathFromNative spells it.
//
// Links to folders are not followed (a link to its parent, or two links to each other, cannot
// make the walk loop); a link to a file is listed when it leads to a regular file, a dangling
// link or a loop of links is not. Each real folder is read once, and the work is linear in the
// number of entries.
QStringList listFilingsIn(const QString &folder);

} // namespace fl

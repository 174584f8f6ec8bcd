// SPDX-License-Identifier: MIT
// A check of a workbook libxlsxwriter built, before it replaces anything: libxlsxwriter does
// not look at the result of writing its own temporary files, so a full temporary folder gives
// a workbook cut short that it reports as written.
#pragma once

#include <QString>

namespace fl {

// Reads every entry of the ZIP at `path` to its end (minizip checks each CRC) and parses each
// XML part (.xml, .rels) with libxml2 as a stream (no network, no entities loaded, no tree
// kept). Empty when the workbook is whole; else what is wrong ("xl/worksheets/sheet1.xml:
// Premature end of data in tag sheetData line 2").
QString verifyXlsxFile(const QString &path);

// The free space in the folder at `path` (statvfs, what an unprivileged writer may use), or -1.
qint64 freeSpaceIn(const QString &path);

} // namespace fl

// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace fl::cli {

// Each takes the arguments without the command word and returns the process exit code.
int runParse(const QStringList &arguments);
int runText(const QStringList &arguments);
int runCompare(const QStringList &arguments);
int runExportCsv(const QStringList &arguments);
// EDGAR (edgarcommand.cpp): list a company's filings; download them into the library.
int runList(const QStringList &arguments);
int runDownload(const QStringList &arguments);

} // namespace fl::cli

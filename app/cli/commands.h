// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QStringList>

namespace fl::cli {

// Each takes the arguments without the command word and returns the process exit code.
int runParse(const QStringList &arguments);
int runText(const QStringList &arguments);
int runCompare(const QStringList &arguments);
int runExportCsv(const QStringList &arguments);
int runSimilarity(const QStringList &arguments);
// `compare --items`: the two parsed reports item by item in `format` (text, json or csv).
int runCompareItems(const FilingPtr &left, const FilingPtr &right, const QString &format);
// `compare --facts` (factcomparecommand.cpp): the changed inline-XBRL facts in `format`.
int runCompareFacts(const FilingPtr &left, const FilingPtr &right, const QString &format);
int runExportXlsx(const QStringList &arguments);
// EDGAR (edgarcommand.cpp): list a company's filings; download them into the library.
int runList(const QStringList &arguments);
int runDownload(const QStringList &arguments);

} // namespace fl::cli

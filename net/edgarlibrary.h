// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fl::edgar {

// The local library of downloaded filings, laid out as EDGAR's archive:
// <root>/<CIK without leading zeros>/<accession without dashes>/<file>. A file there is never
// downloaded again, so the library works offline.
class EdgarLibrary
{
public:
    explicit EdgarLibrary(const QString &root = defaultRoot());

    // QStandardPaths::AppDataLocation + "/edgar".
    static QString defaultRoot();
    // The folder the window uses: QSettings "edgar/libraryFolder", else defaultRoot().
    static QString configuredRoot();
    static void setConfiguredRoot(const QString &root);

    QString root() const { return m_root; }
    QString filingFolder(qint64 cik, const QString &accession) const;
    // Where `file` of a filing goes; `file` must have passed fileNameProblem().
    QString pathFor(qint64 cik, const QString &accession, const QString &file) const;
    // The full submission's name, as in the filing's folder on EDGAR: "<accession>.txt".
    static QString fullSubmissionName(const QString &accession);
    // Why no file can be downloaded into the library ("Cannot write in the library folder …:
    // Read-only file system."), or an empty string. Files already there still open.
    QString writeProblem() const;

private:
    QString m_root;
};

} // namespace fl::edgar

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace fl::edgar {

// The URLs EDGAR documents, and the only hosts a request or a redirect may go to: HTTPS to
// www.sec.gov and data.sec.gov. For tests, FILINGLENS_EDGAR_BASE_URL (a loopback address
// only, http allowed there) stands for both hosts; the paths stay as on EDGAR.
class EdgarEndpoints
{
public:
    static EdgarEndpoints official();
    // A test server's base URL; refused (with a reason) unless its host is loopback.
    static std::optional<EdgarEndpoints> withBase(const QUrl &base, QString *error);
    // The override of FILINGLENS_EDGAR_BASE_URL when set, else official(); nullopt and a
    // reason when the variable is set to something refused.
    static std::optional<EdgarEndpoints> fromEnvironment(QString *error);

    QUrl tickers() const;
    QUrl submissions(qint64 cik) const;
    // A paged-out part of the submissions (`filings.files[].name`), beside the main file.
    QUrl submissionsPage(const QString &name) const;
    // A file of a filing's folder: /Archives/edgar/data/<CIK>/<accession without dashes>/<file>.
    QUrl archiveFile(qint64 cik, const QString &accession, const QString &file) const;

    // Whether a request (or a redirect) may go to `url`.
    bool allows(const QUrl &url) const;
    bool isOverridden() const { return m_base.isValid(); }
    QUrl base() const { return m_base; }

private:
    QUrl wwwUrl(const QString &path) const;
    QUrl dataUrl(const QString &path) const;

    QUrl m_base; // empty: the official hosts
};

// "0001318605" and "1318605" -> 1318605; 0 when not a CIK.
qint64 parseCik(const QString &text);
// "0000950170-23-001409" or "000095017023001409" -> "0000950170-23-001409"; empty if neither.
QString normalizeAccession(const QString &text);
QString accessionFolder(const QString &accession); // without dashes
bool isLoopbackHost(const QString &host);

} // namespace fl::edgar

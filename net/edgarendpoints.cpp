// SPDX-License-Identifier: MIT
#include "edgarendpoints.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fl::edgar {

namespace {
const QString kWwwHost = u"www.sec.gov"_s;
const QString kDataHost = u"data.sec.gov"_s;
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

EdgarEndpoints EdgarEndpoints::official()
{
    return {};
}

std::optional<EdgarEndpoints> EdgarEndpoints::withBase(const QUrl &base, QString *error)
{
    auto refuse = [&](const QString &why) -> std::optional<EdgarEndpoints> {
        if (error)
            *error = u"FILINGLENS_EDGAR_BASE_URL %1 refused: %2"_s.arg(base.toString(), why);
        return std::nullopt;
    };
    if (!base.isValid() || base.host().isEmpty())
        return refuse(u"not a URL with a host"_s);
    if (base.scheme() != u"http"_s && base.scheme() != u"https"_s)
        return refuse(u"only http or https"_s);
    if (!isLoopbackHost(base.host()))
        return refuse(u"the override is for tests and must be a loopback address (127.0.0.1, "
                      u"::1, localhost)"_s);
    if (!base.userInfo().isEmpty())
        return refuse(u"no credentials in the URL"_s);
    EdgarEndpoints endpoints;
    endpoints.m_base = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return endpoints;
}

std::optional<EdgarEndpoints> EdgarEndpoints::fromEnvironment(QString *error)
{
    const QString value = qEnvironmentVariable("FILINGLENS_EDGAR_BASE_URL");
    if (value.isEmpty())
        return official();
    return withBase(QUrl(value, QUrl::StrictMode), error);
}

QUrl EdgarEndpoints::wwwUrl(const QString &path) const
{
    QUrl url = isOverridden() ? m_base : QUrl(u"https://"_s + kWwwHost);
    url.setPath(path);
    return url;
}

QUrl EdgarEndpoints::dataUrl(const QString &path) const
{
    QUrl url = isOverridden() ? m_base : QUrl(u"https://"_s + kDataHost);
    url.setPath(path);
    return url;
}

QUrl EdgarEndpoints::tickers() const
{
    return wwwUrl(u"/files/company_tickers.json"_s);
}

QUrl EdgarEndpoints::submissions(qint64 cik) const
{
    return dataUrl(u"/submissions/CIK%1.json"_s.arg(cik, 10, 10, QLatin1Char('0')));
}

QUrl EdgarEndpoints::submissionsPage(const QString &name) const
{
    return dataUrl(u"/submissions/"_s + name);
}

QUrl EdgarEndpoints::archiveFile(qint64 cik, const QString &accession, const QString &file) const
{
    // The archive writes the CIK without leading zeros.
    return wwwUrl(
        u"/Archives/edgar/data/%1/%2/%3"_s.arg(cik).arg(accessionFolder(accession), file));
}

bool EdgarEndpoints::allows(const QUrl &url) const
{
    if (isOverridden())
        return url.scheme() == m_base.scheme() && url.host() == m_base.host()
            && url.port() == m_base.port() && url.userInfo().isEmpty();
    return url.scheme() == u"https"_s && url.port(443) == 443 && url.userInfo().isEmpty()
        && (url.host() == kWwwHost || url.host() == kDataHost);
}

qint64 parseCik(const QString &text)
{
    static const QRegularExpression digits(u"^(?:CIK)?0*([0-9]{1,10})$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = digits.match(text.trimmed());
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

QString normalizeAccession(const QString &text)
{
    static const QRegularExpression form(u"^([0-9]{10})-?([0-9]{2})-?([0-9]{6})$"_s);
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return match.captured(1) + u'-' + match.captured(2) + u'-' + match.captured(3);
}

QString accessionFolder(const QString &accession)
{
    QString folder = accession;
    return folder.remove(u'-');
}

} // namespace fl::edgar

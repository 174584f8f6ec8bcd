// SPDX-License-Identifier: MIT
#include "edgarcompany.h"

#include "edgarendpoints.h"
#include "edgarscheduler.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace fl::edgar {

TickerDirectory::TickerDirectory(QObject *parent)
    : QObject(parent)
{
}

QString TickerDirectory::cachePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + u"/company_tickers.json"_s;
}

bool TickerDirectory::readCache(QString *error)
{
    QFile file(cachePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    Parsed<QList<CompanyTicker>> parsed = parseTickers(file.readAll());
    if (!parsed.ok()) {
        *error = parsed.error;
        return false;
    }
    m_tickers = std::move(parsed.value);
    m_loaded = true;
    return true;
}

void TickerDirectory::load()
{
    const QFileInfo cache(cachePath());
    QString error;
    if (cache.isFile() && cache.lastModified().secsTo(QDateTime::currentDateTime()) < 24 * 3600
        && readCache(&error)) {
        Q_EMIT loaded();
        return;
    }
    if (m_reply)
        return;
    m_reply = EdgarScheduler::instance()->get(EdgarScheduler::instance()->endpoints().tickers(),
                                              kMaxBytes, this);
    connect(m_reply, &EdgarReply::finished, this, &TickerDirectory::onFetched);
    connect(m_reply, &EdgarReply::retrying, this,
            [this](int, const QString &message) { Q_EMIT retrying(message); });
}

void TickerDirectory::onFetched()
{
    EdgarReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    QString error = reply->error();
    if (error.isEmpty()) {
        Parsed<QList<CompanyTicker>> parsed = parseTickers(reply->body());
        error = parsed.error;
        if (parsed.ok()) {
            m_tickers = std::move(parsed.value);
            m_loaded = true;
            QDir().mkpath(QFileInfo(cachePath()).absolutePath());
            QSaveFile file(cachePath());
            if (file.open(QIODevice::WriteOnly)) {
                file.write(reply->body());
                file.commit();
            }
            Q_EMIT loaded();
            return;
        }
    }
    QString cacheError;
    if (QFileInfo(cachePath()).isFile() && readCache(&cacheError)) {
        Q_EMIT loaded(); // yesterday's list is better than none
        return;
    }
    Q_EMIT failed(u"Could not get EDGAR's ticker list: "_s + error);
}

std::optional<CompanyTicker> TickerDirectory::find(const QString &query) const
{
    const QString wanted = query.trimmed();
    if (const qint64 cik = parseCik(wanted)) {
        for (const CompanyTicker &ticker : m_tickers) {
            if (ticker.cik == cik)
                return ticker;
        }
        return CompanyTicker{cik, {}, {}};
    }
    for (const CompanyTicker &ticker : m_tickers) {
        if (ticker.ticker.compare(wanted, Qt::CaseInsensitive) == 0)
            return ticker;
    }
    for (const CompanyTicker &ticker : m_tickers) {
        if (ticker.title.compare(wanted, Qt::CaseInsensitive) == 0)
            return ticker;
    }
    return std::nullopt;
}

FilingsFetch::FilingsFetch(QObject *parent)
    : QObject(parent)
{
}

bool FilingsFetch::pageMeetsRange(const SubmissionsPage &page, const QDate &since,
                                  const QDate &until)
{
    if (since.isValid() && page.filingTo.isValid() && page.filingTo < since)
        return false;
    if (until.isValid() && page.filingFrom.isValid() && page.filingFrom > until)
        return false;
    return true;
}

void FilingsFetch::start(qint64 cik, const QDate &since, const QDate &until)
{
    cancel();
    m_company = {};
    m_since = since;
    m_until = until;
    request(EdgarScheduler::instance()->endpoints().submissions(cik));
    connect(m_reply, &EdgarReply::finished, this, &FilingsFetch::onSubmissions);
}

void FilingsFetch::request(const QUrl &url)
{
    m_reply = EdgarScheduler::instance()->get(url, kMaxBytes, this);
    connect(m_reply, &EdgarReply::retrying, this,
            [this](int, const QString &message) { Q_EMIT retrying(message); });
}

void FilingsFetch::cancel()
{
    if (EdgarReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
    m_pagesToFetch.clear();
}

void FilingsFetch::onSubmissions()
{
    EdgarReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!reply->ok()) {
        Q_EMIT failed(u"Could not list the filings: "_s + reply->error());
        return;
    }
    Parsed<CompanyFilings> parsed = parseSubmissions(reply->body());
    if (!parsed.ok()) {
        Q_EMIT failed(parsed.error);
        return;
    }
    m_company = std::move(parsed.value);
    for (const SubmissionsPage &page : std::as_const(m_company.pages)) {
        if (pageMeetsRange(page, m_since, m_until))
            m_pagesToFetch.append(page);
    }
    Q_EMIT recentReady(m_company);
    fetchNextPage();
}

void FilingsFetch::fetchNextPage()
{
    if (m_pagesToFetch.isEmpty()) {
        Q_EMIT finished(m_company);
        return;
    }
    const SubmissionsPage page = m_pagesToFetch.takeFirst();
    if (page.name.isEmpty() || page.name.contains(u'/') || page.name.contains(u".."_s)) {
        Q_EMIT failed(
            u"The submissions name a page \"%1\" that is not a plain file name"_s.arg(page.name));
        return;
    }
    request(EdgarScheduler::instance()->endpoints().submissionsPage(page.name));
    connect(m_reply, &EdgarReply::finished, this, [this] {
        EdgarReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        if (!reply->ok()) {
            Q_EMIT failed(u"Could not list the older filings: "_s + reply->error());
            return;
        }
        Parsed<QList<FilingEntry>> parsed = parseSubmissionsPage(reply->body(), m_company.cik);
        if (!parsed.ok()) {
            Q_EMIT failed(parsed.error);
            return;
        }
        m_company.filings.append(parsed.value);
        Q_EMIT pageReady(parsed.value);
        fetchNextPage();
    });
}

} // namespace fl::edgar

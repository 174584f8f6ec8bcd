// SPDX-License-Identifier: MIT
#pragma once

#include "edgarjson.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace fl::edgar {

class EdgarReply;

// EDGAR's ticker list (company_tickers.json), cached in the cache location and fetched again
// at most once a day; a stale cache is used when the fetch fails.
class TickerDirectory : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBytes = 32 << 20;

    explicit TickerDirectory(QObject *parent = nullptr);

    static QString cachePath(); // QStandardPaths::CacheLocation + "/company_tickers.json"
    // Reads the cache when less than a day old, else fetches; emits loaded() or failed().
    void load();
    bool isLoaded() const { return m_loaded; }
    const QList<CompanyTicker> &tickers() const { return m_tickers; }
    // A ticker (any case) or a CIK; nullopt when the list has neither.
    std::optional<CompanyTicker> find(const QString &query) const;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);
    void retrying(const QString &message); // EDGAR asked to slow down

private:
    bool readCache(QString *error);
    void onFetched();

    QList<CompanyTicker> m_tickers;
    QPointer<EdgarReply> m_reply;
    bool m_loaded = false;
};

// A company's filings: the submissions JSON with `filings.recent`, then the paged-out
// `filings.files` whose date span meets [since, until] (all of them with no range).
class FilingsFetch : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBytes = 64 << 20;

    explicit FilingsFetch(QObject *parent = nullptr);

    void start(qint64 cik, const QDate &since = {}, const QDate &until = {});
    void cancel();
    const CompanyFilings &company() const { return m_company; }

    static bool pageMeetsRange(const SubmissionsPage &page, const QDate &since, const QDate &until);

Q_SIGNALS:
    // The recent filings, as soon as they are read (the list can show them).
    void recentReady(const fl::edgar::CompanyFilings &company);
    // Older filings from a page, appended to company().
    void pageReady(const QList<fl::edgar::FilingEntry> &filings);
    void finished(const fl::edgar::CompanyFilings &company);
    void failed(const QString &message);
    void retrying(const QString &message); // EDGAR asked to slow down

private:
    void request(const QUrl &url);
    void onSubmissions();
    void fetchNextPage();

    CompanyFilings m_company;
    QList<SubmissionsPage> m_pagesToFetch;
    QPointer<EdgarReply> m_reply;
    QDate m_since;
    QDate m_until;
};

} // namespace fl::edgar

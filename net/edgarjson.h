// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fl::edgar {

// One row of company_tickers.json.
struct CompanyTicker
{
    qint64 cik = 0;
    QString ticker;
    QString title;
};

// One filing of a company's submissions (a row of the parallel arrays).
struct FilingEntry
{
    qint64 cik = 0;    // the company's: where the archive keeps the filing
    QString accession; // with dashes
    QDate filingDate;
    QDate reportDate;
    QString form;
    QString items; // EDGAR's list of 8-K items, "2.02,9.01"
    QString primaryDocument;
    QString description;
    qint64 size = 0;
};

// A paged-out part of the submissions (`filings.files`).
struct SubmissionsPage
{
    QString name;
    int filingCount = 0;
    QDate filingFrom;
    QDate filingTo;
};

struct CompanyFilings
{
    qint64 cik = 0;
    QString name;
    QStringList tickers;
    QList<FilingEntry> filings; // `filings.recent`, then the pages once fetched
    QList<SubmissionsPage> pages;
};

template<typename T>
struct Parsed
{
    T value{};
    QString error; // empty when parsed
    bool ok() const { return error.isEmpty(); }
};

Parsed<QList<CompanyTicker>> parseTickers(const QByteArray &json);
Parsed<CompanyFilings> parseSubmissions(const QByteArray &json);
// A page has the parallel arrays at its top level; `cik` fills FilingEntry::cik.
Parsed<QList<FilingEntry>> parseSubmissionsPage(const QByteArray &json, qint64 cik);

} // namespace fl::edgar

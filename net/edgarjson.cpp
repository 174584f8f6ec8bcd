// SPDX-License-Identifier: MIT
#include "edgarjson.h"

#include "edgarendpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl::edgar {

namespace {

// The document's top-level object, or a message saying why there is none.
QString readObject(const QByteArray &json, const QString &what, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return u"%1 is not valid JSON (%2 at byte %3)"_s.arg(what, error.errorString())
            .arg(error.offset);
    if (!document.isObject())
        return u"%1 is not a JSON object"_s.arg(what);
    *object = document.object();
    return {};
}

// The parallel arrays of `filings.recent` or of a page, zipped into rows.
QString readFilingArrays(const QJsonObject &arrays, qint64 cik, QList<FilingEntry> *out)
{
    const QJsonArray accessions = arrays.value(u"accessionNumber"_s).toArray();
    const QJsonArray forms = arrays.value(u"form"_s).toArray();
    const QJsonArray filingDates = arrays.value(u"filingDate"_s).toArray();
    if (accessions.size() != forms.size() || accessions.size() != filingDates.size())
        return u"the filing arrays have different lengths (%1 accession numbers, %2 forms, %3 "
               u"filing dates)"_s.arg(accessions.size())
                   .arg(forms.size())
                   .arg(filingDates.size());
    const QJsonArray reportDates = arrays.value(u"reportDate"_s).toArray();
    const QJsonArray items = arrays.value(u"items"_s).toArray();
    const QJsonArray documents = arrays.value(u"primaryDocument"_s).toArray();
    const QJsonArray descriptions = arrays.value(u"primaryDocDescription"_s).toArray();
    const QJsonArray sizes = arrays.value(u"size"_s).toArray();
    out->reserve(out->size() + accessions.size());
    for (qsizetype i = 0; i < accessions.size(); ++i) {
        FilingEntry entry;
        entry.cik = cik;
        entry.accession = normalizeAccession(accessions.at(i).toString());
        if (entry.accession.isEmpty())
            return u"filing %1 has no valid accession number (\"%2\")"_s.arg(i).arg(
                accessions.at(i).toString());
        entry.form = forms.at(i).toString();
        entry.filingDate = QDate::fromString(filingDates.at(i).toString(), Qt::ISODate);
        entry.reportDate = QDate::fromString(reportDates.at(i).toString(), Qt::ISODate);
        entry.items = items.at(i).toString();
        entry.primaryDocument = documents.at(i).toString();
        entry.description = descriptions.at(i).toString();
        entry.size = std::max<qint64>(0, sizes.at(i).toInteger()); // a negative size is no size
        out->append(std::move(entry));
    }
    return {};
}

} // namespace

Parsed<QList<CompanyTicker>> parseTickers(const QByteArray &json)
{
    Parsed<QList<CompanyTicker>> result;
    QJsonObject object;
    result.error = readObject(json, u"The ticker list"_s, &object);
    if (!result.ok())
        return result;
    result.value.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject row = it.value().toObject();
        CompanyTicker ticker{row.value(u"cik_str"_s).toInteger(), row.value(u"ticker"_s).toString(),
                             row.value(u"title"_s).toString()};
        if (ticker.cik <= 0 || ticker.ticker.isEmpty()) {
            result.error = u"The ticker list's entry \"%1\" has no CIK or ticker"_s.arg(it.key());
            return result;
        }
        result.value.append(std::move(ticker));
    }
    // The keys are "0", "1", ... by popularity; QJsonObject sorts them as strings.
    std::stable_sort(
        result.value.begin(), result.value.end(),
        [](const CompanyTicker &a, const CompanyTicker &b) { return a.ticker < b.ticker; });
    return result;
}

Parsed<CompanyFilings> parseSubmissions(const QByteArray &json)
{
    Parsed<CompanyFilings> result;
    QJsonObject object;
    result.error = readObject(json, u"The submissions"_s, &object);
    if (!result.ok())
        return result;
    CompanyFilings &company = result.value;
    company.cik = parseCik(object.value(u"cik"_s).toString());
    company.name = object.value(u"name"_s).toString();
    for (const QJsonValue &ticker : object.value(u"tickers"_s).toArray())
        company.tickers.append(ticker.toString());
    const QJsonObject filings = object.value(u"filings"_s).toObject();
    if (company.cik == 0 || !filings.value(u"recent"_s).isObject()) {
        result.error = u"The submissions have no CIK or no filings.recent"_s;
        return result;
    }
    const QString problem =
        readFilingArrays(filings.value(u"recent"_s).toObject(), company.cik, &company.filings);
    if (!problem.isEmpty()) {
        result.error = u"The submissions are malformed: "_s + problem;
        return result;
    }
    for (const QJsonValue &value : filings.value(u"files"_s).toArray()) {
        const QJsonObject page = value.toObject();
        company.pages.append(
            {page.value(u"name"_s).toString(), page.value(u"filingCount"_s).toInt(),
             QDate::fromString(page.value(u"filingFrom"_s).toString(), Qt::ISODate),
             QDate::fromString(page.value(u"filingTo"_s).toString(), Qt::ISODate)});
    }
    return result;
}

Parsed<QList<FilingEntry>> parseSubmissionsPage(const QByteArray &json, qint64 cik)
{
    Parsed<QList<FilingEntry>> result;
    QJsonObject object;
    result.error = readObject(json, u"A page of the submissions"_s, &object);
    if (!result.ok())
        return result;
    const QString problem = readFilingArrays(object, cik, &result.value);
    if (!problem.isEmpty())
        result.error = u"A page of the submissions is malformed: "_s + problem;
    return result;
}

} // namespace fl::edgar

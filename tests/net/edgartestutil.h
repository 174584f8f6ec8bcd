// SPDX-License-Identifier: MIT
// Shared by the EDGAR tests: points the process's scheduler at the local test server, and
// reads what a library folder holds.
#pragma once

#include "edgarscheduler.h"
#include "edgarserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace fl::test {

inline const QString kTestUserAgent = QStringLiteral("FilingLens Tests tests@example.com");

inline QByteArray readTestData(const QString &relative)
{
    QFile file(QStringLiteral(FILINGLENS_TEST_DATA) + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}

inline void useServer(const EdgarTestServer &server)
{
    auto *scheduler = edgar::EdgarScheduler::instance();
    const auto endpoints = edgar::EdgarEndpoints::withBase(server.baseUrl(), nullptr);
    QVERIFY(endpoints);
    scheduler->setEndpoints(*endpoints);
    scheduler->setUserAgent(kTestUserAgent);
    scheduler->setBackoffMilliseconds(200);
}

// Every file under `root`, relative to it, sorted.
inline QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// Tesla's real submissions with one row changed: `field` of row `row` set to `value`.
inline QByteArray teslaSubmissionsWith(int row, const QString &field, const QString &value)
{
    QFile file(EdgarTestServer::apiDataDir() + QStringLiteral("/submissions-CIK0001318605.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing Tesla submissions");
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject filings = root.value(QStringLiteral("filings")).toObject();
    QJsonObject recent = filings.value(QStringLiteral("recent")).toObject();
    QJsonArray column = recent.value(field).toArray();
    column.replace(row, value);
    recent.insert(field, column);
    filings.insert(QStringLiteral("recent"), recent);
    root.insert(QStringLiteral("filings"), filings);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// A page of older filings made up by the tests (the real paged-out file is not in the data):
// two 10-Ks of 2012 and 2013 with their real accession numbers, pointing at documents the
// server answers with its filing bytes.
inline QByteArray generatedTeslaPage()
{
    return QByteArrayLiteral(
        "{\"accessionNumber\": [\"0001193125-13-096241\", \"0001193125-12-081990\"],"
        " \"filingDate\": [\"2013-03-07\", \"2012-02-27\"],"
        " \"reportDate\": [\"2012-12-31\", \"2011-12-31\"],"
        " \"form\": [\"10-K\", \"10-K\"], \"items\": [\"\", \"\"],"
        " \"primaryDocument\": [\"d452995d10k.htm\", \"d257530d10k.htm\"],"
        " \"primaryDocDescription\": [\"FORM 10-K\", \"FORM 10-K\"], \"size\": [1, 2]}");
}

} // namespace fl::test

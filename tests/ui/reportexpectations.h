// SPDX-License-Identifier: MIT
// The parts and items of a periodic report as read by hand, from
// tests/data/periodic_expectations.json (lines are 1-based, as the viewer numbers them).
#pragma once

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fl::test {

struct ExpectedItem
{
    QString part;
    QString code;
    int line = 0;
    QString heading;
    QString status; // empty for null
};

struct ExpectedPart
{
    QString name;
    int line = 0;
};

struct ExpectedReport
{
    int tocStartLine = 0;
    QList<ExpectedPart> parts;
    QList<ExpectedItem> items;
};

// The expectations for one file of the data ("corpus/periodic/..."); stops when it has none.
inline ExpectedReport expectedReport(const QString &file)
{
    const QJsonArray all =
        QJsonDocument::fromJson(readData(QStringLiteral("periodic_expectations.json"))).array();
    for (const QJsonValue &value : all) {
        const QJsonObject report = value.toObject();
        if (report[u"file"].toString() != file)
            continue;
        ExpectedReport expected;
        expected.tocStartLine = report[u"toc"].toObject()[u"start_line"].toInt();
        for (const QJsonValue &part : report[u"parts"].toArray())
            expected.parts.append({part[u"part"].toString(), part[u"line"].toInt()});
        for (const QJsonValue &item : report[u"items"].toArray())
            expected.items.append({item[u"part"].toString(), item[u"item"].toString(),
                                   item[u"line"].toInt(), item[u"heading"].toString(),
                                   item[u"status"].toString()});
        return expected;
    }
    qFatal("no expectations for %s", qPrintable(file));
}

} // namespace fl::test

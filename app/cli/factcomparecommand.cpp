// SPDX-License-Identifier: MIT
// `compare --facts`: the inline-XBRL facts of two filings paired by concept, period and
// dimensions; prints the counts and the facts whose values changed.
#include "commands.h"

#include "csvwriter.h"
#include "factcompare.h"
#include "nativepath.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace fl::cli {

namespace {

void write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString elided(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + u'\u2026';
}

} // namespace

int runCompareFacts(const FilingPtr &left, const FilingPtr &right, const QString &format)
{
    const FactComparison c = compareFacts(*left, *right);
    QList<const FactDifference *> changed;
    for (const FactDifference &d : c.rows) {
        if (d.change == FactChange::Changed)
            changed << &d;
    }
    if (format == u"json"_s) {
        QJsonArray facts;
        for (const FactDifference *d : std::as_const(changed)) {
            facts.append(QJsonObject{{u"concept"_s, d->name},
                                     {u"period"_s, d->period},
                                     {u"dimensions"_s, d->dimensions},
                                     {u"unit"_s, d->unit},
                                     {u"left"_s, d->left},
                                     {u"right"_s, d->right}});
        }
        const QJsonObject o{{u"left"_s, displayPath(left->path)},
                            {u"right"_s, displayPath(right->path)},
                            {u"equal"_s, c.equal},
                            {u"changed"_s, c.changed},
                            {u"added"_s, c.added},
                            {u"removed"_s, c.removed},
                            {u"changed_facts"_s, facts}};
        write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (format == u"csv"_s) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        csv.writeRow(
            {u"concept"_s, u"period"_s, u"dimensions"_s, u"unit"_s, u"left"_s, u"right"_s});
        for (const FactDifference *d : std::as_const(changed))
            csv.writeRow({d->name, d->period, d->dimensions, d->unit, d->left, d->right});
        write(buffer.data());
    } else {
        QString out =
            u"left:  %1\nright: %2\n%3 facts paired: %4 equal, %5 changed; %6 only "
            u"left, %7 only right\n"_s.arg(displayPath(left->path), displayPath(right->path))
                .arg(c.paired())
                .arg(c.equal)
                .arg(c.changed)
                .arg(c.removed)
                .arg(c.added);
        if (!changed.isEmpty())
            out += u'\n';
        for (const FactDifference *d : std::as_const(changed)) {
            QString line = elided(d->name, 60) + u"  "_s + d->period;
            if (!d->dimensions.isEmpty())
                line += u"  ["_s + d->dimensions + u']';
            out += line + u"\n    "_s + elided(d->left, 50) + u"  \u2192  "_s + elided(d->right, 50)
                + u'\n';
        }
        write(out.toUtf8());
    }
    std::fflush(stdout);
    return c.changed + c.added + c.removed > 0 ? 1 : 0;
}

} // namespace fl::cli

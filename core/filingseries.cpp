// SPDX-License-Identifier: MIT
// A company's reports over time: series of filings and their similarity tables.
#include "similarity.h"

#include "formschema.h"
#include "formtype.h"
#include "normalize.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// The form a series is named by: a report's variants with their base form (a 10-K405 is a
// 10-K, a small business's 10-KSB is its 10-K, as 10-KSB became 10-K in 2008-2009), but an
// amendment apart, since it usually restates a few items only.
QString seriesForm(const Filing &filing)
{
    const QString form = normalizedFormType(filing);
    const bool amendment = form.endsWith(u"/A"_s);
    const FormSchema *schema = schemaForForm(form);
    QString base = schema ? schema->name : (amendment ? form.chopped(2) : form);
    static const QHash<QString, QString> smallBusiness = {{u"10-KSB"_s, u"10-K"_s},
                                                          {u"10-QSB"_s, u"10-Q"_s}};
    base = smallBusiness.value(base, base);
    return amendment ? base + u"/A"_s : base;
}

// The period of report (ISO), else the filing date: the order of a series.
QString periodOf(const Filing &filing)
{
    for (const Field *f : {&filing.cover.periodOfReport, &filing.header.periodOfReport,
                           &filing.header.filedAsOfDate}) {
        if (!f->normalized.isEmpty())
            return f->normalized;
    }
    return filing.dateOfReport();
}

QString cikOf(const Filing &filing)
{
    const Party *party = filing.header.mainParty();
    return party && !party->cik.isEmpty() ? party->cik.canonical() : QString();
}

QString itemKey(const ItemComparison &c)
{
    return c.part.isEmpty() ? c.code : c.part + u'/' + c.code;
}

} // namespace

QString filingPeriod(const Filing &filing)
{
    return periodOf(filing);
}

QList<FilingSeries> groupIntoSeries(const QList<FilingPtr> &filings)
{
    // A filing without a header (a bare HTML report) takes the CIK of a filing with one under
    // the same registrant name.
    QHash<QString, QString> cikOfName;
    for (const FilingPtr &f : filings) {
        if (f && f->ok() && !cikOf(*f).isEmpty() && !f->registrantName().isEmpty())
            cikOfName.insert(companyNameKey(f->registrantName()), normalizeCik(cikOf(*f)));
    }
    QList<FilingSeries> series;
    QHash<QString, qsizetype> indexOfKey;
    for (const FilingPtr &f : filings) {
        if (!f || !f->ok())
            continue;
        const QString name = companyNameKey(f->registrantName());
        QString cik = cikOf(*f).isEmpty() ? QString() : normalizeCik(cikOf(*f));
        if (cik.isEmpty())
            cik = cikOfName.value(name);
        // Neither a CIK nor a name: a series of its own.
        const QString company = !cik.isEmpty() ? u"cik:"_s + cik
            : !name.isEmpty()                  ? u"name:"_s + name
                                               : u"file:"_s + f->path;
        const QString form = seriesForm(*f);
        const QString key = company + u'\n' + form;
        auto it = indexOfKey.constFind(key);
        if (it == indexOfKey.cend()) {
            it = indexOfKey.insert(key, series.size());
            series.append(FilingSeries{f->registrantName(), cik, form, {}});
        }
        series[it.value()].filings.append(f);
    }
    for (FilingSeries &s : series) {
        std::stable_sort(
            s.filings.begin(), s.filings.end(), [](const FilingPtr &a, const FilingPtr &b) {
                const QString pa = periodOf(*a);
                const QString pb = periodOf(*b);
                if (pa != pb)
                    return pa < pb;
                return a->header.filedAsOfDate.canonical() < b->header.filedAsOfDate.canonical();
            });
        // The latest name the company used.
        if (!s.filings.isEmpty() && !s.filings.last()->registrantName().isEmpty())
            s.company = s.filings.last()->registrantName();
    }
    return series;
}

SimilarityTable similarityTable(const FilingSeries &series)
{
    SimilarityTable table;
    table.series = series;
    const qsizetype pairs = std::max<qsizetype>(0, series.filings.size() - 1);
    const FormSchema *schema =
        series.filings.isEmpty() ? nullptr : schemaForForm(normalizedFormType(*series.filings[0]));
    QList<QHash<QString, ItemComparison>> byPair(pairs);
    struct Key
    {
        QString key;
        QString label;
        int order;     // in the form, or past the end
        int appearing; // first seen
    };
    QHash<QString, qsizetype> keyIndex;
    std::vector<Key> keys;
    for (qsizetype p = 0; p < pairs; ++p) {
        for (ItemComparison &c : compareItems(*series.filings[p], *series.filings[p + 1])) {
            const QString key = itemKey(c);
            if (!keyIndex.contains(key)) {
                const int order = schema ? schema->orderOf(c.part, c.code) : -1;
                QString label = c.part.isEmpty() ? u"Item "_s + c.code
                                                 : u"Part %1, Item %2"_s.arg(c.part, c.code);
                if (!c.title.isEmpty())
                    label += u" \u2014 "_s + c.title;
                keyIndex.insert(key, qsizetype(keys.size()));
                keys.push_back({key, label, order < 0 ? 1 << 20 : order, int(keys.size())});
            }
            byPair[p].insert(key, std::move(c));
        }
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return a.order != b.order ? a.order < b.order : a.appearing < b.appearing;
    });
    for (const Key &k : keys) {
        table.itemKeys.append(k.key);
        table.itemLabels.append(k.label);
        QList<ItemComparison> row;
        for (qsizetype p = 0; p < pairs; ++p)
            row.append(byPair[p].value(k.key)); // empty code: neither filing has the item
        table.cells.append(row);
    }
    return table;
}

} // namespace fl

// SPDX-License-Identifier: MIT
// Fuzz entry: EDGAR's JSON responses and the checks on what they name (see fuzzentries.h).
#include "fuzzentries.h"

#include "edgarendpoints.h"
#include "edgarfilenames.h"
#include "edgarjson.h"

#include <QRegularExpression>

namespace fl::fuzz {

namespace {

// A name that passed fileNameProblem() stays inside its filing's folder.
void requireSafeName(const QString &name)
{
    if (!edgar::fileNameProblem(name).isEmpty())
        return;
    require(!name.isEmpty() && name != QLatin1String(".") && name != QLatin1String(".."),
            "an empty or dot name passed");
    require(!name.contains(u'/') && !name.contains(u'\\') && !name.contains(u':'),
            "a name with a separator passed");
    require(!name.contains(QLatin1String("..")), "a name with '..' passed");
    for (const QChar c : name)
        require(c.unicode() >= 0x20 && c.unicode() != 0x7f, "a name with a control passed");
}

void requireSoundEntries(const QList<edgar::FilingEntry> &entries)
{
    static const QRegularExpression accession(QStringLiteral("^\\d{10}-\\d{2}-\\d{6}$"));
    for (const edgar::FilingEntry &e : entries) {
        require(e.accession.isEmpty() || accession.match(e.accession).hasMatch(),
                "an accession number not in EDGAR's form");
        require(e.cik >= 0 && e.size >= 0, "a negative CIK or size");
        requireSafeName(e.primaryDocument);
    }
}

} // namespace

// The first byte picks the response (tickers, submissions, a submissions page); the rest is the
// JSON. Each parse gives a value or an error, never both missing, and what it gives is sound.
// The same bytes are then read as a CIK, an accession number and a file name.
void readEdgar(const uint8_t *data, size_t size)
{
    if (size < 1)
        return;
    const QByteArray json(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0: {
        const auto tickers = edgar::parseTickers(json);
        for (const edgar::CompanyTicker &t : tickers.value)
            require(t.cik >= 0, "a negative CIK in the tickers");
        break;
    }
    case 1: {
        const auto submissions = edgar::parseSubmissions(json);
        if (submissions.ok()) {
            requireSoundEntries(submissions.value.filings);
            for (const edgar::SubmissionsPage &page : submissions.value.pages)
                requireSafeName(page.name);
        }
        break;
    }
    default: {
        const auto page = edgar::parseSubmissionsPage(json, 320193);
        if (page.ok())
            requireSoundEntries(page.value);
        break;
    }
    }
    const QString text = QString::fromUtf8(json);
    require(edgar::parseCik(text) >= 0, "a negative CIK");
    const QString accession = edgar::normalizeAccession(text);
    if (!accession.isEmpty())
        require(edgar::normalizeAccession(accession) == accession,
                "normalizing an accession number twice changed it");
    requireSafeName(text);
}

} // namespace fl::fuzz

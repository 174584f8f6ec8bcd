// SPDX-License-Identifier: MIT
// list and download: the EDGAR client on the command line. Paths go to stdout one per line
// (so they pipe into export-csv), messages to stderr.
#include "commands.h"

#include "csvwriter.h"
#include "edgarcompany.h"
#include "edgardownloader.h"
#include "edgarscheduler.h"
#include "nativepath.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace fl::edgar;

namespace fl::cli {

namespace {

void message(const char *command, const QString &text)
{
    std::fprintf(stderr, "filinglens-cli %s: %s\n", command, qPrintable(text));
}

// The options list and download share, and what they ask of the filings.
struct Selection
{
    QStringList forms; // empty: every form
    bool amendments = false;
    QDate since;
    QDate until;

    bool matches(const FilingEntry &entry) const
    {
        if (since.isValid() && entry.filingDate < since)
            return false;
        if (until.isValid() && entry.filingDate > until)
            return false;
        if (forms.isEmpty())
            return true;
        for (const QString &form : forms) {
            if (entry.form.compare(form, Qt::CaseInsensitive) == 0
                || (amendments && entry.form.compare(form + u"/A"_s, Qt::CaseInsensitive) == 0))
                return true;
        }
        return false;
    }
};

struct CommonOptions
{
    QCommandLineOption userAgent{u"user-agent"_s,
                                 u"Who you are, as EDGAR requires: \"Name email@example.com\" "
                                 u"(default: $FILINGLENS_USER_AGENT)."_s,
                                 u"UA"_s};
    QCommandLineOption form{u"form"_s,
                            u"Only this form (10-K, 10-Q, 8-K, ...); may be repeated or "
                            u"comma-separated."_s,
                            u"F"_s};
    QCommandLineOption amendments{u"amendments"_s, u"With --form: its amendments (F/A) too."_s};
    QCommandLineOption since{u"since"_s, u"Filed on or after this date (YYYY-MM-DD)."_s, u"D"_s};
    QCommandLineOption until{u"until"_s, u"Filed on or before this date (YYYY-MM-DD)."_s, u"D"_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({userAgent, form, amendments, since, until});
    }
};

// Sets up the scheduler (endpoints, User-Agent) and reads the selection; a message and false
// when something is wrong, before anything is sent.
bool prepare(const char *command, const QCommandLineParser &parser, const CommonOptions &options,
             Selection *selection)
{
    // The window's settings, data and cache folders: one library and one ticker cache.
    QCoreApplication::setOrganizationName(u"FilingLens"_s);
    QCoreApplication::setApplicationName(u"FilingLens"_s);
    QString error;
    const auto endpoints = EdgarEndpoints::fromEnvironment(&error);
    if (!endpoints) {
        message(command, error);
        return false;
    }
    const QString userAgent = parser.isSet(options.userAgent)
        ? parser.value(options.userAgent)
        : qEnvironmentVariable("FILINGLENS_USER_AGENT");
    if (const QString problem = EdgarScheduler::userAgentProblem(userAgent); !problem.isEmpty()) {
        message(command, u"refusing to contact EDGAR: "_s + problem);
        return false;
    }
    EdgarScheduler::instance()->setEndpoints(*endpoints);
    EdgarScheduler::instance()->setUserAgent(userAgent);
    for (const QString &value : parser.values(options.form)) {
        for (const QString &form : value.split(u',', Qt::SkipEmptyParts))
            selection->forms.append(form.trimmed());
    }
    selection->amendments = parser.isSet(options.amendments);
    for (auto [option, date] : {std::pair{&options.since, &selection->since},
                                std::pair{&options.until, &selection->until}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            message(command,
                    u"--%1 wants a date as YYYY-MM-DD, not \"%2\""_s.arg(option->names().first(),
                                                                         parser.value(*option)));
            return false;
        }
    }
    return true;
}

// A ticker or a CIK to a CIK (a CIK needs no ticker list); 0 and a message when unknown.
qint64 resolveCompany(const char *command, const QString &query)
{
    if (const qint64 cik = parseCik(query))
        return cik;
    TickerDirectory tickers;
    QEventLoop loop;
    QString error;
    QObject::connect(&tickers, &TickerDirectory::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&tickers, &TickerDirectory::failed, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    tickers.load();
    if (!tickers.isLoaded() && error.isEmpty())
        loop.exec();
    if (!error.isEmpty()) {
        message(command, error);
        return 0;
    }
    if (const auto found = tickers.find(query))
        return found->cik;
    message(command, u"no company with the ticker or CIK \"%1\" in EDGAR's list"_s.arg(query));
    return 0;
}

// The company's filings whose pages meet the selection's dates.
std::optional<CompanyFilings> fetchFilings(const char *command, qint64 cik,
                                           const Selection &selection)
{
    FilingsFetch fetch;
    QEventLoop loop;
    QString error;
    QObject::connect(&fetch, &FilingsFetch::finished, &loop, &QEventLoop::quit);
    QObject::connect(&fetch, &FilingsFetch::failed, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    fetch.start(cik, selection.since, selection.until);
    loop.exec();
    if (!error.isEmpty()) {
        message(command, error);
        return std::nullopt;
    }
    return fetch.company();
}

QJsonObject toJson(const FilingEntry &entry)
{
    return {{u"cik"_s, entry.cik},
            {u"accession"_s, entry.accession},
            {u"form"_s, entry.form},
            {u"filingDate"_s, entry.filingDate.toString(Qt::ISODate)},
            {u"reportDate"_s, entry.reportDate.toString(Qt::ISODate)},
            {u"items"_s, entry.items},
            {u"primaryDocument"_s, entry.primaryDocument},
            {u"description"_s, entry.description},
            {u"size"_s, entry.size}};
}

void printFilings(const QList<FilingEntry> &filings, const QString &format)
{
    QByteArray out;
    if (format == u"json"_s) {
        QJsonArray array;
        for (const FilingEntry &entry : filings)
            array.append(toJson(entry));
        out = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (format == u"csv"_s) {
        out = "form,filing_date,report_date,accession,items,primary_document,description\r\n";
        for (const FilingEntry &entry : filings) {
            const QStringList cells{entry.form,
                                    entry.filingDate.toString(Qt::ISODate),
                                    entry.reportDate.toString(Qt::ISODate),
                                    entry.accession,
                                    entry.items,
                                    entry.primaryDocument,
                                    entry.description};
            QStringList escaped;
            for (const QString &cell : cells)
                escaped.append(CsvWriter::escape(cell, false));
            out += escaped.join(u',').toUtf8() + "\r\n";
        }
    } else {
        out = u"%1  %2  %3  %4  %5  %6\n"_s.arg(u"FORM"_s, -10)
                  .arg(u"FILED"_s, -10)
                  .arg(u"REPORT"_s, -10)
                  .arg(u"ACCESSION"_s, -20)
                  .arg(u"ITEMS"_s, -14)
                  .arg(u"DOCUMENT"_s)
                  .toUtf8();
        for (const FilingEntry &entry : filings)
            out += u"%1  %2  %3  %4  %5  %6\n"_s.arg(entry.form, -10)
                       .arg(entry.filingDate.toString(Qt::ISODate), -10)
                       .arg(entry.reportDate.toString(Qt::ISODate), -10)
                       .arg(entry.accession, -20)
                       .arg(entry.items, -14)
                       .arg(entry.primaryDocument)
                       .toUtf8();
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

} // namespace

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists a company's filings on EDGAR without downloading them, newest first. All of "
        u"them: the recent ones and the older pages EDGAR splits off (only the pages that "
        u"meet --since/--until are fetched)."_s);
    parser.addHelpOption();
    CommonOptions options;
    options.addTo(parser);
    const QCommandLineOption format(u"format"_s, u"table (the default), json or csv."_s,
                                    u"FORMAT"_s, u"table"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"company"_s, u"A ticker (TSLA) or a CIK (1318605)."_s,
                                 u"TICKER|CIK"_s);
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        message("list", u"give one ticker or CIK (see --help)"_s);
        return 2;
    }
    const QString kind = parser.value(format);
    if (kind != u"table"_s && kind != u"json"_s && kind != u"csv"_s) {
        message("list", u"unknown format '%1' (table, json or csv)"_s.arg(kind));
        return 2;
    }
    Selection selection;
    if (!prepare("list", parser, options, &selection))
        return 2;
    const qint64 cik = resolveCompany("list", parser.positionalArguments().first());
    if (cik == 0)
        return 1;
    const auto company = fetchFilings("list", cik, selection);
    if (!company)
        return 1;
    QList<FilingEntry> chosen;
    for (const FilingEntry &entry : company->filings) {
        if (selection.matches(entry))
            chosen.append(entry);
    }
    printFilings(chosen, kind);
    return 0;
}

int runDownload(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Downloads filings from EDGAR into the library folder (laid out as EDGAR's archive, "
        u"<CIK>/<accession>/<file>) and prints each file's path on a line. A file already "
        u"there is not downloaded again. TICKER or CIK takes the company's filings that match "
        u"--form/--since/--until, newest first, up to --limit; an ACCESSION after a company "
        u"takes that filing of the company instead."_s);
    parser.addHelpOption();
    CommonOptions options;
    options.addTo(parser);
    const QCommandLineOption limit(u"limit"_s, u"At most N filings per company."_s, u"N"_s);
    const QCommandLineOption full(u"full-submission"_s,
                                  u"The whole submission (.txt with header and exhibits) "
                                  u"rather than the primary document."_s);
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    u"The library folder (default: the viewer's, see "
                                    u"Settings)."_s,
                                    u"DIR"_s);
    parser.addOptions({limit, full, output});
    parser.addPositionalArgument(u"what"_s, u"Companies and filings."_s,
                                 u"TICKER|CIK|ACCESSION..."_s);
    parser.process(arguments);
    const char *command = "download";
    if (parser.positionalArguments().isEmpty()) {
        message(command, u"give a ticker, CIK or accession number (see --help)"_s);
        return 2;
    }
    int maxPerCompany = -1;
    if (parser.isSet(limit)) {
        bool ok = false;
        maxPerCompany = parser.value(limit).toInt(&ok);
        if (!ok || maxPerCompany < 1) {
            message(command, u"--limit wants a positive number"_s);
            return 2;
        }
    }
    // Companies in order, each with the accessions named after it.
    QList<std::pair<QString, QStringList>> wanted;
    for (const QString &argument : parser.positionalArguments()) {
        const QString accession = normalizeAccession(argument);
        if (accession.isEmpty()) {
            wanted.append({argument, {}});
        } else if (wanted.isEmpty()) {
            message(command, u"accession %1: name its company first (TSLA %1)"_s.arg(accession));
            return 2;
        } else {
            wanted.last().second.append(accession);
        }
    }
    Selection selection;
    if (!prepare(command, parser, options, &selection))
        return 2;

    QList<DownloadTarget> targets;
    for (const auto &[query, accessions] : wanted) {
        const qint64 cik = resolveCompany(command, query);
        if (cik == 0)
            return 1;
        // Named accessions can be of any date: then every page is needed.
        const auto company =
            fetchFilings(command, cik, accessions.isEmpty() ? selection : Selection{});
        if (!company)
            return 1;
        int taken = 0;
        for (const FilingEntry &entry : company->filings) {
            const bool pick = accessions.isEmpty() ? selection.matches(entry)
                                                   : accessions.contains(entry.accession);
            if (!pick || (maxPerCompany > 0 && taken >= maxPerCompany))
                continue;
            ++taken;
            targets.append(parser.isSet(full) ? DownloadTarget::fullSubmission(entry)
                                              : DownloadTarget::primaryDocument(entry));
        }
        for (const QString &accession : accessions) {
            if (std::none_of(targets.cbegin(), targets.cend(),
                             [&](const DownloadTarget &t) { return t.accession == accession; })) {
                message(command, u"%1 has no filing %2"_s.arg(query, accession));
                return 1;
            }
        }
        if (taken == 0)
            message(command, u"%1: no filing matches"_s.arg(query));
    }

    const QString root =
        parser.isSet(output) ? parser.value(output) : EdgarLibrary::configuredRoot();
    // Paths go out one per line, and EDGAR's file names never hold a control character
    // (fileNameProblem refuses them): only the library folder could break a line.
    if (displayLine(root) != displayPath(root)) {
        message(command,
                u"the library folder %1 has a newline or other control character in "
                u"its name, and download prints one path per line; choose another "
                u"folder"_s.arg(displayLine(root)));
        return 2;
    }
    if (pathToNative(root) != root.toUtf8()) {
        message(command,
                u"the library folder %1 is not valid UTF-8; choose a UTF-8 name"_s.arg(
                    displayLine(root)));
        return 2;
    }
    EdgarDownloader downloader{EdgarLibrary(root)};
    QEventLoop loop;
    int failures = 0;
    QObject::connect(&downloader, &EdgarDownloader::fileReady, &loop,
                     [](const DownloadTarget &, const QString &path, bool) {
                         std::printf("%s\n", qPrintable(path));
                         std::fflush(stdout);
                     });
    QObject::connect(&downloader, &EdgarDownloader::failed, &loop,
                     [&](const DownloadTarget &, const QString &why) {
                         ++failures;
                         message(command, why);
                     });
    QObject::connect(&downloader, &EdgarDownloader::retrying, &loop,
                     [&](const QString &why) { message(command, why); });
    QObject::connect(&downloader, &EdgarDownloader::finished, &loop, &QEventLoop::quit);
    downloader.start(targets);
    loop.exec();
    return failures > 0 ? 1 : 0;
}

} // namespace fl::cli

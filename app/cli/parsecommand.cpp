// SPDX-License-Identifier: MIT
#include "commands.h"

#include "filingparser.h"
#include "jsonexport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QThread>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fl::cli {

int runParse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Parses EDGAR filings (plain text, full submissions, HTML) and prints one JSON object "
        u"per file, one per line, in the order given. Exits with 1 if any file failed."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption pretty(u"pretty"_s, u"Indent the JSON."_s);
    const QCommandLineOption recursive({u"r"_s, u"recursive"_s},
                                       u"Parse the filings inside folders given as arguments."_s);
    const QCommandLineOption jobs(
        {u"j"_s, u"jobs"_s},
        u"Files parsed at once (default: number of cores); with fewer files, "
        u"each file's documents share the spare cores."_s,
        u"N"_s);
    const QCommandLineOption itemText(u"item-text"_s,
                                      u"Add each item's text (heading included, whitespace as "
                                      u"displayed) to the JSON as items[].text."_s);
    const QCommandLineOption facts(u"facts"_s,
                                   u"Add the inline-XBRL facts to the JSON as facts[]."_s);
    parser.addOptions({pretty, recursive, jobs, itemText, facts});
    parser.addPositionalArgument(u"files"_s, u"Filings to parse."_s, u"FILE..."_s);
    parser.process(arguments);

    const QStringList files = parser.isSet(recursive) ? expandFolders(parser.positionalArguments())
                                                      : parser.positionalArguments();
    if (files.isEmpty()) {
        std::fputs("filinglens-cli parse: no file given (see --help)\n", stderr);
        return 2;
    }
    int workers = QThread::idealThreadCount();
    if (parser.isSet(jobs))
        workers = std::max(1, parser.value(jobs).toInt());

    // Fewer files than workers: the spare cores convert the documents of each file in parallel
    // (a single 100 MB submission otherwise parses on one thread).
    const int threadsPerFile =
        std::max(1, workers / int(std::min<qsizetype>(workers, files.size())));

    const auto format = parser.isSet(pretty) ? QJsonDocument::Indented : QJsonDocument::Compact;
    JsonOptions json;
    json.itemText = parser.isSet(itemText);
    json.facts = parser.isSet(facts);
    struct Output
    {
        QByteArray json;
        bool ok = false;
        bool done = false;
    };
    // `workers` threads that stay for the whole run (so that each keeps its parser context and
    // caches from file to file), at most `window` files ahead of the one printed next; results
    // are printed in input order as they complete.
    const qsizetype window = qsizetype(workers) * 2;
    std::vector<Output> outputs(size_t(files.size()));
    std::mutex mutex;
    std::condition_variable changed;
    qsizetype next = 0;
    qsizetype printed = 0;
    const auto work = [&] {
        std::unique_lock lock(mutex);
        while (true) {
            changed.wait(lock, [&] { return next >= files.size() || next < printed + window; });
            if (next >= files.size())
                return;
            const qsizetype index = next++;
            lock.unlock();
            ParseOptions options;
            options.threads = threadsPerFile;
            const FilingPtr filing = parseFile(files[index], options);
            QByteArray line = QJsonDocument(filingToJson(*filing, json)).toJson(format);
            if (!line.endsWith('\n'))
                line.append('\n');
            lock.lock();
            outputs[size_t(index)] = Output{std::move(line), filing->ok(), true};
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < std::min<qsizetype>(workers, files.size()); ++i)
        threads.emplace_back(work);
    bool anyFailed = false;
    while (printed < files.size()) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return outputs[size_t(printed)].done; });
        Output out = std::move(outputs[size_t(printed)]);
        outputs[size_t(printed)] = Output{};
        ++printed;
        changed.notify_all();
        lock.unlock();
        anyFailed = anyFailed || !out.ok;
        std::fwrite(out.json.constData(), 1, size_t(out.json.size()), stdout);
    }
    for (std::thread &thread : threads)
        thread.join();
    std::fflush(stdout);
    return anyFailed ? 1 : 0;
}

int runText(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Prints the text FilingLens displays for a filing: plain text as it is, HTML "
        u"converted, binary attachments replaced by a one-line note. Offsets in 'parse' "
        u"output point into this text."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"The filing."_s, u"FILE"_s);
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        std::fputs("filinglens-cli text: give exactly one file (see --help)\n", stderr);
        return 2;
    }
    const FilingPtr filing = parseFile(parser.positionalArguments().constFirst());
    if (!filing->ok()) {
        std::fprintf(stderr, "filinglens-cli text: %s\n", qPrintable(filing->errorMessage));
        return 1;
    }
    const QByteArray utf8 = filing->text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    return 0;
}

} // namespace fl::cli

// SPDX-License-Identifier: MIT
// The scaling harness: takes the inputs of each fuzz target, repeats their parts 10 and 100
// times, and flags any input whose time per byte grows by more than a factor (3 by default)
// from the 10-fold to the 100-fold input. A fuzzer finds crashes; this finds the inputs that
// make a linear stage quadratic, which a fuzzer's timeout only catches when they are huge.
//   fuzz_scaling [--seconds N] [--limit F] [--max-input BYTES] TARGET=DIR...
// DIR holds one input per file (a fuzzer's corpus, or tests/fuzz/regressions/TARGET); each
// folder gets an equal share of the N seconds. Times are CPU times of the harness's thread.
#include "fuzzentries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace {

using Entry = void (*)(const uint8_t *, size_t);

const std::map<QString, Entry> kEntries{
    {u"parse"_s, fl::fuzz::parseWholeFile}, {u"header"_s, fl::fuzz::parseHeader},
    {u"html"_s, fl::fuzz::convertHtml},     {u"items"_s, fl::fuzz::detectItems},
    {u"diff"_s, fl::fuzz::diffTexts},       {u"csv"_s, fl::fuzz::writeCsv},
    {u"ix"_s, fl::fuzz::transformFacts},    {u"edgar"_s, fl::fuzz::readEdgar},
};

// Ways to repeat the parts of an input `times` times.
struct Repetition
{
    const char *name;
    std::function<QByteArray(const QByteArray &, int)> make;
};

const Repetition kRepetitions[] = {
    {"whole",
     [](const QByteArray &in, int times) -> QByteArray {
         return in.repeated(times);
     }},
    // The middle half repeated between the first and last quarter: the head (an SEC header,
    // <html>, a JSON object's start) and the tail stay once, the body grows.
    {"middle",
     [](const QByteArray &in, int times) -> QByteArray {
         const qsizetype q = in.size() / 4;
         return in.first(q) + in.sliced(q, in.size() - 2 * q).repeated(times)
             + in.sliced(in.size() - q);
     }},
    // Every line repeated in place: runs of identical lines, headings, cells, page breaks.
    {"lines",
     [](const QByteArray &in, int times) {
         QByteArray out;
         out.reserve(in.size() * times);
         qsizetype from = 0;
         while (from < in.size()) {
             qsizetype nl = in.indexOf('\n', from);
             nl = nl < 0 ? in.size() : nl + 1;
             const QByteArrayView line(in.constData() + from, nl - from);
             for (int i = 0; i < times; ++i)
                 out.append(line);
             from = nl;
         }
         return out;
     }},
};

// The CPU time of this thread: on a shared machine, wall time measures the other processes.
double threadSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Best of `runs` timings of one call, in CPU seconds.
double bestSeconds(Entry entry, const QByteArray &input, int runs)
{
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        const double start = threadSeconds();
        entry(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        best = std::min(best, threadSeconds() - start);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Flags fuzz inputs whose cost grows faster than their size."_s);
    parser.addHelpOption();
    const QCommandLineOption seconds(u"seconds"_s, u"Stop starting inputs after this long."_s,
                                     u"N"_s, u"120"_s);
    const QCommandLineOption limit(u"limit"_s, u"Largest allowed growth of time per byte."_s,
                                   u"F"_s, u"3"_s);
    const QCommandLineOption maxInput(u"max-input"_s, u"Inputs are cut to this many bytes."_s,
                                      u"BYTES"_s, u"65536"_s);
    parser.addOptions({seconds, limit, maxInput});
    parser.addPositionalArgument(u"TARGET=DIR"_s, u"A fuzz target and a folder of its inputs."_s);
    parser.process(app);
    const double budget = parser.value(seconds).toDouble();
    const double allowed = parser.value(limit).toDouble();
    const qsizetype cut = parser.value(maxInput).toLongLong();

    QElapsedTimer clock;
    clock.start();
    int inputs = 0;
    int flagged = 0;
    std::printf("%-8s %-40s %-7s %9s %9s %9s %7s\n", "target", "input", "repeat", "bytes x100",
                "ns/B x10", "ns/B x100", "growth");
    const QStringList arguments = parser.positionalArguments();
    // Each folder gets an equal share of the time, so that the first cannot take it all.
    const double share = budget / std::max<qsizetype>(1, arguments.size());
    for (const QString &argument : arguments) {
        const double folderStart = double(clock.elapsed()) / 1000;
        const QString target = argument.section(u'=', 0, 0);
        const QDir dir(argument.section(u'=', 1));
        const auto entry = kEntries.find(target);
        if (entry == kEntries.end()) {
            std::fprintf(stderr, "fuzz_scaling: no fuzz target %s\n", qPrintable(target));
            return 2;
        }
        if (!dir.exists()) { // a target the fuzzers did not run this time
            std::fprintf(stderr, "fuzz_scaling: no folder %s, skipped\n", qPrintable(dir.path()));
            continue;
        }
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (double(clock.elapsed()) / 1000 - folderStart > share)
                break;
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray input = file.read(cut);
            if (input.size() < 8)
                continue; // nothing to repeat
            ++inputs;
            for (const Repetition &repetition : kRepetitions) {
                const QByteArray ten = repetition.make(input, 10);
                const QByteArray hundred = repetition.make(input, 100);
                // The small input is timed often enough to be above the clock's noise.
                const double t10 = bestSeconds(entry->second, ten, 5);
                const double t100 = bestSeconds(entry->second, hundred, 2);
                const double perByte10 = t10 / double(ten.size()) * 1e9;
                const double perByte100 = t100 / double(hundred.size()) * 1e9;
                const double growth = perByte100 / std::max(perByte10, 1e-3);
                // Under 20 ms the 100-fold input is too quick for growth to mean anything.
                const bool bad = growth > allowed && t100 > 0.02;
                flagged += bad;
                if (bad || growth > allowed / 2)
                    std::printf("%-8s %-40s %-7s %9lld %9.1f %9.1f %7.2f%s\n", qPrintable(target),
                                qPrintable(name.left(40)), repetition.name,
                                qlonglong(hundred.size()), perByte10, perByte100, growth,
                                bad ? "  <-- grows" : "");
            }
        }
    }
    std::printf("%d input(s) in %.0f s, %d repetition(s) growing more than %.1fx\n", inputs,
                double(clock.elapsed()) / 1000, flagged, allowed);
    return flagged ? 1 : 0;
}

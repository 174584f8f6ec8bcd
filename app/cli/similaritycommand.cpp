// SPDX-License-Identifier: MIT
// `compare --items` and `similarity`: the Lazy Prices scores item by item, for a pair of reports
// and for a company's reports over time.
#include "commands.h"

#include "csvwriter.h"
#include "filingparser.h"
#include "nativepath.h"
#include "similarity.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace fl::cli {

namespace {

void print(const QString &text, FILE *stream = stdout)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
}

QString number(double value)
{
    return QString::number(value, 'f', 6);
}

// The columns of `compare --items` (one row per item pair), in order.
const QStringList kItemColumns = {u"part"_s,        u"item"_s,  u"status"_s,  u"words_left"_s,
                                  u"words_right"_s, u"added"_s, u"deleted"_s, u"cosine"_s,
                                  u"jaccard"_s,     u"simple"_s};

// status, words_left, words_right, added, deleted, cosine, jaccard, simple: the tail of both
// commands' rows.
QStringList scoreCells(const ItemComparison &c)
{
    const TextSimilarity &s = c.scores;
    return {compareStatusName(c.status),
            QString::number(s.wordsLeft),
            QString::number(s.wordsRight),
            QString::number(s.added),
            QString::number(s.deleted),
            number(s.cosine),
            number(s.jaccard),
            number(s.simple)};
}

QStringList itemRow(const ItemComparison &c)
{
    return QStringList{c.part, c.code} + scoreCells(c);
}

QJsonObject itemJson(const ItemComparison &c)
{
    const TextSimilarity &s = c.scores;
    QJsonObject o;
    o[u"part"_s] = c.part;
    o[u"item"_s] = c.code;
    o[u"title"_s] = c.title;
    o[u"status"_s] = compareStatusName(c.status);
    o[u"words_left"_s] = double(s.wordsLeft);
    o[u"words_right"_s] = double(s.wordsRight);
    o[u"added"_s] = double(s.added);
    o[u"deleted"_s] = double(s.deleted);
    o[u"cosine"_s] = s.cosine;
    o[u"jaccard"_s] = s.jaccard;
    o[u"simple"_s] = s.simple;
    QJsonArray changes;
    for (const ItemChange &ch : c.changes) {
        QJsonObject x;
        x[u"kind"_s] = itemChangeKindName(ch.kind);
        // 1-based lines, as the text view and unified diffs number them.
        x[u"left_line"_s] = ch.leftLine + 1;
        x[u"left_count"_s] = ch.leftCount;
        x[u"right_line"_s] = ch.rightLine + 1;
        x[u"right_count"_s] = ch.rightCount;
        if (ch.kind == ItemChangeKind::Move)
            x[u"similarity"_s] = ch.similarity;
        changes.append(x);
    }
    o[u"changes"_s] = changes;
    if (c.code == u"1A"_s && c.status != CompareStatus::OnlyLeft
        && c.status != CompareStatus::OnlyRight) {
        QJsonArray subheadings;
        for (const SubheadingDifference &d : c.subheadings) {
            QJsonObject x;
            x[u"change"_s] = subheadingChangeName(d.change);
            x[u"left"_s] = d.left;
            x[u"right"_s] = d.right;
            x[u"similarity"_s] = d.similarity;
            subheadings.append(x);
        }
        o[u"subheadings"_s] = subheadings;
    }
    return o;
}

QByteArray csvOf(const QList<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    for (const QStringList &row : rows)
        csv.writeRow(row);
    return buffer.data();
}

// Parses files on `jobs` threads, results in input order.
QList<FilingPtr> parseAll(const QStringList &files, int jobs)
{
    QList<FilingPtr> out(files.size());
    for (qsizetype from = 0; from < files.size(); from += jobs) {
        std::vector<std::future<FilingPtr>> batch;
        for (qsizetype i = from; i < std::min(files.size(), from + jobs); ++i)
            batch.push_back(
                std::async(std::launch::async, [&files, i] { return parseFile(files[i]); }));
        for (size_t k = 0; k < batch.size(); ++k)
            out[from + qsizetype(k)] = batch[k].get();
    }
    return out;
}

} // namespace

int runCompareItems(const FilingPtr &left, const FilingPtr &right, const QString &format)
{
    const QList<ItemComparison> items = compareItems(*left, *right);
    const bool differs = std::any_of(items.begin(), items.end(), [](const ItemComparison &c) {
        return c.status != CompareStatus::Same;
    });
    if (format == u"json"_s) {
        QJsonArray rows;
        for (const ItemComparison &c : items)
            rows.append(itemJson(c));
        print(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
    } else if (format == u"csv"_s) {
        QList<QStringList> rows{kItemColumns};
        for (const ItemComparison &c : items)
            rows.append(itemRow(c));
        const QByteArray csv = csvOf(rows);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    } else {
        print(u"left:  %1\nright: %2\n\n"_s.arg(displayPath(left->path), displayPath(right->path)));
        print(u"%1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s.arg(u"part"_s, -4)
                  .arg(u"item"_s, -5)
                  .arg(u"status"_s, -11)
                  .arg(u"words"_s, 13)
                  .arg(u"added"_s, 7)
                  .arg(u"deleted"_s, 7)
                  .arg(u"cosine"_s, 7)
                  .arg(u"jaccard"_s, 7)
                  .arg(u"simple"_s, 7));
        for (const ItemComparison &c : items) {
            const TextSimilarity &s = c.scores;
            print(u"%1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s.arg(c.part, -4)
                      .arg(c.code, -5)
                      .arg(compareStatusName(c.status), -11)
                      .arg(u"%1/%2"_s.arg(s.wordsLeft).arg(s.wordsRight), 13)
                      .arg(s.added, 7)
                      .arg(s.deleted, 7)
                      .arg(s.cosine, 7, 'f', 4)
                      .arg(s.jaccard, 7, 'f', 4)
                      .arg(s.simple, 7, 'f', 4));
        }
    }
    std::fflush(stdout);
    return differs ? 1 : 0;
}

int runSimilarity(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Groups periodic reports by company (CIK, else registrant name) and form, orders each "
        u"group by period of report and prints the similarity of each item between consecutive "
        u"reports: one row per group, item and pair (cosine, jaccard and simple as in Lazy "
        u"Prices). Exit status: 0, 1 when a file could not be read, 2 when no group has two "
        u"reports."_s);
    parser.addHelpOption();
    const QCommandLineOption format({u"f"_s, u"format"_s}, u"csv (default) or json."_s, u"FORMAT"_s,
                                    u"csv"_s);
    const QCommandLineOption recursive({u"r"_s, u"recursive"_s},
                                       u"Read the filings inside folders given as arguments."_s);
    const QCommandLineOption jobs({u"j"_s, u"jobs"_s},
                                  u"Files parsed at once (default: number of cores)."_s, u"N"_s);
    parser.addOptions({format, recursive, jobs});
    parser.addPositionalArgument(u"files"_s, u"Periodic reports."_s, u"FILE..."_s);
    parser.process(arguments);
    const QString kind = parser.value(format);
    if (kind != u"csv"_s && kind != u"json"_s) {
        print(u"filinglens-cli similarity: unknown format '%1' (csv or json)\n"_s.arg(kind),
              stderr);
        return 2;
    }
    const QStringList files = parser.isSet(recursive) ? expandFolders(parser.positionalArguments())
                                                      : parser.positionalArguments();
    if (files.size() < 2) {
        print(u"filinglens-cli similarity: give at least two reports of a company (see --help)\n"_s,
              stderr);
        return 2;
    }
    const int workers = parser.isSet(jobs) ? std::max(1, parser.value(jobs).toInt())
                                           : std::max(1, QThread::idealThreadCount());
    QList<FilingPtr> filings = parseAll(files, workers);
    bool failed = false;
    for (const FilingPtr &f : std::as_const(filings)) {
        if (!f->ok()) {
            print(u"filinglens-cli similarity: skipped %1: %2\n"_s.arg(displayLine(f->path),
                                                                       f->errorMessage),
                  stderr);
            failed = true;
        }
    }
    const QList<FilingSeries> series = groupIntoSeries(filings);
    const QStringList columns = {
        u"company"_s, u"cik"_s,        u"form"_s,        u"part"_s,        u"item"_s,
        u"title"_s,   u"left_file"_s,  u"right_file"_s,  u"left_period"_s, u"right_period"_s,
        u"status"_s,  u"words_left"_s, u"words_right"_s, u"added"_s,       u"deleted"_s,
        u"cosine"_s,  u"jaccard"_s,    u"simple"_s};
    QList<QStringList> rows{columns};
    QJsonArray records;
    int tables = 0;
    for (const FilingSeries &s : series) {
        if (s.filings.size() < 2) {
            print(u"filinglens-cli similarity: only one %1 of %2 (%3): nothing to compare\n"_s.arg(
                      s.form, s.company.isEmpty() ? u"an unnamed registrant"_s : s.company,
                      displayLine(s.filings.first()->path)),
                  stderr);
            continue;
        }
        ++tables;
        const SimilarityTable table = similarityTable(s);
        for (qsizetype row = 0; row < table.itemKeys.size(); ++row) {
            for (qsizetype p = 0; p < table.cells[row].size(); ++p) {
                const ItemComparison &c = table.cells[row][p];
                if (c.code.isEmpty())
                    continue;
                const Filing &l = *s.filings[p];
                const Filing &r = *s.filings[p + 1];
                const QStringList values = QStringList{s.company,
                                                       s.cik,
                                                       s.form,
                                                       c.part,
                                                       c.code,
                                                       c.title,
                                                       displayPath(l.path),
                                                       displayPath(r.path),
                                                       filingPeriod(l),
                                                       filingPeriod(r)}
                    + scoreCells(c);
                rows.append(values);
                QJsonObject o;
                for (qsizetype k = 0; k < columns.size(); ++k) {
                    // Counts and scores as JSON numbers.
                    if (k >= columns.indexOf(u"words_left"_s))
                        o[columns[k]] = values[k].toDouble();
                    else
                        o[columns[k]] = values[k];
                }
                o[u"cosine"_s] = c.scores.cosine;
                o[u"jaccard"_s] = c.scores.jaccard;
                o[u"simple"_s] = c.scores.simple;
                records.append(o);
            }
        }
    }
    if (tables == 0) {
        print(u"filinglens-cli similarity: no company has two reports of one form to compare\n"_s,
              stderr);
        return 2;
    }
    if (kind == u"json"_s) {
        print(QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Indented)));
    } else {
        const QByteArray csv = csvOf(rows);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    }
    std::fflush(stdout);
    return failed ? 1 : 0;
}

} // namespace fl::cli

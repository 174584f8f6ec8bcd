// SPDX-License-Identifier: MIT
#include "commands.h"

#include "comparison.h"
#include "csvexport.h"
#include "csvwriter.h"
#include "filingparser.h"
#include "nativepath.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace fl::cli {

namespace {

void print(const QString &text, FILE *stream = stdout)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
}

QString elide(const QString &text, int width)
{
    const QString one = QString(text).replace(u'\n', u' ');
    return one.size() <= width ? one : one.left(width - 1) + u'\u2026';
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Compares two filings field by field (cover page, header, items, exhibits, "
        u"signatures, documents), pairing fields by meaning and normalized values, and "
        u"optionally their texts. Exit status: 0 when nothing differs, 1 when something does, "
        u"2 when a filing could not be read."_s);
    parser.addHelpOption();
    const QCommandLineOption format({u"f"_s, u"format"_s}, u"text (default), json or csv."_s,
                                    u"FORMAT"_s, u"text"_s);
    const QCommandLineOption text(u"text"_s, u"Add a unified diff of the two texts."_s);
    const QCommandLineOption whitespace({u"w"_s, u"ignore-whitespace"_s},
                                        u"Ignore changes of blanks and re-wrapped lines in the "
                                        u"text diff."_s);
    const QCommandLineOption changesOnly(u"changes-only"_s,
                                         u"Leave out fields that are the same."_s);
    const QCommandLineOption items(u"items"_s,
                                   u"Compare two reports item by item: per item pair its status, "
                                   u"words, words added and deleted, and the cosine, jaccard and "
                                   u"simple similarity scores."_s);
    const QCommandLineOption facts(u"facts"_s,
                                   u"Compare the inline-XBRL facts: paired by concept, period and "
                                   u"dimensions; prints the counts and the changed facts."_s);
    parser.addOptions({format, text, whitespace, changesOnly, items, facts});
    parser.addPositionalArgument(u"left"_s, u"The first filing."_s);
    parser.addPositionalArgument(u"right"_s, u"The second filing."_s);
    parser.process(arguments);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        print(u"filinglens-cli compare: give exactly two filings (see --help)\n"_s, stderr);
        return 2;
    }
    const QString kind = parser.value(format);
    if (kind != u"text"_s && kind != u"json"_s && kind != u"csv"_s) {
        print(u"filinglens-cli compare: unknown format '%1' (text, json or csv)\n"_s.arg(kind),
              stderr);
        return 2;
    }
    if (parser.isSet(items) && (parser.isSet(text) || parser.isSet(changesOnly))) {
        print(u"filinglens-cli compare: --items does not combine with --text or --changes-only\n"_s,
              stderr);
        return 2;
    }
    if (parser.isSet(facts)
        && (parser.isSet(items) || parser.isSet(text) || parser.isSet(changesOnly))) {
        print(u"filinglens-cli compare: --facts does not combine with --items, --text or "
              u"--changes-only\n"_s,
              stderr);
        return 2;
    }
    if (kind == u"csv"_s && parser.isSet(text)) {
        print(u"filinglens-cli compare: --text needs --format text or json\n"_s, stderr);
        return 2;
    }

    const FilingPtr left = parseFile(files[0]);
    const FilingPtr right = parseFile(files[1]);
    for (const FilingPtr &f : {left, right}) {
        if (!f->ok()) {
            print(u"filinglens-cli compare: %1: %2\n"_s.arg(displayLine(f->path), f->errorMessage),
                  stderr);
            return 2;
        }
    }
    if (parser.isSet(items))
        return runCompareItems(left, right, kind);
    if (parser.isSet(facts))
        return runCompareFacts(left, right, kind);
    QList<FieldDifference> rows = compareFields(*left, *right);
    int counts[5] = {};
    for (const FieldDifference &d : std::as_const(rows))
        ++counts[int(d.status)];
    const bool anyDifference = counts[int(CompareStatus::Same)] < rows.size();
    if (parser.isSet(changesOnly))
        rows.removeIf([](const FieldDifference &d) { return d.status == CompareStatus::Same; });
    DiffOptions options;
    options.ignoreWhitespace = parser.isSet(whitespace);
    QString unified;
    bool textDiffers = false;
    if (parser.isSet(text)) {
        const TextDiff diff = diffFilings(*left, *right, options);
        unified = unifiedDiff(DiffSide{left->text, left->lineStarts},
                              DiffSide{right->text, right->lineStarts}, diff,
                              displayPath(left->path), displayPath(right->path));
        textDiffers = !unified.isEmpty();
    }

    if (kind == u"json"_s) {
        QJsonArray fields;
        for (const FieldDifference &d : std::as_const(rows)) {
            QJsonObject o;
            o[u"field"_s] = d.field;
            o[u"left"_s] = d.left;
            o[u"right"_s] = d.right;
            o[u"status"_s] = compareStatusName(d.status);
            fields.append(o);
        }
        QJsonObject o;
        o[u"left"_s] = displayPath(left->path);
        o[u"right"_s] = displayPath(right->path);
        o[u"fields"_s] = fields;
        o[u"text_diff"_s] = parser.isSet(text) ? QJsonValue(unified) : QJsonValue(QJsonValue::Null);
        print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else if (kind == u"csv"_s) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        writeComparisonCsv(csv, rows);
        std::fwrite(buffer.data().constData(), 1, size_t(buffer.data().size()), stdout);
    } else {
        print(u"left:  %1\nright: %2\n%3 same, %4 changed, %5 renumbered, %6 only left, "
              u"%7 only right\n\n"_s.arg(displayPath(left->path), displayPath(right->path))
                  .arg(counts[int(CompareStatus::Same)])
                  .arg(counts[int(CompareStatus::Changed)])
                  .arg(counts[int(CompareStatus::Renumbered)])
                  .arg(counts[int(CompareStatus::OnlyLeft)])
                  .arg(counts[int(CompareStatus::OnlyRight)]));
        for (const FieldDifference &d : std::as_const(rows)) {
            QString line = compareStatusName(d.status).leftJustified(11) + u' '
                + elide(d.field, 48).leftJustified(48) + u"  "_s;
            if (d.status == CompareStatus::Same)
                line += elide(d.left, 60);
            else
                line += elide(d.left.isEmpty() ? u"\u2014"_s : d.left, 40) + u"  \u2192  "_s
                    + elide(d.right.isEmpty() ? u"\u2014"_s : d.right, 40);
            print(line + u'\n');
        }
        if (parser.isSet(text))
            print(unified.isEmpty() ? u"\nThe texts are the same.\n"_s : u'\n' + unified);
    }
    std::fflush(stdout);
    return anyDifference || textDiffers ? 1 : 0;
}

} // namespace fl::cli

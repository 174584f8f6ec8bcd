// SPDX-License-Identifier: MIT
// Helpers shared by the tests: where the test data is, and checks every test wants.
#pragma once

#include "comparison.h"
#include "coverfields.h"
#include "filing.h"
#include "filingparser.h"
#include "normalize.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <ftw.h>
#include <stdio.h>

namespace fl::test {

// Runs one of the independent readers in tests/tools (Python: lxml, openpyxl) with `arguments`
// under Debian's python3, where python3-lxml installs, and returns the JSON it prints. A reader
// that fails stops the test run: its expectations would be missing.
inline QJsonObject runToolJson(const QString &script, const QStringList &arguments,
                               int timeoutMs = 300000)
{
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStringLiteral("python3");
    QProcess p;
    p.start(python,
            QStringList{QStringLiteral(FILINGLENS_TEST_DATA "/../tools/") + script} + arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0)
        qFatal("%s failed on %s: %s", qPrintable(script), qPrintable(arguments.join(u' ')),
               p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

inline QString dataPath(const QString &relative = {})
{
    const QString root = QStringLiteral(FILINGLENS_TEST_DATA);
    return relative.isEmpty() ? root : root + u'/' + relative;
}

// The bytes of a file of the test data (the test stops if it is missing).
inline QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}

// A filing of the test data, parsed (the test stops if it cannot be: the data is known good).
inline FilingPtr parseData(const QString &relative)
{
    const FilingPtr f = parseFile(dataPath(relative));
    if (!f->ok())
        qFatal("%s: %s", qPrintable(relative), qPrintable(f->errorMessage));
    return f;
}

// Writes `bytes` to `path` and returns the path (the test stops if it cannot).
inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The row of a field comparison for `field`, or null.
inline const FieldDifference *findDifference(const QList<FieldDifference> &rows,
                                             const QString &field)
{
    for (const FieldDifference &d : rows) {
        if (d.field == field)
            return &d;
    }
    return nullptr;
}

// Every filing in the test data, relative to the data folder, sorted.
inline QStringList allDataFiles()
{
    QStringList files;
    QDirIterator it(dataPath(),
                    {QStringLiteral("*.txt"), QStringLiteral("*.htm"), QStringLiteral("*.html"),
                     QStringLiteral("*.nc"), QStringLiteral("*.sgml")},
                    QDir::Files, QDirIterator::Subdirectories);
    const QDir root(dataPath());
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The codes of a filing's warnings, in order.
inline QStringList warningCodes(const Filing &filing)
{
    QStringList codes;
    for (const Warning &w : filing.warnings)
        codes << w.code;
    return codes;
}

// The first warning of a kind, or null.
inline const Warning *findWarning(const Filing &filing, const QString &code)
{
    for (const Warning &w : filing.warnings) {
        if (w.code == code)
            return &w;
    }
    return nullptr;
}

// The text a field's range points at must read as the field's value. Values read from
// several lines (addresses, titles) are joined with ", " or " " and may skip what stands
// between their parts (a zip code column): then the value's words must appear in order.
inline bool rangeShowsValue(const Filing &filing, const Field &field, QString *why = nullptr)
{
    if (field.isEmpty())
        return true;
    if (!field.range.isValid() || field.range.end() > filing.text.size()) {
        if (why)
            *why = QStringLiteral("invalid range for \"%1\"").arg(field.value);
        return false;
    }
    const QString shown = simplified(filing.textOf(field.range));
    if (shown == field.value)
        return true;
    auto words = [](QString text) {
        text.remove(u',');
        return simplified(text).split(u' ', Qt::SkipEmptyParts);
    };
    const QStringList shownWords = words(shown);
    qsizetype pos = 0;
    bool inOrder = true;
    for (const QString &word : words(field.value)) {
        const qsizetype found = shownWords.indexOf(word, pos);
        if (found < 0) {
            inOrder = false;
            break;
        }
        pos = found + 1;
    }
    if (inOrder)
        return true;
    if (why)
        *why = QStringLiteral("range shows \"%1\" but the value is \"%2\"").arg(shown, field.value);
    return false;
}

// As rangeShowsValue, but a value taken from an inline-XBRL tag the text does not show (in
// ix:hidden or in content hidden from view) has no range: there is nothing to point at.
inline bool rangeShowsValueOrUnshownTag(const Filing &filing, const Field &field,
                                        QString *why = nullptr)
{
    if (!field.isEmpty() && !field.range.isValid()) {
        for (const Fact &fact : filing.facts) {
            if (!fact.range.isValid() && fact.displayed == field.value)
                return true;
        }
    }
    return rangeShowsValue(filing, field, why);
}

// All fields of a parse result, for checks that apply to each.
inline QList<const Field *> allFields(const Filing &f)
{
    QList<const Field *> fields = {&f.formType};
    const Header &h = f.header;
    fields << &h.accessionNumber << &h.submissionType << &h.documentCount << &h.periodOfReport
           << &h.filedAsOfDate << &h.dateOfChange << &h.acceptanceDateTime;
    for (const Field &i : h.itemInformation)
        fields << &i;
    for (const Party &p : h.parties) {
        fields << &p.companyName << &p.cik << &p.sic << &p.irsNumber << &p.stateOfIncorporation
               << &p.fiscalYearEnd << &p.formType << &p.secAct << &p.secFileNumber << &p.filmNumber;
        for (const Address *a : {&p.businessAddress, &p.mailAddress})
            fields << &a->street1 << &a->street2 << &a->city << &a->state << &a->zip << &a->phone;
        for (const FormerName &n : p.formerNames)
            fields << &n.name << &n.dateChanged;
    }
    for (const Document &d : f.documents)
        fields << &d.type << &d.sequence << &d.filename << &d.description;
    for (const CoverFieldDef &def : coverFields())
        fields << &def.of(f.cover);
    for (const RegisteredSecurity &s : f.cover.securities12b) {
        for (const SecurityColumnDef &column : securityColumns())
            fields << &column.of(s);
    }
    for (const Item &i : f.items)
        fields << &i.number << &i.title;
    for (const Exhibit &e : f.exhibits)
        fields << &e.number << &e.description;
    for (const Signature &s : f.signatures)
        fields << &s.registrant << &s.signer << &s.title << &s.date;
    return fields;
}

// A temporary folder that also removes names that are not UTF-8 (QTemporaryDir lists its
// folder through Qt, which cannot spell them, and leaves them behind).
class TemporaryDir : public QTemporaryDir
{
public:
    ~TemporaryDir()
    {
        nftw(
            QFile::encodeName(path()).constData(),
            [](const char *entry, const struct stat *, int, FTW *) { return ::remove(entry); }, 16,
            FTW_DEPTH | FTW_PHYS);
    }
};

} // namespace fl::test

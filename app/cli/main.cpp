// SPDX-License-Identifier: MIT
// filinglens-cli: the parsing library on the command line, without a display.

#include "commands.h"
#include "nativepath.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kUsage = u"Usage: filinglens-cli <command> [options] [arguments]\n"
                       u"\n"
                       u"Commands:\n"
                       u"  parse FILE...            Print what was extracted from each filing as "
                       u"JSON Lines\n"
                       u"  text FILE                Print the text FilingLens displays for a "
                       u"filing (HTML converted)\n"
                       u"  compare A B              Compare two filings field by field (and text "
                       u"with --text)\n"
                       u"  compare --items A B      Compare two reports item by item "
                       u"(similarity scores)\n"
                       u"  compare --facts A B      Compare the inline-XBRL facts (changed "
                       u"values)\n"
                       u"  similarity FILE...       Item similarity of each company's reports "
                       u"over time\n"
                       u"  export-csv -o OUT PATH...  Export what was extracted as CSV (wide, "
                       u"long or items layout)\n"
                       u"  export-xlsx -o OUT PATH... Export the same tables as an Excel "
                       u"workbook (a sheet per layout)\n"
                       u"  list TICKER|CIK          List a company's filings on EDGAR\n"
                       u"  download WHAT...         Download filings from EDGAR into the library; "
                       u"prints their paths\n"
                       u"\n"
                       u"Run 'filinglens-cli <command> --help' for a command's options.\n"_s;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"filinglens-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FILINGLENS_VERSION));

    // Not app.arguments(): it decodes file names that are not UTF-8 lossily.
    const QStringList args = fl::argumentsFromNative(argc, argv);
    QTextStream err(stderr);
    if (args.size() < 2 || args[1] == u"--help"_s || args[1] == u"-h"_s || args[1] == u"help"_s) {
        QTextStream(stdout) << kUsage;
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == u"--version"_s || args[1] == u"-v"_s) {
        QTextStream(stdout) << "filinglens-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const QString command = args[1];
    QStringList rest = args;
    rest.removeAt(1); // the command; QCommandLineParser sees "filinglens-cli [options] args"
    if (command == u"parse"_s)
        return fl::cli::runParse(rest);
    if (command == u"text"_s)
        return fl::cli::runText(rest);
    if (command == u"compare"_s)
        return fl::cli::runCompare(rest);
    if (command == u"similarity"_s)
        return fl::cli::runSimilarity(rest);
    if (command == u"export-csv"_s)
        return fl::cli::runExportCsv(rest);
    if (command == u"export-xlsx"_s)
        return fl::cli::runExportXlsx(rest);
    if (command == u"list"_s)
        return fl::cli::runList(rest);
    if (command == u"download"_s)
        return fl::cli::runDownload(rest);
    err << "filinglens-cli: unknown command '" << command << "'\n\n" << kUsage;
    return 2;
}

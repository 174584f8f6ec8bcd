// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "nativepath.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"FilingLens"_s);
    QApplication::setOrganizationName(u"FilingLens"_s);
    QApplication::setApplicationVersion(QStringLiteral(FILINGLENS_VERSION));
    QApplication::setDesktopFileName(u"filinglens"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/filinglens.png"_s));
    fl::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A viewer for SEC EDGAR filings."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"paths"_s, u"Filings or folders of filings to open."_s,
                                 u"[PATH...]"_s);
    const QCommandLineOption compare(u"compare"_s,
                                     u"Open the two filings given and compare them."_s);
    parser.addOption(compare);
    const QCommandLineOption theme(u"theme"_s,
                                   u"Colours for this run: system, light or dark (View > Theme "
                                   "keeps a choice)."_s,
                                   u"theme"_s);
    parser.addOption(theme);
    // Not app.arguments(): it decodes file names that are not UTF-8 lossily.
    parser.process(fl::argumentsFromNative(argc, argv));
    fl::applyStartupTheme(parser.value(theme));
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(compare)
        && (paths.size() != 2 || fl::isFolder(paths[0]) || fl::isFolder(paths[1]))) {
        std::fputs("filinglens: --compare takes two filings (files, not folders)\n", stderr);
        return 2;
    }

    fl::MainWindow window;
    window.show();
    window.openPaths(paths);
    if (parser.isSet(compare)) {
        // The window waits for the two files still being listed and read (and says why, if
        // one cannot be).
        window.compare(QFileInfo(paths[0]).absoluteFilePath(),
                       QFileInfo(paths[1]).absoluteFilePath());
    }
    return app.exec();
}

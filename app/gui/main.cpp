// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"FilingLens"_s);
    QApplication::setOrganizationName(u"FilingLens"_s);
    QApplication::setApplicationVersion(QStringLiteral(FILINGLENS_VERSION));
    QApplication::setDesktopFileName(u"filinglens"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/filinglens.png"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A viewer for SEC EDGAR filings."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"paths"_s, u"Filings or folders of filings to open."_s,
                                 u"[PATH...]"_s);
    parser.process(app);

    fl::MainWindow window;
    window.show();
    window.openPaths(parser.positionalArguments());
    return app.exec();
}

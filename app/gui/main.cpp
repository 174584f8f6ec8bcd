// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"FilingLens"_s);
    QApplication::setApplicationVersion(QStringLiteral(FILINGLENS_VERSION));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"files"_s, u"Filings to open."_s, u"[FILE...]"_s);
    parser.process(app);
    fl::MainWindow window;
    window.show();
    for (const QString &path : parser.positionalArguments())
        window.openFile(path);
    return app.exec();
}

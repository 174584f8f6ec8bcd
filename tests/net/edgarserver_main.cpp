// SPDX-License-Identifier: MIT
// The test server on its own, for trying the viewer or the CLI against it by hand (and for the
// README's screenshot): edgar_test_server [PORT]. Ctrl+C stops it.
#include "edgarserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    fl::test::EdgarTestServer server;
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUShort()) : 0;
    if (!server.start(port)) {
        QTextStream(stderr) << "could not listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream(stdout) << "FILINGLENS_EDGAR_BASE_URL=" << server.baseUrl().toString() << '\n';
    QObject::connect(&server, &fl::test::EdgarTestServer::requestReceived, &app,
                     [](const QString &path) { QTextStream(stderr) << path << '\n'; });
    return app.exec();
}

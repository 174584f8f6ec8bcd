// SPDX-License-Identifier: MIT
#include "edgarserver.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;

namespace fl::test {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray statusLine(int status)
{
    static const QHash<int, QByteArray> reasons{
        {200, "OK"},        {301, "Moved Permanently"}, {302, "Found"},
        {404, "Not Found"}, {429, "Too Many Requests"}, {503, "Service Unavailable"}};
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Status")
        + "\r\n";
}

// Closes with a TCP reset (SO_LINGER 0) rather than a clean FIN.
void resetConnection(QTcpSocket *socket)
{
    socket->flush();
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace

EdgarTestServer::EdgarTestServer(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_filingBytes(readFile(QStringLiteral(FILINGLENS_TEST_DATA)
                             + u"/corpus/other/edgt__0001564590-20-004475-minimal.txt"_s))
{
    m_clock.start();
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

EdgarTestServer::~EdgarTestServer()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QString EdgarTestServer::apiDataDir()
{
    return QStringLiteral(FILINGLENS_TEST_DATA) + u"/edgar-api"_s;
}

bool EdgarTestServer::start(quint16 port)
{
    bool listening = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, port, &listening] {
            if (!m_server) {
                m_server = new QTcpServer(m_worker);
                connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                        connect(socket, &QTcpSocket::readyRead, socket,
                                [this, socket] { onReadyRead(socket); });
                        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    }
                });
            }
            listening = m_server->listen(QHostAddress::LocalHost, port);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

void EdgarTestServer::stop()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_server->close();
            for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>())
                socket->abort();
        },
        Qt::BlockingQueuedConnection);
}

QUrl EdgarTestServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void EdgarTestServer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void EdgarTestServer::setFilingBytes(const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    m_filingBytes = bytes;
}

QByteArray EdgarTestServer::filingBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_filingBytes;
}

QList<EdgarTestServer::Request> EdgarTestServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void EdgarTestServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void EdgarTestServer::setFault(const QString &pathPart, Fault fault, int times)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append({pathPart, fault, times});
}

void EdgarTestServer::setResponse(const QString &path, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    m_responses.insert(path, body);
}

int EdgarTestServer::requestCount(const QString &pathPart) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &r) { return r.path.contains(pathPart); }));
}

int EdgarTestServer::maxRequestsInWindow(qint64 windowMs) const
{
    QList<qint64> times;
    for (const Request &request : requests())
        times.append(request.msecs);
    std::sort(times.begin(), times.end());
    int most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times[last] - times[first] >= windowMs)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

void EdgarTestServer::onReadyRead(QTcpSocket *socket)
{
    // One request per connection (every answer closes it), so the head is all we read.
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.msecs = m_clock.elapsed(); // QElapsedTimer reads are thread-safe
    request.path = QString::fromLatin1(requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
    }
    Q_EMIT requestReceived(request.path);
    answer(socket, request.path);
}

EdgarTestServer::Fault EdgarTestServer::takeFault(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (FaultRule &rule : m_faults) {
        if (rule.times != 0 && path.contains(rule.pathPart)) {
            if (rule.times > 0)
                --rule.times;
            return rule.fault;
        }
    }
    return Fault::None;
}

QByteArray EdgarTestServer::bodyFor(const QString &path, int *status) const
{
    QMutexLocker lock(&m_mutex);
    *status = 200;
    if (m_responses.contains(path))
        return m_responses.value(path);
    if (path == u"/files/company_tickers.json"_s)
        return readFile(apiDataDir() + u"/company_tickers.json"_s);
    if (path.startsWith(u"/submissions/"_s)) {
        const QByteArray body =
            readFile(apiDataDir() + u"/submissions-"_s + path.mid(int(qstrlen("/submissions/"))));
        if (body.isEmpty())
            *status = 404;
        return body;
    }
    if (path.startsWith(u"/Archives/edgar/data/"_s)) {
        if (path.endsWith(u"/000121390024004875/index.json"_s))
            return readFile(apiDataDir() + u"/index-0001213900-24-004875.json"_s);
        return m_filingBytes;
    }
    *status = 404;
    return {};
}

void EdgarTestServer::answer(QTcpSocket *socket, const QString &target)
{
    const QString path = QUrl(target).path();
    int status = 200;
    QByteArray body = bodyFor(path, &status);
    QByteArray headers;
    switch (takeFault(path)) {
    case Fault::None:
        break;
    case Fault::TooManyRequests:
        status = 429;
        body = "Too many requests";
        headers = "Retry-After: 1\r\n";
        break;
    case Fault::ServiceUnavailable:
        status = 503;
        body = "Down for maintenance";
        break;
    case Fault::NotFound:
        status = 404;
        body = "Not found";
        break;
    case Fault::InvalidJson:
        body = "{\"cik\": \"0001318605\", \"filings\": {\"recent\": [1, 2,";
        break;
    case Fault::RedirectAway:
        status = 302;
        headers = "Location: https://files.example.com" + target.toLatin1() + "\r\n";
        body.clear();
        break;
    case Fault::RedirectWithin:
        status = 301;
        headers = "Location: " + baseUrl().toEncoded() + path.toLatin1() + "?moved\r\n";
        body.clear();
        break;
    case Fault::Reset:
        socket->write(statusLine(200) + "Content-Length: " + QByteArray::number(body.size())
                      + "\r\n\r\n" + body.left(body.size() / 2));
        resetConnection(socket);
        return;
    case Fault::Truncate:
        socket->write(statusLine(200) + "Content-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    case Fault::OverLimit:
        socket->write(statusLine(200) + "Connection: close\r\n\r\n" + QByteArray(4 << 20, 'x'));
        socket->disconnectFromHost();
        return;
    case Fault::Stall:
        socket->write(statusLine(200) + "Content-Length: " + QByteArray::number(body.size())
                      + "\r\n\r\n" + body.left(body.size() / 2));
        return; // the socket stays open until the client gives up
    }
    // A cookie on every answer: the client must never send it back.
    headers += "Set-Cookie: edgar_session=tracked; Path=/\r\n";
    socket->write(statusLine(status) + headers + "Content-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace fl::test

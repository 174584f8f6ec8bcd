// SPDX-License-Identifier: MIT
// A local HTTP server for the EDGAR tests: answers EDGAR's paths on 127.0.0.1 with the real
// responses of tests/data/edgar-api, records every request with its time and headers, and can
// be told to misbehave. No test reaches the internet. It runs on a thread of its own, so
// that the times it records are arrival times even while the test's thread is busy.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace fl::test {

class EdgarTestServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        TooManyRequests,    // 429 with Retry-After: 1
        ServiceUnavailable, // 503 without Retry-After
        NotFound,           // 404
        Reset,              // half the body, then a TCP reset
        Truncate,           // Content-Length says more than is sent, then a clean close
        OverLimit,          // 4 MB without Content-Length
        InvalidJson,        // 200 with a body that is not JSON
        RedirectAway,       // 302 to another host
        RedirectWithin,     // 301 to the same path with ?moved appended, on this server
        Stall,              // half the body, then nothing (for a cancel)
    };
    struct Request
    {
        QString path;
        qint64 msecs = 0;                      // since the server was made
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    explicit EdgarTestServer(QObject *parent = nullptr);
    ~EdgarTestServer() override;

    bool start(quint16 port = 0);
    void stop();
    QUrl baseUrl() const;

    // Requests whose path contains `pathPart` get `fault`, `times` times (-1: always).
    void setFault(const QString &pathPart, Fault fault, int times = -1);
    void clearFaults();
    // Answers `path` (exact, without the query) with `body`, in place of the data.
    void setResponse(const QString &path, const QByteArray &body);
    // The bytes any other /Archives/ path answers: by default a real Tesla 10-K full
    // submission of the test data (tests/data/corpus/other/edgt__0001564590-20-004475-minimal.txt),
    // because the documents the Tesla submissions refer to are not in tests/data.
    void setFilingBytes(const QByteArray &bytes);
    QByteArray filingBytes() const;

    QList<Request> requests() const;
    int requestCount(const QString &pathPart = {}) const;
    void clearRequests();
    // The most requests that arrived within any `windowMs` milliseconds.
    int maxRequestsInWindow(qint64 windowMs = 1000) const;

    static QString apiDataDir(); // tests/data/edgar-api

Q_SIGNALS:
    // Emitted on the server's thread: connect with a receiver of your own (queued).
    void requestReceived(const QString &path);

private:
    struct FaultRule
    {
        QString pathPart;
        Fault fault;
        int times;
    };
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QString &target);
    Fault takeFault(const QString &path);
    QByteArray bodyFor(const QString &path, int *status) const;

    QThread m_thread;
    QObject *m_worker; // lives on m_thread, parent of the QTcpServer and its sockets
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex; // guards what follows
    QElapsedTimer m_clock;
    QList<Request> m_requests;
    QList<FaultRule> m_faults;
    QHash<QString, QByteArray> m_responses;
    QByteArray m_filingBytes;
};

} // namespace fl::test

// SPDX-License-Identifier: MIT
#pragma once

#include "edgarendpoints.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace fl::edgar {

class EdgarScheduler;

// One GET through the scheduler. Emits finished() once: ok(), or error() says why (in words
// a user understands). The body is kept in body(), or handed to the sink as it arrives.
class EdgarReply : public QObject
{
    Q_OBJECT
public:
    ~EdgarReply() override;

    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isEmpty(); }
    QString error() const { return m_error; }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; }
    qint64 bytesReceived() const { return m_received; }
    // Stops the request (queued or running); finished() follows with "cancelled".
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    // EDGAR said to slow down (429/503): the request is sent again in `seconds`.
    void retrying(int seconds, const QString &message);
    void finished();

private:
    friend class EdgarScheduler;
    explicit EdgarReply(const QUrl &url, QObject *parent);

    QUrl m_url;
    qint64 m_maxBytes = 0;
    std::function<bool(const QByteArray &)> m_sink;
    int m_tries = 0;
    int m_redirects = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_error;
    int m_status = 0;
    QByteArray m_body;
    qint64 m_received = 0;
    QPointer<QNetworkReply> m_network;
};

// The one request scheduler of the process: every request to EDGAR goes through it. It keeps
// EDGAR's fair-access rules: a User-Agent on every request (none is sent without one), at most
// 10 requests in any one-second window and a few connections, 429/503 honoured (Retry-After,
// then exponential back-off, a bounded number of tries). Only EDGAR's hosts over HTTPS (or the
// loopback test override), redirects only within them, no cookies, a size limit per response.
class EdgarScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRequestsPerSecond = 10;
    static constexpr int kMaxInFlight = 4;
    static constexpr int kMaxTries = 4;
    static constexpr int kMaxRetryAfterSeconds = 60;

    static EdgarScheduler *instance();

    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent.trimmed(); }
    QString userAgent() const { return m_userAgent; }
    void setEndpoints(const EdgarEndpoints &endpoints) { m_endpoints = endpoints; }
    const EdgarEndpoints &endpoints() const { return m_endpoints; }
    // The first back-off, doubled on each further try (tests shorten it).
    void setBackoffMilliseconds(int ms) { m_backoffMs = ms; }

    // Queues a GET of `url`, refusing a response over `maxBytes`. With a sink, the body goes
    // to it chunk by chunk (a false return aborts) instead of into body().
    EdgarReply *get(const QUrl &url, qint64 maxBytes, QObject *parent,
                    std::function<bool(const QByteArray &)> sink = {});

    int requestsSent() const { return m_sent; }

    // Why `userAgent` will not do ("Name email@example.com" is required), or empty.
    static QString userAgentProblem(const QString &userAgent);

private:
    friend class EdgarReply;
    explicit EdgarScheduler(QObject *parent = nullptr);
    void pump();
    void send(EdgarReply *reply);
    void onReadyRead(EdgarReply *reply);
    void onNetworkFinished(EdgarReply *reply);
    void finish(EdgarReply *reply, const QString &error);
    void abortWith(EdgarReply *reply, const QString &error);
    void forget(EdgarReply *reply);

    QNetworkAccessManager *m_network;
    QTimer *m_wake;
    QString m_userAgent;
    EdgarEndpoints m_endpoints;
    int m_backoffMs = 1000;
    std::deque<QPointer<EdgarReply>> m_queue;
    QList<EdgarReply *> m_inFlight;
    // (id, time) of the last kMaxRequestsPerSecond requests: the time they were issued, then
    // the time they actually went out (requestSent), so that a request held up in the network
    // stack cannot bunch up with later ones.
    std::deque<std::pair<quint64, qint64>> m_sendTimes;
    quint64 m_lastSendId = 0;
    QElapsedTimer m_clock;
    int m_sent = 0;
};

} // namespace fl::edgar

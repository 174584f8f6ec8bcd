// SPDX-License-Identifier: MIT
#include "edgarscheduler.h"

#include "units.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace fl::edgar {

namespace {

// Keeps nothing: no cookie is stored or sent.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

// Sends stay this far past the one-second window so that arrival jitter cannot put 11
// requests into one second at the server.
constexpr qint64 kWindowMs = 1000 + 25;
constexpr qint64 kErrorBodyBytes = 4096;

// Seconds from a Retry-After header (delta-seconds or an HTTP date), or -1.
int retryAfterSeconds(const QByteArray &header)
{
    if (header.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = header.trimmed().toInt(&isNumber);
    if (isNumber)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    return when.isValid() ? int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)))
                          : -1;
}

} // namespace

EdgarReply::EdgarReply(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
}

EdgarReply::~EdgarReply()
{
    EdgarScheduler::instance()->forget(this);
}

void EdgarReply::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    EdgarScheduler::instance()->abortWith(this, u"cancelled"_s);
}

EdgarScheduler *EdgarScheduler::instance()
{
    static EdgarScheduler *scheduler = new EdgarScheduler;
    return scheduler;
}

EdgarScheduler::EdgarScheduler(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_wake(new QTimer(this))
{
    m_network->setCookieJar(new NoCookieJar(m_network));
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &EdgarScheduler::pump);
    m_clock.start();
}

QString EdgarScheduler::userAgentProblem(const QString &userAgent)
{
    static const QRegularExpression nameAndMail(
        u"^[^\\s@][^@]*\\s[^\\s@]+@[^\\s@]+\\.[^\\s@]+$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s.*\\S$"_s);
    const QString value = userAgent.trimmed();
    if (value.isEmpty())
        return u"no User-Agent: EDGAR requires one naming you with a contact e-mail, such as "
               u"\"Jane Analyst jane@example.com\" (--user-agent or FILINGLENS_USER_AGENT)"_s;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return u"the User-Agent must be plain ASCII text on one line"_s;
    }
    if (!nameAndMail.match(value).hasMatch())
        return u"the User-Agent \"%1\" must name you and give a contact e-mail, such as "
               u"\"Jane Analyst jane@example.com\""_s.arg(value);
    return {};
}

EdgarReply *EdgarScheduler::get(const QUrl &url, qint64 maxBytes, QObject *parent,
                                std::function<bool(const QByteArray &)> sink)
{
    auto *reply = new EdgarReply(url, parent);
    reply->m_maxBytes = maxBytes;
    reply->m_sink = std::move(sink);
    QString refused = userAgentProblem(m_userAgent);
    if (refused.isEmpty() && !m_endpoints.allows(url))
        refused = u"refused to fetch %1: only HTTPS to www.sec.gov and data.sec.gov"_s.arg(
            url.toDisplayString());
    if (!refused.isEmpty()) {
        // Later, so that the caller has connected to finished().
        QTimer::singleShot(0, reply, [this, reply, refused] { finish(reply, refused); });
        return reply;
    }
    m_queue.push_back(reply);
    pump();
    return reply;
}

void EdgarScheduler::pump()
{
    while (m_inFlight.size() < kMaxInFlight && !m_queue.empty()) {
        if (!m_queue.front() || m_queue.front()->m_finished) {
            m_queue.pop_front();
            continue;
        }
        if (m_sendTimes.size() >= kMaxRequestsPerSecond) {
            const qint64 wait = m_sendTimes.front().second + kWindowMs - m_clock.elapsed();
            if (wait > 0) {
                m_wake->start(int(wait));
                return;
            }
        }
        EdgarReply *next = m_queue.front();
        m_queue.pop_front();
        send(next);
    }
}

void EdgarScheduler::send(EdgarReply *reply)
{
    const quint64 sendId = ++m_lastSendId;
    m_sendTimes.emplace_back(sendId, m_clock.elapsed());
    while (m_sendTimes.size() > kMaxRequestsPerSecond)
        m_sendTimes.pop_front();
    ++m_sent;
    ++reply->m_tries;
    reply->m_status = 0;
    reply->m_received = 0;
    reply->m_body.clear();

    QNetworkRequest request(reply->m_url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(60'000);
    QNetworkReply *network = m_network->get(request);
    reply->m_network = network;
    m_inFlight.append(reply);

    connect(network, &QNetworkReply::requestSent, this, [this, sendId] {
        for (auto &[id, time] : m_sendTimes) {
            if (id == sendId)
                time = m_clock.elapsed();
        }
    });
    // A redirect is a request of its own: checked, then queued like any other so that it
    // counts against the rate.
    connect(network, &QNetworkReply::redirected, reply, [this, reply](const QUrl &to) {
        const QUrl target = reply->m_url.resolved(to);
        if (!m_endpoints.allows(target)) {
            abortWith(reply,
                      u"EDGAR redirected %1 to %2, which is not an EDGAR host: refused"_s.arg(
                          reply->m_url.toDisplayString(), target.toDisplayString()));
            return;
        }
        if (++reply->m_redirects > 5) {
            abortWith(reply, u"too many redirects from %1"_s.arg(reply->m_url.toDisplayString()));
            return;
        }
        QNetworkReply *old = reply->m_network;
        reply->m_network = nullptr;
        m_inFlight.removeOne(reply);
        old->disconnect(reply);
        old->abort();
        old->deleteLater();
        reply->m_url = target;
        --reply->m_tries; // not a retry
        m_queue.push_front(reply);
        QTimer::singleShot(0, this, &EdgarScheduler::pump);
    });
    connect(network, &QNetworkReply::readyRead, reply, [this, reply] { onReadyRead(reply); });
    connect(network, &QNetworkReply::downloadProgress, reply,
            [this, reply](qint64 received, qint64 total) {
                if (total > reply->m_maxBytes)
                    abortWith(reply,
                              u"the response of %1 is %2, over the limit of %3"_s.arg(
                                  reply->m_url.toDisplayString(), humanSize(total),
                                  humanSize(reply->m_maxBytes)));
                else
                    Q_EMIT reply->progress(received, total);
            });
    connect(network, &QNetworkReply::finished, reply, [this, reply] { onNetworkFinished(reply); });
}

void EdgarScheduler::onReadyRead(EdgarReply *reply)
{
    QNetworkReply *network = reply->m_network;
    if (!network || reply->m_finished)
        return;
    if (reply->m_status == 0)
        reply->m_status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = network->readAll();
    if (reply->m_status < 200 || reply->m_status >= 300) {
        // An error page: kept short, never written anywhere.
        reply->m_body.append(chunk.left(kErrorBodyBytes - reply->m_body.size()));
        return;
    }
    reply->m_received += chunk.size();
    if (reply->m_received > reply->m_maxBytes) {
        abortWith(reply,
                  u"the response of %1 is over the limit of %2: stopped"_s.arg(
                      reply->m_url.toDisplayString(), humanSize(reply->m_maxBytes)));
        return;
    }
    if (!reply->m_sink)
        reply->m_body.append(chunk);
    else if (!reply->m_sink(chunk))
        abortWith(reply, u"could not write what %1 sent"_s.arg(reply->m_url.toDisplayString()));
}

void EdgarScheduler::onNetworkFinished(EdgarReply *reply)
{
    QNetworkReply *network = reply->m_network;
    if (!network || reply->m_finished)
        return;
    onReadyRead(reply);
    if (reply->m_finished)
        return;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = reply->m_url.toDisplayString();
    m_inFlight.removeOne(reply);
    reply->m_network = nullptr;
    network->deleteLater();

    if (status == 429 || status == 503) {
        if (reply->m_tries >= kMaxTries) {
            finish(reply,
                   u"EDGAR still answers %1 (too many requests) for %2 after %3 tries; "
                   u"try again later"_s.arg(status)
                       .arg(where)
                       .arg(reply->m_tries));
            return;
        }
        int seconds = retryAfterSeconds(network->rawHeader("Retry-After"));
        const int backoffMs = m_backoffMs << (reply->m_tries - 1);
        const int delayMs =
            seconds >= 0 ? std::min(seconds, kMaxRetryAfterSeconds) * 1000 : backoffMs;
        const int waitSeconds = (delayMs + 999) / 1000;
        Q_EMIT reply->retrying(
            waitSeconds,
            u"EDGAR answered %1 (slow down) for %2; trying again in %3 s"_s.arg(status)
                .arg(where)
                .arg(waitSeconds));
        QTimer::singleShot(delayMs, reply, [this, reply] {
            if (reply->m_finished)
                return;
            m_queue.push_front(reply);
            pump();
        });
        pump();
        return;
    }
    if (status >= 300 || (status == 0 && network->error() == QNetworkReply::NoError)) {
        const QString reason =
            network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        finish(reply, u"EDGAR answered HTTP %1 %2 for %3"_s.arg(status).arg(reason, where));
        return;
    }
    const QVariant length = network->header(QNetworkRequest::ContentLengthHeader);
    const bool cutShort = length.isValid() && length.toLongLong() != reply->m_received
        && network->rawHeader("Content-Encoding").isEmpty();
    const QString arrived = cutShort
        ? u" (%1 of %2 bytes arrived)"_s.arg(reply->m_received).arg(length.toLongLong())
        : QString();
    if (network->error() != QNetworkReply::NoError) {
        finish(reply,
               u"the transfer of %1 failed%2: %3"_s.arg(where, arrived, network->errorString()));
        return;
    }
    if (cutShort) {
        finish(reply,
               u"the transfer of %1 failed: the response was cut short%2"_s.arg(where, arrived));
        return;
    }
    finish(reply, {});
}

void EdgarScheduler::abortWith(EdgarReply *reply, const QString &error)
{
    if (reply->m_finished)
        return;
    std::erase(m_queue, QPointer<EdgarReply>(reply));
    if (QNetworkReply *network = reply->m_network) {
        reply->m_network = nullptr;
        m_inFlight.removeOne(reply);
        network->disconnect(reply);
        network->abort();
        network->deleteLater();
    }
    finish(reply, error);
}

void EdgarScheduler::finish(EdgarReply *reply, const QString &error)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_error = error;
    m_inFlight.removeOne(reply);
    Q_EMIT reply->finished();
    QTimer::singleShot(0, this, &EdgarScheduler::pump);
}

void EdgarScheduler::forget(EdgarReply *reply)
{
    std::erase(m_queue, QPointer<EdgarReply>(reply));
    m_inFlight.removeOne(reply);
    if (QNetworkReply *network = reply->m_network) {
        network->disconnect(reply);
        network->abort();
        network->deleteLater();
    }
    QTimer::singleShot(0, this, &EdgarScheduler::pump);
}

} // namespace fl::edgar

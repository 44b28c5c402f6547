#include "api/RetryingGet.h"

#include "api/HttpsTransfer.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <chrono>
#include <thread>

namespace pathways::api {

namespace {

Error networkError(const QString& message)
{
    return Error{Error::Kind::Network, message, {}};
}

Error cancelled()
{
    return Error{Error::Kind::Cancelled, QStringLiteral("stopped"), {}};
}

bool isRetriedStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

RetryingGet::RetryingGet(const Settings& settings, const import::ProgressCallback& progress,
                         const CancelToken& cancel)
    : m_settings(settings), m_progress(progress), m_cancel(cancel),
      m_manager(std::make_unique<QNetworkAccessManager>())
{
}

RetryingGet::~RetryingGet() = default;

qint64 RetryingGet::retryAfterSeconds(const QByteArray& value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds);
    // RFC 9110 IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text.chopped(text.endsWith(" GMT") ? 4 : 0)),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at));
}

bool RetryingGet::pause(qint64 ms, const QString& why)
{
    if (m_progress)
        m_progress({why, 0, -1, {}});
    for (qint64 waited = 0; waited < ms; waited += 100) {
        if (m_cancel.isCancelled())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min<qint64>(100, ms - waited)));
    }
    return !m_cancel.isCancelled();
}

Expected<QByteArray> RetryingGet::get(const QUrl& url, const QString& what, qint64 maxBytes)
{
    using Outcome = HttpsTransfer::Outcome;
    qint64 pauseMs = m_settings.firstPauseMs;
    for (int attempt = 1;; ++attempt) {
        if (m_cancel.isCancelled())
            return cancelled();
        QByteArray body;
        HttpsTransfer::Request request;
        request.url = url;
        request.maxBytes = maxBytes;
        request.timeoutSeconds = m_settings.timeoutSeconds;
        request.sink = [&body](const QByteArray& bytes) {
            body += bytes;
            return true;
        };
        request.cancel = m_cancel;
        const HttpsTransfer got = HttpsTransfer::get(*m_manager, request);
        ++m_counters.requests;
        const bool last = attempt >= m_settings.attempts;
        QString failure; // why this attempt failed, when it may be retried
        qint64 waitMs = pauseMs;
        switch (got.outcome) {
        case Outcome::Cancelled:
            return cancelled();
        case Outcome::TooLarge:
            return Error{Error::Kind::Network,
                         QStringLiteral("%1 is larger than the %2 MiB a response may have")
                             .arg(what)
                             .arg(maxBytes / (1024 * 1024)),
                         QString::fromLatin1(kTooLarge)};
        case Outcome::SinkFailed:
            return networkError(QStringLiteral("%1 could not be kept").arg(what));
        case Outcome::NetworkFailure:
            if (!got.transient || last)
                return networkError(QStringLiteral("%1 (%2): %3%4")
                                        .arg(what, url.toDisplayString(), got.errorText,
                                             attempt > 1 ? QStringLiteral(" (after %1 attempts)").arg(attempt)
                                                         : QString()));
            failure = got.errorText;
            break;
        case Outcome::Done:
            if (got.status == 200) {
                m_counters.bytes += body.size();
                return body;
            }
            if (!isRetriedStatus(got.status) || last)
                return networkError(QStringLiteral("%1 (%2): HTTP status %3%4%5")
                                        .arg(what, url.toDisplayString())
                                        .arg(got.status)
                                        .arg(got.notFound ? QStringLiteral(", not found") : QString(),
                                             attempt > 1 ? QStringLiteral(" (after %1 attempts)").arg(attempt)
                                                         : QString()));
            failure = QStringLiteral("HTTP %1").arg(got.status);
            if (const qint64 asked = retryAfterSeconds(got.retryAfter); asked >= 0) {
                if (asked > m_settings.maxWaitSeconds)
                    return networkError(QStringLiteral("%1: the server asks to wait %2 s (HTTP %3), longer than "
                                                       "the %4 s Pathways waits; try again later")
                                            .arg(what)
                                            .arg(asked)
                                            .arg(got.status)
                                            .arg(m_settings.maxWaitSeconds));
                waitMs = asked * 1000;
            }
            break;
        }
        ++m_counters.retries;
        if (!pause(waitMs, QStringLiteral("%1: %2, trying again in %3 s").arg(what, failure).arg((waitMs + 999) / 1000)))
            return cancelled();
        pauseMs = std::min<qint64>(pauseMs * 2, m_settings.maxWaitSeconds * 1000LL);
    }
}

} // namespace pathways::api

#pragma once

// Private to core/api: the requests of HsdsApiHarvest.

#include "api/CancelToken.h"
#include "error/Expected.h"
#include "import/Progress.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace pathways::api {

/// HTTPS GETs (HttpsTransfer) of many small documents from one server, each retried when the failure is
/// likely to pass: a timeout or dropped connection, HTTP 500/502/503/504, 429. The pause grows (1 s, 2 s,
/// 4 s, ...) or is what the server's Retry-After asks, up to a cap; a longer wait is an error, not a hang.
/// Lives on one thread (its QNetworkAccessManager's).
class RetryingGet
{
public:
    struct Settings
    {
        int attempts = 4;
        int firstPauseMs = 1000;
        int maxWaitSeconds = 60;
        int timeoutSeconds = 60;
    };
    struct Counters
    {
        qint64 requests = 0;
        qint64 retries = 0;
        qint64 bytes = 0;
    };

    RetryingGet(const Settings& settings, const import::ProgressCallback& progress, const CancelToken& cancel);
    ~RetryingGet();
    RetryingGet(const RetryingGet&) = delete;
    RetryingGet& operator=(const RetryingGet&) = delete;

    /// Error::detail of a response over `maxBytes`.
    static constexpr const char* kTooLarge = "too-large";

    /// The body of `url` with HTTP 200, at most `maxBytes`. `what` names it in errors ("page 3").
    /// Errors: Network (no answer after the retries, an HTTP error status, larger than maxBytes),
    /// Cancelled.
    Expected<QByteArray> get(const QUrl& url, const QString& what, qint64 maxBytes);

    const Counters& counters() const { return m_counters; }

    /// The seconds a Retry-After value asks for (delta-seconds or an HTTP date), -1 when there is none.
    static qint64 retryAfterSeconds(const QByteArray& value);

private:
    /// Sleeps `ms` in short steps, telling the progress bar why; false when cancelled meanwhile.
    bool pause(qint64 ms, const QString& why);

    Settings m_settings;
    import::ProgressCallback m_progress;
    CancelToken m_cancel;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    Counters m_counters;
};

} // namespace pathways::api

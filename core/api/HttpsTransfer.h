#pragma once

// Private to core/api: the one way Pathways makes an HTTP request (BundleDownload, HsdsApiHarvest). Front
// ends never include it; they do not link Qt Network.

#include "api/CancelToken.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace pathways::api {

/// One HTTPS GET: redirects only to HTTPS, a transfer timeout, a size cap on what the server announces and
/// on what it sends, a stop on `cancel` (polled every 100 ms), and the extra CA of PATHWAYS_CA_FILE added to
/// (never replacing) the system's. Runs its own event loop, so it works on any thread with no loop of its own.
struct HttpsTransfer
{
    struct Request
    {
        QUrl url;
        QByteArray ifNoneMatch;
        qint64 maxBytes = 0; ///< the body may not be larger (announced or received)
        int timeoutSeconds = 120;
        /// Receives the body as it arrives; returning false stops the transfer (Outcome::SinkFailed).
        std::function<bool(const QByteArray&)> sink;
        std::function<void(qint64 received, qint64 total)> progress;
        CancelToken cancel;
    };

    enum class Outcome {
        Done,           ///< the server answered; `status` says how (200, 304, 404, 500, ...)
        TooLarge,       ///< announced or received more than maxBytes; stopped
        Cancelled,      ///< `cancel` was set
        NetworkFailure, ///< no complete answer: `errorText`, `transient`
        SinkFailed,     ///< the sink refused the bytes (a full disk)
    };

    Outcome outcome = Outcome::Done;
    int status = 0;         ///< the HTTP status, 0 when none arrived
    QString errorText;      ///< Qt's words for a NetworkFailure
    bool transient = false; ///< a NetworkFailure that may well pass on a retry (timeout, connection reset)
    bool insecure = false;  ///< a NetworkFailure of TLS (untrusted certificate, redirect to http)
    bool notFound = false;  ///< 404 or 410
    QByteArray etag;
    QByteArray retryAfter;  ///< the Retry-After header, as sent

    /// Whether `url` is an address Pathways fetches: https with a host.
    static bool isHttps(const QUrl& url);
    /// GETs `request.url` through `manager`, which must belong to the calling thread.
    static HttpsTransfer get(QNetworkAccessManager& manager, const Request& request);
};

} // namespace pathways::api

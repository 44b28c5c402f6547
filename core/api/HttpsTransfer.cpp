#include "api/HttpsTransfer.h"

#include "bundle/BundleManifest.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace pathways::api {

namespace {

QNetworkRequest requestFor(const HttpsTransfer::Request& wanted)
{
    QNetworkRequest request(wanted.url);
    request.setTransferTimeout(wanted.timeoutSeconds * 1000);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy); // never from https to http
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Pathways/%1").arg(bundle::BundleManifest::appVersion()));
    // An organisation's own CA (and the tests') can be added to the system CAs; never replaces them.
    const QString extraCa = qEnvironmentVariable("PATHWAYS_CA_FILE");
    if (!extraCa.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(extraCa, QSsl::Pem);
        request.setSslConfiguration(ssl);
    }
    if (!wanted.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", wanted.ifNoneMatch);
    return request;
}

// Failures that say nothing about the server's data and often pass: a timeout, a dropped or refused
// connection, a busy proxy. Name resolution and TLS failures do not pass by waiting a few seconds.
bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout reports
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

bool HttpsTransfer::isHttps(const QUrl& url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

HttpsTransfer HttpsTransfer::get(QNetworkAccessManager& manager, const Request& request)
{
    HttpsTransfer result;
    QNetworkReply* reply = manager.get(requestFor(request));
    QEventLoop loop;
    qint64 received = 0;
    const auto tooLarge = [&] {
        result.outcome = Outcome::TooLarge;
        reply->abort();
    };
    // The announced size is checked as soon as the headers are in, before any byte of the body.
    const auto checkAnnounced = [&] {
        if (result.outcome == Outcome::Done &&
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > request.maxBytes)
            tooLarge();
    };
    const auto take = [&] {
        checkAnnounced();
        if (result.outcome != Outcome::Done)
            return;
        const QByteArray bytes = reply->readAll();
        received += bytes.size();
        if (received > request.maxBytes)
            return tooLarge();
        if (!bytes.isEmpty() && request.sink && !request.sink(bytes)) {
            result.outcome = Outcome::SinkFailed;
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, checkAnnounced);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, take);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (request.progress)
        QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, request.progress);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (request.cancel.isCancelled() && result.outcome == Outcome::Done) {
            result.outcome = Outcome::Cancelled;
            reply->abort();
        }
    });
    cancelPoll.start(100);
    if (!reply->isFinished())
        loop.exec();
    if (result.outcome == Outcome::Done && reply->error() == QNetworkReply::NoError)
        take();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.etag = reply->rawHeader("ETag");
    result.retryAfter = reply->rawHeader("Retry-After");
    result.notFound = result.status == 404 || result.status == 410;
    const QNetworkReply::NetworkError error = reply->error();
    if (result.outcome == Outcome::Done && error != QNetworkReply::NoError) {
        result.errorText = reply->errorString();
        // An HTTP error status is an answer (the caller decides); no status at all is a network failure.
        if (result.status == 0) {
            result.outcome = Outcome::NetworkFailure;
            result.transient = isTransient(error);
            result.insecure =
                error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::InsecureRedirectError;
        }
    }
    delete reply; // finished: no signal of it is pending in a loop that still runs
    return result;
}

} // namespace pathways::api

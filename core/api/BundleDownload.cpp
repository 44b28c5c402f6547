#include "api/BundleDownload.h"

#include "bundle/BundleManifest.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace pathways::api {

namespace {

QString etagPath(const directory::DataFolder& folder)
{
    return folder.root() + QStringLiteral("/.sync-etag");
}

// "<url>\n<etag>\n": only the last URL's ETag is kept; another URL starts without one.
QString storedEtag(const directory::DataFolder& folder, const QString& url)
{
    QFile file(etagPath(folder));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.read(8192).split('\n');
    return lines.size() >= 2 && QString::fromUtf8(lines.at(0)) == url ? QString::fromUtf8(lines.at(1))
                                                                      : QString();
}

QNetworkRequest requestFor(const QUrl& url, const QString& etag, int timeoutSeconds)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutSeconds * 1000);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Pathways/%1").arg(bundle::BundleManifest::appVersion()));
    // An organisation's own CA (and the test's) can be added to the system CAs; never replaces them.
    const QString extraCa = qEnvironmentVariable("PATHWAYS_CA_FILE");
    if (!extraCa.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(extraCa, QSsl::Pem);
        request.setSslConfiguration(ssl);
    }
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag.toUtf8());
    return request;
}

Error networkError(const QString& message, const char* failure)
{
    return Error{Error::Kind::Network, message, QString::fromLatin1(failure)};
}

// Everything that means "no working connection to that server" reads the same to the person waiting.
const char* failureOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return BundleDownload::kInsecure;
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::ContentGoneError:
        return BundleDownload::kNotFound;
    default:
        // Below the content errors: connection, timeout and proxy failures.
        return error >= QNetworkReply::ContentAccessDenied ? BundleDownload::kServerError
                                                           : BundleDownload::kOffline;
    }
}

} // namespace

void BundleDownload::rememberEtag(const directory::DataFolder& folder, const QString& url,
                                  const QString& etag)
{
    if (etag.isEmpty())
        return;
    QSaveFile file(etagPath(folder));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(url.toUtf8() + '\n' + etag.toUtf8() + '\n');
        file.commit();
    }
}

Expected<BundleDownload> BundleDownload::fetch(const directory::DataFolder& folder, const QString& url,
                                               const DownloadProgress& progress, const CancelToken& cancel,
                                               int timeoutSeconds)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return Error::invalidInput(QStringLiteral("the update address must be an https:// address"));
    if (const pathways::Status ready = folder.ensureExists(); !ready)
        return ready.error();
    BundleDownload result;
    result.file = folder.stagingPath(QStringLiteral(".download"));
    QFile out(result.file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Error::Kind::Io, QStringLiteral("cannot write %1").arg(result.file), out.errorString()};

    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy); // never from https to http
    QNetworkReply* reply = manager.get(requestFor(parsed, storedEtag(folder, url), timeoutSeconds));
    QEventLoop loop;
    QString capError;
    const auto write = [&] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > bundle::format::kMaxBundleBytes ||
            out.size() + reply->bytesAvailable() > bundle::format::kMaxBundleBytes) {
            capError = QStringLiteral("the download is larger than the %1 bytes a bundle may have")
                           .arg(bundle::format::kMaxBundleBytes);
            reply->abort();
            return;
        }
        out.write(reply->readAll());
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, write);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (progress)
        QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, progress);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled())
            reply->abort();
    });
    cancelPoll.start(100);
    loop.exec();
    if (capError.isEmpty() && reply->error() == QNetworkReply::NoError)
        write();
    out.close();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    std::optional<Error> error;
    if (cancel.isCancelled())
        error = Error{Error::Kind::Cancelled, QStringLiteral("the download was stopped"), {}};
    else if (!capError.isEmpty())
        error = networkError(capError, kTooLarge);
    else if (status == 304)
        result.status = Status::NotModified;
    else if (reply->error() != QNetworkReply::NoError)
        error = networkError(QStringLiteral("download failed: %1").arg(reply->errorString()),
                             failureOf(reply->error()));
    else if (status != 200)
        error = networkError(QStringLiteral("download failed: HTTP status %1").arg(status), kServerError);
    else
        result.etag = QString::fromUtf8(reply->rawHeader("ETag"));
    reply->deleteLater();
    if (error || result.status == Status::NotModified) {
        QFile::remove(result.file);
        result.file.clear();
    }
    if (error)
        return *error;
    return result;
}

} // namespace pathways::api

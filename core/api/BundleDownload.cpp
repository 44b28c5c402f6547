#include "api/BundleDownload.h"

#include "api/HttpsTransfer.h"
#include "bundle/BundleManifest.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QUrl>
#include <optional>

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

Error networkError(const QString& message, const char* failure)
{
    return Error{Error::Kind::Network, message, QString::fromLatin1(failure)};
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
    if (!HttpsTransfer::isHttps(parsed))
        return Error::invalidInput(QStringLiteral("the update address must be an https:// address"));
    if (const pathways::Status ready = folder.ensureExists(); !ready)
        return ready.error();
    BundleDownload result;
    result.file = folder.stagingPath(QStringLiteral(".download"));
    QFile out(result.file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Error::Kind::Io, QStringLiteral("cannot write %1").arg(result.file), out.errorString()};

    QNetworkAccessManager manager;
    HttpsTransfer::Request request;
    request.url = parsed;
    request.ifNoneMatch = storedEtag(folder, url).toUtf8();
    request.maxBytes = bundle::format::kMaxBundleBytes;
    request.timeoutSeconds = timeoutSeconds;
    request.sink = [&out](const QByteArray& bytes) { return out.write(bytes) == bytes.size(); };
    request.progress = progress;
    request.cancel = cancel;
    const HttpsTransfer got = HttpsTransfer::get(manager, request);
    out.close();

    using Outcome = HttpsTransfer::Outcome;
    std::optional<Error> error;
    if (got.outcome == Outcome::Cancelled)
        error = Error{Error::Kind::Cancelled, QStringLiteral("the download was stopped"), {}};
    else if (got.outcome == Outcome::TooLarge)
        error = networkError(QStringLiteral("the download is larger than the %1 bytes a bundle may have")
                                 .arg(bundle::format::kMaxBundleBytes),
                             kTooLarge);
    else if (got.outcome == Outcome::SinkFailed)
        error = Error{Error::Kind::Io, QStringLiteral("cannot write %1").arg(result.file), out.errorString()};
    else if (got.status == 304)
        result.status = Status::NotModified;
    else if (!got.errorText.isEmpty())
        // No answer at all reads as offline to the person waiting; an answer that is an error is the server's.
        error = networkError(QStringLiteral("download failed: %1").arg(got.errorText),
                             got.insecure   ? kInsecure
                             : got.notFound ? kNotFound
                             : got.status == 0 ? kOffline
                                               : kServerError);
    else if (got.status != 200)
        error = networkError(QStringLiteral("download failed: HTTP status %1").arg(got.status),
                             got.notFound ? kNotFound : kServerError);
    else
        result.etag = QString::fromUtf8(got.etag);
    if (error || result.status == Status::NotModified) {
        QFile::remove(result.file);
        result.file.clear();
    }
    if (error)
        return *error;
    return result;
}

} // namespace pathways::api

#include "cli/SyncCommandDownload.h"

#include "bundle/BundleManifest.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QUrl>

namespace pathways::cli {

namespace {

QString etagPath(const directory::DataDirectory& data)
{
    return data.root() + QStringLiteral("/.sync-etag");
}

// "<url>\n<etag>\n": only the last URL's ETag is kept; another URL starts without one.
QString storedEtag(const directory::DataDirectory& data, const QString& url)
{
    QFile file(etagPath(data));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.read(8192).split('\n');
    return lines.size() >= 2 && QString::fromUtf8(lines.at(0)) == url ? QString::fromUtf8(lines.at(1))
                                                                      : QString();
}

} // namespace

void rememberEtag(const directory::DataDirectory& data, const QString& url, const QString& etag)
{
    if (etag.isEmpty())
        return;
    QSaveFile file(etagPath(data));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(url.toUtf8() + '\n' + etag.toUtf8() + '\n');
        file.commit();
    }
}

DownloadResult downloadBundle(const directory::DataDirectory& data, const QString& url, int timeoutSeconds)
{
    DownloadResult result;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty()) {
        result.error = QStringLiteral("--url must be an https:// address");
        return result;
    }
    if (!data.ensureExists(&result.error))
        return result;
    result.file = data.stagingPath(QStringLiteral(".download"));
    QFile out(result.file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        result.error = QStringLiteral("cannot write %1").arg(result.file);
        return result;
    }

    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy); // never from https to http
    QNetworkRequest request(parsed);
    request.setTransferTimeout(timeoutSeconds * 1000);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("pathways-cli/%1").arg(bundle::BundleManifest::appVersion()));
    // An organisation's own CA (and the test's) can be added to the system CAs; never replaces them.
    const QString extraCa = qEnvironmentVariable("PATHWAYS_CA_FILE");
    if (!extraCa.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(extraCa, QSsl::Pem);
        request.setSslConfiguration(ssl);
    }
    const QString etag = storedEtag(data, url);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag.toUtf8());

    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QString capError;
    const auto write = [&] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > bundle::format::kMaxBundleBytes ||
            out.size() + reply->bytesAvailable() > bundle::format::kMaxBundleBytes) {
            capError = QStringLiteral("download is larger than the %1 bytes a bundle may have")
                           .arg(bundle::format::kMaxBundleBytes);
            reply->abort();
            return;
        }
        out.write(reply->readAll());
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, write);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (capError.isEmpty() && reply->error() == QNetworkReply::NoError)
        write();
    out.close();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!capError.isEmpty())
        result.error = capError;
    else if (status == 304)
        result.status = DownloadResult::Status::NotModified;
    else if (reply->error() != QNetworkReply::NoError)
        result.error = QStringLiteral("download failed: %1").arg(reply->errorString());
    else if (status != 200)
        result.error = QStringLiteral("download failed: HTTP status %1").arg(status);
    else {
        result.status = DownloadResult::Status::Downloaded;
        result.etag = QString::fromUtf8(reply->rawHeader("ETag"));
    }
    reply->deleteLater();
    if (result.status != DownloadResult::Status::Downloaded) {
        QFile::remove(result.file);
        result.file.clear();
    }
    return result;
}

} // namespace pathways::cli

#include "desktop/UpdateController.h"

#include "bundle/BundleInstaller.h"
#include "bundle/TrustStore.h"
#include "cli/SyncCommandDownload.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace pathways::desktop {

namespace {

QString plainReason(bundle::VerifyStep step)
{
    switch (step) {
    case bundle::VerifyStep::FileSize:
    case bundle::VerifyStep::Archive:
        return QCoreApplication::translate("UpdateController", "Damaged or not a Pathways directory file");
    case bundle::VerifyStep::Signature:
        return QCoreApplication::translate("UpdateController",
                                           "Not genuine: not signed by a publisher you trust");
    case bundle::VerifyStep::Manifest:
        return QCoreApplication::translate("UpdateController",
                                           "Not usable: made for a newer Pathways or malformed");
    case bundle::VerifyStep::Sequence:
        return QCoreApplication::translate("UpdateController", "Older than the installed directory");
    case bundle::VerifyStep::Payload:
        return QCoreApplication::translate("UpdateController",
                                           "Damaged: its contents do not match its signature");
    case bundle::VerifyStep::Content:
        return QCoreApplication::translate("UpdateController",
                                           "Refused: its contents are not valid directory data");
    case bundle::VerifyStep::Apply:
        break;
    }
    return QCoreApplication::translate("UpdateController",
                                       "Could not be installed (disk full or not writable?)");
}

} // namespace

UpdateController::UpdateController(directory::DataDirectory data, QObject* parent)
    : QObject(parent), m_data(std::move(data))
{
    qRegisterMetaType<UpdateResult>();
    connect(&m_watcher, &QFutureWatcher<UpdateResult>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

UpdateController::~UpdateController()
{
    // The install itself must finish (it is atomic either way); only its result is dropped.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

UpdateResult UpdateController::run(const directory::DataDirectory& data, const QString& bundlePath)
{
    UpdateResult result;
    QStringList trustWarnings;
    const bundle::TrustStore trust = bundle::TrustStore::load(data.trustedKeysPath(), &trustWarnings);
    bundle::BundleInstaller installer(data);
    const bundle::BundleInstaller::Outcome outcome = installer.apply(bundlePath, trust);
    if (outcome.verify.claimed) {
        result.publisher = outcome.verify.claimed->publisher;
        result.sequence = outcome.verify.claimed->sequence;
    }
    result.warnings = outcome.warnings;
    if (!outcome.verify.ok()) {
        result.kind = UpdateResult::Kind::Refused;
        result.headline = plainReason(outcome.verify.step);
        result.detail = outcome.verify.describe();
        return result;
    }
    if (outcome.verify.outcome == bundle::VerifyResult::Outcome::AlreadyInstalled) {
        result.kind = UpdateResult::Kind::AlreadyInstalled;
        result.headline = QCoreApplication::translate("UpdateController", "Already installed: nothing to do");
        return result;
    }
    result.kind = outcome.installed ? UpdateResult::Kind::Installed : UpdateResult::Kind::Refused;
    result.headline = outcome.installed ? QCoreApplication::translate("UpdateController", "Directory updated")
                                        : plainReason(bundle::VerifyStep::Apply);
    result.diff = outcome.diff;
    return result;
}

void UpdateController::apply(const QString& bundlePath)
{
    if (m_watcher.isRunning())
        return;
    Q_EMIT started(bundlePath);
    const directory::DataDirectory data = m_data;
    m_watcher.setFuture(QtConcurrent::run([data, bundlePath] { return run(data, bundlePath); }));
}

UpdateResult UpdateController::download(const directory::DataDirectory& data, const QString& url)
{
    const cli::DownloadResult downloaded = cli::downloadBundle(data, url, 120);
    UpdateResult result;
    switch (downloaded.status) {
    case cli::DownloadResult::Status::NotModified:
        result.kind = UpdateResult::Kind::AlreadyInstalled;
        result.headline = QCoreApplication::translate("UpdateController", "No newer directory online");
        return result;
    case cli::DownloadResult::Status::Failed:
        result.kind = UpdateResult::Kind::Refused;
        result.headline = QCoreApplication::translate("UpdateController", "Could not download the update");
        result.detail = downloaded.error;
        return result;
    case cli::DownloadResult::Status::Downloaded:
        break;
    }
    result = run(data, downloaded.file);
    QFile::remove(downloaded.file);
    if (result.kind != UpdateResult::Kind::Refused)
        cli::rememberEtag(data, url, downloaded.etag);
    return result;
}

void UpdateController::checkOnline(const QString& url)
{
    if (m_watcher.isRunning())
        return;
    Q_EMIT started(url);
    const directory::DataDirectory data = m_data;
    m_watcher.setFuture(QtConcurrent::run([data, url] { return download(data, url); }));
}

bool UpdateController::exportInstalled(const QString& path, QString* error) const
{
    const bundle::BundleInstaller installer(m_data);
    const std::optional<QByteArray> bytes = installer.installedBundle(error);
    if (!bytes)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("UpdateController", "Could not write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pathways::desktop

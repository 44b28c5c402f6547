#include "desktop/UpdateController.h"

#include "api/UpdateService.h"

#include <QCoreApplication>
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

UpdateResult toResult(const api::UpdateOutcome& outcome)
{
    UpdateResult result;
    result.publisher = outcome.publisher;
    result.sequence = outcome.sequence;
    result.warnings = outcome.trustWarnings + outcome.warnings;
    switch (outcome.result) {
    case api::UpdateOutcome::Result::Refused:
        result.kind = UpdateResult::Kind::Refused;
        result.headline = plainReason(outcome.refusedAt);
        result.detail = outcome.refusal ? outcome.refusal->message : QString();
        break;
    case api::UpdateOutcome::Result::AlreadyInstalled:
        result.kind = UpdateResult::Kind::AlreadyInstalled;
        result.headline = QCoreApplication::translate("UpdateController", "Already installed: nothing to do");
        break;
    case api::UpdateOutcome::Result::NotModified:
        result.kind = UpdateResult::Kind::AlreadyInstalled;
        result.headline = QCoreApplication::translate("UpdateController", "No newer directory online");
        break;
    case api::UpdateOutcome::Result::Previewed:
    case api::UpdateOutcome::Result::Restored:
    case api::UpdateOutcome::Result::Installed:
        result.kind = UpdateResult::Kind::Installed;
        result.headline = QCoreApplication::translate("UpdateController", "Directory updated");
        result.diff = outcome.diff;
        break;
    }
    return result;
}

} // namespace

UpdateController::UpdateController(directory::DataFolder folder, QObject* parent)
    : QObject(parent), m_folder(std::move(folder))
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

UpdateResult UpdateController::run(const directory::DataFolder& folder, const QString& bundlePath)
{
    return toResult(api::UpdateService(folder).install(bundlePath));
}

void UpdateController::apply(const QString& bundlePath)
{
    if (m_watcher.isRunning())
        return;
    Q_EMIT started(bundlePath);
    const directory::DataFolder folder = m_folder;
    m_watcher.setFuture(QtConcurrent::run([folder, bundlePath] { return run(folder, bundlePath); }));
}

UpdateResult UpdateController::download(const directory::DataFolder& folder, const QString& url)
{
    const Expected<api::UpdateOutcome> outcome = api::UpdateService(folder).installFromUrl(url);
    if (outcome)
        return toResult(*outcome);
    UpdateResult result;
    result.kind = UpdateResult::Kind::Refused;
    result.headline = QCoreApplication::translate("UpdateController", "Could not download the update");
    result.detail = outcome.error().message;
    return result;
}

void UpdateController::checkOnline(const QString& url)
{
    if (m_watcher.isRunning())
        return;
    Q_EMIT started(url);
    const directory::DataFolder folder = m_folder;
    m_watcher.setFuture(QtConcurrent::run([folder, url] { return download(folder, url); }));
}

Status UpdateController::exportInstalled(const QString& path) const
{
    const Expected<QByteArray> bytes = api::UpdateService(m_folder).installedBundle();
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("UpdateController", "Could not write %1: %2")
                         .arg(path, file.errorString()),
                     {}};
    return {};
}

} // namespace pathways::desktop

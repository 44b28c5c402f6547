#include "desktop/UpdateController.h"

#include "api/UpdateService.h"
#include "desktop/UpdateWords.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace pathways::desktop {

UpdateController::UpdateController(directory::DataFolder folder, QObject* parent)
    : QObject(parent), m_folder(std::move(folder))
{
    qRegisterMetaType<UpdateResult>();
    connect(&m_watcher, &QFutureWatcher<UpdateResult>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

UpdateController::~UpdateController()
{
    // An install must finish (it is atomic either way); a download is stopped; only the result is dropped.
    m_cancel.cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    // A download previewed as the window closed: nobody will choose Install, so its file goes now.
    if (const QFuture<UpdateResult> future = m_watcher.future(); future.isValid() && future.resultCount() > 0)
        if (const UpdateResult last = future.result(); last.download)
            api::UpdateService::discardDownload(*last.download);
}

void UpdateController::start(std::function<UpdateResult()> work, const QString& what)
{
    if (m_watcher.isRunning())
        return;
    Q_EMIT started(what);
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
}

UpdateResult UpdateController::run(const directory::DataFolder& folder, const QString& bundlePath)
{
    return UpdateWords::fromOutcome(api::UpdateService(folder).install(bundlePath));
}

void UpdateController::preview(const QString& bundlePath)
{
    const directory::DataFolder folder = m_folder;
    start([folder, bundlePath] { return UpdateWords::fromOutcome(api::UpdateService(folder).preview(bundlePath)); },
          bundlePath);
}

void UpdateController::install(const QString& bundlePath, const QByteArray& sha256)
{
    const directory::DataFolder folder = m_folder;
    start(
        [folder, bundlePath, sha256] {
            return UpdateWords::fromOutcome(api::UpdateService(folder).install(bundlePath, sha256));
        },
        bundlePath);
}

void UpdateController::checkOnline(const QString& url)
{
    if (m_watcher.isRunning())
        return;
    m_cancel = api::CancelToken(); // a fresh one: an earlier Cancel does not stop this download
    const directory::DataFolder folder = m_folder;
    start(
        [this, folder, url, cancel = m_cancel] {
            // The controller outlives the worker (its destructor waits), so the queued signal is safe.
            const auto progress = [this](qint64 received, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, received, total] { Q_EMIT this->progress(received, total); },
                    Qt::QueuedConnection);
            };
            const Expected<api::UpdateOutcome> outcome =
                api::UpdateService(folder).previewFromUrl(url, progress, cancel);
            return outcome ? UpdateWords::fromOutcome(*outcome) : UpdateWords::fromError(outcome.error());
        },
        url);
}

void UpdateController::installDownloaded(const api::DownloadedBundle& download, const QByteArray& sha256)
{
    const directory::DataFolder folder = m_folder;
    start(
        [folder, download, sha256] {
            return UpdateWords::fromOutcome(api::UpdateService(folder).installDownloaded(download, sha256));
        },
        download.url);
}

void UpdateController::restorePrevious(bool previewOnly)
{
    const directory::DataFolder folder = m_folder;
    start(
        [folder, previewOnly] {
            const Expected<api::UpdateOutcome> outcome = api::UpdateService(folder).restorePrevious(previewOnly);
            return outcome ? UpdateWords::fromOutcome(*outcome) : UpdateWords::fromError(outcome.error());
        },
        QString());
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

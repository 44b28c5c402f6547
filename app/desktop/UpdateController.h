#pragma once

#include "api/CancelToken.h"
#include "api/UpdateOutcome.h"
#include "bundle/DirectoryDiff.h"
#include "directory/DataFolder.h"
#include "error/Expected.h"

#include <QFutureWatcher>
#include <QObject>

namespace pathways::desktop {

/// The outcome of one step of an update (preview, install, download, restore), with the facts the dialog
/// shows and, in plain words, what it means and what the person holding the file can do next.
struct UpdateResult
{
    enum class Kind {
        Previewed,        ///< genuine and newer (or the previous version compared): nothing written yet
        Installed,        ///< now the installed directory
        AlreadyInstalled, ///< this very directory is installed (or nothing newer online): nothing to do
        Restored,         ///< the previous version is installed again
        Refused,          ///< refused, failed or cancelled: nothing was changed
    };
    Kind kind = Kind::Refused;
    QString headline; ///< plain words: "This file is damaged", "Directory updated", ...
    QString nextStep; ///< what to do now ("Ask the sender for a new copy."); empty when nothing is needed
    QString detail;   ///< the technical reason, without step numbers, for support

    QString publisher; ///< as the bundle claims it (checked unless refused at or before the signature)
    QString fingerprint; ///< of the signing key, in groups to read aloud; empty when unreadable
    quint64 sequence = 0;
    QString installedPublisher; ///< the directory installed before this step
    quint64 installedSequence = 0;
    QString created; ///< RFC 3339 as the manifest says it
    QString expires;
    bool expired = false;
    bool untrustedKey = false; ///< refused only because the key is not trusted yet: Trusted publishers helps
    QByteArray bundleSha256;   ///< Previewed: install exactly these bytes
    /// Previewed after Check online: the downloaded file, waiting in the data folder for Install or Cancel.
    std::optional<api::DownloadedBundle> download;
    bundle::DirectoryDiff diff;
    QStringList warnings; ///< unreadable trusted-key files, install warnings (not the expiry: see expired)
};

/// The window's view of the core update service (api::UpdateService): runs it on a worker thread
/// (QtConcurrent), one step at a time, and puts its outcome in the words the window shows (UpdateWords).
/// Results arriving after the controller is gone are dropped (its destructor waits for the worker).
class UpdateController : public QObject
{
    Q_OBJECT
public:
    explicit UpdateController(directory::DataFolder folder, QObject* parent = nullptr);
    ~UpdateController() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    /// Verifies the bundle and computes what installing it would change; writes nothing.
    void preview(const QString& bundlePath);
    /// Installs the bundle; with `sha256` (a preview's bundleSha256) only if the file is still the same.
    void install(const QString& bundlePath, const QByteArray& sha256 = {});
    /// Downloads the bundle at `url` (HTTPS, size cap, timeout, ETag) and previews it, reporting progress;
    /// cancel() stops it. Only ever called when the user chose "Check online" (or the check at start) with
    /// an address configured. A genuine newer bundle comes back Previewed with its download kept.
    void checkOnline(const QString& url);
    /// Install after Check online: the previewed download, only if still the bytes looked at (`sha256`).
    void installDownloaded(const api::DownloadedBundle& download, const QByteArray& sha256);
    /// Compares the kept previous version with the installed one (previewOnly) or puts it back.
    void restorePrevious(bool previewOnly);
    /// Stops a running download (the result is then a refusal that changed nothing).
    void cancel() { m_cancel.cancel(); }
    /// Writes the installed bundle to `path` (to hand on); an error says why not (none installed, cannot
    /// write).
    Status exportInstalled(const QString& path) const;

    /// The blocking work, for tests and the worker: install `bundlePath` (no preview).
    static UpdateResult run(const directory::DataFolder& folder, const QString& bundlePath);

Q_SIGNALS:
    void started(const QString& what);
    /// Bytes downloaded so far and the total (-1 when the server did not say).
    void progress(qint64 received, qint64 total);
    void finished(const pathways::desktop::UpdateResult& result);

private:
    void start(std::function<UpdateResult()> work, const QString& what);

    directory::DataFolder m_folder;
    api::CancelToken m_cancel;
    QFutureWatcher<UpdateResult> m_watcher;
};

} // namespace pathways::desktop

Q_DECLARE_METATYPE(pathways::desktop::UpdateResult)

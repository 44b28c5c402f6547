#pragma once

#include "api/BundleDownload.h"
#include "api/CancelToken.h"
#include "api/UpdateOutcome.h"
#include "directory/DataFolder.h"
#include "error/Expected.h"
#include "import/Progress.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pathways::bundle {
class TrustStore;
}

namespace pathways::api {

/// The one update path under both front ends: (download with size cap and ETag ->) verify -> preview (the
/// diff, before anything is installed) -> install. `pathways-cli sync` and the window's update dialog are
/// views of it. Every call blocks; run it on a worker thread in a window. Each verifies the bundle in full:
/// signature against the trusted keys of the data folder (and /etc/pathways/trusted-keys), manifest,
/// sequence, payload hash and content, as docs/bundle-format.md orders them.
class UpdateService
{
public:
    explicit UpdateService(directory::DataFolder folder);

    /// Where preview(), install() and installFromUrl() (after its download) say how far they are: the
    /// installer's phases as steps of a whole, and a CSV payload's import files and bytes. Called on the
    /// thread that runs them; empty (the default): nothing is reported.
    void setProgress(import::ProgressCallback progress) { m_progress = std::move(progress); }

    /// Verifies `bundlePath` and computes what installing it would change; writes nothing to the directory
    /// or the trusted keys.
    UpdateOutcome preview(const QString& bundlePath) const;
    /// Verifies and installs `bundlePath` atomically (BundleInstaller::apply). With `expectedSha256` (a
    /// preview's bundleSha256), a file that changed since the preview is refused (changedSincePreview).
    UpdateOutcome install(const QString& bundlePath, const QByteArray& expectedSha256 = {}) const;
    /// Downloads the bundle at `url` (only when the user asked), then installs it and remembers the
    /// address's ETag. NotModified when the server has nothing newer. A download that failed or was
    /// cancelled is an Error and changes nothing.
    Expected<UpdateOutcome> installFromUrl(const QString& url, const DownloadProgress& progress = {},
                                           const CancelToken& cancel = {}) const;
    /// Downloads the bundle at `url` (only when the user asked) and previews it: a genuine newer bundle is
    /// Previewed with `download` set, its file kept in the data folder's scratch area for
    /// installDownloaded() (Install) or discardDownload() (Cancel). Anything else (NotModified, already
    /// installed, refused) keeps no file. Writes nothing to the directory, the notes or the trusted keys.
    Expected<UpdateOutcome> previewFromUrl(const QString& url, const DownloadProgress& progress = {},
                                           const CancelToken& cancel = {}) const;
    /// Installs a previewed download if its bytes are still those previewed (`expectedSha256`, as for an
    /// opened file), records its address in the history, remembers its ETag; the file is removed either way.
    UpdateOutcome installDownloaded(const DownloadedBundle& download, const QByteArray& expectedSha256) const;
    /// Cancel: removes the downloaded file; nothing else is written.
    static void discardDownload(const DownloadedBundle& download);

    /// The directory kept from before the last update, put back (`Restored`) or only compared
    /// (`Previewed`, nothing written); the diff goes from the installed directory to it. Notes are kept;
    /// sequences seen stay seen (bundle::PreviousDirectory). NotFound when none is kept.
    Expected<UpdateOutcome> restorePrevious(bool previewOnly) const;
    /// Whether a previous directory is kept (restorePrevious would find one); one stat(), for menus.
    bool hasPreviousVersion() const;

    /// The installed bundle's exact bytes, to hand on (Share directory, `bundle export`).
    Expected<QByteArray> installedBundle() const;
    /// Publisher, sequence and per-publisher high-water marks of the installed directory (where a bundle
    /// would stand against it).
    Expected<bundle::InstalledState> installedState() const;

private:
    enum class Mode { Preview, Install };
    /// Downloads `url` into the scratch area; nullopt when the server says nothing changed (ETag).
    Expected<std::optional<DownloadedBundle>> fetch(const QString& url, const DownloadProgress& progress,
                                                    const CancelToken& cancel) const;
    UpdateOutcome run(const QString& bundlePath, Mode mode, const QByteArray& expectedSha256 = {}) const;

    /// Fills the refusal's facts the window turns into a next step (untrusted key, newest version had).
    void describeRefusal(UpdateOutcome& outcome, const bundle::VerifyResult& verify,
                         const bundle::TrustStore& trust, bool afterPreview) const;

    directory::DataFolder m_folder;
    import::ProgressCallback m_progress;
};

} // namespace pathways::api

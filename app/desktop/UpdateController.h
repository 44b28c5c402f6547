#pragma once

#include "bundle/DirectoryDiff.h"
#include "directory/DataFolder.h"

#include <QFutureWatcher>
#include <QObject>

namespace pathways::desktop {

/// The outcome of one update, in the words the window shows.
struct UpdateResult
{
    enum class Kind { Installed, AlreadyInstalled, Refused };
    Kind kind = Kind::Refused;
    QString headline; ///< plain words: "Not genuine", "Older than the installed directory", ...
    QString detail;   ///< the verifier's one-line reason (for the curious and for support)
    QString publisher;
    quint64 sequence = 0;
    bundle::DirectoryDiff diff;
    QStringList warnings; ///< the trusted keys that could not be read, then the install's own warnings
};

/// The window's view of the core update service (api::UpdateService): runs it on a worker thread
/// (QtConcurrent), bound to this object's lifetime (a result arriving after the controller is gone is
/// dropped), and puts its outcome in the words the window shows. The menu, drag-and-drop and the command
/// line all go through apply().
class UpdateController : public QObject
{
    Q_OBJECT
public:
    explicit UpdateController(directory::DataFolder folder, QObject* parent = nullptr);
    ~UpdateController() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    void apply(const QString& bundlePath);
    /// Downloads the bundle at `url` (HTTPS, size cap, timeout, ETag) and applies it. Only ever called when
    /// the user chose "Check online" with an update address configured.
    void checkOnline(const QString& url);
    /// Writes the installed bundle to `path` (to hand on); an error says why not (none installed, cannot
    /// write).
    Status exportInstalled(const QString& path) const;

    /// The blocking work, for tests and the worker.
    static UpdateResult run(const directory::DataFolder& folder, const QString& bundlePath);
    static UpdateResult download(const directory::DataFolder& folder, const QString& url);

Q_SIGNALS:
    void started(const QString& bundlePath);
    void finished(const pathways::desktop::UpdateResult& result);

private:
    directory::DataFolder m_folder;
    QFutureWatcher<UpdateResult> m_watcher;
};

} // namespace pathways::desktop

Q_DECLARE_METATYPE(pathways::desktop::UpdateResult)

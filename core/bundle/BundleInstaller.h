#pragma once

#include "bundle/BundleVerifier.h"
#include "bundle/DirectoryDiff.h"
#include "directory/DataFolder.h"
#include "error/Expected.h"
#include "import/ImportReport.h"
#include "import/Progress.h"
#include "store/DirectoryOrigin.h"

#include <optional>

namespace pathways::bundle {

/// Verifies and installs bundles into a data folder, and hands the installed one on.
///
/// What an install leaves behind, all inside the new directory.sqlite so one rename() installs it at once:
///   bundle_installed           the bundle file's exact bytes (for `bundle export`), its key id, when
///   bundle_publisher_sequence  the highest sequence installed per publisher (rollback protection)
///   bundle_service_digest      per-service digests, so the next update's diff needs no recomputation
/// After the rename, <data-dir>/directory.generation is rewritten (see generationPath()).
/// user.sqlite is never opened.
class BundleInstaller
{
public:
    explicit BundleInstaller(directory::DataFolder data);

    struct Outcome
    {
        VerifyResult verify; ///< outcome Refused: nothing changed; AlreadyInstalled: nothing done
        bool installed = false;
        DirectoryDiff diff;
        import::ImportReport report; ///< the import of the payload (warnings a publisher should fix)
        QStringList warnings;        ///< e.g. "this directory expired on ..."
        quint64 previousSequence = 0;
        QString previousPublisher;
    };

    /// Install: the whole path of docs/bundle-format.md, steps 1-8. Preview: steps 1-7 and the diff, then
    /// the staging database is removed; nothing in the data folder changes (not even rotation keys).
    enum class Mode { Install, Preview };

    /// Holds <data-dir>/.bundle.lock while it runs so two updates never interleave. On refusal (and in
    /// Preview), directory.sqlite and user.sqlite are unchanged.
    Outcome apply(const QString& bundlePath, const TrustStore& trust, Mode mode = Mode::Install);
    /// Makes apply() refuse (at step 1, nothing written) a file whose bytes no longer have this SHA-256:
    /// the window installs exactly the file the person looked at in the preview, even if it was replaced
    /// on disk in between.
    void expectSha256(QByteArray sha256) { m_expectedSha256 = std::move(sha256); }
    /// Where apply() says how far it is: its phases as steps of a whole ("verifying the bundle", 1 of 5,
    /// ...), and inside a CSV payload's import that import's own files and bytes. Sent from the thread
    /// that runs apply(); empty (the default): nothing is reported.
    void setProgress(import::ProgressCallback progress) { m_progress = std::move(progress); }

    /// Resource path of the embedded default directory, a real bundle signed by the demonstration key.
    static QString embeddedBundlePath() { return QStringLiteral(":/pathways/default-directory.pathways"); }
    /// First run (called by api::prepareDataFolder): installs the embedded default bundle through the same
    /// verification as any update. NotFound when this binary carries no embedded bundle.
    static Status installEmbeddedDefault(const directory::DataFolder& data);

    /// Publisher, sequence and per-publisher high-water marks of the installed directory.
    InstalledState installedState() const;
    /// The installed bundle's bytes; NotFound when there is no directory or it did not come from a bundle.
    Expected<QByteArray> installedBundle() const;

    /// File rewritten after every install: "<counter> <sequence> <publisher>\n". Readers watch it (file
    /// watcher) or compare the inode of directory.sqlite, which changes with every install.
    QString generationPath() const;
    /// Changes whenever a new directory.sqlite is installed (device, inode and size of the file): a reader
    /// compares it with the value it had when it opened its connection, and reopens when it differs. Empty
    /// when there is no directory. Cheap (one stat()), so it can be polled.
    static QByteArray installedToken(const directory::DataFolder& data);

    /// Test hook: called at numbered points of apply() (1..kCrashPoints) so a test child can kill itself
    /// there. Never set in the shipped programs.
    static constexpr int kCrashPoints = 20;
    static void setCrashHookForTests(void (*hook)(int point));

private:
    static void crashPoint(int point);
    void writeGeneration(quint64 sequence, const QString& publisher) const;
    void removeStaleStaging() const;
    void reportPhase(int step, int steps, const QString& phase) const;

    directory::DataFolder m_data;
    QString m_origin = QStringLiteral("bundle"); ///< bundle_meta.origin: "embedded" for the first-run default
    QByteArray m_expectedSha256;                 ///< expectSha256(); empty: any file
    import::ProgressCallback m_progress;         ///< setProgress(); empty: no reports
};

} // namespace pathways::bundle

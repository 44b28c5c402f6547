#pragma once

#include "bundle/BundleVerifier.h"
#include "bundle/DirectoryDiff.h"
#include "error/Error.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::api {

/// A bundle downloaded on the user's request and previewed (UpdateService::previewFromUrl), kept in the
/// data folder's scratch area (a `.staging-*.download` file) until installDownloaded() or discardDownload().
struct DownloadedBundle
{
    QString file; ///< the downloaded bytes, as previewed
    QString url;  ///< where they came from (the history says so)
    QString etag; ///< the server's ETag, remembered once the bundle is installed
};

/// What became of one bundle: previewed, installed, already there, or refused (then nothing changed).
struct UpdateOutcome
{
    enum class Result {
        Previewed,        ///< genuine and newer; the diff says what installing it would change
        Installed,        ///< now the installed directory
        AlreadyInstalled, ///< the installed directory is this bundle: nothing to do
        NotModified,      ///< the update address has nothing newer (ETag): nothing downloaded
        Restored,         ///< the previous directory is installed again (restorePrevious)
        Refused,          ///< see refusal; the installed directory and the notes are untouched
    };
    Result result = Result::Refused;
    std::optional<Error> refusal;                                ///< Refused: the one-line reason
    bundle::VerifyStep refusedAt = bundle::VerifyStep::FileSize; ///< Refused: the failing step
    QString reason; ///< Refused: the verifier's reason without the step number (for the window's details)
    /// Refused at the signature only because this computer does not trust the signing key yet (not revoked,
    /// not the demonstration key, not a forged signature): trusting the publisher's key would let it in.
    bool untrustedKey = false;
    /// Refused at the sequence: the newest version of this publisher this computer has had (installed, or
    /// seen before a restore); the bundle is not newer than it.
    quint64 newestSequence = 0;
    /// Refused at step 1 because the file is no longer the one that was previewed (install(path, sha256)).
    bool changedSincePreview = false;
    /// The bundle came from this update address (installFromUrl, installDownloaded): a file that changed
    /// since the preview is then checked again online, not opened again.
    QString downloadedFrom;

    QString publisher; ///< as the bundle claims it (trustworthy unless refused at or before the signature)
    quint64 sequence = 0;
    QString created;
    QString expires;
    QString keyId; ///< hex id of the signing key, when the signature could be read
    bool expired = false;   ///< `expires` is in the past (installs anyway, with a warning)
    QByteArray bundleSha256; ///< of the file's bytes as verified: install(path, bundleSha256) installs that file
    QString previousPublisher;
    quint64 previousSequence = 0;

    bundle::DirectoryDiff diff; ///< Previewed and Installed
    /// previewFromUrl, Previewed: the downloaded file waiting for Install or Cancel (the caller must end it
    /// with installDownloaded or discardDownload).
    std::optional<DownloadedBundle> download;
    QStringList trustWarnings;  ///< unreadable trusted-key files (the keys that could be read still count)
    QStringList warnings;       ///< e.g. "this directory expired on ..."
    QStringList importFindings; ///< problems of the publisher's data that did not stop the install

    bool changedNothing() const { return result != Result::Installed; }
};

} // namespace pathways::api

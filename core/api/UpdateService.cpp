#include "api/UpdateService.h"

#include "api/UpdateHistory.h"
#include "bundle/BundleInstaller.h"
#include "bundle/Minisign.h"
#include "bundle/PreviousDirectory.h"
#include "bundle/TrustStore.h"
#include "db/DatabaseError.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace pathways::api {

namespace {

// What a refused step means for the one holding the file: damaged files and failed writes are not the
// same kind of failure as a forged or outdated bundle.
Error::Kind refusalKind(bundle::VerifyStep step)
{
    return step == bundle::VerifyStep::Apply ? Error::Kind::Io : Error::Kind::Refused;
}

} // namespace

UpdateService::UpdateService(directory::DataFolder folder) : m_folder(std::move(folder)) {}

UpdateOutcome UpdateService::preview(const QString& bundlePath) const
{
    return run(bundlePath, Mode::Preview);
}

UpdateOutcome UpdateService::install(const QString& bundlePath, const QByteArray& expectedSha256) const
{
    UpdateOutcome outcome = run(bundlePath, Mode::Install, expectedSha256);
    if (outcome.result == UpdateOutcome::Result::Installed)
        UpdateHistory(m_folder).record({{},
                                        QStringLiteral("installed"),
                                        outcome.publisher,
                                        outcome.sequence,
                                        QFileInfo(bundlePath).absoluteFilePath()});
    return outcome;
}

UpdateOutcome UpdateService::run(const QString& bundlePath, Mode mode, const QByteArray& expectedSha256) const
{
    UpdateOutcome outcome;
    const bundle::TrustStore trust =
        bundle::TrustStore::load(m_folder.trustedKeysPath(), &outcome.trustWarnings);
    bundle::BundleInstaller installer(m_folder);
    installer.expectSha256(expectedSha256);
    installer.setProgress(m_progress);
    const bundle::BundleInstaller::Outcome applied =
        installer.apply(bundlePath, trust,
                        mode == Mode::Preview ? bundle::BundleInstaller::Mode::Preview
                                              : bundle::BundleInstaller::Mode::Install);
    const bundle::VerifyResult& verify = applied.verify;
    if (verify.claimed) {
        outcome.publisher = verify.claimed->publisher;
        outcome.sequence = verify.claimed->sequence;
        outcome.created = verify.claimed->created;
        outcome.expires = verify.claimed->expires;
        const QDateTime expires = QDateTime::fromString(outcome.expires, Qt::ISODate);
        outcome.expired = expires.isValid() && expires < QDateTime::currentDateTimeUtc();
    }
    if (verify.signature)
        outcome.keyId = bundle::keyIdToHex(verify.signature->keyId);
    if (!verify.bundleBytes.isEmpty())
        outcome.bundleSha256 = QCryptographicHash::hash(verify.bundleBytes, QCryptographicHash::Sha256);
    outcome.previousPublisher = applied.previousPublisher;
    outcome.previousSequence = applied.previousSequence;
    outcome.warnings = applied.warnings;
    outcome.importFindings = applied.report.toLines();
    if (!verify.ok()) {
        outcome.result = UpdateOutcome::Result::Refused;
        outcome.refusedAt = verify.step;
        outcome.refusal = Error{refusalKind(verify.step), verify.describe(), bundle::stepName(verify.step)};
        outcome.reason = verify.reason;
        describeRefusal(outcome, verify, trust, !expectedSha256.isEmpty());
        return outcome;
    }
    if (verify.outcome == bundle::VerifyResult::Outcome::AlreadyInstalled) {
        outcome.result = UpdateOutcome::Result::AlreadyInstalled;
        return outcome;
    }
    outcome.diff = applied.diff;
    outcome.result =
        mode == Mode::Preview ? UpdateOutcome::Result::Previewed : UpdateOutcome::Result::Installed;
    return outcome;
}

void UpdateService::describeRefusal(UpdateOutcome& outcome, const bundle::VerifyResult& verify,
                                    const bundle::TrustStore& trust, bool afterPreview) const
{
    switch (verify.step) {
    case bundle::VerifyStep::FileSize:
        // The preview read this file; now it is gone, unreadable or other bytes.
        outcome.changedSincePreview = afterPreview;
        break;
    case bundle::VerifyStep::Signature:
        outcome.untrustedKey = verify.signature && verify.signature->algorithm != "Ed" &&
                               !trust.isRevoked(verify.signature->keyId) &&
                               !trust.find(verify.signature->keyId);
        break;
    case bundle::VerifyStep::Sequence:
        if (const Expected<bundle::InstalledState> state = installedState(); state && verify.claimed) {
            const QString& publisher = verify.claimed->publisher;
            outcome.newestSequence = qMax(state->highWater.value(publisher, 0),
                                          state->publisher == publisher ? state->sequence : 0);
        }
        break;
    default:
        break;
    }
}

namespace {

UpdateOutcome notModified()
{
    UpdateOutcome outcome;
    outcome.result = UpdateOutcome::Result::NotModified;
    return outcome;
}

} // namespace

Expected<std::optional<DownloadedBundle>>
UpdateService::fetch(const QString& url, const DownloadProgress& progress, const CancelToken& cancel) const
{
    Expected<BundleDownload> download = BundleDownload::fetch(m_folder, url, progress, cancel);
    if (!download)
        return download.error();
    if (download->status == BundleDownload::Status::NotModified)
        return std::optional<DownloadedBundle>();
    return std::optional<DownloadedBundle>(DownloadedBundle{download->file, url, download->etag});
}

Expected<UpdateOutcome> UpdateService::installFromUrl(const QString& url, const DownloadProgress& progress,
                                                      const CancelToken& cancel) const
{
    const Expected<std::optional<DownloadedBundle>> downloaded = fetch(url, progress, cancel);
    if (!downloaded)
        return downloaded.error();
    if (!*downloaded)
        return notModified();
    return installDownloaded(**downloaded, {});
}

Expected<UpdateOutcome> UpdateService::previewFromUrl(const QString& url, const DownloadProgress& progress,
                                                      const CancelToken& cancel) const
{
    const Expected<std::optional<DownloadedBundle>> fetched = fetch(url, progress, cancel);
    if (!fetched)
        return fetched.error();
    if (!*fetched)
        return notModified();
    const DownloadedBundle& downloaded = **fetched;
    UpdateOutcome outcome = run(downloaded.file, Mode::Preview);
    if (outcome.result == UpdateOutcome::Result::Previewed) {
        outcome.download = downloaded; // kept for Install; Cancel removes it
        return outcome;
    }
    discardDownload(downloaded);
    // Nothing newer: ask with its ETag next time.
    if (outcome.result == UpdateOutcome::Result::AlreadyInstalled)
        BundleDownload::rememberEtag(m_folder, url, downloaded.etag);
    return outcome;
}

UpdateOutcome UpdateService::installDownloaded(const DownloadedBundle& download,
                                               const QByteArray& expectedSha256) const
{
    UpdateOutcome outcome = run(download.file, Mode::Install, expectedSha256);
    outcome.downloadedFrom = download.url;
    discardDownload(download);
    if (outcome.result == UpdateOutcome::Result::Installed)
        UpdateHistory(m_folder).record(
            {{}, QStringLiteral("installed"), outcome.publisher, outcome.sequence, download.url});
    if (outcome.result != UpdateOutcome::Result::Refused)
        BundleDownload::rememberEtag(m_folder, download.url, download.etag);
    return outcome;
}

void UpdateService::discardDownload(const DownloadedBundle& download)
{
    if (!download.file.isEmpty())
        QFile::remove(download.file);
}

Expected<UpdateOutcome> UpdateService::restorePrevious(bool previewOnly) const
{
    const bundle::PreviousDirectory previous(m_folder);
    const Expected<bundle::PreviousDirectory::Change> change =
        previewOnly ? previous.preview() : previous.restore();
    if (!change)
        return change.error();
    UpdateOutcome outcome;
    outcome.result = previewOnly ? UpdateOutcome::Result::Previewed : UpdateOutcome::Result::Restored;
    outcome.publisher = change->publisher;
    outcome.sequence = change->sequence;
    outcome.previousPublisher = change->replacedPublisher;
    outcome.previousSequence = change->replacedSequence;
    outcome.diff = change->diff;
    if (!previewOnly)
        UpdateHistory(m_folder).record(
            {{}, QStringLiteral("restored previous"), change->publisher, change->sequence, {}});
    return outcome;
}

bool UpdateService::hasPreviousVersion() const
{
    return QFileInfo::exists(m_folder.previousDatabasePath());
}

Expected<QByteArray> UpdateService::installedBundle() const
{
    return bundle::BundleInstaller(m_folder).installedBundle();
}

Expected<bundle::InstalledState> UpdateService::installedState() const
{
    try {
        return bundle::BundleInstaller(m_folder).installedState();
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(
            QStringLiteral("cannot read the installed directory: %1").arg(failure.message()),
            failure.message());
    }
}

} // namespace pathways::api

#include "desktop/UpdateWords.h"

#include "api/BundleDownload.h"
#include "api/TrustedKeys.h"

namespace pathways::desktop {

// The refusal's meaning and the next step for the one holding the file, by what the core found.
void UpdateWords::describeRefusal(const api::UpdateOutcome& outcome, UpdateResult& result)
{
    if (outcome.changedSincePreview) {
        result.headline = tr("The file changed after you looked at it");
        result.nextStep = outcome.downloadedFrom.isEmpty()
                              ? tr("Open it again to see what it would change now.")
                              : tr("Check online again to see what the new download would change.");
        return;
    }
    switch (outcome.refusedAt) {
    case bundle::VerifyStep::FileSize:
    case bundle::VerifyStep::Archive:
        result.headline = tr("This file is damaged or is not a Pathways directory");
        result.nextStep = tr("Ask the sender for a new copy.");
        return;
    case bundle::VerifyStep::Signature:
        if (outcome.untrustedKey) {
            result.headline = tr("This file comes from a publisher you do not trust yet");
            result.nextStep =
                tr("If you expect directory updates from this publisher, ask your coordinator for their key "
                   "and compare the fingerprint with them by phone. Add it under Trusted publishers, then "
                   "open this file again.");
        } else {
            result.headline = tr("This file is not genuine");
            result.nextStep = tr("Do not pass it on. Ask the publisher for a new copy.");
        }
        return;
    case bundle::VerifyStep::Manifest:
        result.headline = tr("This file cannot be used by this version of Pathways");
        result.nextStep = tr("Install the newest Pathways, or ask the sender for a new copy.");
        return;
    case bundle::VerifyStep::Sequence:
        //: %1 is the version number of the newest directory this computer has had.
        result.headline = tr("You already have a newer directory (%1)").arg(outcome.newestSequence);
        result.nextStep = tr("Nothing to do.");
        return;
    case bundle::VerifyStep::Payload:
        result.headline = tr("This file is damaged");
        result.nextStep = tr("Ask the sender for a new copy.");
        return;
    case bundle::VerifyStep::Content:
        result.headline = tr("This file's directory data is not valid");
        result.nextStep = tr("Tell the publisher, and ask for a corrected copy.");
        return;
    case bundle::VerifyStep::Apply:
        break;
    }
    result.headline = tr("The directory could not be installed");
    result.nextStep = tr("The disk may be full or not writable. Free some space, then try again.");
}

UpdateResult UpdateWords::fromOutcome(const api::UpdateOutcome& outcome)
{
    UpdateResult result;
    result.publisher = outcome.publisher;
    result.sequence = outcome.sequence;
    result.installedPublisher = outcome.previousPublisher;
    result.installedSequence = outcome.previousSequence;
    result.created = outcome.created;
    result.expires = outcome.expires;
    result.expired = outcome.expired;
    result.untrustedKey = outcome.untrustedKey;
    result.bundleSha256 = outcome.bundleSha256;
    result.download = outcome.download;
    result.diff = outcome.diff;
    if (!outcome.keyId.isEmpty())
        result.fingerprint = api::TrustedKeys::fingerprint(outcome.keyId);
    result.warnings = outcome.trustWarnings;
    for (const QString& warning : outcome.warnings)
        if (!outcome.expired || !warning.startsWith(QLatin1String("this directory expired")))
            result.warnings << warning; // the expiry is shown in the window's own words
    switch (outcome.result) {
    case api::UpdateOutcome::Result::Refused:
        result.kind = UpdateResult::Kind::Refused;
        result.detail = outcome.reason;
        describeRefusal(outcome, result);
        break;
    case api::UpdateOutcome::Result::AlreadyInstalled:
        result.kind = UpdateResult::Kind::AlreadyInstalled;
        result.headline = tr("You already have this directory");
        result.nextStep = tr("Nothing to do.");
        break;
    case api::UpdateOutcome::Result::NotModified:
        result.kind = UpdateResult::Kind::AlreadyInstalled;
        result.headline = tr("No newer directory online");
        result.nextStep = tr("Nothing to do.");
        break;
    case api::UpdateOutcome::Result::Previewed:
        result.kind = UpdateResult::Kind::Previewed;
        result.headline = tr("A new version of the directory");
        break;
    case api::UpdateOutcome::Result::Restored:
        result.kind = UpdateResult::Kind::Restored;
        result.headline = tr("The previous version is back");
        break;
    case api::UpdateOutcome::Result::Installed:
        result.kind = UpdateResult::Kind::Installed;
        result.headline = tr("Directory updated");
        break;
    }
    return result;
}

UpdateResult UpdateWords::fromError(const Error& error)
{
    UpdateResult result;
    result.kind = UpdateResult::Kind::Refused;
    result.detail = error.message;
    const QString failure = error.detail;
    if (error.kind == Error::Kind::Cancelled) {
        result.headline = tr("Download stopped");
    } else if (error.kind == Error::Kind::NotFound) {
        result.headline = tr("No previous version is kept");
        result.nextStep = tr("A previous version is kept from the next update on.");
    } else if (error.kind != Error::Kind::Network) {
        result.headline = tr("Nothing could be done");
        result.nextStep = error.kind == Error::Kind::InvalidInput
                              ? tr("Check the update address in Settings: it must start with https://.")
                              : QString();
    } else if (failure == QLatin1String(api::BundleDownload::kOffline)) {
        result.headline = tr("No connection to the update server");
        result.nextStep = tr("Check that this computer is online, then try again.");
    } else if (failure == QLatin1String(api::BundleDownload::kTooLarge)) {
        result.headline = tr("The download is too large to be a Pathways directory");
        result.nextStep = tr("Check the update address in Settings, or tell your coordinator.");
    } else if (failure == QLatin1String(api::BundleDownload::kNotFound)) {
        result.headline = tr("There is no directory at the update address");
        result.nextStep = tr("Check the update address in Settings, or tell your coordinator.");
    } else if (failure == QLatin1String(api::BundleDownload::kInsecure)) {
        result.headline = tr("The update server's secure connection could not be trusted");
        result.nextStep = tr("Try again later, or tell your coordinator.");
    } else {
        result.headline = tr("The update server answered with an error");
        result.nextStep = tr("Try again later, or tell your coordinator.");
    }
    return result;
}

} // namespace pathways::desktop

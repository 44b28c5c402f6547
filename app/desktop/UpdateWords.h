#pragma once

#include "api/UpdateOutcome.h"
#include "desktop/UpdateController.h"
#include "error/Error.h"

#include <QCoreApplication>

namespace pathways::desktop {

/// Puts the core's update outcomes into the window's plain words: a headline, and for every refusal the
/// next step for the person holding the file (never a verification step number). The facts (publisher,
/// fingerprint, versions, dates, diff) are copied as the core returned them.
class UpdateWords
{
    Q_DECLARE_TR_FUNCTIONS(UpdateWords)
public:
    static UpdateResult fromOutcome(const api::UpdateOutcome& outcome);
    /// A download or restore that failed before any bundle was looked at; nothing was changed.
    static UpdateResult fromError(const Error& error);

private:
    static void describeRefusal(const api::UpdateOutcome& outcome, UpdateResult& result);
};

} // namespace pathways::desktop

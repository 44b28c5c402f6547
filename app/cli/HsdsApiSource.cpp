#include "cli/HsdsApiSource.h"

#include "cli/CliContext.h"
#include "cli/InterruptCancels.h"
#include "cli/TerminalProgress.h"

namespace pathways::cli {

std::optional<api::HsdsApiHarvest> readHsdsApi(CliContext& context, const QString& url, const QString& scratch,
                                               TerminalProgress& progress, int* exitCode)
{
    api::CancelToken cancel;
    Expected<api::HsdsApiHarvest> harvest = [&] {
        const InterruptCancels interrupt(cancel); // Ctrl+C: stop cleanly, scratch files removed
        return api::HsdsApiHarvest::fetch(url, scratch, progress.callback(), cancel);
    }();
    progress.finish();
    if (harvest)
        return std::move(harvest).value();
    Error error = harvest.error();
    if (error.kind == Error::Kind::Cancelled)
        error.message = QStringLiteral("stopped; nothing was changed");
    else if (error.kind != Error::Kind::InvalidInput)
        error.message = QStringLiteral("the HSDS API was not read, nothing was changed: %1").arg(error.message);
    *exitCode = context.fail(error);
    return std::nullopt;
}

QJsonObject hsdsApiJson(const api::HsdsApiHarvest::Summary& summary)
{
    return {{QStringLiteral("url"), summary.url},
            {QStringLiteral("services"), summary.services},
            {QStringLiteral("pages"), summary.pages},
            {QStringLiteral("services_fetched_one_by_one"), summary.fullFetches},
            {QStringLiteral("requests"), summary.requests},
            {QStringLiteral("retries"), summary.retries},
            {QStringLiteral("bytes"), summary.bytes},
            {QStringLiteral("announced"), summary.announced >= 0 ? QJsonValue(summary.announced) : QJsonValue()}};
}


} // namespace pathways::cli

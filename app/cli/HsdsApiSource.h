#pragma once

#include "api/HsdsApiHarvest.h"

#include <QJsonObject>
#include <optional>

namespace pathways::cli {

class CliContext;
class TerminalProgress;

/// `--hsds-api URL` of import and bundle build: reads the API into a scratch folder under `scratch` with the
/// progress bar and Ctrl+C stopping it cleanly. On failure prints the one line and sets `*exitCode`.
std::optional<api::HsdsApiHarvest> readHsdsApi(CliContext& context, const QString& url, const QString& scratch,
                                               TerminalProgress& progress, int* exitCode);

/// The "api" object of --json and --report: what was read from where.
QJsonObject hsdsApiJson(const api::HsdsApiHarvest::Summary& summary);

} // namespace pathways::cli

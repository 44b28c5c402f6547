#pragma once

#include <QStringList>

namespace pathways::cli {

class CliContext;

/// The `bundle` subcommands; runBundle() (Commands.h) dispatches to them.
int runBundleKeygen(CliContext& context, const QStringList& arguments);
int runBundleBuild(CliContext& context, const QStringList& arguments);
int runBundleVerify(CliContext& context, const QStringList& arguments);
int runBundleInspect(CliContext& context, const QStringList& arguments);
int runBundleExport(CliContext& context, const QStringList& arguments);

} // namespace pathways::cli

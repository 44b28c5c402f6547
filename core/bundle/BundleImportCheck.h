#pragma once

#include "bundle/BundleBuilder.h"
#include "bundle/BundleManifest.h"
#include "error/Expected.h"

#include <QStringList>
#include <QTemporaryDir>

namespace pathways::bundle {

/// The publisher's side of step 7: a bundle is imported at build time as every installer will import it, so
/// that a bundle every laptop would refuse is never signed.
class BundleImportCheck
{
public:
    /// Imports options.hsdsFolder into a directory database in `scratch`; returns its path, or a Refused
    /// error when the import fails or drops any record. Import warnings go to `warnings`.
    static Expected<QString> importLikeAnInstaller(const BundleBuilder::Options& options,
                                                   const BundleManifest& manifest,
                                                   const QTemporaryDir& scratch, QStringList* warnings);
    /// For a CSV payload: the import keeps every record, and counts and references pass step 7.
    static Status checkTablesPayload(const BundleBuilder::Options& options, const BundleManifest& manifest,
                                     QStringList* warnings);
};

} // namespace pathways::bundle

#pragma once

#include "bundle/BundleBuilder.h"
#include "bundle/BundleManifest.h"
#include "error/Expected.h"

#include <QByteArray>
#include <QStringList>

namespace pathways::bundle {

/// The publisher's side of a database payload (directory.sqlite.zst, docs/bundle-format.md section 4b).
class BundleDatabasePayload
{
public:
    /// Imports `options.hsdsFolder` as Pathways would, checks the result as an installer will, and fills the
    /// payload fields (name, sizes, hash, directory_schema), counts and languages of `manifest`; returns the
    /// compressed database, or a Refused error (with `overLimit` set when the only problem is that the
    /// database or the bundle would be too large, so that the caller may build the CSV form instead).
    /// Import warnings go to `warnings`.
    static Expected<QByteArray> make(const BundleBuilder::Options& options, BundleManifest& manifest,
                                     QStringList* warnings = nullptr, bool* overLimit = nullptr);
};

} // namespace pathways::bundle

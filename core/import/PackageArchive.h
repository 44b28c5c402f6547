#pragma once

#include "error/Expected.h"

#include <QString>

namespace pathways::import {

/// Unpacks a `.zip` data package into a folder, refusing what a hostile archive could do: entries that
/// would land outside the folder (absolute paths, "..", zip-slip), links, devices, more files or more
/// bytes than any real package has (a zip bomb). Only the package's .csv and .json files are written.
class PackageArchive
{
public:
    struct Limits
    {
        qint64 maxExpandedBytes = qint64(2) << 30; ///< 2 GiB: ten times a 1,000,000-service package
        int maxEntries = 2000;                      ///< HSDS has two dozen tables
    };

    /// Unpacks `zipPath` into the existing empty folder `destination`. A Refused error (one line, naming the
    /// entry at fault) when the archive is unreadable or breaks a rule; the folder may then hold part of the
    /// archive and must be thrown away.
    static Status extract(const QString& zipPath, const QString& destination)
    {
        return extract(zipPath, destination, Limits{});
    }
    static Status extract(const QString& zipPath, const QString& destination, const Limits& limits);
};

} // namespace pathways::import

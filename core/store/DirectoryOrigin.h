#pragma once

#include <QString>

namespace pathways::store {

/// Where a directory comes from; written to its `bundle_meta` row.
struct DirectoryOrigin
{
    QString publisher;
    quint64 sequence = 0;
    QString created; ///< RFC 3339 UTC
    QString expires; ///< RFC 3339 UTC, or empty: never
    QString region;
    QString origin; ///< "embedded", "import", "bundle"
};

} // namespace pathways::store

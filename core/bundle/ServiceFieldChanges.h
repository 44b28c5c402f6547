#pragma once

#include "bundle/DirectoryDiff.h"

namespace pathways::db {
class Connection;
}

namespace pathways::bundle {

/// Which fields of each changed service changed, read from both directories: for a preview, where a person
/// decides whether to install. The digests only say *that* a service changed; this says what.
class ServiceFieldChanges
{
public:
    /// Fills `fields` of the first `limit` entries of `changed` (a huge update is looked at in a sample: the
    /// rest keep their names only). Throws db::DatabaseError like the rest of the installer's reads.
    static void fill(db::Connection& before, db::Connection& after, QList<DirectoryDiff::Entry>& changed,
                     int limit = 1000);
};

} // namespace pathways::bundle

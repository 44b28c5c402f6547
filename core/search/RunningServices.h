#pragma once

#include <QString>
#include <QtGlobal>

namespace pathways::db {
class Connection;
}

namespace pathways::search {

/// Services that no longer run (HSDS service.status "inactive" or "defunct": a completed project, a closed
/// office) are hidden unless asked for, so that nobody is referred to a programme that ended years ago.
/// "active" and "temporarily closed" (and a missing status) count as running.
///
/// No index token is needed: the index build has always put these services last in the static order
/// (SearchIndexBuilder), so they are exactly the ords from firstNotRunningOrd() on. A directory database
/// built by an earlier Pathways, e.g. the payload of a signed bundle pinned to the schema it was built with,
/// is therefore filtered the same way without a rebuild or a schema change.
bool isNoLongerRunning(const QString& status);
/// Running, but not open for now (HSDS "temporarily closed"): listed, with a mark.
bool isTemporarilyClosed(const QString& status);

/// The first ord of a service that no longer runs; max(ord) + 1 when every service runs. A binary search
/// over the ords (about 17 look-ups at 100k services), so it is cheap enough to ask per search.
qint64 firstNotRunningOrd(db::Connection& connection);

} // namespace pathways::search

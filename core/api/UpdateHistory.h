#pragma once

#include "directory/DataFolder.h"

#include <QList>
#include <QString>

namespace pathways::api {

/// One change of the installed directory, as `status` and the window list them.
struct HistoryEntry
{
    QString when;   ///< RFC 3339 UTC
    QString action; ///< "first run", "installed", "restored previous"
    QString publisher;
    quint64 sequence = 0;
    QString from; ///< the bundle file or address; empty for the built-in directory and restores
};

/// A short history of the installed directory, one JSON object a line in <data folder>/update-history.jsonl
/// (outside directory.sqlite, so that a restore does not rewrite it). Only the newest kMaxEntries are kept.
class UpdateHistory
{
public:
    static constexpr int kMaxEntries = 50;

    explicit UpdateHistory(directory::DataFolder folder);
    /// Appends `entry` (its `when` set to now when empty). Best effort: a history that cannot be written
    /// never stops an update.
    void record(HistoryEntry entry) const;
    /// Newest first.
    QList<HistoryEntry> entries() const;

private:
    QString path() const;
    directory::DataFolder m_folder;
};

} // namespace pathways::api

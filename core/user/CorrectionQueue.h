#pragma once

#include "error/Expected.h"
#include "user/Correction.h"

#include <QList>
#include <QString>
#include <memory>

namespace pathways::db {
class Connection;
}

namespace pathways::user {

/// The corrections queued in user.sqlite while the laptop is offline: pending (editable, removable) until an
/// export hands them to the coordinator, then kept as exported (read-only) so the worker sees what was sent.
class CorrectionQueue
{
public:
    static Expected<std::unique_ptr<CorrectionQueue>> open(const QString& userFile);
    ~CorrectionQueue();

    /// InvalidInput without a service, a field or a description of the problem. Answers the new id.
    Expected<qint64> add(const Correction& correction);
    /// Changes problem and suggested value of a pending correction. NotFound: no such id;
    /// Refused: already exported.
    Status edit(qint64 id, const QString& problem, const QString& suggestedValue);
    /// Removes a pending correction (same errors as edit()).
    Status remove(qint64 id);
    /// Oldest first.
    Expected<QList<Correction>> list(bool pendingOnly = false);
    /// Marks these corrections exported at `when` (after their file was written).
    Status markExported(const QList<qint64>& ids, const QDateTime& when);

private:
    explicit CorrectionQueue(std::unique_ptr<db::Connection> connection);
    Status pendingCheck(qint64 id);
    std::unique_ptr<db::Connection> m_db;
};

} // namespace pathways::user

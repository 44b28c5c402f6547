#pragma once

#include "directory/Localizer.h"
#include "directory/ServiceRecord.h"

#include <optional>

namespace pathways::db {
class Connection;
}

namespace pathways::directory {

/// Reads services for display, in the user's language order.
class ServiceReader
{
public:
    ServiceReader(db::Connection& connection, QStringList languages);

    std::optional<ServiceSummary> summary(const QString& serviceId);
    /// The full record without opening hours (the caller adds hoursSummary from the schedule library).
    std::optional<ServiceRecord> record(const QString& serviceId);

private:
    QList<TermRef> terms(const QString& serviceId, const char* taxonomy);
    void readLocations(ServiceRecord& record);
    void readContactChannels(ServiceRecord& record);
    void readConditions(ServiceRecord& record);

    db::Connection& m_db;
    Localizer m_localizer;
};

} // namespace pathways::directory

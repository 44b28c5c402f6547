#pragma once

#include <QDate>
#include <QString>

namespace pathways::user {

/// One referral in the worker's optional referral log: the day, the service and its category. There is no
/// field for the client, by design: the log is for a monthly count, never a record of who was referred.
struct ReferralLogEntry
{
    qint64 id = 0;
    QDate day;
    QString serviceId;
    QString serviceName; ///< as the worker saw it, so the report reads without the directory
    QString category;    ///< the service's first category code; empty when it has none
};

} // namespace pathways::user

#include "api/StartupCheck.h"

namespace pathways::api {

bool shouldCheckAtStart(bool enabled, const QString& address, const QString& directoryCreated,
                        const QDateTime& now, int days)
{
    if (!enabled || address.trimmed().isEmpty() || days < 1)
        return false;
    const QDateTime created = QDateTime::fromString(directoryCreated, Qt::ISODate);
    return created.isValid() && created.addDays(days) < now;
}

} // namespace pathways::api

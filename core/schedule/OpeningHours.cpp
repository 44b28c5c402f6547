#include "schedule/OpeningHours.h"

namespace pathways::schedule {

// Placeholder: the real evaluation is being written; Unknown is the honest answer until then.
OpeningHours::OpeningHours(QList<ScheduleRule> rules, QTimeZone defaultZone)
    : m_rules(std::move(rules)), m_defaultZone(std::move(defaultZone))
{
}

OpenState OpeningHours::stateAt(const QDateTime&) const
{
    return OpenState::Unknown;
}

bool OpeningHours::validate(const ScheduleRule&, QString*)
{
    return true;
}

} // namespace pathways::schedule

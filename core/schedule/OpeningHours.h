#pragma once

#include "schedule/ScheduleRule.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace pathways::schedule {

enum class OpenState { Open, Closed, Unknown };

/// The opening hours of one service: all its schedule rows, evaluated in each row's time zone.
class OpeningHours
{
public:
    OpeningHours(QList<ScheduleRule> rules, QTimeZone defaultZone);

    /// Open, Closed, or Unknown when the service has no usable schedule at all.
    OpenState stateAt(const QDateTime& moment) const;

    /// Checks one row; false with a one-line reason when it cannot be evaluated.
    static bool validate(const ScheduleRule& rule, QString* why);

private:
    QList<ScheduleRule> m_rules;
    QTimeZone m_defaultZone;
};

} // namespace pathways::schedule

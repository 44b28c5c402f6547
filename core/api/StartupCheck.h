#pragma once

#include <QDateTime>
#include <QString>

namespace pathways::api {

/// Whether the window checks the update address at start, without being asked: only when the user turned
/// it on, the user set an address (there is no built-in one), and the installed directory was created more
/// than `days` days before `now`. A date that cannot be read is no reason to go online.
bool shouldCheckAtStart(bool enabled, const QString& address, const QString& directoryCreated,
                        const QDateTime& now, int days);

} // namespace pathways::api

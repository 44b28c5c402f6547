// The optional check at start: the window goes online by itself only when the user turned it on, set an
// address, and the installed directory is older than the days the user chose.
#include "api/StartupCheck.h"

#include <catch2/catch.hpp>

using pathways::api::shouldCheckAtStart;

TEST_CASE("api: the check at start runs only when turned on, with an address, for an old directory")
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-02T06:00:00Z"), Qt::ISODate);
    const QString address = QStringLiteral("https://example.org/directory.pathways");
    const QString old = QStringLiteral("2026-11-01T00:00:00Z");   // 31 days before
    const QString young = QStringLiteral("2026-11-25T00:00:00Z"); // 7 days before

    CHECK(shouldCheckAtStart(true, address, old, now, 14));
    CHECK_FALSE(shouldCheckAtStart(false, address, old, now, 14));                  // off (the default)
    CHECK_FALSE(shouldCheckAtStart(true, QString(), old, now, 14));                 // no address
    CHECK_FALSE(shouldCheckAtStart(true, QStringLiteral("   "), old, now, 14));     // blank address
    CHECK_FALSE(shouldCheckAtStart(true, address, young, now, 14));                 // young directory
    CHECK(shouldCheckAtStart(true, address, young, now, 6));                        // older than 6 days
    CHECK_FALSE(shouldCheckAtStart(true, address, QStringLiteral("2026-11-18T06:00:00Z"), now, 14)); // exactly 14
    CHECK(shouldCheckAtStart(true, address, QStringLiteral("2026-11-18T05:59:00Z"), now, 14));
    CHECK_FALSE(shouldCheckAtStart(true, address, QStringLiteral("someday"), now, 14)); // unreadable date
    CHECK_FALSE(shouldCheckAtStart(true, address, QString(), now, 14));                 // no date
    CHECK_FALSE(shouldCheckAtStart(true, address, old, now, 0));                        // no sensible limit
}

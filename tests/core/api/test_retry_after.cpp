// How long HsdsApiHarvest waits when a server says "Retry-After": seconds, or an HTTP date (RFC 9110).
#include "api/RetryingGet.h"

#include <QDateTime>
#include <QLocale>
#include <catch2/catch.hpp>

using pathways::api::RetryingGet;

TEST_CASE("api: Retry-After is read as seconds or as an HTTP date, and anything else is no wish")
{
    CHECK(RetryingGet::retryAfterSeconds("5") == 5);
    CHECK(RetryingGet::retryAfterSeconds(" 0 ") == 0);
    CHECK(RetryingGet::retryAfterSeconds("-3") == 0);
    CHECK(RetryingGet::retryAfterSeconds("") == -1);
    CHECK(RetryingGet::retryAfterSeconds("soon") == -1);
    const QString inAMinute = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(60),
                                                    QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
                              QStringLiteral(" GMT");
    const qint64 seconds = RetryingGet::retryAfterSeconds(inAMinute.toLatin1());
    CHECK(seconds >= 58);
    CHECK(seconds <= 60);
    CHECK(RetryingGet::retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0); // past: at once
}

#include "search/OrdList.h"

#include <catch2/catch.hpp>

namespace ords = pathways::search::ords;

TEST_CASE("a facet's service list survives encoding, gaps of every width included")
{
    const std::vector<qint64> ascending{1, 2, 3, 130, 131, 20000, 2000000, 5000000000LL};
    const QByteArray blob = ords::encode(ascending);
    CHECK(blob.size() < static_cast<qsizetype>(ascending.size() * sizeof(qint64)));
    const auto decoded = ords::decode(blob);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == ascending);
    CHECK(ords::decode(ords::encode({}))->empty());
}

TEST_CASE("a damaged service list is refused, not read as some other list")
{
    QByteArray blob = ords::encode({5, 300});
    SECTION("cut short inside a number")
    {
        blob.chop(1);
        CHECK_FALSE(ords::decode(blob).has_value());
    }
    SECTION("a zero gap (the same service twice)")
    {
        blob.append('\0');
        CHECK_FALSE(ords::decode(blob).has_value());
    }
    SECTION("a number longer than 63 bits")
    {
        CHECK_FALSE(ords::decode(QByteArray(10, '\xff') + '\x01').has_value());
    }
}

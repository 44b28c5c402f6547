#include "search/OrdList.h"
#include "search/OrdSet.h"

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

TEST_CASE("a set of services keeps exactly the ords put in, at every word boundary")
{
    using pathways::search::OrdSet;
    for (const qint64 last : {1LL, 63LL, 64LL, 65LL, 127LL, 128LL, 1000LL}) {
        const OrdSet all = OrdSet::oneTo(last);
        CHECK(all.count() == last); // 1..last: never ord 0, never one past the end
        CHECK_FALSE(all.contains(0));
        CHECK(all.contains(last));
        CHECK_FALSE(all.contains(last + 1));
    }
    OrdSet some(200);
    for (const qint64 ord : {3LL, 64LL, 65LL, 199LL, 500LL}) // 500 is past the capacity: ignored
        some.insert(ord);
    CHECK(some.count() == 4);
    CHECK(OrdSet::oneTo(150).countCommon(some.words()) == 3);
    std::vector<qint64> visited;
    some.forEach([&visited](qint64 ord) { visited.push_back(ord); });
    CHECK(visited == std::vector<qint64>{3, 64, 65, 199});
    OrdSet narrowed = OrdSet::oneTo(199);
    narrowed.intersect(some.words());
    narrowed.remove(64);
    CHECK(narrowed.count() == 3);
}

#include "schedule/OpeningHours.h"

#include <catch2/catch.hpp>

TEST_CASE("placeholder") { REQUIRE(true); }

#pragma once

#include "bundle/BundleInstaller.h"

#include <catch2/catch.hpp>

namespace pathways::test {

/// The apply was refused at `step`, for a one-line reason containing `reasonPart`, and installed nothing.
inline void requireRefused(const bundle::BundleInstaller::Outcome& outcome, bundle::VerifyStep step,
                           const char* reasonPart)
{
    INFO(outcome.verify.describe().toStdString());
    REQUIRE(outcome.verify.outcome == bundle::VerifyResult::Outcome::Refused);
    CHECK(outcome.verify.step == step);
    CHECK(outcome.verify.reason.contains(QString::fromLatin1(reasonPart)));
    CHECK_FALSE(outcome.installed);
    CHECK_FALSE(outcome.verify.reason.contains(QLatin1Char('\n')));
}

} // namespace pathways::test

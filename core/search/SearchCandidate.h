#pragma once

#include "schedule/OpeningHours.h"

#include <QString>
#include <optional>

namespace pathways::search {

/// A service found by one of SearchEngine's tiers: `tier` and `fine` make its score.
struct SearchCandidate
{
    /// The tiers, best last: the tier times SearchEngine's tier weight plus the in-tier score is the
    /// score. Strict tiers (the words as typed, the last one a prefix) are above loose ones (word forms,
    /// prefixes, typos, category names: MatchExpression::loose), so that exact and whole-word matches
    /// outrank the others.
    enum Tier {
        Filtered = 0,
        LooseAnywhere = 1,
        LooseNameOrOrganisation = 2,
        LooseName = 3,
        Anywhere = 4,
        NameOrOrganisation = 5,
        Name = 6,
        ExactName = 7
    };

    qint64 ord = 0;
    QString serviceId;
    int tier = 0;
    double fine = 0;
    std::optional<double> distance;
    schedule::OpenState open = schedule::OpenState::Unknown;
    bool openKnown = false;
};

} // namespace pathways::search

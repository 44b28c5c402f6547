#pragma once

#include "ZipfSampler.h"

#include <string>
#include <vector>

namespace pathways::bench {

class Rng;

struct Place
{
    const char* name;   ///< as written on an address (Slovenian Latin, Ukrainian Latin or Cyrillic)
    const char* region; ///< statistical region / oblast
    double latitude;
    double longitude;
    bool ukraine;
};

/// About 200 municipalities of Slovenia and Ukraine with approximate town-centre coordinates, drawn
/// Zipf-skewed (capitals first) so a few places hold many services and most hold a few.
class PlaceList
{
public:
    PlaceList();

    const Place& sample(Rng& rng) const;
    const std::vector<Place>& places() const { return m_places; }

private:
    std::vector<Place> m_places; // in rank order: Slovenian and Ukrainian places interleaved
    ZipfSampler m_sampler;
};

} // namespace pathways::bench

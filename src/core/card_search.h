// Finding cards: which cards a search and channel filter leave undimmed.
#pragma once

#include <string>
#include <vector>

#include "core/journey_map.h"

namespace jejak {

struct CardFilter {
    std::string text;  // in the card's text or notes, any case; "" matches all
    int channel = -1;  // a Channel, or -1 for any
    bool active() const { return !text.empty() || channel >= 0; }
    bool operator==(const CardFilter&) const = default;
};

bool cardMatches(const Card& card, const CardFilter& filter);
// For each card of map (in order), true when the filter leaves it out.
std::vector<bool> dimmedCards(const JourneyMap& map, const CardFilter& filter);

}  // namespace jejak

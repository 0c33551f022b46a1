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
// The cards the filter finds, in reading order: stage by stage, in each stage
// lane by lane (hidden lanes skipped), then as they stack in the cell.
// Empty when the filter is not active.
std::vector<Id> matchingCards(const JourneyMap& map, const CardFilter& filter, const std::vector<Id>& hiddenLanes = {});
// The match after `current` (step +1) or before it (step -1), wrapping around;
// the first (or last) when there is no current one. -1 when there are none.
int stepMatch(int count, int current, int step);

}  // namespace jejak

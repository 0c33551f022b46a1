// Dot votes: the room's votes on cards, set one card at a time or cleared at
// once, each an undoable command; and the ranking of the most-voted cards.
#pragma once

#include <vector>

#include "core/commands.h"
#include "core/journey_map.h"

namespace jejak {

// Adds `delta` votes to a card (a negative delta takes votes away, never below 0).
// Applicable only when the card exists and the count changes.
CommandPtr changeVotes(const JourneyMap& map, Id card, int delta);
// Sets every card's votes to 0, as one undo step; applicable when any card has votes.
CommandPtr clearVotes(const JourneyMap& map);
int totalVotes(const JourneyMap& map);

struct RankedCard {
    Id card = 0;
    int votes = 0;
};
// The voted cards of the given lane kinds, most votes first; ties in map order
// (stage, then lane, then the order in the cell).
std::vector<RankedCard> rankByVotes(const JourneyMap& map, const std::vector<LaneKind>& kinds);

}  // namespace jejak

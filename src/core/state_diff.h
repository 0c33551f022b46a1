// What changed between two states of a map (or two map files), item by item:
// cards added, removed, moved (to another stage or lane) or changed (text or
// any other field), and emotion scores per persona and stage. Items are matched
// by id, which a state started from another keeps.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/journey_map.h"

namespace jejak {

enum CardChange : unsigned {
    kCardAdded = 1,
    kCardRemoved = 2,
    kCardMoved = 4,    // another stage or lane; its place within a cell is not a change
    kCardChanged = 8,  // text or another field; a card moved and edited is both
};

struct CardDiff {
    Id card = 0;
    unsigned change = 0;  // CardChange bits
    const Card* before = nullptr;  // in the old state; nullptr when added
    const Card* after = nullptr;   // in the new state; nullptr when removed
};

struct StageChanges {
    Id stage = 0;  // a stage of the new state, or of the old one for one removed
    int added = 0, removed = 0, moved = 0, changed = 0;
    int total() const { return added + removed + moved + changed; }
};

struct EmotionChange {
    Id persona = 0;
    Id stage = 0;
    std::optional<int> before, after;  // nullopt: no score
};

struct StateDiff {
    // Only cards with a change: the new state's cards in its order, then the removed ones in the old order.
    std::vector<CardDiff> cards;
    std::unordered_map<Id, unsigned> changeOf;  // card id -> CardChange bits, for changed cards only
    std::vector<StageChanges> stages;  // the new state's stages in order, then stages only the old one has
    std::vector<EmotionChange> emotions;  // per persona (map order), stage (as `stages`)
    int added = 0, removed = 0, moved = 0, changed = 0;
    bool same() const { return cards.empty() && emotions.empty(); }
    const StageChanges* stage(Id id) const;
};

bool sameCardFields(const Card& a, const Card& b);  // everything but id, lane and stage
StateDiff diffStates(const ContentRef& before, const ContentRef& after, const std::vector<Persona>& personas);

}  // namespace jejak

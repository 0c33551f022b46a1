// Comparing two states by item id.
#include "core/state_diff.h"

#include <tuple>
#include <utility>

namespace jejak {

bool sameCardFields(const Card& a, const Card& b) {
    auto fields = [](const Card& c) {
        return std::tie(c.text, c.notes, c.color, c.channel, c.online, c.impact, c.effort, c.owner, c.status,
                        c.severity, c.value, c.unit, c.votes);
    };
    return fields(a) == fields(b);
}

const StageChanges* StateDiff::stage(Id id) const {
    for (const StageChanges& s : stages)
        if (s.stage == id) return &s;
    return nullptr;
}

StateDiff diffStates(const ContentRef& before, const ContentRef& after, const std::vector<Persona>& personas) {
    StateDiff d;
    std::unordered_map<Id, size_t> stageAt;  // stage id -> index in d.stages
    for (const Stage& s : after.stages) {
        stageAt.emplace(s.id, d.stages.size());
        d.stages.push_back({s.id});
    }
    for (const Stage& s : before.stages)
        if (stageAt.emplace(s.id, d.stages.size()).second) d.stages.push_back({s.id});
    std::unordered_map<Id, const Card*> old;
    old.reserve(before.cards.size());
    for (const Card& c : before.cards) old.emplace(c.id, &c);
    for (const Card& c : after.cards) {
        auto it = old.find(c.id);
        unsigned change = 0;
        const Card* was = nullptr;
        if (it == old.end()) {
            change = kCardAdded;
        } else {
            was = it->second;
            it->second = nullptr;  // matched
            if (was->stage != c.stage || was->lane != c.lane) change |= kCardMoved;
            if (!sameCardFields(*was, c)) change |= kCardChanged;
        }
        if (!change) continue;
        StageChanges& counts = d.stages[stageAt[c.stage]];
        if (change & kCardAdded) ++counts.added, ++d.added;
        if (change & kCardMoved) ++counts.moved, ++d.moved;
        if (change & kCardChanged) ++counts.changed, ++d.changed;
        d.cards.push_back({c.id, change, was, &c});
        d.changeOf.emplace(c.id, change);
    }
    for (const Card& c : before.cards) {
        if (!old[c.id]) continue;  // still there
        ++d.stages[stageAt[c.stage]].removed;
        ++d.removed;
        d.cards.push_back({c.id, kCardRemoved, &c, nullptr});
        d.changeOf.emplace(c.id, kCardRemoved);
    }
    // Scores in a grid of personas by stages (as d.stages), kNone where there is none.
    constexpr int kNone = kMaxEmotion + 1;
    const size_t stages = d.stages.size();
    std::unordered_map<Id, size_t> personaAt;
    for (size_t i = 0; i < personas.size(); ++i) personaAt.emplace(personas[i].id, i);
    auto grid = [&](const ContentRef& s) {
        std::vector<int> out(personas.size() * stages, kNone);
        for (const EmotionScore& e : s.emotions) {
            auto p = personaAt.find(e.persona);
            auto st = stageAt.find(e.stage);
            if (p != personaAt.end() && st != stageAt.end()) out[p->second * stages + st->second] = e.score;
        }
        return out;
    };
    const std::vector<int> a = grid(before), b = grid(after);
    for (size_t p = 0; p < personas.size(); ++p)
        for (size_t s = 0; s < stages; ++s) {
            const int was = a[p * stages + s], now = b[p * stages + s];
            if (was == now) continue;
            d.emotions.push_back({personas[p].id, d.stages[s].stage, was == kNone ? std::nullopt : std::optional(was),
                                  now == kNone ? std::nullopt : std::optional(now)});
        }
    return d;
}

}  // namespace jejak

// What the commands share (commands.cpp, commands_cards.cpp): the rules a new
// item's id and values must keep, and taking items out of a list and putting them
// back where they were. Only for the commands' own files.
#pragma once

#include <unordered_set>
#include <utility>
#include <vector>

#include "core/journey_map.h"

namespace jejak::detail {

// Whether id could be given to a new item: in range and used by nothing yet.
inline bool idIsFree(const JourneyMap& m, Id id) {
    if (id == 0 || id > kMaxId) return false;
    if (id >= m.nextId) return true;
    return !m.stage(id) && !m.lane(id) && !m.persona(id) && !m.card(id);
}

// The same value rules as the loader's (journey_map.h).
inline bool cardValuesOk(const JourneyMap& m, const Card& c) {
    return m.lane(c.lane) && m.stage(c.stage) && !cardValueProblem(c, "card");
}

inline bool valuesOk(const JourneyMap&, const Stage&) { return true; }
inline bool valuesOk(const JourneyMap&, const Lane&) { return true; }
inline bool valuesOk(const JourneyMap&, const Persona& p) { return !personaValueProblem(p, "persona"); }
inline bool valuesOk(const JourneyMap& m, const Card& c) { return cardValuesOk(m, c); }

// Removes the items that match, keeping each with its index, in order.
template <class T, class Pred>
std::vector<std::pair<size_t, T>> extractIf(std::vector<T>& items, Pred matches) {
    std::vector<std::pair<size_t, T>> removed;
    size_t kept = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        if (matches(items[i]))
            removed.emplace_back(i, std::move(items[i]));
        else if (kept++ != i)
            items[kept - 1] = std::move(items[i]);
    }
    items.resize(kept);
    return removed;
}

// Puts extracted items back at their old indices.
template <class T>
void restore(std::vector<T>& items, const std::vector<std::pair<size_t, T>>& removed) {
    if (removed.empty()) return;
    std::vector<T> merged;
    merged.reserve(items.size() + removed.size());
    size_t from = 0, r = 0;
    for (size_t pos = 0; pos < items.size() + removed.size(); ++pos) {
        if (r < removed.size() && removed[r].first == pos)
            merged.push_back(removed[r++].second);
        else
            merged.push_back(std::move(items[from++]));
    }
    items = std::move(merged);
}

// What refers to removed stages or cards, taken out with them and put back on revert:
// their measures and the links to or from the cards.
class Dependents {
public:
    void extract(JourneyMap& m, const std::unordered_set<Id>& stages, const std::unordered_set<Id>& cards) {
        measures_ = extractIf(m.measures, [&](const Measure& x) {
            return (x.stage && stages.count(x.stage)) || (x.card && cards.count(x.card));
        });
        links_ = extractIf(m.links, [&](const CardLink& l) { return cards.count(l.from) || cards.count(l.to); });
    }
    void restore(JourneyMap& m) const {
        detail::restore(m.measures, measures_);
        detail::restore(m.links, links_);
    }

private:
    std::vector<std::pair<size_t, Measure>> measures_;
    std::vector<std::pair<size_t, CardLink>> links_;
};

inline std::unordered_set<Id> idsOf(const std::vector<std::pair<size_t, Card>>& cards) {
    std::unordered_set<Id> ids;
    for (const auto& entry : cards) ids.insert(entry.second.id);
    return ids;
}

}  // namespace jejak::detail

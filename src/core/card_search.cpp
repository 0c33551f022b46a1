// Card search: text in any case (ASCII letters folded; other scripts match as typed).
#include "core/card_search.h"

#include <algorithm>
#include <cctype>

namespace jejak {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool contains(const std::string& haystack, const std::string& loweredNeedle) {
    return loweredNeedle.empty() || lower(haystack).find(loweredNeedle) != std::string::npos;
}

}  // namespace

bool cardMatches(const Card& card, const CardFilter& filter) {
    std::string needle = lower(filter.text);
    bool text = contains(card.text, needle) || contains(card.notes, needle);
    bool channel = filter.channel < 0 || (card.channel && static_cast<int>(*card.channel) == filter.channel);
    return text && channel;
}

std::vector<bool> dimmedCards(const JourneyMap& map, const CardFilter& filter) {
    std::vector<bool> dimmed(map.cards.size());
    if (!filter.active()) return dimmed;
    for (size_t i = 0; i < map.cards.size(); ++i) dimmed[i] = !cardMatches(map.cards[i], filter);
    return dimmed;
}

std::vector<Id> matchingCards(const JourneyMap& map, const CardFilter& filter, const std::vector<Id>& hiddenLanes) {
    std::vector<Id> out;
    if (!filter.active()) return out;
    std::vector<int> stageOf(map.cards.size(), -1), laneOf(map.cards.size(), -1);
    std::vector<size_t> order;
    for (size_t i = 0; i < map.cards.size(); ++i) {
        const Card& card = map.cards[i];
        int lane = map.laneIndex(card.lane), stage = map.stageIndex(card.stage);
        bool hidden = std::find(hiddenLanes.begin(), hiddenLanes.end(), card.lane) != hiddenLanes.end();
        if (lane < 0 || stage < 0 || hidden || !cardMatches(card, filter)) continue;
        stageOf[i] = stage;
        laneOf[i] = lane;
        order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return stageOf[a] != stageOf[b] ? stageOf[a] < stageOf[b] : laneOf[a] < laneOf[b];
    });
    for (size_t i : order) out.push_back(map.cards[i].id);
    return out;
}

int stepMatch(int count, int current, int step) {
    if (count <= 0) return -1;
    if (current < 0 || current >= count) return step < 0 ? count - 1 : 0;
    return ((current + step) % count + count) % count;
}

}  // namespace jejak

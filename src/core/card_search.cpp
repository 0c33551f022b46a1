// Card search: text in any case (ASCII letters folded; other scripts match as typed).
#include "core/card_search.h"

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

}  // namespace jejak

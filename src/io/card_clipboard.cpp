// Copying cards to clipboard text and placing pasted ones.
#include "io/card_clipboard.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "core/commands.h"
#include "io/map_json.h"

namespace jejak {

std::string copyCards(const JourneyMap& map, const std::vector<Id>& cards) {
    std::set<Id> chosen(cards.begin(), cards.end());
    JourneyMap fragment;
    fragment.title = map.title;
    fragment.language = map.language;
    fragment.nextId = map.nextId;
    std::set<Id> lanes, stages;
    for (const Card& c : map.cards)
        if (chosen.count(c.id)) {
            fragment.cards.push_back(c);
            lanes.insert(c.lane);
            stages.insert(c.stage);
        }
    if (fragment.cards.empty()) return "";
    for (const Lane& l : map.lanes)
        if (lanes.count(l.id)) fragment.lanes.push_back(l);
    for (const Stage& s : map.stages)
        if (stages.count(s.id)) fragment.stages.push_back(s);
    return std::string("{\"format\": \"") + kCardsFormat + "\", \"version\": 1, \"map\": " + saveMapToJson(fragment) +
           "}\n";
}

ClipboardContent readClipboard(std::string_view text) {
    ClipboardContent out;
    nlohmann::json outer = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!outer.is_object() || !outer.contains("format") || !outer["format"].is_string()) return out;
    if (outer["format"] == kMapFormat) {
        out.kind = ClipboardContent::WholeMap;
        return out;
    }
    if (outer["format"] != kCardsFormat || !outer.contains("map")) {
        out.kind = ClipboardContent::NotJejak;
        return out;
    }
    MapLoadResult loaded = loadMapFromJson(outer["map"].dump());
    if (!loaded.ok) {
        out.kind = ClipboardContent::Broken;
        out.problem = loaded.problem;
        return out;
    }
    out.kind = loaded.map.cards.empty() ? ClipboardContent::NotJejak : ClipboardContent::Cards;
    out.fragment = std::move(loaded.map);
    return out;
}

std::vector<Card> placePastedCards(const JourneyMap& map, const JourneyMap& fragment, const std::vector<Id>& rows,
                                   const std::vector<Id>& columns, int row, int column) {
    std::vector<Card> cards;
    if (rows.empty() || columns.empty()) return cards;
    row = std::clamp(row, 0, static_cast<int>(rows.size()) - 1);
    column = std::clamp(column, 0, static_cast<int>(columns.size()) - 1);
    // Offsets count from the fragment's first lane and stage that hold a card.
    for (const Card& c : fragment.cards) {
        int dr = fragment.laneIndex(c.lane), dc = fragment.stageIndex(c.stage);
        int r = std::min(row + std::max(dr, 0), static_cast<int>(rows.size()) - 1);
        int col = std::min(column + std::max(dc, 0), static_cast<int>(columns.size()) - 1);
        Card copy = c;
        copy.id = 0;
        copy.lane = rows[static_cast<size_t>(r)];
        copy.stage = columns[static_cast<size_t>(col)];
        cards.push_back(std::move(copy));
    }
    assignFreshIds(map, cards);
    return cards;
}

}  // namespace jejak

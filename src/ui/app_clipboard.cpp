// Copy, cut and paste of cards. The clipboard holds a small journey map file
// (the cards with their lanes and stages), so pasting goes through the same
// strict loader as opening a file, and works between pages and maps.
#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "io/map_json.h"
#include "ui/app_ui.h"
#include "ui/i18n.h"

namespace jejak::ui {

std::string App::copySelection(bool cut) {
    if (ImGui::GetIO().WantTextInput || canvas_.selection().empty()) return "";
    std::set<Id> chosen(canvas_.selection().begin(), canvas_.selection().end());
    JourneyMap fragment;
    fragment.title = map().title;
    fragment.language = map().language;
    fragment.nextId = map().nextId;
    std::set<Id> lanes, stages;
    for (const Card& c : map().cards)
        if (chosen.count(c.id)) {
            fragment.cards.push_back(c);
            lanes.insert(c.lane);
            stages.insert(c.stage);
        }
    for (const Lane& l : map().lanes)
        if (lanes.count(l.id)) fragment.lanes.push_back(l);
    for (const Stage& s : map().stages)
        if (stages.count(s.id)) fragment.stages.push_back(s);
    // Cards travel as a small map file wrapped so that pasting them never
    // replaces a map: {"format": "jejak.cards", "version": 1, "map": {...}}.
    std::string text = "{\"format\": \"jejak.cards\", \"version\": 1, \"map\": " + saveMapToJson(fragment) + "}\n";
    if (cut) deleteSelection();
    return text;
}

bool App::pasteText(std::string_view text) {
    if (ImGui::GetIO().WantTextInput) return false;
    nlohmann::json outer = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!outer.is_object() || !outer.contains("format") || !outer["format"].is_string()) return false;  // plain text
    if (outer["format"] == kMapFormat) return openMapJson(text);  // a whole map: opens as a new map
    if (outer["format"] != "jejak.cards" || !outer.contains("map")) {
        showError(std::string(tr("error.paste_failed")) + " " + tr("error.not_jejak"));
        return false;
    }
    MapLoadResult loaded = loadMapFromJson(outer["map"].dump());
    if (!loaded.ok) {
        showError(std::string(tr("error.paste_failed")) + " " + describeProblem(loaded.problem, uiLanguage()));
        return false;
    }
    const JourneyMap& fragment = loaded.map;
    const MapLayout& layout = canvas_.layout();
    if (fragment.cards.empty() || layout.rows.empty() || layout.columns.empty()) return false;
    // Target: the selected card's cell, else the focused cell, else the first cell.
    int row = 0, column = 0;
    if (!canvas_.selection().empty()) {
        if (const CardBox* box = layout.findCard(canvas_.selection().back())) {
            row = box->row;
            column = box->column;
        }
    } else if (auto cell = canvas_.focusedCell()) {
        row = cell->first;
        column = cell->second;
    }
    // Cards keep their lanes and stages relative to each other.
    std::vector<Card> cards;
    for (const Card& c : fragment.cards) {
        int dr = fragment.laneIndex(c.lane), dc = fragment.stageIndex(c.stage);
        int r = std::min(row + dr, static_cast<int>(layout.rows.size()) - 1);
        int col = std::min(column + dc, static_cast<int>(layout.columns.size()) - 1);
        Card copy = c;
        copy.id = 0;
        copy.lane = layout.rows[static_cast<size_t>(r)].lane;
        copy.stage = layout.columns[static_cast<size_t>(col)].stage;
        cards.push_back(std::move(copy));
    }
    assignFreshIds(map(), cards);
    std::vector<Id> ids;
    for (const Card& c : cards) ids.push_back(c.id);
    std::vector<CommandPtr> steps;
    steps.push_back(addCards(std::move(cards), SIZE_MAX));
    if (!execute(group({"cmd.paste", ""}, std::move(steps)))) return false;
    canvas_.select(ids);
    return true;
}

}  // namespace jejak::ui

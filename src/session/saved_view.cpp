// The saved view's JSON (session/saved_view.h).
#include "session/saved_view.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace jejak {

SavedView parseSavedView(std::string_view json, const JourneyMap& map, std::vector<Id> hiddenInFile) {
    SavedView out;
    out.hiddenLanes = std::move(hiddenInFile);
    nlohmann::json v = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (!v.is_object()) return out;
    if (v.contains("hiddenLanes") && v["hiddenLanes"].is_array()) {
        out.hiddenLanes.clear();
        for (const auto& lane : v["hiddenLanes"])
            if (lane.is_number_unsigned() && map.lane(lane.get<Id>())) out.hiddenLanes.push_back(lane.get<Id>());
    }
    if (v.contains("zoom") && v["zoom"].is_number() && v.contains("x") && v["x"].is_number() && v.contains("y") &&
        v["y"].is_number()) {
        out.placed = true;
        out.scrollX = v["x"].get<float>();
        out.scrollY = v["y"].get<float>();
        out.zoom = v["zoom"].get<float>();
    }
    if (v.contains("filter") && v["filter"].is_object()) {
        const auto& f = v["filter"];
        if (f.contains("text") && f["text"].is_string()) out.filter.text = f["text"].get<std::string>();
        if (f.contains("channel") && f["channel"].is_number_integer())
            out.filter.channel = std::clamp(f["channel"].get<int>(), -1, kChannelCount - 1);
        out.persona = f.contains("persona") && f["persona"].is_number_integer() ? f["persona"].get<int>() : -1;
    }
    return out;
}

std::string savedViewJson(const SavedView& view) {
    nlohmann::json out;
    out["x"] = std::round(view.scrollX * 10) / 10;
    out["y"] = std::round(view.scrollY * 10) / 10;
    out["zoom"] = std::round(view.zoom * 1000) / 1000;
    out["hiddenLanes"] = view.hiddenLanes;
    if (view.filter.active() || view.persona >= 0)
        out["filter"] = {{"text", view.filter.text}, {"channel", view.filter.channel}, {"persona", view.persona}};
    return out.dump();
}

}  // namespace jejak

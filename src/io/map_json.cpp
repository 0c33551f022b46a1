// JSON reading and writing of journey maps.
#include "io/map_json.h"

#include <nlohmann/json.hpp>

namespace jejak {

using nlohmann::json;

std::string saveMapToJson(const JourneyMap& map, bool pretty) {
    json stages = json::array();
    for (const Stage& s : map.stages) stages.push_back({{"id", s.id}, {"name", s.name}});
    json doc = {{"format", kMapFormat},        {"version", kMapFormatVersion},
                {"title", map.title},          {"description", map.description},
                {"language", map.language},    {"stages", std::move(stages)}};
    return doc.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

namespace {

bool fail(MapLoadResult& r, std::string message) {
    r.ok = false;
    r.error = std::move(message);
    return false;
}

bool readString(const json& obj, const char* key, std::string& out, MapLoadResult& r) {
    auto it = obj.find(key);
    if (it == obj.end()) return fail(r, std::string("\"") + key + "\" is missing");
    if (!it->is_string()) return fail(r, std::string("\"") + key + "\" must be text");
    out = it->get<std::string>();
    return true;
}

}  // namespace

MapLoadResult loadMapFromJson(std::string_view text) {
    MapLoadResult r;
    json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded()) return fail(r, "The file is not valid JSON."), r;
    if (!doc.is_object()) return fail(r, "The file is not a journey map (expected a JSON object)."), r;
    std::string format;
    if (!readString(doc, "format", format, r)) return r;
    if (format != kMapFormat)
        return fail(r, "The file is not a Jejak journey map (\"format\" is \"" + format + "\")."), r;
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer())
        return fail(r, "\"version\" must be a whole number."), r;
    if (version->get<long long>() > kMapFormatVersion)
        return fail(r, "The file was made by a newer Jejak (format version " +
                           std::to_string(version->get<long long>()) + ")."), r;
    JourneyMap map;
    if (!readString(doc, "title", map.title, r) ||
        !readString(doc, "description", map.description, r) ||
        !readString(doc, "language", map.language, r))
        return r;
    auto stages = doc.find("stages");
    if (stages == doc.end() || !stages->is_array()) return fail(r, "\"stages\" must be a list."), r;
    for (const json& s : *stages) {
        Stage stage;
        if (!s.is_object() || !s.contains("id") || !s["id"].is_number_unsigned())
            return fail(r, "Each stage needs a numeric \"id\"."), r;
        stage.id = s["id"].get<std::uint64_t>();
        if (!readString(s, "name", stage.name, r)) return r;
        map.stages.push_back(std::move(stage));
    }
    r.ok = true;
    r.map = std::move(map);
    return r;
}

}  // namespace jejak

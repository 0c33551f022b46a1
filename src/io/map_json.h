// Journey maps to and from the JSON file format ("jejak.journey-map", version 3),
// documented in assets/schema/journey-map.v3.schema.json and README.md; files of
// versions 1 and 2 are upgraded on load.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/journey_map.h"
#include "core/translations.h"

namespace jejak {

inline constexpr const char* kMapFormat = "jejak.journey-map";
inline constexpr int kMapFormatVersion = 4;
inline constexpr size_t kMaxMapFileBytes = 20u * 1024u * 1024u;
inline constexpr int kMaxJsonDepth = 32;

// Pretty-printed, keys in a fixed order, optional fields left out when unset.
std::string saveMapToJson(const JourneyMap& map);

struct MapLoadResult {
    bool ok = false;
    JourneyMap map;      // only when ok
    MapProblem problem;  // only when not ok
    // Lanes the file marks hidden (earlier builds wrote it): the view to open with,
    // not the map's content, which is why JourneyMap has no such flag.
    std::vector<Id> hiddenLanes;
};

// Upgrades a document from format version `from` to from + 1, in place.
struct Migration {
    int from;
    std::function<void(nlohmann::ordered_json& document)> upgrade;
};
struct LoadOptions {
    int currentVersion = kMapFormatVersion;
    const std::vector<Migration>* migrations = nullptr;  // nullptr: the built-in ones
};

// Strict: a file loads completely and valid, or not at all, with a problem that
// says which field and what was expected. Never throws, never crashes.
MapLoadResult loadMapFromJson(std::string_view text, const LoadOptions& options = {});

// The problem of a file of that many bytes, over kMaxMapFileBytes: the loader,
// the CLI and the page (which refuses such files before reading them) say it alike.
MapProblem tooLargeProblem(double bytes);

// A map file's text with another title, in the canonical layout; nothing when
// the text is not a map this version reads (the library's rename and duplicate).
std::optional<std::string> retitleMapJson(std::string_view text, std::string title);

// The file format's names of lane kinds, channels and statuses as one list
// ("actions, touchpoints, ..."), for messages that say what a value may be.
const char* laneKindChoices();
const char* channelChoices();
const char* statusChoices();
const char* stateKindChoices();

// The problem as one sentence for the user in their language, e.g.
// "cards[3].stage refers to stage 99, which is not in the map."
std::string describeProblem(const MapProblem& problem, Language language = Language::English);

}  // namespace jejak

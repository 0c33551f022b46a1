// Journey maps to and from the JSON file format ("jejak.journey-map").
#pragma once

#include <string>
#include <string_view>

#include "core/journey_map.h"

namespace jejak {

inline constexpr const char* kMapFormat = "jejak.journey-map";
inline constexpr int kMapFormatVersion = 1;

std::string saveMapToJson(const JourneyMap& map, bool pretty = true);

struct MapLoadResult {
    bool ok = false;
    JourneyMap map;
    std::string error;  // for the user: which field, what was expected
};

MapLoadResult loadMapFromJson(std::string_view text);

}  // namespace jejak

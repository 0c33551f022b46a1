// The journey map document.
#include "core/journey_map.h"

#include <utility>

namespace jejak {

bool operator==(const Stage& a, const Stage& b) { return a.id == b.id && a.name == b.name; }

bool JourneyMap::operator==(const JourneyMap& other) const {
    return title == other.title && description == other.description &&
           language == other.language && stages == other.stages;
}

JourneyMap makeEmptyMap(std::string title, std::string language) {
    JourneyMap map;
    map.title = std::move(title);
    map.language = std::move(language);
    return map;
}

}  // namespace jejak

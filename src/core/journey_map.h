// What a journey map is: the document the app edits and saves.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace jejak {

struct Stage {
    std::uint64_t id = 0;
    std::string name;
};

struct JourneyMap {
    std::string title;
    std::string description;
    std::string language = "en";  // the map's content language, "en" or "id"
    std::vector<Stage> stages;

    bool operator==(const JourneyMap& other) const;
};

bool operator==(const Stage& a, const Stage& b);

// A blank map with the given title and content language.
JourneyMap makeEmptyMap(std::string title, std::string language);

}  // namespace jejak

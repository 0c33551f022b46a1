// Starting points for a new map: the blank map and summaries of the templates
// (assets/templates) for the gallery's tiles.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/journey_map.h"
#include "core/translations.h"

namespace jejak {

// "Blank map": five stages and six lanes named in the language, no cards.
JourneyMap blankMap(Language language);

struct TemplateSummary {
    static constexpr int kNoScore = -100;
    std::string key;  // "b2c-retail-maria.id"
    std::string title, description;
    size_t stages = 0, cards = 0, personas = 0;
    std::vector<int> curve;  // the first persona's score per stage, kNoScore where unset
    Rgb curveColour = 0;
    std::string language() const;  // "id": the part after the last dot of the key
    std::string name() const;      // "b2c-retail-maria": the key without it
};
// A template file's summary; nothing if the file does not load.
std::optional<TemplateSummary> summarizeTemplate(std::string key, std::string_view json);

}  // namespace jejak

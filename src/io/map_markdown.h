// A map as a Markdown outline for wikis and documents: the title, the
// personas, then stage by stage its goals, each lane's cards as a list (with
// their channel, ratings, status and votes in words) and each persona's
// emotion. Labels in the given language; the map's own text as written,
// escaped so that Markdown shows it literally.
#pragma once

#include <string>

#include "core/journey_map.h"
#include "core/translations.h"

namespace jejak {

std::string saveMapToMarkdown(const JourneyMap& map, Language language = Language::English);

}  // namespace jejak

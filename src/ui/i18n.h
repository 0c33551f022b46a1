// The UI's current language and the lookup of its words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/journey_map.h"
#include "core/translations.h"

namespace jejak::ui {

Language uiLanguage();
void setUiLanguage(Language language);
// The text of a key in the current UI language (from assets/translations).
const char* tr(const char* key);
// The text of a key with {0}, {1}, ... filled, and a count in words ("1 card", "2 cards").
std::string format(const char* key, const std::vector<std::string>& args);
std::string plural(const char* key, long long n);
// The translation key of a lane kind's name ("lane.touchpoints").
const char* laneKindKey(LaneKind kind);
std::string stateName(const StateInfo& info);  // its name, or its kind's in the UI's language

}  // namespace jejak::ui

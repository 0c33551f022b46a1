// The current UI language.
#include "ui/i18n.h"

#include <algorithm>

namespace jejak::ui {
namespace {
Language current = Language::English;
const char* const kLaneKeys[kLaneKindCount] = {
    "lane.actions",       "lane.touchpoints",    "lane.channels",  "lane.thoughts", "lane.emotions", "lane.pain-points",
    "lane.opportunities", "lane.business-goals", "lane.backstage", "lane.metrics",  "lane.text"};
}  // namespace

const char* laneKindKey(LaneKind kind) { return kLaneKeys[static_cast<int>(kind)]; }

std::string stateName(const StateInfo& info) {
    if (!info.name.empty()) return info.name;
    return tr(info.kind == StateKind::Current  ? "state.current_default"
              : info.kind == StateKind::Future ? "state.future_default"
                                               : "state.kind_version");
}


Language uiLanguage() { return current; }
void setUiLanguage(Language language) { current = language; }
const char* tr(const char* key) { return TranslationTable::builtIn().text(current, key); }
std::string format(const char* key, const std::vector<std::string>& args) {
    return TranslationTable::builtIn().format(current, key, args);
}
std::string plural(const char* key, long long n) { return TranslationTable::builtIn().plural(current, key, n); }

}  // namespace jejak::ui

// The blank map and template summaries.
#include "io/templates.h"

#include "io/map_json.h"

namespace jejak {

JourneyMap blankMap(Language language) {
    const TranslationTable& words = TranslationTable::builtIn();
    std::vector<std::string> stages = splitList(words.text(language, "blank.stages"));
    std::vector<std::pair<LaneKind, std::string>> lanes;
    for (LaneKind kind : {LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Thoughts, LaneKind::Emotions,
                          LaneKind::PainPoints, LaneKind::Opportunities})
        lanes.emplace_back(kind, words.text(language, std::string("lane.") + laneKindName(kind)));
    return makeStarterMap(words.text(language, "map.untitled"), languageCode(language), stages, lanes);
}

std::string TemplateSummary::language() const {
    size_t dot = key.rfind('.');
    return dot == std::string::npos ? std::string() : key.substr(dot + 1);
}

std::string TemplateSummary::name() const { return key.substr(0, key.rfind('.')); }

std::optional<TemplateSummary> summarizeTemplate(std::string key, std::string_view json) {
    MapLoadResult t = loadMapFromJson(json);
    if (!t.ok) return std::nullopt;
    TemplateSummary info;
    info.key = std::move(key);
    info.title = t.map.title;
    info.description = t.map.description;
    info.stages = t.map.stages.size();
    info.cards = t.map.cards.size();
    info.personas = t.map.personas.size();
    if (!t.map.personas.empty()) {
        info.curveColour = t.map.personas[0].color;
        for (const Stage& s : t.map.stages) {
            const EmotionScore* e = t.map.emotion(t.map.personas[0].id, s.id);
            info.curve.push_back(e ? e->score : TemplateSummary::kNoScore);
        }
    }
    return info;
}

}  // namespace jejak

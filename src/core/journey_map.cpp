// The journey map: names of its kinds, lookups, and the rules a valid map keeps.
#include "core/journey_map.h"

#include "core/timestamp.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_set>
#include <utility>

namespace jejak {
namespace {

constexpr const char* kLaneKindNames[kLaneKindCount] = {"actions",   "touchpoints", "channels",      "thoughts",
                                                        "emotions",  "pain-points", "opportunities", "business-goals",
                                                        "backstage", "metrics",     "text"};
constexpr const char* kChannelNames[kChannelCount] = {"website",   "social-media", "whatsapp",    "email",
                                                      "live-chat", "app",          "marketplace", "event",
                                                      "phone",     "store",        "other"};
constexpr const char* kStatusNames[kOpportunityStatusCount] = {"idea", "planned", "in-progress", "done", "dropped"};
constexpr const char* kErrorNames[] = {"not-json",   "too-large",     "too-deep",           "invalid-utf8",
                                       "not-a-map",  "wrong-format",  "newer-version",      "missing-field",
                                       "wrong-type", "unknown-field", "bad-value",          "out-of-range",
                                       "not-finite", "duplicate-id",  "dangling-reference", "duplicate-score",
                                       "duplicate-measure", "duplicate-link", "state-count"};
constexpr const char* kStateKindNames[kStateKindCount] = {"current", "future", "version"};

template <class E, int N>
std::optional<E> fromName(const char* const (&names)[N], std::string_view name) {
    for (int i = 0; i < N; ++i)
        if (name == names[i]) return static_cast<E>(i);
    return std::nullopt;
}

template <class T>
int indexOf(const std::vector<T>& items, Id id) {
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<int>(i);
    return -1;
}

template <class T>
const T* find(const std::vector<T>& items, Id id) {
    int i = indexOf(items, id);
    return i < 0 ? nullptr : &items[static_cast<size_t>(i)];
}

std::string at(const char* list, size_t i, const char* field = nullptr) {
    std::string out = std::string(list) + "[" + std::to_string(i) + "]";
    if (field) out += std::string(".") + field;
    return out;
}

}  // namespace

const char* stateKindName(StateKind kind) { return kStateKindNames[static_cast<int>(kind)]; }
std::optional<StateKind> stateKindFromName(std::string_view name) { return fromName<StateKind>(kStateKindNames, name); }

int JourneyMap::stateIndex(Id id) const {
    for (size_t i = 0; i < states.size(); ++i)
        if (states[i].info.id == id) return static_cast<int>(i);
    return -1;
}

const StateInfo* JourneyMap::stateInfo(Id id) const {
    if (state.id == id) return &state;
    int i = stateIndex(id);
    return i < 0 ? nullptr : &states[static_cast<size_t>(i)].info;
}

StateContent copyContent(const JourneyMap& map) {
    return {map.stages, map.lanes, map.cards, map.emotions, map.measures, map.links};
}

void swapContent(JourneyMap& map, StateContent& content) {
    map.stages.swap(content.stages);
    map.lanes.swap(content.lanes);
    map.cards.swap(content.cards);
    map.emotions.swap(content.emotions);
    map.measures.swap(content.measures);
    map.links.swap(content.links);
}

Id freeStateId(const JourneyMap& map) {
    Id top = map.state.id;
    for (const MapState& s : map.states) top = std::max(top, s.info.id);
    return top + 1;
}

Id currentStateId(const JourneyMap& map) {
    if (map.state.kind == StateKind::Current) return map.state.id;
    for (const MapState& s : map.states)
        if (s.info.kind == StateKind::Current) return s.info.id;
    return 0;
}

std::optional<ContentRef> contentOf(const JourneyMap& map, Id state) {
    if (map.state.id == state) return ContentRef{map.stages, map.lanes, map.cards, map.emotions};
    int i = map.stateIndex(state);
    if (i < 0) return std::nullopt;
    const StateContent& c = map.states[static_cast<size_t>(i)].content;
    return ContentRef{c.stages, c.lanes, c.cards, c.emotions};
}

const char* laneKindName(LaneKind kind) { return kLaneKindNames[static_cast<int>(kind)]; }
const char* channelName(Channel channel) { return kChannelNames[static_cast<int>(channel)]; }
const char* opportunityStatusName(OpportunityStatus status) { return kStatusNames[static_cast<int>(status)]; }
const char* mapErrorName(MapError error) { return kErrorNames[static_cast<int>(error)]; }
std::optional<LaneKind> laneKindFromName(std::string_view name) { return fromName<LaneKind>(kLaneKindNames, name); }
std::optional<Channel> channelFromName(std::string_view name) { return fromName<Channel>(kChannelNames, name); }
std::optional<OpportunityStatus> opportunityStatusFromName(std::string_view name) {
    return fromName<OpportunityStatus>(kStatusNames, name);
}

const Persona* JourneyMap::persona(Id id) const { return find(personas, id); }
const Stage* JourneyMap::stage(Id id) const { return find(stages, id); }
const Lane* JourneyMap::lane(Id id) const { return find(lanes, id); }
const Card* JourneyMap::card(Id id) const { return find(cards, id); }
const EmotionScore* JourneyMap::emotion(Id personaId, Id stageId) const {
    for (const EmotionScore& e : emotions)
        if (e.persona == personaId && e.stage == stageId) return &e;
    return nullptr;
}
int JourneyMap::stageIndex(Id id) const { return indexOf(stages, id); }
int JourneyMap::laneIndex(Id id) const { return indexOf(lanes, id); }
int JourneyMap::personaIndex(Id id) const { return indexOf(personas, id); }
int JourneyMap::cardIndex(Id id) const { return indexOf(cards, id); }

JourneyMap makeEmptyMap(std::string title, std::string language) {
    JourneyMap map;
    map.title = std::move(title);
    map.language = std::move(language);
    return map;
}

JourneyMap makeStarterMap(std::string title, std::string language, const std::vector<std::string>& stages,
                          const std::vector<std::pair<LaneKind, std::string>>& lanes) {
    JourneyMap map = makeEmptyMap(std::move(title), std::move(language));
    for (const std::string& name : stages) {
        Stage stage;
        stage.id = map.nextId++;
        stage.name = name;
        map.stages.push_back(std::move(stage));
    }
    for (const auto& [kind, name] : lanes) {
        Lane lane;
        lane.id = map.nextId++;
        lane.kind = kind;
        lane.name = name;
        map.lanes.push_back(std::move(lane));
    }
    return map;
}

// A real UTC moment, written as maps keep it (core/timestamp.h).
bool isTimestamp(std::string_view s) { return parseTimestamp(s).has_value(); }

// The value rules of one persona, card or score, whatever the map around it:
// the loader (through findProblem) and the commands both ask these.
std::optional<MapProblem> personaValueProblem(const Persona& p, const std::string& path) {
    if (p.age && (*p.age < 0 || *p.age > 150))
        return MapProblem{MapError::OutOfRange, path + ".age", "problem.range", {"0", "150", std::to_string(*p.age)}};
    if (p.color > kMaxRgb) return MapProblem{MapError::OutOfRange, path + ".color", "problem.colour", {}};
    return std::nullopt;
}

std::optional<MapProblem> cardValueProblem(const Card& c, const std::string& path) {
    if (c.color && *c.color > kMaxRgb) return MapProblem{MapError::OutOfRange, path + ".color", "problem.colour", {}};
    auto rating = [&](const std::optional<int>& v, const char* field) -> std::optional<MapProblem> {
        if (!v || (*v >= kMinRating && *v <= kMaxRating)) return std::nullopt;
        return MapProblem{MapError::OutOfRange,
                          path + "." + field,
                          "problem.range",
                          {std::to_string(kMinRating), std::to_string(kMaxRating), std::to_string(*v)}};
    };
    if (auto e = rating(c.impact, "impact")) return e;
    if (auto e = rating(c.effort, "effort")) return e;
    if (auto e = rating(c.severity, "severity")) return e;
    if (c.value && !std::isfinite(*c.value))
        return MapProblem{MapError::NotFinite, path + ".value", "problem.not_finite", {}};
    if (c.votes < 0 || c.votes > kMaxVotes)
        return MapProblem{MapError::OutOfRange,
                          path + ".votes",
                          "problem.range",
                          {"0", std::to_string(kMaxVotes), std::to_string(c.votes)}};
    return std::nullopt;
}

std::optional<MapProblem> scoreValueProblem(const EmotionScore& e, const std::string& path) {
    if (e.score < kMinEmotion || e.score > kMaxEmotion)
        return MapProblem{MapError::OutOfRange,
                          path + ".score",
                          "problem.range",
                          {std::to_string(kMinEmotion), std::to_string(kMaxEmotion), std::to_string(e.score)}};
    return std::nullopt;
}

bool isPeriodLabel(std::string_view label) {
    if (label.empty() || label.size() > kMaxPeriodBytes) return false;
    bool visible = false;
    for (char c : label) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) return false;
        if (c != ' ') visible = true;
    }
    return visible;
}

std::optional<MapProblem> measureValueProblem(const Measure& m, const std::string& path) {
    if (!isPeriodLabel(m.period))
        return MapProblem{MapError::BadValue, path + ".period", "problem.period", {std::to_string(kMaxPeriodBytes)}};
    if ((m.stage == 0) == (m.card == 0))
        return MapProblem{MapError::BadValue, path, "problem.measure_target", {}};
    auto count = [&](const std::optional<std::int64_t>& v, const char* field) -> std::optional<MapProblem> {
        if (!v || (*v >= 0 && *v <= kMaxCount)) return std::nullopt;
        return MapProblem{MapError::OutOfRange, path + "." + field, "problem.range",
                          {"0", std::to_string(kMaxCount), std::to_string(*v)}};
    };
    if (m.stage) {
        if (m.reached || m.exits)
            return MapProblem{MapError::BadValue, path + (m.reached ? ".reached" : ".exits"), "problem.stage_counts", {}};
        if (!m.entered) return MapProblem{MapError::MissingField, path + ".entered", "problem.missing", {}};
        return count(m.entered, "entered");
    }
    if (m.entered) return MapProblem{MapError::BadValue, path + ".entered", "problem.card_counts", {}};
    if (!m.reached && !m.exits) return MapProblem{MapError::MissingField, path + ".reached", "problem.missing", {}};
    if (auto e = count(m.reached, "reached")) return e;
    if (auto e = count(m.exits, "exits")) return e;
    if (m.reached && m.exits && *m.exits > *m.reached)
        return MapProblem{MapError::OutOfRange, path + ".exits", "problem.exits_over_reached",
                          {std::to_string(*m.exits), std::to_string(*m.reached)}};
    return std::nullopt;
}

namespace {

// Ids: from 1 to 2^53-1, below nextId, each used once in the whole map.
class IdCheck {
public:
    explicit IdCheck(Id nextId) : nextId_(nextId) {}
    std::optional<MapProblem> operator()(Id id, const std::string& path) {
        if (id == 0 || id > kMaxId) return MapProblem{MapError::OutOfRange, path, "problem.id_range", {}};
        if (id >= nextId_)
            return MapProblem{
                MapError::OutOfRange, path, "problem.id_not_below_next", {std::to_string(id), std::to_string(nextId_)}};
        if (!ids_.insert(id).second)
            return MapProblem{MapError::DuplicateId, path, "problem.duplicate_id", {std::to_string(id)}};
        return std::nullopt;
    }

private:
    Id nextId_;
    std::unordered_set<Id> ids_;
};

std::optional<MapProblem> headerProblem(const JourneyMap& map) {
    if (map.nextId == 0 || map.nextId > kMaxId + 1)
        return MapProblem{MapError::OutOfRange, "nextId", "problem.next_id_range", {}};
    if (!map.created.empty() && !isTimestamp(map.created))
        return MapProblem{MapError::BadValue, "created", "problem.timestamp", {}};
    if (!map.updated.empty() && !isTimestamp(map.updated))
        return MapProblem{MapError::BadValue, "updated", "problem.timestamp", {}};
    return std::nullopt;
}

std::optional<MapProblem> cardsProblem(const JourneyMap& map, IdCheck& checkId) {
    std::unordered_set<Id> stageIds, laneIds;
    for (const Stage& s : map.stages) stageIds.insert(s.id);
    for (const Lane& l : map.lanes) laneIds.insert(l.id);
    for (size_t i = 0; i < map.cards.size(); ++i) {
        const Card& c = map.cards[i];
        if (auto e = checkId(c.id, at("cards", i, "id"))) return e;
        if (!laneIds.count(c.lane))
            return MapProblem{
                MapError::DanglingReference, at("cards", i, "lane"), "problem.no_lane", {std::to_string(c.lane)}};
        if (!stageIds.count(c.stage))
            return MapProblem{
                MapError::DanglingReference, at("cards", i, "stage"), "problem.no_stage", {std::to_string(c.stage)}};
        if (auto e = cardValueProblem(c, at("cards", i))) return e;
    }
    return std::nullopt;
}

std::optional<MapProblem> emotionsProblem(const JourneyMap& map) {
    std::unordered_set<Id> stageIds, personaIds;
    for (const Stage& s : map.stages) stageIds.insert(s.id);
    for (const Persona& p : map.personas) personaIds.insert(p.id);
    std::set<std::pair<Id, Id>> scored;
    for (size_t i = 0; i < map.emotions.size(); ++i) {
        const EmotionScore& e = map.emotions[i];
        if (!personaIds.count(e.persona))
            return MapProblem{MapError::DanglingReference,
                              at("emotions", i, "persona"),
                              "problem.no_persona",
                              {std::to_string(e.persona)}};
        if (!stageIds.count(e.stage))
            return MapProblem{
                MapError::DanglingReference, at("emotions", i, "stage"), "problem.no_stage", {std::to_string(e.stage)}};
        if (auto problem = scoreValueProblem(e, at("emotions", i))) return problem;
        if (!scored.insert({e.persona, e.stage}).second)
            return MapProblem{MapError::DuplicateScore,
                              at("emotions", i),
                              "problem.score_twice",
                              {std::to_string(e.persona), std::to_string(e.stage)}};
    }
    return std::nullopt;
}

}  // namespace

std::optional<MapProblem> measuresProblem(const JourneyMap& map, const std::vector<Measure>& measures) {
    if (measures.empty()) return std::nullopt;
    std::unordered_set<Id> stageIds, cardIds;
    for (const Stage& s : map.stages) stageIds.insert(s.id);
    for (const Card& c : map.cards) cardIds.insert(c.id);
    std::set<std::pair<std::string_view, Id>> measured;
    for (size_t i = 0; i < measures.size(); ++i) {
        const Measure& m = measures[i];
        if (auto e = measureValueProblem(m, at("measures", i))) return e;
        if (m.stage && !stageIds.count(m.stage))
            return MapProblem{
                MapError::DanglingReference, at("measures", i, "stage"), "problem.no_stage", {std::to_string(m.stage)}};
        if (m.card && !cardIds.count(m.card))
            return MapProblem{
                MapError::DanglingReference, at("measures", i, "card"), "problem.no_card", {std::to_string(m.card)}};
        if (!measured.insert({m.period, m.stage ? m.stage : m.card}).second)
            return MapProblem{MapError::DuplicateMeasure,
                              at("measures", i),
                              "problem.measure_twice",
                              {std::to_string(m.stage ? m.stage : m.card), m.period}};
    }
    return std::nullopt;
}

namespace {

std::optional<MapProblem> linksProblem(const JourneyMap& map) {
    if (map.links.empty()) return std::nullopt;
    std::unordered_set<Id> cardIds;
    for (const Card& c : map.cards) cardIds.insert(c.id);
    std::set<std::pair<Id, Id>> linked;
    for (size_t i = 0; i < map.links.size(); ++i) {
        const CardLink& l = map.links[i];
        for (auto [id, field] : {std::pair{l.from, "from"}, std::pair{l.to, "to"}})
            if (!cardIds.count(id))
                return MapProblem{
                    MapError::DanglingReference, at("links", i, field), "problem.no_card", {std::to_string(id)}};
        if (l.from == l.to)
            return MapProblem{MapError::BadValue, at("links", i, "to"), "problem.link_self", {}};
        if (!linked.insert({std::min(l.from, l.to), std::max(l.from, l.to)}).second)
            return MapProblem{MapError::DuplicateLink,
                              at("links", i),
                              "problem.link_twice",
                              {std::to_string(l.from), std::to_string(l.to)}};
    }
    return std::nullopt;
}

}  // namespace

namespace {
std::optional<MapProblem> contentProblem(const JourneyMap& map) {
    IdCheck checkId(map.nextId);
    for (size_t i = 0; i < map.personas.size(); ++i) {
        if (auto e = checkId(map.personas[i].id, at("personas", i, "id"))) return e;
        if (auto e = personaValueProblem(map.personas[i], at("personas", i))) return e;
    }
    for (size_t i = 0; i < map.stages.size(); ++i)
        if (auto e = checkId(map.stages[i].id, at("stages", i, "id"))) return e;
    for (size_t i = 0; i < map.lanes.size(); ++i)
        if (auto e = checkId(map.lanes[i].id, at("lanes", i, "id"))) return e;
    if (auto e = cardsProblem(map, checkId)) return e;
    if (auto e = emotionsProblem(map)) return e;
    if (auto e = measuresProblem(map, map.measures)) return e;
    return linksProblem(map);
}
}  // namespace

std::optional<MapProblem> stateInfoProblem(const StateInfo& info, const std::string& path) {
    if (info.id == 0 || info.id > kMaxId)
        return MapProblem{MapError::OutOfRange, path + ".id", "problem.id_range", {}};
    if (info.name.size() > kMaxStateNameBytes)
        return MapProblem{MapError::OutOfRange, path + ".name", "problem.too_long", {std::to_string(kMaxStateNameBytes)}};
    if (!info.created.empty() && !isTimestamp(info.created))
        return MapProblem{MapError::BadValue, path + ".created", "problem.timestamp", {}};
    return std::nullopt;
}

std::optional<MapProblem> findProblem(const JourneyMap& map) {
    if (auto e = headerProblem(map)) return e;
    if (auto e = stateInfoProblem(map.state, "state")) return e;
    int current = map.state.kind == StateKind::Current ? 1 : 0;
    std::vector<Id> stateIds = {map.state.id};
    auto known = [&](Id id) { return std::find(stateIds.begin(), stateIds.end(), id) != stateIds.end(); };
    for (size_t i = 0; i < map.states.size(); ++i) {
        const StateInfo& info = map.states[i].info;
        const std::string path = "states[" + std::to_string(i) + "]";
        if (auto e = stateInfoProblem(info, path)) return e;
        if (known(info.id))
            return MapProblem{MapError::DuplicateId, path + ".id", "problem.duplicate_id", {std::to_string(info.id)}};
        stateIds.push_back(info.id);
        if (info.kind == StateKind::Current) ++current;
    }
    if (current != 1) return MapProblem{MapError::StateCount, "", "problem.state_current", {std::to_string(current)}};
    auto fromProblem = [&](const StateInfo& info, const std::string& path) -> std::optional<MapProblem> {
        if (info.from == info.id) return MapProblem{MapError::BadValue, path + ".from", "problem.from_itself", {}};
        if (info.from == 0 || known(info.from)) return std::nullopt;
        return MapProblem{MapError::DanglingReference, path + ".from", "problem.dangling_state",
                          {std::to_string(info.from)}};
    };
    if (auto e = fromProblem(map.state, "state")) return e;
    for (size_t i = 0; i < map.states.size(); ++i)
        if (auto e = fromProblem(map.states[i].info, "states[" + std::to_string(i) + "]")) return e;
    if (auto e = contentProblem(map)) return e;
    if (map.states.empty()) return std::nullopt;
    // Each other state against the same personas and nextId, its paths under states[i].
    JourneyMap other;
    other.nextId = map.nextId;
    other.personas = map.personas;
    for (size_t i = 0; i < map.states.size(); ++i) {
        StateContent content = map.states[i].content;
        swapContent(other, content);
        if (auto e = contentProblem(other)) {
            e->path = "states[" + std::to_string(i) + "]." + e->path;
            return e;
        }
    }
    return std::nullopt;
}

}  // namespace jejak

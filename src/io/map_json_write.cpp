// Writing journey maps as JSON, fast and always in the same form (io/map_json.h).
#include "io/map_json.h"

#include <cstdio>
#include <string>

#include "io/field_names.h"
#include "io/json_text.h"

namespace jejak {

// --- writing ----------------------------------------------------------------------

namespace {

std::string colorText(Rgb rgb) {
    static const char* hex = "0123456789abcdef";
    std::string out = "#000000";
    for (int i = 6; i >= 1; --i, rgb >>= 4) out[static_cast<size_t>(i)] = hex[rgb & 15];
    return out;
}

void writePersona(JsonWriter& w, const Persona& p) {
    w.beginObject();
    w.field("id", p.id);
    w.field("name", p.name);
    if (p.age) w.field("age", static_cast<long long>(*p.age));
    auto text = [&w](const char* key, const std::string& value) {
        if (!value.empty()) w.field(key, value);
    };
    text("role", p.role);
    text("quote", p.quote);
    text("demographics", p.demographics);
    text("psychographics", p.psychographics);
    text("needs", p.needs);
    text("goals", p.goals);
    text("challenges", p.challenges);
    w.field("color", colorText(p.color));
    w.endObject();
}

void writeStage(JsonWriter& w, const Stage& s) {
    w.beginObject();
    w.field("id", s.id);
    w.field("name", s.name);
    if (!s.description.empty()) w.field("description", s.description);
    if (!s.customerGoal.empty()) w.field("customerGoal", s.customerGoal);
    if (!s.businessGoal.empty()) w.field("businessGoal", s.businessGoal);
    w.endObject();
}

void writeLane(JsonWriter& w, const Lane& l) {
    w.beginObject();
    w.field("id", l.id);
    w.field("name", l.name);
    w.field("kind", laneKindName(l.kind));
    w.endObject();
}

void writeCard(JsonWriter& w, const Card& c) {
    w.beginObject();
    w.field("id", c.id);
    w.field("lane", c.lane);
    w.field("stage", c.stage);
    w.field("text", c.text);
    if (!c.notes.empty()) w.field("notes", c.notes);
    if (c.color) w.field("color", colorText(*c.color));
    if (c.channel) w.field("channel", channelName(*c.channel));
    if (c.online) w.field("online", *c.online);
    if (c.impact) w.field("impact", static_cast<long long>(*c.impact));
    if (c.effort) w.field("effort", static_cast<long long>(*c.effort));
    if (!c.owner.empty()) w.field("owner", c.owner);
    if (c.status) w.field("status", opportunityStatusName(*c.status));
    if (c.severity) w.field("severity", static_cast<long long>(*c.severity));
    if (c.value) w.field("value", *c.value);
    if (!c.unit.empty()) w.field("unit", c.unit);
    if (c.votes) w.field("votes", static_cast<long long>(c.votes));
    w.endObject();
}

void writeEmotion(JsonWriter& w, const EmotionScore& e) {
    w.beginObject();
    w.field("persona", e.persona);
    w.field("stage", e.stage);
    w.field("score", static_cast<long long>(e.score));
    if (!e.label.empty()) w.field("label", e.label);
    w.endObject();
}

void writeMeasure(JsonWriter& w, const Measure& m) {
    w.beginObject();
    w.field("period", m.period);
    if (m.stage) w.field("stage", m.stage);
    if (m.card) w.field("card", m.card);
    if (m.entered) w.field("entered", static_cast<long long>(*m.entered));
    if (m.reached) w.field("reached", static_cast<long long>(*m.reached));
    if (m.exits) w.field("exits", static_cast<long long>(*m.exits));
    w.endObject();
}

void writeLink(JsonWriter& w, const CardLink& l) {
    w.beginObject();
    w.field("from", l.from);
    w.field("to", l.to);
    w.endObject();
}

void writeStateInfo(JsonWriter& w, const StateInfo& info) {
    w.field("id", info.id);
    if (!info.name.empty()) w.field("name", info.name);
    w.field("kind", stateKindName(info.kind));
    if (!info.created.empty()) w.field("created", info.created);
    if (info.from) w.field("from", info.from);
}

template <class T, class Write>
void writeList(JsonWriter& w, const char* key, const std::vector<T>& items, Write write) {
    w.key(key);
    w.beginArray();
    for (const T& item : items) write(w, item);
    w.endArray();
}

void writeContent(JsonWriter& w, const std::vector<Stage>& stages, const std::vector<Lane>& lanes,
                  const std::vector<Card>& cards, const std::vector<EmotionScore>& emotions,
                  const std::vector<Measure>& measures, const std::vector<CardLink>& links) {
    writeList(w, "stages", stages, writeStage);
    writeList(w, "lanes", lanes, writeLane);
    writeList(w, "cards", cards, writeCard);
    writeList(w, "emotions", emotions, writeEmotion);
    writeList(w, "measures", measures, writeMeasure);
    writeList(w, "links", links, writeLink);
}

}  // namespace

// "actions, touchpoints, ...": the names a message lists, from the model's one table.
namespace {
template <class E>
const char* choices(const char* (*name)(E), int count) {
    static const std::string text = [&] {
        std::string out;
        for (int i = 0; i < count; ++i) out += (i ? ", " : "") + std::string(name(static_cast<E>(i)));
        return out;
    }();
    return text.c_str();
}
}  // namespace
const char* laneKindChoices() { return choices(laneKindName, kLaneKindCount); }
const char* channelChoices() { return choices(channelName, kChannelCount); }
const char* statusChoices() { return choices(opportunityStatusName, kOpportunityStatusCount); }
const char* stateKindChoices() { return choices(stateKindName, kStateKindCount); }

std::string saveMapToJson(const JourneyMap& map) {
    JsonWriter w;
    w.beginObject();
    w.field("format", kMapFormat);
    w.field("version", static_cast<long long>(kMapFormatVersion));
    w.field("title", map.title);
    if (!map.description.empty()) w.field("description", map.description);
    w.field("language", map.language);
    if (!map.created.empty()) w.field("created", map.created);
    if (!map.updated.empty()) w.field("updated", map.updated);
    w.field("nextId", map.nextId);
    w.key("state");
    w.beginObject();
    writeStateInfo(w, map.state);
    w.endObject();
    writeList(w, "personas", map.personas, writePersona);
    writeContent(w, map.stages, map.lanes, map.cards, map.emotions, map.measures, map.links);
    writeList(w, "states", map.states, [](JsonWriter& out, const MapState& s) {
        out.beginObject();
        writeStateInfo(out, s.info);
        const StateContent& c = s.content;
        writeContent(out, c.stages, c.lanes, c.cards, c.emotions, c.measures, c.links);
        out.endObject();
    });
    w.endObject();
    return w.finish();
}

}  // namespace jejak

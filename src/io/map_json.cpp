// Reading journey maps from JSON: a strict reader that names the field of every
// problem, with the migrations from every earlier version. The writer is map_json_write.cpp.
#include "io/map_json.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/formatting.h"
#include "core/translations.h"
#include "io/field_names.h"
#include "io/json_dom_parser.h"
#include "io/json_text.h"

namespace jejak {

using json = nlohmann::ordered_json;

// --- reading ------------------------------------------------------------------------

namespace {

// Reads one JSON object's fields into the model, remembering the first problem.
class ObjectReader {
public:
    // list and index name the object in messages ("cards[3]"); no list: the map itself.
    ObjectReader(json& object, const char* list, size_t index, MapProblem& problem, bool& failed)
        : object_(object), list_(list), index_(index), problem_(problem), failed_(failed) {}

    bool text(const char* key, std::string& out, bool required = false) {
        json* v = find(key, required);
        if (!v) return !failed_;
        if (!v->is_string()) return wrongType(key, "problem.type_text");
        out = std::move(v->get_ref<std::string&>());  // the document is thrown away after reading
        return true;
    }
    bool id(const char* key, Id& out) {
        json* v = find(key, true);
        if (!v) return false;
        if (!v->is_number_integer()) return wrongType(key, "problem.type_id");
        if (v->is_number_unsigned() ? v->get<std::uint64_t>() == 0 || v->get<std::uint64_t>() > kMaxId : true)
            return fail(MapError::OutOfRange, key, "problem.id_range");
        out = v->get<std::uint64_t>();
        return true;
    }
    bool optionalId(const char* key, Id& out) {
        if (!object_.contains(key)) {
            seen_.add(key);
            return !failed_;
        }
        return id(key, out);
    }
    // A count of customers: a whole number from 0 to kMaxCount.
    bool count(const char* key, std::optional<std::int64_t>& out) {
        json* v = find(key, false);
        if (!v) return !failed_;
        if (!v->is_number_integer()) return wrongType(key, "problem.type_integer");
        if (v->is_number_unsigned() ? v->get<std::uint64_t>() > static_cast<std::uint64_t>(kMaxCount)
                                    : v->get<long long>() < 0)
            return fail(MapError::OutOfRange, key, "problem.range",
                        {"0", std::to_string(kMaxCount),
                         v->is_number_unsigned() ? std::to_string(v->get<std::uint64_t>())
                                                 : std::to_string(v->get<long long>())});
        out = static_cast<std::int64_t>(v->get<std::uint64_t>());
        return true;
    }
    bool integer(const char* key, std::optional<int>& out, long long min, long long max, bool required = false) {
        json* v = find(key, required);
        if (!v) return !failed_;
        if (!v->is_number_integer()) return wrongType(key, "problem.type_integer");
        long long n = v->is_number_unsigned()
                          ? static_cast<long long>(std::min<std::uint64_t>(v->get<std::uint64_t>(), 1ull << 62))
                          : v->get<long long>();
        if (n < min || n > max)
            return fail(MapError::OutOfRange, key, "problem.range",
                        {std::to_string(min), std::to_string(max), std::to_string(n)});
        out = static_cast<int>(n);
        return true;
    }
    bool number(const char* key, std::optional<double>& out) {
        json* v = find(key, false);
        if (!v) return !failed_;
        if (!v->is_number()) return wrongType(key, "problem.type_number");
        double d = v->get<double>();
        if (!std::isfinite(d)) return fail(MapError::NotFinite, key, "problem.not_finite");
        out = d;
        return true;
    }
    bool boolean(const char* key, std::optional<bool>& out) {
        json* v = find(key, false);
        if (!v) return !failed_;
        if (!v->is_boolean()) return wrongType(key, "problem.type_bool");
        out = v->get<bool>();
        return true;
    }
    bool color(const char* key, std::optional<Rgb>& out, bool required = false) {
        json* v = find(key, required);
        if (!v) return !failed_;
        if (!v->is_string()) return wrongType(key, "problem.type_colour");
        const std::string& s = v->get_ref<const std::string&>();
        bool ok = s.size() == 7 && s[0] == '#';
        for (size_t i = 1; ok && i < 7; ++i) ok = std::isxdigit(static_cast<unsigned char>(s[i])) != 0;
        if (!ok) return fail(MapError::BadValue, key, "problem.bad_colour", {s});
        out = static_cast<Rgb>(std::strtoul(s.c_str() + 1, nullptr, 16));
        return true;
    }
    template <class E>
    bool name(const char* key, std::optional<E>& out, std::optional<E> (*parse)(std::string_view), const char* choices,
              bool required = false) {
        json* v = find(key, required);
        if (!v) return !failed_;
        if (!v->is_string()) return wrongType(key, "problem.type_text");
        out = parse(v->get_ref<const std::string&>());
        if (!out) return fail(MapError::BadValue, key, "problem.not_one_of", {v->get<std::string>(), choices});
        return true;
    }
    bool flag(const char* key, bool& out) {
        std::optional<bool> b;
        if (!boolean(key, b)) return false;
        out = b.value_or(false);
        return true;
    }
    void allow(const char* key) {
        seen_.add(key);
        if (object_.contains(key)) ++found_;
    }
    // Refuses fields this version of the format does not have.
    bool finish() {
        if (failed_) return false;
        if (found_ == object_.size()) return true;  // every field was one we read
        for (auto it = object_.begin(); it != object_.end(); ++it) {
            if (!seen_.contains(it.key()))
                return fail(MapError::UnknownField, nullptr,
                            list_ ? "problem.unknown_field" : "problem.unknown_map_field", {it.key()});
        }
        return true;
    }
    json& object() { return object_; }
    std::string path() const { return list_ ? std::string(list_) + "[" + std::to_string(index_) + "]" : std::string(); }
    bool fail(MapError error, const char* key, const char* message, std::vector<std::string> args = {}) {
        if (!failed_) {
            std::string path = this->path();
            if (key) path += (path.empty() ? "" : ".") + std::string(key);
            problem_ = {error, std::move(path), message, std::move(args)};
            failed_ = true;
        }
        return false;
    }

private:
    json* find(const char* key, bool required) {
        seen_.add(key);
        auto it = object_.find(key);
        if (it == object_.end()) {
            if (required) fail(MapError::MissingField, key, "problem.missing");
            return nullptr;
        }
        ++found_;
        return &*it;
    }
    bool wrongType(const char* key, const char* expected) { return fail(MapError::WrongType, key, expected); }
    json& object_;
    const char* list_;
    size_t index_;
    MapProblem& problem_;
    bool& failed_;
    FieldNames seen_;
    size_t found_ = 0;
};

bool isLanguageTag(const std::string& s) {
    // "en", "id", "pt-BR", "zh-Hant": letters, then subtags of 1-8 letters or digits.
    size_t i = 0;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    if (i < 2 || i > 3) return false;
    while (i < s.size()) {
        if (s[i++] != '-') return false;
        size_t start = i;
        while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
        if (i - start < 1 || i - start > 8) return false;
    }
    return true;
}

using Reader = ObjectReader;

bool readPersona(Reader& r, Persona& p) {
    std::optional<int> age;
    std::optional<Rgb> color;
    bool ok = r.id("id", p.id) && r.text("name", p.name, true) && r.integer("age", age, 0, 150) &&
              r.text("role", p.role) && r.text("quote", p.quote) && r.text("demographics", p.demographics) &&
              r.text("psychographics", p.psychographics) && r.text("needs", p.needs) && r.text("goals", p.goals) &&
              r.text("challenges", p.challenges) && r.color("color", color, true) && r.finish();
    p.age = age;
    if (color) p.color = *color;
    return ok;
}

bool readStage(Reader& r, Stage& s) {
    return r.id("id", s.id) && r.text("name", s.name, true) && r.text("description", s.description) &&
           r.text("customerGoal", s.customerGoal) && r.text("businessGoal", s.businessGoal) && r.finish();
}

// `hidden`: whether the lane is shown is a view setting, not the map's content;
// files of earlier builds may say it, and it becomes the view they open with.
bool readLane(Reader& r, Lane& l, bool& hidden) {
    std::optional<LaneKind> kind;
    bool ok = r.id("id", l.id) && r.text("name", l.name, true) &&
              r.name("kind", kind, laneKindFromName, laneKindChoices(), true) && r.flag("hidden", hidden) && r.finish();
    if (kind) l.kind = *kind;
    return ok;
}

bool readCard(Reader& r, Card& c) {
    std::optional<int> votes;
    bool ok = r.id("id", c.id) && r.id("lane", c.lane) && r.id("stage", c.stage) && r.text("text", c.text, true) &&
              r.text("notes", c.notes) && r.color("color", c.color) &&
              r.name("channel", c.channel, channelFromName, channelChoices()) && r.boolean("online", c.online) &&
              r.integer("impact", c.impact, kMinRating, kMaxRating) &&
              r.integer("effort", c.effort, kMinRating, kMaxRating) && r.text("owner", c.owner) &&
              r.name("status", c.status, opportunityStatusFromName, statusChoices()) &&
              r.integer("severity", c.severity, kMinRating, kMaxRating) && r.number("value", c.value) &&
              r.text("unit", c.unit) && r.integer("votes", votes, 0, kMaxVotes) && r.finish();
    c.votes = votes.value_or(0);
    return ok;
}

bool readEmotion(Reader& r, EmotionScore& e) {
    std::optional<int> score;
    bool ok = r.id("persona", e.persona) && r.id("stage", e.stage) &&
              r.integer("score", score, kMinEmotion, kMaxEmotion, true) && r.text("label", e.label) && r.finish();
    if (score) e.score = *score;
    return ok;
}

bool readMeasure(Reader& r, Measure& m) {
    return r.text("period", m.period, true) && r.optionalId("stage", m.stage) && r.optionalId("card", m.card) &&
           r.count("entered", m.entered) && r.count("reached", m.reached) && r.count("exits", m.exits) && r.finish();
}

bool readLink(Reader& r, CardLink& l) { return r.id("from", l.from) && r.id("to", l.to) && r.finish(); }

bool readStateInfo(Reader& r, StateInfo& info) {
    std::optional<StateKind> kind;
    if (!r.id("id", info.id) || !r.text("name", info.name) ||
        !r.name("kind", kind, stateKindFromName, stateKindChoices(), true) || !r.text("created", info.created) ||
        !r.optionalId("from", info.from))
        return false;
    info.kind = *kind;
    return true;
}

template <class T, class Read>
bool readList(json& doc, const char* key, std::vector<T>& out, Read read, MapProblem& problem, bool& failed) {
    ObjectReader top(doc, nullptr, 0, problem, failed);
    auto it = doc.find(key);
    if (it == doc.end()) return top.fail(MapError::MissingField, key, "problem.missing");
    if (!it->is_array()) return top.fail(MapError::WrongType, key, "problem.type_list");
    out.reserve(it->size());
    size_t i = 0;
    for (json& item : *it) {
        ObjectReader reader(item, key, i++, problem, failed);
        if (!item.is_object()) return reader.fail(MapError::WrongType, nullptr, "problem.type_object");
        T value;
        if (!read(reader, value)) return false;
        out.push_back(std::move(value));
    }
    return true;
}

constexpr const char* kContentKeys[] = {"stages", "lanes", "cards", "emotions", "measures", "links"};

// A state's lists from `doc` (the map, or one of its "states"); lanes that an
// earlier build marked hidden go to `hidden`.
bool readContent(json& doc, std::vector<Stage>& stages, std::vector<Lane>& lanes, std::vector<Card>& cards,
                 std::vector<EmotionScore>& emotions, std::vector<Measure>& measures, std::vector<CardLink>& links,
                 std::vector<Id>* hidden, MapProblem& problem, bool& failed) {
    return readList(doc, "stages", stages, readStage, problem, failed) &&
           readList(
               doc, "lanes", lanes,
               [hidden](Reader& r, Lane& l) {
                   bool isHidden = false;
                   bool ok = readLane(r, l, isHidden);
                   if (ok && isHidden && hidden) hidden->push_back(l.id);
                   return ok;
               },
               problem, failed) &&
           readList(doc, "cards", cards, readCard, problem, failed) &&
           readList(doc, "emotions", emotions, readEmotion, problem, failed) &&
           readList(doc, "measures", measures, readMeasure, problem, failed) &&
           readList(doc, "links", links, readLink, problem, failed);
}

const std::vector<Migration>& builtInMigrations() {
    // One step per format change; each upgrades a document of version `from` in place.
    static const std::vector<Migration> migrations = {
        // 1 -> 2: cards may carry `votes` (left out when 0). Every version 1 file
        // is a valid version 2 file with no votes, so the document stays as it is.
        {1, [](json&) {}},
        // 2 -> 3: customer counts per period (`measures`) and links between cards
        // (`links`), both lists every version 3 file has; earlier maps have none.
        {2,
         [](json& doc) {
             if (!doc.contains("measures")) doc["measures"] = json::array();
             if (!doc.contains("links")) doc["links"] = json::array();
         }},
        // 3 -> 4: states. The map's lists become its current state (id 1, named
        // in the reader's language), with no future states or versions yet.
        {3,
         [](json& doc) {
             if (!doc.contains("state")) doc["state"] = json{{"id", std::uint64_t{1}}, {"kind", "current"}};
             if (!doc.contains("states")) doc["states"] = json::array();
         }},
    };
    return migrations;
}

MapLoadResult failure(MapError error, std::string path, const char* message, std::vector<std::string> args = {}) {
    MapLoadResult r;
    r.problem = {error, std::move(path), message, std::move(args)};
    return r;
}

}  // namespace

namespace {

// The text as a JSON document, or why it is not one (too large, not UTF-8, not JSON).
std::optional<MapLoadResult> parseDocument(std::string_view text, json& doc) {
    if (text.size() > kMaxMapFileBytes) {
        MapLoadResult r;
        r.problem = tooLargeProblem(static_cast<double>(text.size()));
        return r;
    }
    // Windows Notepad may save UTF-16: say so rather than "bad byte at offset 0".
    if (text.size() >= 2 && ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff')))
        return failure(MapError::InvalidUtf8, "", "problem.utf16");
    if (auto bad = findInvalidUtf8(text))
        return failure(MapError::InvalidUtf8, "", "problem.not_utf8", {std::to_string(*bad)});
    if (size_t zero = text.find('\0'); zero != std::string_view::npos)
        return failure(MapError::NotJson, "", "problem.zero_byte", {std::to_string(zero)});
    DomParser parser(doc, kMaxJsonDepth);
    bool parsed = json::sax_parse(text.begin(), text.end(), &parser, nlohmann::detail::input_format_t::json, true);
    if (parser.tooDeep) return failure(MapError::TooDeep, "", "problem.too_deep", {std::to_string(kMaxJsonDepth)});
    if (!parsed || parser.is_errored()) {
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return failure(MapError::NotJson, "", "problem.empty");
        auto [line, column] = lineAndColumn(text, parser.errorAt ? parser.errorAt - 1 : 0);
        return failure(MapError::NotJson, "", "problem.not_json", {std::to_string(line), std::to_string(column)});
    }
    if (!doc.is_object()) return failure(MapError::NotAMap, "", "problem.not_a_map");
    return std::nullopt;
}

// A Jejak map of this or an earlier version, brought up to the current one; or why not.
std::optional<MapLoadResult> upgrade(json& doc, const LoadOptions& options) {

    auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || *format != kMapFormat)
        return failure(MapError::WrongFormat, "", "problem.wrong_format");
    auto version = doc.find("version");
    if (version == doc.end()) return failure(MapError::MissingField, "version", "problem.missing");
    if (!version->is_number_integer()) return failure(MapError::WrongType, "version", "problem.type_integer");
    long long v = version->is_number_unsigned()
                      ? static_cast<long long>(std::min<std::uint64_t>(version->get<std::uint64_t>(), 1ull << 62))
                      : version->get<long long>();
    if (v > options.currentVersion)
        return failure(MapError::NewerVersion, "", "problem.newer_version",
                       {std::to_string(v), std::to_string(options.currentVersion)});
    const std::vector<Migration>& migrations = options.migrations ? *options.migrations : builtInMigrations();
    while (v < options.currentVersion) {
        const Migration* step = nullptr;
        for (const Migration& m : migrations)
            if (m.from == v) step = &m;
        if (!step) return failure(MapError::OutOfRange, "", "problem.unknown_version", {std::to_string(v)});
        step->upgrade(doc);
        doc["version"] = ++v;
    }
    return std::nullopt;
}

// The current version's document read into a map, every field checked.
MapLoadResult readMap(json& doc, const LoadOptions& options) {
    MapLoadResult result;
    JourneyMap& map = result.map;
    bool failed = false;
    ObjectReader top(doc, nullptr, 0, result.problem, failed);
    std::string format_;
    std::optional<int> versionSeen;
    if (!top.text("format", format_) || !top.integer("version", versionSeen, 1, options.currentVersion) ||
        !top.text("title", map.title, true) || !top.text("description", map.description) ||
        !top.text("language", map.language) || !top.text("created", map.created) || !top.text("updated", map.updated))
        return result;
    if (!isLanguageTag(map.language))
        return failure(MapError::BadValue, "language", "problem.bad_language", {map.language});
    if (!top.id("nextId", map.nextId)) return result;
    {
        auto it = doc.find("state");
        if (it == doc.end()) return failure(MapError::MissingField, "state", "problem.missing");
        if (!it->is_object()) return failure(MapError::WrongType, "state", "problem.type_object");
        ObjectReader reader(*it, nullptr, 0, result.problem, failed);
        if (!readStateInfo(reader, map.state) || !reader.finish()) {
            result.problem.path = "state" + (result.problem.path.empty() ? "" : "." + result.problem.path);
            if (result.problem.key == "problem.unknown_map_field") result.problem.key = "problem.unknown_field";
            return result;
        }
    }
    if (!readList(doc, "personas", map.personas, readPersona, result.problem, failed) ||
        !readContent(doc, map.stages, map.lanes, map.cards, map.emotions, map.measures, map.links, &result.hiddenLanes,
                     result.problem, failed) ||
        !readList(
            doc, "states", map.states,
            [&result, &failed](Reader& r, MapState& s) {
                if (!readStateInfo(r, s.info)) return false;
                StateContent& c = s.content;
                json& object = r.object();
                if (!readContent(object, c.stages, c.lanes, c.cards, c.emotions, c.measures, c.links, nullptr,
                                 result.problem, failed)) {
                    result.problem.path = r.path() + "." + result.problem.path;
                    return false;
                }
                for (const char* key : kContentKeys) r.allow(key);
                return r.finish();
            },
            result.problem, failed))
        return result;
    for (const char* key : kContentKeys) top.allow(key);
    for (const char* key : {"personas", "state", "states"}) top.allow(key);
    if (!top.finish()) return result;
    if (auto problem = findProblem(map)) {
        result.problem = *problem;
        return result;
    }
    result.ok = true;
    return result;
}

MapLoadResult parseMap(std::string_view text, const LoadOptions& options) {
    json doc;
    if (std::optional<MapLoadResult> failed = parseDocument(text, doc)) return std::move(*failed);
    if (std::optional<MapLoadResult> failed = upgrade(doc, options)) return std::move(*failed);
    return readMap(doc, options);
}

}  // namespace

MapLoadResult loadMapFromJson(std::string_view text, const LoadOptions& options) {
    MapLoadResult result = parseMap(text, options);
    if (!result.ok) result.map = JourneyMap{};  // all or nothing
    return result;
}

MapProblem tooLargeProblem(double bytes) {
    return {MapError::TooLarge, "", "problem.too_large", {formatMegabytes(bytes)}};
}

std::optional<std::string> retitleMapJson(std::string_view text, std::string title) {
    MapLoadResult loaded = loadMapFromJson(text);
    if (!loaded.ok) return std::nullopt;
    loaded.map.title = std::move(title);
    return saveMapToJson(loaded.map);
}

std::string describeProblem(const MapProblem& problem, Language language) {
    std::string message = TranslationTable::builtIn().format(language, problem.key, problem.args);
    std::string out = problem.path.empty() ? message : problem.path + " " + message;
    if (problem.path.empty() && !out.empty())
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    if (!out.empty() && out.back() != '.') out += '.';
    return out;
}

}  // namespace jejak

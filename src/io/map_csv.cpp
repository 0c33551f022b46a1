// CSV export and import of a map's cards (RFC 4180, UTF-8 with a BOM).
#include "io/map_csv.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "core/formatting.h"
#include "io/json_text.h"
#include "io/map_json.h"

namespace jejak {
namespace {

enum Column {
    kStage,
    kLane,
    kLaneKind,
    kText,
    kNotes,
    kColor,
    kChannel,
    kOnline,
    kImpact,
    kEffort,
    kOwner,
    kStatus,
    kSeverity,
    kValue,
    kUnit,
    kVotes,
    kColumnCount
};

constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

// --- writing -------------------------------------------------------------------------

void appendField(std::string& out, std::string_view field) {
    const bool quote = field.find_first_of(",;\"\r\n") != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string colourText(Rgb rgb) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06x", static_cast<unsigned>(rgb));
    return buffer;
}

std::vector<std::string> cardFields(const JourneyMap& map, const Card& c) {
    std::vector<std::string> f(kColumnCount);
    const Stage* stage = map.stage(c.stage);
    const Lane* lane = map.lane(c.lane);
    f[kStage] = stage ? stage->name : "";
    f[kLane] = lane ? lane->name : "";
    f[kLaneKind] = lane ? laneKindName(lane->kind) : "";
    f[kText] = c.text;
    f[kNotes] = c.notes;
    if (c.color) f[kColor] = colourText(*c.color);
    if (c.channel) f[kChannel] = channelName(*c.channel);
    if (c.online) f[kOnline] = *c.online ? "true" : "false";
    if (c.impact) f[kImpact] = std::to_string(*c.impact);
    if (c.effort) f[kEffort] = std::to_string(*c.effort);
    f[kOwner] = c.owner;
    if (c.status) f[kStatus] = opportunityStatusName(*c.status);
    if (c.severity) f[kSeverity] = std::to_string(*c.severity);
    if (c.value) f[kValue] = shortestDouble(*c.value);
    f[kUnit] = c.unit;
    if (c.votes) f[kVotes] = std::to_string(c.votes);
    return f;
}

void appendRow(std::string& out, const std::vector<std::string>& fields) { appendCsvRow(out, fields); }

}  // namespace

void appendCsvRow(std::string& out, const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        appendField(out, fields[i]);
    }
    out += "\r\n";
}

const std::vector<std::string>& csvColumns() {
    static const std::vector<std::string> columns = {"stage",    "lane",   "lane_kind", "text",   "notes", "color",
                                                     "channel",  "online", "impact",    "effort", "owner", "status",
                                                     "severity", "value",  "unit",      "votes"};
    return columns;
}

const std::vector<std::string>& csvColumnsIndonesian() {
    static const std::vector<std::string> columns = {"tahap",     "jalur",  "jenis_jalur", "teks",  "catatan", "warna",
                                                     "saluran",   "daring", "dampak",      "upaya", "pemilik", "status",
                                                     "keparahan", "nilai",  "satuan",      "suara"};
    return columns;
}

std::string saveMapToCsv(const JourneyMap& map, Language language) {
    std::string out = kUtf8Bom;
    appendRow(out, language == Language::Indonesian ? csvColumnsIndonesian() : csvColumns());
    // Reading order: stage by stage, lane by lane, each cell's cards in their order.
    std::unordered_map<Id, size_t> stageAt, laneAt;
    for (size_t i = 0; i < map.stages.size(); ++i) stageAt[map.stages[i].id] = i;
    for (size_t i = 0; i < map.lanes.size(); ++i) laneAt[map.lanes[i].id] = i;
    std::vector<size_t> order(map.cards.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const Card &x = map.cards[a], &y = map.cards[b];
        if (stageAt[x.stage] != stageAt[y.stage]) return stageAt[x.stage] < stageAt[y.stage];
        return laneAt[x.lane] < laneAt[y.lane];
    });
    for (size_t i : order) appendRow(out, cardFields(map, map.cards[i]));
    return out;
}

// --- reading -------------------------------------------------------------------------

namespace {

using Record = CsvRecord;

// Splits RFC 4180 text into records; false (and the problem) for a quote never closed.
bool splitRecords(std::string_view text, char separator, std::vector<Record>& records, CsvProblem& problem) {
    int line = 1;
    size_t i = 0;
    while (i < text.size()) {
        Record record;
        record.line = line;
        std::string field;
        bool done = false;
        while (!done) {
            if (i < text.size() && text[i] == '"') {  // a quoted field
                const int opened = line;
                ++i;
                while (true) {
                    if (i >= text.size()) {
                        problem = {opened, "", "csv.unclosed_quote", {}};
                        return false;
                    }
                    char c = text[i++];
                    if (c == '"') {
                        if (i < text.size() && text[i] == '"') {
                            field += '"';
                            ++i;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') ++line;
                    field += c;
                }
            }
            while (i < text.size() && text[i] != separator && text[i] != '\n' && text[i] != '\r') field += text[i++];
            record.fields.push_back(std::move(field));
            field.clear();
            if (i >= text.size()) {
                done = true;
            } else if (text[i] == separator) {
                ++i;
            } else {  // the end of the record: \r\n, \n or a lone \r
                if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
                ++i;
                ++line;
                done = true;
            }
        }
        records.push_back(std::move(record));
    }
    return true;
}

std::string trimmed(std::string_view s) { return trimSpaces(s); }

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string headerKey(std::string_view s) { return csvHeaderKey(s); }

}  // namespace

std::string csvHeaderKey(std::string_view s) {
    std::string key = lower(trimmed(s));
    for (char& c : key)
        if (c == ' ' || c == '-') c = '_';
    return key;
}

bool readCsvRecords(std::string_view text, std::vector<CsvRecord>& records, char& separator, CsvProblem& problem) {
    if (text.size() > kMaxMapFileBytes) {
        MapProblem big = tooLargeProblem(static_cast<double>(text.size()));
        problem = {0, "", big.key, big.args};
        return false;
    }
    if (text.size() >= 2 && ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff'))) {
        problem = {0, "", "csv.utf16", {}};
        return false;
    }
    if (auto bad = findInvalidUtf8(text)) {
        problem = {0, "", "csv.not_utf8", {std::to_string(*bad)}};
        return false;
    }
    if (text.substr(0, 3) == kUtf8Bom) text.remove_prefix(3);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        problem = {0, "", "csv.empty", {}};
        return false;
    }
    std::string_view firstLine = text.substr(0, text.find_first_of("\r\n"));
    // Semicolons and no comma: a spreadsheet set to a comma-decimal locale; tabs
    // and neither: cells pasted from a spreadsheet.
    const bool comma = firstLine.find(',') != std::string_view::npos;
    const bool semicolon = firstLine.find(';') != std::string_view::npos;
    separator = semicolon && !comma                                                   ? ';'
                : !semicolon && !comma && firstLine.find('\t') != std::string_view::npos ? '\t'
                                                                                      : ',';
    records.clear();
    return splitRecords(text, separator, records, problem);
}

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// Reads one row's fields into a card; the first problem stops it.
class RowReader {
public:
    RowReader(const Record& record, const std::vector<int>& columnOf, const std::vector<std::string>& headers,
              char separator, CsvProblem& problem)
        : record_(record), columnOf_(columnOf), headers_(headers), comma_(separator == ';'), problem_(problem) {}

    std::string text(Column c) const {
        int at = columnOf_[c];
        return at >= 0 && static_cast<size_t>(at) < record_.fields.size() ? record_.fields[static_cast<size_t>(at)]
                                                                          : std::string();
    }
    std::string value(Column c) const { return trimmed(text(c)); }

    bool integer(Column c, std::optional<int>& out, int min, int max) {
        std::string v = value(c);
        if (v.empty()) return true;
        int n = 0;
        auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (error != std::errc() || end != v.data() + v.size() || n < min || n > max)
            return fail(c, "csv.bad_integer", {v, std::to_string(min), std::to_string(max)});
        out = n;
        return true;
    }
    bool number(Column c, std::optional<double>& out) {
        std::string v = value(c);
        if (v.empty()) return true;
        // A semicolon-separated file comes from a spreadsheet whose decimal mark is the comma.
        if (comma_) std::replace(v.begin(), v.end(), ',', '.');
        char* end = nullptr;
        double d = std::strtod(v.c_str(), &end);
        if (end != v.c_str() + v.size() || !std::isfinite(d)) return fail(c, "csv.bad_number", {value(c)});
        out = d;
        return true;
    }
    bool boolean(Column c, std::optional<bool>& out) {
        std::string v = lower(value(c));
        if (v.empty()) return true;
        if (v == "true" || v == "yes" || v == "ya" || v == "1" || v == "online" || v == "daring") {
            out = true;
        } else if (v == "false" || v == "no" || v == "tidak" || v == "0" || v == "offline" || v == "luring") {
            out = false;
        } else {
            return fail(c, "csv.bad_bool", {value(c)});
        }
        return true;
    }
    bool colour(Column c, std::optional<Rgb>& out) {
        std::string v = value(c);
        if (v.empty()) return true;
        bool ok = v.size() == 7 && v[0] == '#';
        for (size_t i = 1; ok && i < 7; ++i) ok = std::isxdigit(static_cast<unsigned char>(v[i])) != 0;
        if (!ok) return fail(c, "csv.bad_colour", {v});
        out = static_cast<Rgb>(std::strtoul(v.c_str() + 1, nullptr, 16));
        return true;
    }
    template <class E>
    bool choice(Column c, std::optional<E>& out, std::optional<E> (*parse)(std::string_view), const char* names) {
        std::string v = lower(value(c));
        if (v.empty()) return true;
        out = parse(v);
        if (!out) return fail(c, "csv.bad_choice", {value(c), names});
        return true;
    }
    bool fail(Column c, const char* key, std::vector<std::string> args) {
        int at = columnOf_[c];
        problem_ = {record_.line, at >= 0 ? trimmed(headers_[static_cast<size_t>(at)]) : "", key, std::move(args)};
        return false;
    }

private:
    const Record& record_;
    const std::vector<int>& columnOf_;
    const std::vector<std::string>& headers_;
    bool comma_;
    CsvProblem& problem_;
};

bool readCardFields(RowReader& r, Card& card) {
    card.text = r.text(kText);
    card.notes = r.text(kNotes);
    card.owner = r.text(kOwner);
    card.unit = r.text(kUnit);
    std::optional<int> votes;
    bool ok = r.colour(kColor, card.color) && r.choice(kChannel, card.channel, channelFromName, channelChoices()) &&
              r.boolean(kOnline, card.online) && r.integer(kImpact, card.impact, kMinRating, kMaxRating) &&
              r.integer(kEffort, card.effort, kMinRating, kMaxRating) &&
              r.choice(kStatus, card.status, opportunityStatusFromName, statusChoices()) &&
              r.integer(kSeverity, card.severity, kMinRating, kMaxRating) && r.number(kValue, card.value) &&
              r.integer(kVotes, votes, 0, kMaxVotes);
    card.votes = votes.value_or(0);
    return ok;
}

// Lanes in an order that keeps each stage's rows in order: a file written by
// saveMapToCsv lists a stage's cards lane by lane, so the lanes one stage
// shows in turn come in that order. Lanes never seen together keep the order
// they first appear in.
void orderLanes(JourneyMap& map) {
    const size_t n = map.lanes.size();
    std::unordered_map<Id, size_t> index;
    for (size_t i = 0; i < n; ++i) index[map.lanes[i].id] = i;
    std::vector<std::vector<size_t>> after(n);
    std::vector<int> before(n, 0);
    std::unordered_map<Id, size_t> lastLaneOfStage;
    for (const Card& c : map.cards) {
        size_t lane = index[c.lane];
        auto it = lastLaneOfStage.find(c.stage);
        if (it != lastLaneOfStage.end() && it->second != lane &&
            std::find(after[it->second].begin(), after[it->second].end(), lane) == after[it->second].end()) {
            after[it->second].push_back(lane);
            ++before[lane];
        }
        lastLaneOfStage[c.stage] = lane;
    }
    std::vector<size_t> order;
    std::vector<bool> placed(n, false);
    while (order.size() < n) {
        size_t next = n;
        for (size_t i = 0; i < n && next == n; ++i)
            if (!placed[i] && before[i] == 0) next = i;
        for (size_t i = 0; i < n && next == n; ++i)  // a cycle (rows in two orders): the first not placed
            if (!placed[i]) next = i;
        placed[next] = true;
        order.push_back(next);
        for (size_t later : after[next]) --before[later];
    }
    std::vector<Lane> lanes;
    for (size_t i : order) lanes.push_back(map.lanes[i]);
    map.lanes = std::move(lanes);
}

CsvLoadResult refuse(int line, std::string column, const char* key, std::vector<std::string> args = {}) {
    CsvLoadResult r;
    r.problem = {line, std::move(column), key, std::move(args)};
    return r;
}

// Which column of the file each of ours is, from the header (either language).
bool readHeader(const Record& header, std::vector<int>& columnOf, CsvProblem& problem) {
    columnOf.assign(kColumnCount, -1);
    for (size_t i = 0; i < header.fields.size(); ++i) {
        const std::string key = headerKey(header.fields[i]);
        if (key.empty()) continue;  // a spreadsheet's trailing empty column
        int found = -1;
        for (int c = 0; c < kColumnCount && found < 0; ++c)
            if (key == csvColumns()[static_cast<size_t>(c)] || key == csvColumnsIndonesian()[static_cast<size_t>(c)])
                found = c;
        if (found < 0) {
            problem = {header.line, "", "csv.unknown_column", {trimmed(header.fields[i]), joined(csvColumns())}};
            return false;
        }
        if (columnOf[static_cast<size_t>(found)] >= 0) {
            problem = {header.line, "", "csv.duplicate_column", {trimmed(header.fields[i])}};
            return false;
        }
        columnOf[static_cast<size_t>(found)] = static_cast<int>(i);
    }
    for (Column c : {kStage, kLane, kText})
        if (columnOf[c] < 0) {
            problem = {header.line, "", "csv.missing_column", {csvColumns()[c]}};
            return false;
        }
    return true;
}

CsvLoadResult parseCsv(std::string_view text, std::string title, std::string_view language) {
    std::vector<Record> records;
    CsvLoadResult result;
    char separator = ',';
    if (!readCsvRecords(text, records, separator, result.problem)) return result;
    std::vector<int> columnOf;
    if (!readHeader(records[0], columnOf, result.problem)) return result;

    JourneyMap& map = result.map;
    map = makeEmptyMap(std::move(title), std::string(language));
    std::unordered_map<std::string, Id> stageByName, laneByName;
    std::unordered_map<Id, int> laneKindLine;  // where a lane's kind was given
    for (size_t r = 1; r < records.size(); ++r) {
        const Record& record = records[r];
        if (std::all_of(record.fields.begin(), record.fields.end(),
                        [](const std::string& f) { return trimmed(f).empty(); }))
            continue;  // a blank line
        if (record.fields.size() > records[0].fields.size())
            return refuse(record.line, "", "csv.too_many_fields",
                          {std::to_string(record.fields.size()), std::to_string(records[0].fields.size())});
        RowReader reader(record, columnOf, records[0].fields, separator, result.problem);
        const std::string stageName = reader.value(kStage), laneName = reader.value(kLane);
        if (stageName.empty() || laneName.empty()) {
            reader.fail(stageName.empty() ? kStage : kLane, "csv.required", {});
            return result;
        }
        std::optional<LaneKind> kind;
        if (!reader.choice(kLaneKind, kind, laneKindFromName, laneKindChoices())) return result;
        auto [stage, newStage] = stageByName.try_emplace(stageName, map.nextId);
        if (newStage) map.stages.push_back({map.nextId++, stageName, "", "", ""});
        auto [lane, newLane] = laneByName.try_emplace(laneName, map.nextId);
        if (newLane) map.lanes.push_back({map.nextId++, laneName, kind.value_or(LaneKind::Text)});
        Lane& l = map.lanes[static_cast<size_t>(map.laneIndex(lane->second))];
        if (kind && laneKindLine.count(l.id) && l.kind != *kind) {
            reader.fail(kLaneKind, "csv.lane_kind_conflict",
                        {laneName, laneKindName(l.kind), std::to_string(laneKindLine[l.id])});
            return result;
        }
        if (kind && !laneKindLine.count(l.id)) {
            l.kind = *kind;
            laneKindLine[l.id] = record.line;
        }
        Card card;
        card.lane = lane->second;
        card.stage = stage->second;
        if (!readCardFields(reader, card)) return result;
        card.id = map.nextId++;
        map.cards.push_back(std::move(card));
        ++result.rows;
    }
    if (result.rows == 0) return refuse(0, "", "csv.no_cards");
    orderLanes(map);
    if (auto problem = findProblem(map)) return refuse(0, "", problem->key.c_str(), problem->args);
    result.ok = true;
    return result;
}

}  // namespace

CsvLoadResult loadMapFromCsv(std::string_view text, std::string title, std::string_view language) {
    CsvLoadResult result = parseCsv(text, std::move(title), language);
    if (!result.ok) {
        result.map = JourneyMap{};  // all or nothing
        result.rows = 0;
    }
    return result;
}

std::string describeCsvProblem(const CsvProblem& problem, Language language) {
    const TranslationTable& t = TranslationTable::builtIn();
    std::string message = t.format(language, problem.key, problem.args);
    if (problem.line <= 0) return asSentence(message);
    std::string where = t.format(language, "csv.line", {std::to_string(problem.line)});
    return asSentence(where + (problem.column.empty() ? ": " : ", " + problem.column + ": ") + message);
}

}  // namespace jejak

// Measurements from CSV (see measures_csv.h).
#include "io/measures_csv.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <utility>

#include "core/analytics.h"
#include "core/formatting.h"
#include "io/json_text.h"

namespace jejak {
namespace {

enum Column { kPeriod, kStage, kTouchpoint, kEntered, kReached, kExits, kColumnCount };

// The fields' names as the map file has them, for the preview.
constexpr const char* kFieldOf[kColumnCount] = {"", "", "", "entered", "reached", "exits"};

std::string trimmed(std::string_view s) { return trimSpaces(s); }

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Target {
    Id stage = 0, card = 0;
    bool operator<(const Target& o) const { return std::pair(stage, card) < std::pair(o.stage, o.card); }
};

class Importer {
public:
    Importer(const JourneyMap& map, MeasuresImport& out) : map_(map), out_(out) {
        for (const Lane& l : map.lanes)
            if (l.kind == LaneKind::Touchpoints) touchpointLanes_.push_back(l.id);
    }

    bool run(std::string_view text) {
        std::vector<CsvRecord> records;
        char separator = ',';
        if (!readCsvRecords(text, records, separator, out_.problem)) return false;
        if (!readHeader(records[0])) return false;
        header_ = &records[0];
        // Start from the map's measures; each row changes one of them or adds one.
        out_.measures = map_.measures;
        std::map<std::pair<std::string, Target>, size_t> index;
        for (size_t i = 0; i < out_.measures.size(); ++i) {
            const Measure& m = out_.measures[i];
            index[{m.period, {m.stage, m.card}}] = i;
        }
        std::map<std::pair<std::string, Target>, int> lineOf;
        std::vector<std::string> known = [&] {
            std::vector<std::string> p;
            for (const Measure& m : map_.measures) p.push_back(m.period);
            return p;
        }();
        for (size_t r = 1; r < records.size(); ++r) {
            const CsvRecord& record = records[r];
            record_ = &record;
            if (std::all_of(record.fields.begin(), record.fields.end(),
                            [](const std::string& f) { return trimmed(f).empty(); }))
                continue;
            if (record.fields.size() > header_->fields.size())
                return fail(-1, "csv.too_many_fields",
                            {std::to_string(record.fields.size()), std::to_string(header_->fields.size())});
            const std::string period = value(kPeriod);
            if (period.empty()) return fail(kPeriod, "csv.required", {});
            if (!isPeriodLabel(period)) return fail(kPeriod, "problem.period", {std::to_string(kMaxPeriodBytes)});
            const Stage* stage = findStage();
            if (!stage) return false;
            Target target{stage->id, 0};
            const bool isTouchpoint = !value(kTouchpoint).empty();
            if (isTouchpoint) {
                const Card* card = findTouchpoint(*stage);
                if (!card) return false;
                target = {0, card->id};
            }
            std::optional<std::int64_t> counts[kColumnCount];
            if (!readCounts(isTouchpoint, counts)) return false;
            auto [seen, first] = lineOf.try_emplace({period, target}, record.line);
            if (!first) return fail(-1, "measures.repeated_row", {std::to_string(seen->second)});

            auto found = index.find({period, target});
            if (found == index.end()) {
                Measure m;
                m.period = period;
                m.stage = target.stage;
                m.card = target.card;
                found = index.emplace(std::pair{period, target}, out_.measures.size()).first;
                out_.measures.push_back(m);
            }
            Measure& m = out_.measures[found->second];
            for (Column c : {kEntered, kReached, kExits}) {
                if (!counts[c]) continue;
                std::optional<std::int64_t>& field = c == kEntered ? m.entered : c == kReached ? m.reached : m.exits;
                if (field != counts[c])
                    out_.changes.push_back({period, stage->id, target.card, kFieldOf[c], field, *counts[c]});
                field = counts[c];
            }
            if (m.reached && m.exits && *m.exits > *m.reached)
                return fail(kExits, "measures.exits_over_reached",
                            {std::to_string(*m.exits), std::to_string(*m.reached)});
            ++out_.rows;
        }
        if (out_.rows == 0) {
            out_.problem = {0, "", "measures.no_rows", {}};
            return false;
        }
        for (const std::string& p : measuredPeriods(out_.measures))
            if (std::find(known.begin(), known.end(), p) == known.end()) out_.newPeriods.push_back(p);
        return true;
    }

private:
    // A row's counts: a stage's customers entered, or a touchpoint's reached and exits.
    bool readCounts(bool isTouchpoint, std::optional<std::int64_t> (&counts)[kColumnCount]) {
        for (Column c : {kEntered, kReached, kExits})
            if (!count(c, counts[c])) return false;
        if (isTouchpoint) {
            if (counts[kEntered]) return fail(kEntered, "measures.entered_on_touchpoint", {});
            if (!counts[kReached] && !counts[kExits]) return fail(kReached, "measures.no_counts", {});
        } else {
            if (counts[kReached] || counts[kExits])
                return fail(counts[kReached] ? kReached : kExits, "measures.touchpoint_missing", {});
            if (!counts[kEntered]) return fail(kEntered, "measures.no_counts", {});
        }
        return true;
    }
    bool readHeader(const CsvRecord& header) {
        columnOf_.assign(kColumnCount, -1);
        for (size_t i = 0; i < header.fields.size(); ++i) {
            const std::string key = csvHeaderKey(header.fields[i]);
            if (key.empty()) continue;
            int found = -1;
            for (int c = 0; c < kColumnCount && found < 0; ++c)
                if (key == measuresCsvColumns()[static_cast<size_t>(c)] ||
                    key == measuresCsvColumnsIndonesian()[static_cast<size_t>(c)])
                    found = c;
            if (found < 0) {
                std::string names;
                for (const std::string& n : measuresCsvColumns()) names += (names.empty() ? "" : ", ") + n;
                out_.problem = {header.line, "", "csv.unknown_column", {trimmed(header.fields[i]), names}};
                return false;
            }
            if (columnOf_[static_cast<size_t>(found)] >= 0) {
                out_.problem = {header.line, "", "csv.duplicate_column", {trimmed(header.fields[i])}};
                return false;
            }
            columnOf_[static_cast<size_t>(found)] = static_cast<int>(i);
        }
        for (Column c : {kPeriod, kStage})
            if (columnOf_[c] < 0) {
                out_.problem = {header.line, "", "csv.missing_column", {measuresCsvColumns()[c]}};
                return false;
            }
        if (columnOf_[kEntered] < 0 && columnOf_[kReached] < 0 && columnOf_[kExits] < 0) {
            out_.problem = {header.line, "", "csv.missing_column", {measuresCsvColumns()[kEntered]}};
            return false;
        }
        return true;
    }

    std::string value(Column c) const {
        const int at = columnOf_[c];
        return at >= 0 && static_cast<size_t>(at) < record_->fields.size()
                   ? trimmed(record_->fields[static_cast<size_t>(at)])
                   : std::string();
    }

    // A whole number from 0 to 10^12; empty is no count.
    bool count(Column c, std::optional<std::int64_t>& out) {
        const std::string v = value(c);
        if (v.empty()) return true;
        if (!allDigits(v) || v.size() > 13 || std::stoll(v) > kMaxCount)
            return fail(c, "measures.bad_count", {v, formatCount(kMaxCount, Language::English)});
        out = std::stoll(v);
        return true;
    }

    const Stage* findStage() {
        const std::string name = value(kStage);
        if (name.empty()) {
            fail(kStage, "csv.required", {});
            return nullptr;
        }
        if (allDigits(name) && name.size() < 17) {
            if (const Stage* s = map_.stage(std::stoull(name))) return s;
        }
        const std::string key = matchKey(name);
        for (const Stage& s : map_.stages)
            if (matchKey(s.name) == key) return &s;
        fail(kStage, "measures.no_stage", {name});
        return nullptr;
    }

    const Card* findTouchpoint(const Stage& stage) {
        const std::string name = value(kTouchpoint);
        auto isTouchpoint = [&](const Card& c) {
            return std::find(touchpointLanes_.begin(), touchpointLanes_.end(), c.lane) != touchpointLanes_.end();
        };
        if (allDigits(name) && name.size() < 17) {
            const Card* c = map_.card(std::stoull(name));
            if (c && isTouchpoint(*c)) {
                if (c->stage != stage.id) {
                    const Stage* other = map_.stage(c->stage);
                    fail(kTouchpoint, "measures.other_stage", {name, other ? other->name : "", stage.name});
                    return nullptr;
                }
                return c;
            }
        }
        const std::string key = matchKey(name);
        const Card* found = nullptr;
        int matches = 0;
        for (const Card& c : map_.cards)
            if (c.stage == stage.id && isTouchpoint(c) && matchKey(c.text) == key) {
                if (!found) found = &c;
                ++matches;
            }
        if (matches > 1) {
            fail(kTouchpoint, "measures.ambiguous", {name, std::to_string(matches), stage.name});
            return nullptr;
        }
        if (!found) fail(kTouchpoint, "measures.no_touchpoint", {name, stage.name});
        return found;
    }

    bool fail(int column, const char* key, std::vector<std::string> args) {
        const int at = column >= 0 ? columnOf_[static_cast<size_t>(column)] : -1;
        out_.problem = {record_ ? record_->line : 0,
                        at >= 0 ? trimmed(header_->fields[static_cast<size_t>(at)]) : "", key, std::move(args)};
        return false;
    }

    const JourneyMap& map_;
    MeasuresImport& out_;
    std::vector<Id> touchpointLanes_;
    std::vector<int> columnOf_;
    const CsvRecord* header_ = nullptr;
    const CsvRecord* record_ = nullptr;
};

}  // namespace

const std::vector<std::string>& measuresCsvColumns() {
    static const std::vector<std::string> names = {"period", "stage", "touchpoint", "entered", "reached", "exits"};
    return names;
}

const std::vector<std::string>& measuresCsvColumnsIndonesian() {
    static const std::vector<std::string> names = {"periode", "tahap", "titik_kontak", "masuk", "pengguna", "keluar"};
    return names;
}

std::string matchKey(std::string_view name) {
    std::string out;
    for (char c : name)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

MeasuresImport importMeasuresCsv(const JourneyMap& map, std::string_view text) {
    MeasuresImport out;
    Importer importer(map, out);
    if (importer.run(text)) {
        out.ok = true;
        return out;
    }
    CsvProblem problem = out.problem;  // all or nothing
    out = MeasuresImport{};
    out.problem = std::move(problem);
    return out;
}

std::string describeMeasuresImport(const MeasuresImport& import, Language language) {
    const TranslationTable& t = TranslationTable::builtIn();
    const std::vector<std::string> periods = measuredPeriods(import.measures);
    return t.format(language, "measures.summary",
                    {t.plural(language, "measures.rows", import.rows),
                     t.plural(language, "measures.periods", static_cast<long long>(periods.size())),
                     formatCount(static_cast<long long>(import.newPeriods.size()), language),
                     t.plural(language, "measures.changes", static_cast<long long>(import.changes.size()))});
}

}  // namespace jejak

// Measurements from CSV into a map: columns period, stage, touchpoint, entered,
// reached, exits (headers also in Bahasa Indonesia: periode, tahap, titik_kontak,
// masuk, pengguna, keluar), in any order. A row with an empty touchpoint sets the
// stage's `entered`; a row with one sets that touchpoint's `reached` and `exits`.
// Stages and touchpoints are matched by name (case and spaces aside) or by id.
// An empty count leaves the map's value as it is. All or nothing: the result is
// the map's whole new list of measures, for one setMeasures command.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/journey_map.h"
#include "core/translations.h"
#include "io/map_csv.h"

namespace jejak {

// "period", "stage", "touchpoint", "entered", "reached", "exits".
const std::vector<std::string>& measuresCsvColumns();
const std::vector<std::string>& measuresCsvColumnsIndonesian();

// One count that the import changes, for the preview.
struct MeasureChange {
    std::string period;
    Id stage = 0;
    Id card = 0;  // 0: the stage's entered
    std::string field;  // "entered", "reached" or "exits"
    std::optional<std::int64_t> before;
    std::int64_t after = 0;
};

struct MeasuresImport {
    bool ok = false;
    CsvProblem problem;              // when not ok: the line and the reason
    std::vector<Measure> measures;   // when ok: the map's measures after the import
    std::vector<MeasureChange> changes;  // what differs from the map, in the file's order
    int rows = 0;                    // rows read
    std::vector<std::string> newPeriods;  // periods the map did not have, sorted
};

MeasuresImport importMeasuresCsv(const JourneyMap& map, std::string_view text);

// The preview's summary, "12 rows: 2 periods (1 new), 18 counts change", in the
// user's language.
std::string describeMeasuresImport(const MeasuresImport& import, Language language);

// The form names are matched in: lower case (ASCII) without white space, so
// "Check out " matches "checkout".
std::string matchKey(std::string_view name);

}  // namespace jejak

// libFuzzer target: the CSV importer must never crash, a refusal leaves no map,
// and what it accepts is a valid map whose CSV reads back to the same CSV.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/map_csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    jejak::CsvLoadResult first = jejak::loadMapFromCsv(text, "Fuzz");
    if (!first.ok) {
        if (first.problem.key.empty() || !(first.map == jejak::JourneyMap{})) std::abort();
        return 0;
    }
    if (jejak::findProblem(first.map)) std::abort();
    const std::string csv = jejak::saveMapToCsv(first.map);
    jejak::CsvLoadResult again = jejak::loadMapFromCsv(csv, "Fuzz");
    if (!again.ok || jejak::saveMapToCsv(again.map) != csv) std::abort();
    return 0;
}

// libFuzzer target: the Mermaid journey importer must never crash, a refusal
// leaves no map, and what it accepts is a valid map whose journey reads back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/map_mermaid.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    jejak::MermaidLoadResult first = jejak::loadMapFromMermaid(text, "Fuzz");
    if (!first.ok) {
        if (first.problem.key.empty() || !(first.map == jejak::JourneyMap{})) std::abort();
        return 0;
    }
    if (jejak::findProblem(first.map)) std::abort();
    const std::string journey = jejak::saveMapToMermaid(first.map);
    jejak::MermaidLoadResult again = jejak::loadMapFromMermaid(journey, "Fuzz");
    if (!again.ok || jejak::saveMapToMermaid(again.map) != journey) std::abort();
    return 0;
}

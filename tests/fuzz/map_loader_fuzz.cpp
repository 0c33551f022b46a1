// libFuzzer target: the map loader must never crash, and whatever it accepts
// must save and load back to the same map.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/map_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    jejak::MapLoadResult first = jejak::loadMapFromJson(text);
    if (!first.ok) {
        if (first.problem.key.empty() || !(first.map == jejak::JourneyMap{})) std::abort();
        return 0;
    }
    jejak::MapLoadResult again = jejak::loadMapFromJson(jejak::saveMapToJson(first.map));
    if (!again.ok || !(again.map == first.map)) std::abort();
    return 0;
}

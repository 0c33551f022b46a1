// libFuzzer target: the measurements CSV importer must never crash, and what it
// accepts always follows the map's rules (so setMeasures takes it); a refusal
// gives a line and a reason and nothing else.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/journey_map.h"
#include "io/measures_csv.h"

namespace {
jejak::JourneyMap makeMap() {
    using namespace jejak;
    JourneyMap map = makeStarterMap("fuzz", "en", {"Browse", "Cart", "Checkout", "Paid"},
                                    {{LaneKind::Touchpoints, "Touchpoints"}, {LaneKind::PainPoints, "Pain points"}});
    const char* texts[] = {"Product page", "Cart page", "Shipping cost page", "Payment form", "Payment form"};
    for (int i = 0; i < 5; ++i) {
        Card c;
        c.id = map.nextId++;
        c.lane = map.lanes[0].id;
        c.stage = map.stages[static_cast<size_t>(std::min(i, 3))].id;
        c.text = texts[i];
        map.cards.push_back(c);
    }
    Measure m;
    m.period = "2026-09";
    m.card = map.cards[2].id;
    m.reached = 500;
    m.exits = 120;
    map.measures.push_back(m);
    return map;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jejak::JourneyMap map = makeMap();
    jejak::MeasuresImport r =
        jejak::importMeasuresCsv(map, std::string_view(reinterpret_cast<const char*>(data), size));
    if (r.ok) {
        if (jejak::measuresProblem(map, r.measures) || r.rows <= 0) std::abort();
    } else if (r.problem.key.empty() || !r.measures.empty() || !r.changes.empty() || r.rows != 0) {
        std::abort();
    }
    return 0;
}

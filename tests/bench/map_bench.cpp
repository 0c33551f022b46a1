// jejak-bench: load, validate and save times and peak memory for generated maps
// of 1,000 and 10,000 cards. Prints a table; goals are in the closing columns.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/analytics.h"
#include "core/commands.h"
#include "core/document.h"
#include "core/state_diff.h"
#include "io/reports_csv.h"
#include "io/map_json.h"
#include "map_generator.h"

using namespace jejak;
using Clock = std::chrono::steady_clock;

namespace {

template <class F>
double medianMs(int runs, F work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

void benchOne(int cards) {
    test::MapGenerator gen(2026);
    JourneyMap map = gen.map({4, 8, 10, cards});
    std::string text = saveMapToJson(map);
    const int runs = cards >= 10000 ? 11 : 31;
    volatile size_t sink = 0;
    double save = medianMs(runs, [&] { sink = sink + saveMapToJson(map).size(); });
    double validate = medianMs(runs, [&] { sink = sink + findProblem(map).has_value(); });
    double load = medianMs(runs, [&] {
        MapLoadResult r = loadMapFromJson(text);
        if (!r.ok) std::abort();
        sink = sink + r.map.cards.size();
    });
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "%6d cards  %7.2f MB  load+validate %7.2f ms  (validate alone %5.2f ms)  save %6.2f ms  peak RSS %6.1f MB\n",
        cards, static_cast<double>(text.size()) / 1e6, load, validate, save,
        static_cast<double>(usage.ru_maxrss) / 1024.0);
    std::fflush(stdout);
}

// Issue 14's goal: every rate of a 5,000-card map with 12 periods of measures
// (each stage's entered, each touchpoint's reached and exits) in under 5 ms.
void benchAnalytics() {
    test::MapGenerator gen(14);
    JourneyMap map = gen.map({4, 10, 10, 5000});
    for (Lane& l : map.lanes) l.kind = LaneKind::Text;
    map.lanes[0].kind = map.lanes[1].kind = map.lanes[2].kind = LaneKind::Touchpoints;
    map.lanes[3].kind = LaneKind::Opportunities;
    int touchpoints = 0;
    for (int p = 0; p < 12; ++p) {
        const std::string period = "2026-" + std::string(p < 9 ? "0" : "") + std::to_string(p + 1);
        std::int64_t entered = 100000;
        for (const Stage& s : map.stages) {
            Measure m;
            m.period = period;
            m.stage = s.id;
            m.entered = entered;
            entered = entered * 7 / 10;
            map.measures.push_back(m);
        }
        for (const Card& c : map.cards) {
            if (c.lane != map.lanes[0].id && c.lane != map.lanes[1].id && c.lane != map.lanes[2].id) continue;
            Measure m;
            m.period = period;
            m.card = c.id;
            m.reached = 1000 + (c.id * 37) % 5000;
            m.exits = (c.id * 13) % 900;
            map.measures.push_back(m);
            touchpoints += p == 0;
        }
    }
    if (findProblem(map)) std::abort();
    volatile size_t sink = 0;
    const double all = medianMs(31, [&] { sink = sink + computeAnalytics(map).size(); });
    const double one = medianMs(31, [&] { sink = sink + computePeriod(map, "2026-07").touchpoints.size(); });
    const PeriodAnalytics july = computePeriod(map, "2026-07");
    const double exits = medianMs(31, [&] { sink = sink + rankExits(july).size(); });
    const double opportunities = medianMs(31, [&] { sink = sink + rankOpportunities(map, &july).size(); });
    std::printf("analytics: %zu cards, %d touchpoints, 12 periods, %zu measures: all rates %.2f ms (goal < 5 ms), "
                "one period %.2f ms, exit points ranked %.2f ms, opportunities ranked %.2f ms\n",
                map.cards.size(), touchpoints, map.measures.size(), all, one, exits, opportunities);
    std::fflush(stdout);
}

// Two 5,000-card states: one started from the other, then a tenth of its cards
// edited, a tenth moved, some removed and added (goal: compared in < 10 ms).
void benchStates() {
    test::MapGenerator gen(15);
    JourneyMap map = gen.map({3, 10, 8, 5000});
    Document doc(map);
    doc.execute(addState(copyOpenState(doc.map(), StateKind::Future, "Future", ""), true));
    JourneyMap future = doc.map();
    for (size_t i = 0; i < future.cards.size(); i += 10) future.cards[i].text += " (new)";
    for (size_t i = 5; i < future.cards.size(); i += 10) future.cards[i].stage = future.stages[(i / 10) % 10].id;
    future.cards.erase(future.cards.begin() + 100, future.cards.begin() + 200);
    for (int i = 0; i < 100; ++i) {
        Card c = future.cards[static_cast<size_t>(i)];
        c.id = future.nextId++;
        future.cards.push_back(c);
    }
    const StateContent& current = future.states[0].content;
    const ContentRef before{current.stages, current.lanes, current.cards, current.emotions};
    const ContentRef after{future.stages, future.lanes, future.cards, future.emotions};
    volatile size_t sink = 0;
    const double compare = medianMs(31, [&] { sink = sink + diffStates(before, after, future.personas).cards.size(); });
    const double csv = medianMs(11, [&] { sink = sink + diffReportCsv(stateAsMap(future, 1), future).size(); });
    const double start = medianMs(11, [&] {
        Document d(map);
        d.execute(addState(copyOpenState(d.map(), StateKind::Future, "F", ""), true));
        sink = sink + d.map().states.size();
    });
    const double open = medianMs(31, [&] {
        doc.execute(openState(doc.map().states[0].info.id));
        sink = sink + doc.map().cards.size();
    });
    const StateDiff d = diffStates(before, after, future.personas);
    std::printf("states: two %zu-card states, %zu cards changed: compared %.2f ms (goal < 10 ms), jejak diff's CSV "
                "%.2f ms, start a future state %.2f ms, switch %.3f ms\n",
                current.cards.size(), d.cards.size(), compare, csv, start, open);
    std::fflush(stdout);
}

}  // namespace

int main() {
    std::printf("jejak-bench: median of repeated runs; goals for 10,000 cards: load+validate < 50 ms, save < 30 ms\n");
    std::fflush(stdout);
    for (int cards : {1000, 10000}) {
        // One process per size, so the peak memory is that size's own.
        pid_t child = fork();
        if (child == 0) {
            benchOne(cards);
            _exit(0);
        }
        int status = 0;
        waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return 1;
    }
    benchAnalytics();
    benchStates();
    return 0;
}

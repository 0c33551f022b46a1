// jejak-bench: load, validate and save times and peak memory for generated maps
// of 1,000 and 10,000 cards. Prints a table; goals are in the closing columns.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

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
    return 0;
}

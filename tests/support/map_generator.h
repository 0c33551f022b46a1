// Journey maps and edits made up for tests and benchmarks, from a seed.
#pragma once

#include <cstdint>
#include <random>
#include <string>

#include "core/commands.h"
#include "core/journey_map.h"

namespace jejak::test {

// A small, fixed map with every kind of thing in it.
JourneyMap sampleMap();
// `"version": N` as a saved file of this build writes it.
std::string versionField();

struct MapShape {
    int personas = 2;
    int stages = 5;
    int lanes = 6;
    int cards = 60;
};

class MapGenerator {
public:
    explicit MapGenerator(std::uint64_t seed) : rng_(seed) {}

    // A valid map of that shape with random Unicode text (Indonesian, emoji,
    // right-to-left, quotes and control characters) and random optional fields.
    JourneyMap map(const MapShape& shape);
    // A command that is applicable to `map`, of a random kind.
    CommandPtr command(const JourneyMap& map);

    std::string text(int maxWords = 6);
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
    bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }

private:
    Card card(const JourneyMap& map, Id id);
    Persona persona(Id id);
    Stage stage(Id id);
    Lane lane(Id id);
    std::mt19937_64 rng_;
};

}  // namespace jejak::test

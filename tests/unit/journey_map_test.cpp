// The journey map document and its JSON form.
#include <doctest/doctest.h>

#include "core/journey_map.h"
#include "io/map_json.h"

using namespace jejak;

TEST_CASE("an empty map saves with the format header and loads back equal") {
    JourneyMap map = makeEmptyMap("Perjalanan Maria 🧴", "id");
    map.stages.push_back({1, "Kesadaran"});
    map.stages.push_back({2, "Pertimbangan"});
    std::string text = saveMapToJson(map);
    CHECK(text.find("\"format\": \"jejak.journey-map\"") != std::string::npos);
    CHECK(text.find("\"version\": 1") != std::string::npos);
    MapLoadResult loaded = loadMapFromJson(text);
    REQUIRE_MESSAGE(loaded.ok, loaded.error);
    CHECK(loaded.map == map);
}

TEST_CASE("loading refuses what is not a journey map") {
    CHECK(loadMapFromJson("").error == "The file is not valid JSON.");
    CHECK(loadMapFromJson("[]").error.find("JSON object") != std::string::npos);
    CHECK(loadMapFromJson(R"({"format":"other"})").error.find("not a Jejak journey map") != std::string::npos);
    CHECK(loadMapFromJson(R"({"format":"jejak.journey-map","version":2})").error.find("newer") !=
          std::string::npos);
    auto r = loadMapFromJson(
        R"({"format":"jejak.journey-map","version":1,"title":5,"description":"","language":"en","stages":[]})");
    CHECK_FALSE(r.ok);
    CHECK(r.error == "\"title\" must be text");
}

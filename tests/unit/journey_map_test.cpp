// The journey map document: names, lookups and the rules of a valid map.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/journey_map.h"
#include "map_generator.h"

using namespace jejak;

TEST_CASE("kind names round-trip and unknown names are refused") {
    for (int i = 0; i < kLaneKindCount; ++i)
        CHECK(laneKindFromName(laneKindName(static_cast<LaneKind>(i))) == static_cast<LaneKind>(i));
    for (int i = 0; i < kChannelCount; ++i)
        CHECK(channelFromName(channelName(static_cast<Channel>(i))) == static_cast<Channel>(i));
    for (int i = 0; i < kOpportunityStatusCount; ++i)
        CHECK(opportunityStatusFromName(opportunityStatusName(static_cast<OpportunityStatus>(i))) ==
              static_cast<OpportunityStatus>(i));
    CHECK(std::string(laneKindName(LaneKind::PainPoints)) == "pain-points");
    CHECK(std::string(channelName(Channel::WhatsApp)) == "whatsapp");
    CHECK_FALSE(laneKindFromName("Pain-Points"));
    CHECK_FALSE(channelFromName(""));
}

TEST_CASE("timestamps are strict UTC times") {
    CHECK(isTimestamp("2026-11-22T18:49:47Z"));
    CHECK(isTimestamp("2026-11-22T18:49:47.123Z"));
    CHECK_FALSE(isTimestamp("2026-11-22 18:49:47Z"));
    CHECK_FALSE(isTimestamp("2026-13-22T18:49:47Z"));
    CHECK_FALSE(isTimestamp("2026-11-22T18:49:47+07:00"));
    CHECK_FALSE(isTimestamp(""));
}

TEST_CASE("a well-formed map has no problem") {
    JourneyMap map = test::sampleMap();
    CHECK_FALSE(findProblem(map));
    CHECK(map.stage(map.stages[1].id)->name == map.stages[1].name);
    CHECK(map.stageIndex(map.stages[2].id) == 2);
    CHECK(map.stageIndex(999999) == -1);
    CHECK(map.emotion(map.personas[0].id, map.stages[0].id) != nullptr);
}

TEST_CASE("findProblem names the broken rule and where") {
    auto problem = [](auto change) {
        JourneyMap map = test::sampleMap();
        change(map);
        auto p = findProblem(map);
        REQUIRE(p);
        return *p;
    };
    auto p = problem([](JourneyMap& m) { m.cards[1].id = m.cards[0].id; });
    CHECK(p.error == MapError::DuplicateId);
    CHECK(p.path == "cards[1].id");
    p = problem([](JourneyMap& m) { m.cards[2].stage = 424242; });
    CHECK(p.error == MapError::DanglingReference);
    CHECK(p.path == "cards[2].stage");
    p = problem([](JourneyMap& m) { m.emotions[0].score = 3; });
    CHECK(p.error == MapError::OutOfRange);
    p = problem([](JourneyMap& m) { m.emotions.push_back(m.emotions[0]); });
    CHECK(p.error == MapError::DuplicateScore);
    p = problem([](JourneyMap& m) { m.nextId = 2; });
    CHECK(p.error == MapError::OutOfRange);
    p = problem([](JourneyMap& m) { m.cards[0].value = 1.0 / 0.0; });
    CHECK(p.error == MapError::NotFinite);
    p = problem([](JourneyMap& m) { m.cards[0].severity = 0; });
    CHECK(p.path == "cards[0].severity");
}

TEST_CASE("a starter map has its stages and lanes in order, no cards, and is valid") {
    JourneyMap map = makeStarterMap("Untitled", "id", {"Kesadaran", "Pertimbangan", "Keputusan"},
                                    {{LaneKind::Actions, "Aksi pelanggan"}, {LaneKind::Emotions, "Kurva emosi"}});
    CHECK_FALSE(findProblem(map));
    REQUIRE(map.stages.size() == 3);
    CHECK(map.stages[2].name == "Keputusan");
    REQUIRE(map.lanes.size() == 2);
    CHECK(map.lanes[1].kind == LaneKind::Emotions);
    CHECK(map.lanes[1].name == "Kurva emosi");
    CHECK(map.cards.empty());
    CHECK(map.language == "id");
    CHECK(map.nextId == 6);  // ids 1..5 used, all distinct
    CHECK(map.stages[0].id != map.lanes[0].id);
}

TEST_CASE("the JSON Schema lists exactly the model's names of lane kinds, channels and statuses") {
    std::ifstream in(std::string(JEJAK_SOURCE_DIR) + "/assets/schema/journey-map.v1.schema.json");
    std::stringstream ss;
    ss << in.rdbuf();
    nlohmann::json schema = nlohmann::json::parse(ss.str());
    std::vector<std::vector<std::string>> enums;
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
        if (j.is_object()) {
            if (j.contains("enum") && j["enum"].is_array() && j["enum"].size() > 2)
                enums.push_back(j["enum"].get<std::vector<std::string>>());
            for (const auto& [key, value] : j.items()) walk(value);
        } else if (j.is_array()) {
            for (const auto& value : j) walk(value);
        }
    };
    walk(schema);
    auto names = [](auto name, int count, auto tag) {
        std::vector<std::string> out;
        for (int i = 0; i < count; ++i) out.push_back(name(static_cast<decltype(tag)>(i)));
        return out;
    };
    std::vector<std::string> lanes = names(laneKindName, kLaneKindCount, LaneKind{});
    std::vector<std::string> channels = names(channelName, kChannelCount, Channel{});
    std::vector<std::string> statuses = names(opportunityStatusName, kOpportunityStatusCount, OpportunityStatus{});
    CHECK(std::count(enums.begin(), enums.end(), lanes) == 1);
    CHECK(std::count(enums.begin(), enums.end(), channels) == 1);
    CHECK(std::count(enums.begin(), enums.end(), statuses) == 1);
    for (int i = 0; i < kChannelCount; ++i)
        CHECK(channelFromName(channelName(static_cast<Channel>(i))) == static_cast<Channel>(i));
}

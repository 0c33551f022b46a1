// The Markdown outline: headings per stage and lane, cards as list items with
// their details in words, emotions per persona, text shown literally.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/map_json.h"
#include "io/map_markdown.h"
#include "map_generator.h"

using namespace jejak;

TEST_CASE("Markdown: the title, personas, each stage's goals, lanes and cards, emotions") {
    JourneyMap map = makeStarterMap("Maria buys skin care", "en", {"Awareness", "Decision"},
                                    {{LaneKind::Touchpoints, "Touchpoints"}, {LaneKind::Emotions, "Feelings"}});
    map.stages[0].customerGoal = "Find a product";
    Persona maria;
    maria.id = map.nextId++;
    maria.name = "Maria";
    maria.age = 28;
    maria.role = "Office worker";
    map.personas.push_back(maria);
    map.emotions.push_back({maria.id, map.stages[0].id, 1, "Curious"});
    Card ad;
    ad.id = map.nextId++;
    ad.stage = map.stages[0].id;
    ad.lane = map.lanes[0].id;
    ad.text = "Instagram ad";
    ad.channel = Channel::SocialMedia;
    ad.online = true;
    ad.votes = 3;
    ad.notes = "Seen twice";
    map.cards.push_back(ad);
    CHECK(saveMapToMarkdown(map) ==
          "# Maria buys skin care\n\n"
          "## Personas\n\n"
          "- **Maria** (28, Office worker)\n\n"
          "## 1. Awareness\n\n"
          "*Customer's goal:* Find a product\n\n"
          "### Touchpoints\n\n"
          "- Instagram ad *(Social media \xc2\xb7 online \xc2\xb7 3 votes)*  \n  Seen twice\n\n"
          "### Feelings\n\n"
          "- Maria: +1 \xe2\x80\x94 Curious\n\n"
          "## 2. Decision\n");
    const std::string id = saveMapToMarkdown(map, Language::Indonesian);
    CHECK(id.find("## Persona\n") != std::string::npos);
    CHECK(id.find("*(Media sosial \xc2\xb7 daring \xc2\xb7 3 suara)*") != std::string::npos);
    CHECK(id.find("*Tujuan pelanggan:* Find a product") != std::string::npos);
}

TEST_CASE("Markdown shows the map's text literally: no accidental emphasis, links, headings or HTML") {
    JourneyMap map = makeStarterMap("# not *a* heading", "en", {"Stage"}, {{LaneKind::Text, "Lane"}});
    Card c;
    c.id = map.nextId++;
    c.stage = map.stages[0].id;
    c.lane = map.lanes[0].id;
    c.text = "- 50% off *today* [link](x) <b>bold</b> a|b\nsecond line";
    map.cards.push_back(c);
    const std::string md = saveMapToMarkdown(map);
    CHECK(md.rfind("# \\# not \\*a\\* heading\n", 0) == 0);
    CHECK(md.find("- \\- 50% off \\*today\\* \\[link\\](x) \\<b\\>bold\\</b\\> a\\|b  \n  second line\n") !=
          std::string::npos);
}

namespace {
// The outline's shape: a heading per stage (and one for the personas), a list
// item per card, persona and emotion score.
void checkOutline(const JourneyMap& map) {
    const std::string md = saveMapToMarkdown(map);
    {
        size_t stages = 0, items = 0;
        for (size_t at = 0; (at = md.find("\n## ", at)) != std::string::npos; ++at) ++stages;
        for (size_t at = 0; (at = md.find("\n- ", at)) != std::string::npos; ++at) ++items;
        const size_t scores = map.emotions.size() *
                              static_cast<size_t>(std::count_if(map.lanes.begin(), map.lanes.end(), [](const Lane& l) {
                                  return l.kind == LaneKind::Emotions;
                              }));
        CHECK(stages == map.stages.size() + (map.personas.empty() ? 0 : 1));
        CHECK(items == map.cards.size() + map.personas.size() + scores);
    }
}
}  // namespace

TEST_CASE("Markdown of every template and of random maps: one heading per stage, every card once") {
    int templates = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(JEJAK_SOURCE_DIR) / "assets/templates")) {
        if (entry.path().extension() != ".json") continue;
        CAPTURE(entry.path().string());
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        MapLoadResult loaded = loadMapFromJson(text.str());
        REQUIRE(loaded.ok);
        checkOutline(loaded.map);
        ++templates;
    }
    CHECK(templates >= 8);
    test::MapGenerator gen(11);
    for (int i = 0; i < 20; ++i) checkOutline(gen.map(test::MapShape{}));
}

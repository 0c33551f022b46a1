// The templates in assets/templates: complete, bilingual, and loaded by the same loader.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "io/map_json.h"
#include "io/templates.h"

using namespace jejak;
namespace fs = std::filesystem;

namespace {
JourneyMap loadTemplate(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    MapLoadResult r = loadMapFromJson(ss.str());
    REQUIRE_MESSAGE(r.ok, path.string() << ": " << describeProblem(r.problem));
    return r.map;
}
}  // namespace

TEST_CASE("six templates, each in English and Bahasa Indonesia with the same structure") {
    const fs::path dir = fs::path(JEJAK_SOURCE_DIR) / "assets/templates";
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::string file = entry.path().filename().string();
        if (file.size() > 8 && file.substr(file.size() - 8) == ".en.json")
            names.insert(file.substr(0, file.size() - 8));
    }
    CHECK(names.size() >= 6);
    for (const char* required :
         {"b2c-retail-maria", "b2b-software-anton", "social-media-selling", "five-stage-advocacy",
          "product-led-acquisition-activation-adoption", "ecommerce-abandoned-cart"})
        CHECK_MESSAGE(names.count(required), required);
    for (const std::string& name : names) {
        CAPTURE(name);
        JourneyMap en = loadTemplate(dir / (name + ".en.json"));
        JourneyMap id = loadTemplate(dir / (name + ".id.json"));
        CHECK(en.language == "en");
        CHECK(id.language == "id");
        CHECK(en.title != id.title);
        CHECK(!en.personas.empty());
        CHECK(en.stages.size() >= 3);
        CHECK(en.cards.size() >= 10);
        CHECK(!en.emotions.empty());
        // Same map, other words: same ids, kinds and numbers in the same places.
        REQUIRE(en.cards.size() == id.cards.size());
        size_t translated = 0;
        for (size_t i = 0; i < en.cards.size(); ++i) {
            CHECK(en.cards[i].id == id.cards[i].id);
            CHECK(en.cards[i].lane == id.cards[i].lane);
            CHECK(en.cards[i].severity == id.cards[i].severity);
            CHECK(en.cards[i].channel == id.cards[i].channel);
            CHECK(en.cards[i].value == id.cards[i].value);
            CHECK(!en.cards[i].text.empty());
            translated += en.cards[i].text != id.cards[i].text;
        }
        // Names such as "WhatsApp Business" stay the same; the rest is translated.
        CHECK(translated * 10 >= en.cards.size() * 9);
        REQUIRE(en.emotions.size() == id.emotions.size());
        for (size_t i = 0; i < en.emotions.size(); ++i) CHECK(en.emotions[i].score == id.emotions[i].score);
    }
}

TEST_CASE("the Maria and Anton templates hold the seeds' personas") {
    const fs::path dir = fs::path(JEJAK_SOURCE_DIR) / "assets/templates";
    JourneyMap maria = loadTemplate(dir / "b2c-retail-maria.id.json");
    CHECK(maria.personas[0].name == "Maria");
    CHECK(maria.personas[0].age == 28);
    CHECK(maria.stages[0].name == "Kesadaran");
    JourneyMap anton = loadTemplate(dir / "b2b-software-anton.en.json");
    CHECK(anton.personas[0].name == "Anton");
    CHECK(anton.personas[0].age == 38);
    CHECK(anton.personas.size() >= 3);  // a buying committee
}

TEST_CASE("a template's summary for the gallery: counts and the first persona's curve") {
    const fs::path path = fs::path(JEJAK_SOURCE_DIR) / "assets/templates/b2c-retail-maria.id.json";
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    JourneyMap map = loadTemplate(path);
    std::optional<TemplateSummary> s = summarizeTemplate("b2c-retail-maria.id", ss.str());
    REQUIRE(s);
    CHECK(s->name() == "b2c-retail-maria");
    CHECK(s->language() == "id");
    CHECK(s->title == map.title);
    CHECK(s->stages == map.stages.size());
    CHECK(s->cards == map.cards.size());
    REQUIRE(s->curve.size() == map.stages.size());
    CHECK(s->curveColour == map.personas[0].color);
    const EmotionScore* e = map.emotion(map.personas[0].id, map.stages[0].id);
    CHECK(s->curve[0] == (e ? e->score : TemplateSummary::kNoScore));
    CHECK_FALSE(summarizeTemplate("broken.en", "{}"));
}

TEST_CASE("the blank map has five named stages and six lanes in the chosen language") {
    JourneyMap en = blankMap(Language::English), id = blankMap(Language::Indonesian);
    CHECK(en.stages.size() == 5);
    CHECK(en.lanes.size() == 6);
    CHECK(en.cards.empty());
    CHECK(id.language == "id");
    CHECK(en.stages[0].name != id.stages[0].name);
    CHECK_FALSE(findProblem(id));
}

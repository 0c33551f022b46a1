// Mermaid journey diagrams: the export's exact text, the documentation's own
// examples imported, round trips, look-alikes for Mermaid's syntax, refusals.
#include <doctest/doctest.h>

#include "io/map_json.h"
#include "io/map_mermaid.h"
#include "map_generator.h"

using namespace jejak;

namespace {

// The example of Mermaid's documentation (user-journey.md).
const char* kWorkingDay =
    "journey\n"
    "    title My working day\n"
    "    section Go to work\n"
    "      Make tea: 5: Me\n"
    "      Go upstairs: 3: Me\n"
    "      Do work: 1: Me, Cat\n"
    "    section Go home\n"
    "      Go downstairs: 5: Me\n"
    "      Sit down: 5: Me\n";

JourneyMap twoStages() {
    JourneyMap map = makeStarterMap("Maria: skin care", "en", {"Awareness", "Purchase"},
                                    {{LaneKind::Actions, "Customer actions"}, {LaneKind::Emotions, "Emotions"}});
    Persona maria;
    maria.id = map.nextId++;
    maria.name = "Maria";
    map.personas.push_back(maria);
    map.emotions.push_back({maria.id, map.stages[0].id, 1, "Curious"});
    map.emotions.push_back({maria.id, map.stages[1].id, -2, ""});
    for (const char* text : {"Sees an ad; clicks #promo", "Asks a friend"}) {
        Card c;
        c.id = map.nextId++;
        c.lane = map.lanes[0].id;
        c.stage = map.stages[0].id;
        c.text = text;
        map.cards.push_back(c);
    }
    return map;
}

}  // namespace

TEST_CASE("Mermaid export: sections, tasks from action cards, the emotion on 1..5, look-alikes for syntax") {
    CHECK(saveMapToMermaid(twoStages()) ==
          "journey\n"
          "    title Maria\xef\xbc\x9a skin care\n"
          "    section Awareness\n"
          "      Sees an ad\xef\xbc\x9b clicks \xef\xbc\x83promo: 4: Maria\n"
          "      Asks a friend: 4: Maria\n"
          "    section Purchase\n"
          "      Purchase: 1: Maria\n");  // a stage without actions: one task named after it
}

TEST_CASE("Mermaid import: the documentation's example becomes stages, cards, personas and emotions") {
    MermaidLoadResult r = loadMapFromMermaid(kWorkingDay, "fallback");
    REQUIRE_MESSAGE(r.ok, describeMermaidProblem(r.problem));
    const JourneyMap& m = r.map;
    CHECK(m.title == "My working day");
    REQUIRE(m.stages.size() == 2);
    CHECK(m.stages[1].name == "Go home");
    REQUIRE(m.lanes.size() == 2);
    CHECK(m.lanes[0].kind == LaneKind::Actions);
    CHECK(m.lanes[1].kind == LaneKind::Emotions);
    CHECK(m.cards.size() == 5);
    CHECK(m.cards[2].text == "Do work");
    REQUIRE(m.personas.size() == 2);
    CHECK(m.personas[0].name == "Me");
    CHECK(m.personas[1].name == "Cat");
    CHECK(m.personas[0].color != m.personas[1].color);
    // Me in "Go to work": (5 + 3 + 1) / 3 = 3 -> 0; Cat: 1 -> -2; Me in "Go home": 5 -> +2.
    CHECK(m.emotion(m.personas[0].id, m.stages[0].id)->score == 0);
    CHECK(m.emotion(m.personas[1].id, m.stages[0].id)->score == -2);
    CHECK(m.emotion(m.personas[0].id, m.stages[1].id)->score == 2);
    CHECK(m.emotion(m.personas[1].id, m.stages[1].id) == nullptr);
    CHECK_FALSE(findProblem(m));
}

TEST_CASE("Mermaid import takes what the documentation allows: comments, fences, accessibility lines, no actors") {
    MermaidLoadResult r = loadMapFromMermaid(
        "```mermaid\n"
        "%% a comment\n"
        "journey\n"
        "  accTitle: Onboarding\n"
        "  accDescr: A new developer's first day\n"
        "  title Onboarding %% a trailing comment\n"
        "  Read the docs: 2\n"  // before any section
        "  section Day 1\n"
        "    Clone the repository : 4 : New Dev, Mentor\n"
        "    Ship 3.5: 3.5: New Dev\n"
        "```\n",
        "fallback", Language::Indonesian);
    REQUIRE_MESSAGE(r.ok, describeMermaidProblem(r.problem));
    CHECK(r.map.title == "Onboarding");
    REQUIRE(r.map.stages.size() == 2);
    CHECK(r.map.stages[0].name == "Langkah");      // tasks before a section
    CHECK(r.map.personas[0].name == "Pelanggan");  // a task without actors
    CHECK(r.map.cards[2].text == "Ship 3.5");
    CHECK(r.map.language == "id");
}

TEST_CASE("Mermaid round trip: what Jejak writes it reads back as the same journey") {
    const JourneyMap original = twoStages();
    const std::string text = saveMapToMermaid(original);
    MermaidLoadResult r = loadMapFromMermaid(text, "x");
    REQUIRE_MESSAGE(r.ok, describeMermaidProblem(r.problem));
    CHECK(r.map.title == original.title);  // the look-alikes read back as ':', ';' and '#'
    CHECK(r.map.cards[0].text == "Sees an ad; clicks #promo");
    CHECK(r.map.emotion(r.map.personas[0].id, r.map.stages[1].id)->score == -2);
    CHECK(saveMapToMermaid(r.map) == text);

    test::MapGenerator gen(5);
    for (int i = 0; i < 30; ++i) {
        const std::string first = saveMapToMermaid(gen.map(test::MapShape{}));
        MermaidLoadResult again = loadMapFromMermaid(first, "x");
        REQUIRE_MESSAGE(again.ok, describeMermaidProblem(again.problem));
        CHECK_FALSE(findProblem(again.map));
    }
}

TEST_CASE("Mermaid refusals name the line") {
    auto problem = [](const char* text, Language language = Language::English) {
        MermaidLoadResult r = loadMapFromMermaid(text, "x");
        REQUIRE_FALSE(r.ok);
        CHECK(r.map.cards.empty());
        return describeMermaidProblem(r.problem, language);
    };
    CHECK(problem("flowchart LR\n  A --> B\n") ==
          "Line 1: this is not a Mermaid journey: it starts with \"flowchart LR\", not \"journey\".");
    CHECK(problem("journey\n  section A\n  Make tea: lots: Me\n") ==
          "Line 3: \"lots\" is not a score (a number, 1 to 5).");
    CHECK(problem("journey\n  section A\n  Make tea\n") ==
          "Line 3: \"Make tea\" is not a task; a task is \"Task name: score: actors\".");
    CHECK(problem("journey\n  section A\n  Make tea\n", Language::Indonesian) ==
          "Baris 3: \"Make tea\" bukan tugas; tugas ditulis \"Nama tugas: skor: pelaku\".");
    CHECK(problem("journey\n  title Nothing\n") == "The journey has no sections or tasks.");
    CHECK(problem("") == "The text is empty.");
}

TEST_CASE("Mermaid: a task named like a keyword stays a task (Mermaid's keywords are not case-sensitive)") {
    JourneyMap map = twoStages();
    map.cards[0].text = "Section 2 of the form";
    map.cards[1].text = "title page";
    const std::string text = saveMapToMermaid(map);
    CHECK(text.find("      \xe2\x81\xa0Section 2 of the form: 4: Maria\n") != std::string::npos);
    MermaidLoadResult r = loadMapFromMermaid(text, "x");
    REQUIRE_MESSAGE(r.ok, describeMermaidProblem(r.problem));
    REQUIRE(r.map.stages.size() == 2);
    CHECK(r.map.cards[0].text == "Section 2 of the form");
    CHECK(r.map.cards[1].text == "title page");
    CHECK(saveMapToMermaid(r.map) == text);
    CHECK(loadMapFromMermaid("JOURNEY\n  SECTION Go\n    Tea: 5: Me\n", "x").map.stages[0].name == "Go");
}

TEST_CASE("Mermaid: a name that starts with a word joiner of its own keeps it (found by the fuzzer)") {
    const std::string joiner = "\xe2\x81\xa0";
    JourneyMap map = twoStages();
    map.cards[0].text = joiner + "quiet";
    map.stages[1].name = joiner;
    map.personas[0].name = joiner + joiner;
    const std::string text = saveMapToMermaid(map);
    MermaidLoadResult r = loadMapFromMermaid(text, "x");
    REQUIRE_MESSAGE(r.ok, describeMermaidProblem(r.problem));
    CHECK(r.map.cards[0].text == joiner + "quiet");
    CHECK(r.map.stages[1].name == joiner);
    REQUIRE(!r.map.personas.empty());
    CHECK(r.map.personas[0].name == joiner + joiner);
    CHECK(saveMapToMermaid(r.map) == text);
    // The fuzzer's input: an actor named by two joiners read back as one, then lost.
    const std::string found = "journey\n \x01" + std::string(2, '\0') + ": 4: ndata0nganarf: 4: ,i,,,i,," + joiner + joiner + ",";
    MermaidLoadResult first = loadMapFromMermaid(found, "Fuzz");
    REQUIRE(first.ok);
    const std::string journey = saveMapToMermaid(first.map);
    MermaidLoadResult again = loadMapFromMermaid(journey, "Fuzz");
    REQUIRE(again.ok);
    CHECK(saveMapToMermaid(again.map) == journey);
    // And one more: an actor written as a joiner and a space before a name is that
    // name, one persona with the other "Anton", not a second " Anton".
    MermaidLoadResult spaced = loadMapFromMermaid("journey\n section A\n  Go: 2: Anton\n  Wait: 3: " + joiner + " Anton\n", "x");
    REQUIRE(spaced.ok);
    REQUIRE(spaced.map.personas.size() == 1);
    CHECK(spaced.map.personas[0].name == "Anton");
    // A carriage return inside an actor's name is written as a space: read so, too.
    MermaidLoadResult cr = loadMapFromMermaid("journey\n section A\n  Go: 2: Li\ron, Li on\n", "x");
    REQUIRE(cr.ok);
    REQUIRE(cr.map.personas.size() == 1);
    CHECK(cr.map.personas[0].name == "Li on");
}

// Commands and the undo history: each edit exactly reversible, merged where continuous.
#include <doctest/doctest.h>

#include <set>

#include "core/commands.h"
#include "core/document.h"
#include "core/translations.h"
#include "io/map_json.h"
#include "map_generator.h"

using namespace jejak;

namespace {
std::vector<std::string> cellTexts(const JourneyMap& m, Id lane, Id stage) {
    std::vector<std::string> out;
    for (const Card& c : m.cards)
        if (c.lane == lane && c.stage == stage) out.push_back(c.text);
    return out;
}
Card makeCard(Id lane, Id stage, std::string text) {
    Card c;
    c.lane = lane;
    c.stage = stage;
    c.text = std::move(text);
    return c;
}
}  // namespace

TEST_CASE("adding cards puts them at the index in their cell and takes fresh ids") {
    Document doc(test::sampleMap());
    std::vector<Card> cards = {makeCard(5, 2, "Cari di Google"), makeCard(5, 2, "Lihat ulasan")};
    assignFreshIds(doc.map(), cards);
    CHECK(cards[0].id == 10);
    CHECK(cards[1].id == 11);
    REQUIRE(doc.execute(addCards(cards, 1)));
    CHECK(cellTexts(doc.map(), 5, 2) ==
          std::vector<std::string>{"Iklan Instagram", "Cari di Google", "Lihat ulasan", "Rekomendasi teman"});
    CHECK(doc.map().nextId == 12);
    CHECK(doc.undoLabel()->key == "cmd.add_cards");
    doc.undo();
    CHECK(doc.map() == test::sampleMap());
}

TEST_CASE("a command that does not fit the map is refused and changes nothing") {
    Document doc(test::sampleMap());
    CHECK_FALSE(doc.execute(removeStage(424242)));
    CHECK_FALSE(doc.execute(moveCards({7}, 5, 424242, 0)));
    CHECK_FALSE(doc.execute(addCards({makeCard(5, 2, "reuses an id")}, 0)));  // id 0
    Card dup = makeCard(5, 2, "duplicate id");
    dup.id = 7;
    CHECK_FALSE(doc.execute(addCards({dup}, 0)));
    CHECK_FALSE(doc.execute(setEmotion(1, 2, EmotionScore{0, 0, 3, ""})));
    Card bad = *doc.map().card(8);
    bad.severity = 6;
    CHECK_FALSE(doc.execute(replaceCard(bad)));
    CHECK(doc.map() == test::sampleMap());
    CHECK_FALSE(doc.canUndo());
    CHECK(doc.changeCount() == 0);
}

TEST_CASE("removing a stage removes its cards and scores, and undo brings them back in place") {
    Document doc(test::sampleMap());
    REQUIRE(doc.execute(removeStage(2)));
    CHECK(doc.map().stages.size() == 2);
    CHECK(doc.map().cards.size() == 1);
    CHECK(doc.map().emotions.size() == 1);
    CHECK_FALSE(findProblem(doc.map()));
    doc.undo();
    CHECK(doc.map() == test::sampleMap());
}

TEST_CASE("removing a lane or persona leaves no dangling reference") {
    Document doc(test::sampleMap());
    REQUIRE(doc.execute(removeLane(5)));
    CHECK(doc.map().cards.size() == 1);
    REQUIRE(doc.execute(removePersona(1)));
    CHECK(doc.map().emotions.empty());
    CHECK_FALSE(findProblem(doc.map()));
    doc.undo();
    doc.undo();
    CHECK(doc.map() == test::sampleMap());
}

TEST_CASE("moving cards between and within cells") {
    Document doc(test::sampleMap());
    REQUIRE(doc.execute(moveCards({9}, 5, 2, 0)));  // reorder within the cell
    CHECK(cellTexts(doc.map(), 5, 2) == std::vector<std::string>{"Rekomendasi teman", "Iklan Instagram"});
    REQUIRE(doc.execute(moveCards({7, 9}, 6, 4, 99)));  // to the end of another cell
    CHECK(cellTexts(doc.map(), 6, 4) ==
          std::vector<std::string>{"Ongkir tidak jelas", "Rekomendasi teman", "Iklan Instagram"});
    CHECK(doc.undoLabel()->subject == "Keputusan");
    doc.undo();
    doc.undo();
    CHECK(doc.map() == test::sampleMap());
}

TEST_CASE("continuous edits merge into one undo step until sealed") {
    Document doc(test::sampleMap());
    Card card = *doc.map().card(7);
    for (const char* typed : {"I", "Ik", "Ikl", "Iklan"}) {
        card.text = typed;
        REQUIRE(doc.execute(replaceCard(card), true));
    }
    CHECK(doc.undoSteps() == 1);
    doc.seal();
    card.text = "Iklan TikTok";
    doc.execute(replaceCard(card), true);
    CHECK(doc.undoSteps() == 2);
    doc.undo();
    CHECK(doc.map().card(7)->text == "Iklan");
    doc.undo();
    CHECK(doc.map() == test::sampleMap());

    // One drag of an emotion point: many scores, one step.
    for (int score : {1, 0, -1, -2, -1}) doc.execute(setEmotion(1, 3, EmotionScore{0, 0, score, ""}), true);
    CHECK(doc.undoSteps() == 1);
    CHECK(doc.map().emotion(1, 3)->score == -1);
    doc.undo();
    CHECK(doc.map() == test::sampleMap());

    // One drag of cards across several cells.
    doc.execute(moveCards({7}, 6, 2, 0), true);
    doc.execute(moveCards({7}, 6, 3, 0), true);
    doc.execute(moveCards({7}, 5, 4, 0), true);
    CHECK(doc.undoSteps() == 1);
    doc.undo();
    CHECK(doc.map() == test::sampleMap());

    // Different kinds of edit never merge.
    doc.execute(moveCards({7}, 6, 2, 0), true);
    card = *doc.map().card(8);
    card.text = "x";
    doc.execute(replaceCard(card), true);
    CHECK(doc.undoSteps() == 2);
}

TEST_CASE("dirty flag and change counter follow edits, undo, redo and save") {
    Document doc(test::sampleMap());
    CHECK_FALSE(doc.dirty());
    doc.execute(moveStage(2, 2));
    CHECK(doc.dirty());
    CHECK(doc.changeCount() == 1);
    doc.markSaved();
    CHECK_FALSE(doc.dirty());
    doc.undo();
    CHECK(doc.dirty());
    doc.redo();
    CHECK_FALSE(doc.dirty());
    CHECK(doc.changeCount() == 3);
    doc.undo();
    doc.execute(moveStage(3, 0));  // a different future: never equal to the saved one
    CHECK(doc.dirty());
    CHECK_FALSE(doc.canRedo());
}

TEST_CASE("history keeps the last 1,000 steps and drops the oldest beyond them") {
    Document doc(test::sampleMap());
    for (int i = 0; i < 1200; ++i) doc.execute(moveStage(2, static_cast<size_t>(i % 3)));
    CHECK(doc.undoSteps() == Document::kDefaultHistoryLimit);
    int undone = 0;
    while (doc.undo()) ++undone;
    CHECK(undone == 1000);
}

TEST_CASE("groups apply as one step and revert in reverse") {
    Document doc(test::sampleMap());
    std::vector<CommandPtr> parts;
    for (Id id : {7, 8, 9}) {
        Card c = *doc.map().card(id);
        c.color = 0xff0000;
        parts.push_back(replaceCard(c));
    }
    REQUIRE(doc.execute(group({"cmd.color_cards", ""}, std::move(parts))));
    for (const Card& c : doc.map().cards) CHECK(c.color == Rgb{0xff0000});
    CHECK(doc.undoSteps() == 1);
    doc.undo();
    CHECK(doc.map() == test::sampleMap());
}

TEST_CASE("property: 10,000 random commands, undo all gives the start, redo all gives the end") {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        CAPTURE(seed);
        test::MapGenerator gen(seed);
        JourneyMap start = gen.map({2, 5, 6, 80});
        const std::string startJson = saveMapToJson(start);
        Document doc(start, 20000);
        for (int i = 0; i < 10000; ++i) {
            bool continuous = gen.chance(0.3);
            if (gen.chance(0.05)) doc.seal();
            REQUIRE(doc.execute(gen.command(doc.map()), continuous));
            if (i % 250 == 0) REQUIRE_FALSE(findProblem(doc.map()));
        }
        REQUIRE_FALSE(findProblem(doc.map()));
        const std::string endJson = saveMapToJson(doc.map());
        while (doc.undo()) {
        }
        CHECK(saveMapToJson(doc.map()) == startJson);
        CHECK(doc.map() == start);
        while (doc.redo()) {
        }
        CHECK(saveMapToJson(doc.map()) == endJson);
    }
}

TEST_CASE("property: interleaved undo and redo keep every state valid and reachable") {
    test::MapGenerator gen(42);
    Document doc(gen.map({3, 4, 5, 40}), 20000);
    std::vector<std::string> states = {saveMapToJson(doc.map())};  // states[i]: after i steps
    std::vector<std::string> undone;  // states taken back, the last one first to come again
    int redos = 0;
    for (int i = 0; i < 3000; ++i) {
        int roll = gen.below(10);
        if (roll < 2 && doc.canUndo()) {
            doc.undo();
            undone.push_back(states.back());
            states.pop_back();
        } else if (roll < 3 && doc.canRedo()) {
            REQUIRE_FALSE(undone.empty());
            doc.redo();
            states.push_back(undone.back());  // redo must bring back exactly what undo took
            undone.pop_back();
            ++redos;
        } else {
            REQUIRE(doc.execute(gen.command(doc.map())));
            states.push_back(saveMapToJson(doc.map()));
            undone.clear();  // a new step forgets the redo history
        }
        REQUIRE(doc.canRedo() == !undone.empty());
        REQUIRE(saveMapToJson(doc.map()) == states.back());
        REQUIRE(doc.undoSteps() + 1 == states.size());
    }
    CHECK(redos > 50);
    REQUIRE_FALSE(findProblem(doc.map()));
}

TEST_CASE("discarding a step leaves no redo step and returns to the saved state") {
    Document doc(test::sampleMap());
    doc.execute(moveStage(2, 2));
    doc.markSaved();
    const std::uint64_t saved = doc.state();
    const std::uint64_t changes = doc.changeCount();
    std::vector<Card> cards(1);
    cards[0].lane = doc.map().lanes[0].id;
    cards[0].stage = doc.map().stages[0].id;
    assignFreshIds(doc.map(), cards);
    REQUIRE(doc.execute(addCards(cards, 0)));
    CHECK(doc.dirty());
    REQUIRE(doc.discardLast());
    CHECK_FALSE(doc.dirty());  // nothing new to save
    CHECK(doc.state() == saved);
    CHECK_FALSE(doc.canRedo());          // no redo step to bring the card back
    CHECK(doc.undoSteps() == 1);         // the step before it is still there
    CHECK(doc.changeCount() > changes);  // caches still see that the map changed
    CHECK(doc.map().card(cards[0].id) == nullptr);
    CHECK(doc.discardLast());
    CHECK_FALSE(doc.discardLast());
}

TEST_CASE("a save marks the state it wrote, not the one edits reached meanwhile") {
    Document doc(test::sampleMap());
    doc.execute(moveStage(2, 2));
    const std::uint64_t writing = doc.state();
    doc.execute(moveStage(3, 0));  // typed while the save was on its way
    doc.markSaved(writing);
    CHECK(doc.dirty());
    doc.undo();
    CHECK_FALSE(doc.dirty());
}

TEST_CASE("every command's label is in the translation table in both languages") {
    test::MapGenerator gen(11);
    JourneyMap map = gen.map({2, 4, 4, 30});
    std::set<std::string> keys;
    for (int i = 0; i < 2000; ++i) keys.insert(gen.command(map)->label().key);
    CHECK(keys.size() >= 17);
    for (const std::string& key : keys) {
        CHECK_MESSAGE(TranslationTable::builtIn().has(Language::English, key), key);
        CHECK_MESSAGE(TranslationTable::builtIn().has(Language::Indonesian, key), key);
    }
}

// States and versions: the diff (every kind of change, reordering, moved and
// edited), the CSV of `jejak diff` and its exit codes, the 3 -> 4 migration,
// and the state commands with undo (switch, start a future state, save a
// version, read-only versions, restore, rename, delete, shared personas).
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "cli_run.h"
#include "core/commands.h"
#include "core/document.h"
#include "core/state_diff.h"
#include "io/map_json.h"
#include "io/reports_csv.h"
#include "map_generator.h"

using namespace jejak;
namespace fs = std::filesystem;

namespace {
const fs::path kSource = JEJAK_SOURCE_DIR;

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path.string());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

JourneyMap statesMap() {
    MapLoadResult r = loadMapFromJson(readText(kSource / "tests/corpus/good/v4-states.json"));
    REQUIRE_MESSAGE(r.ok, describeProblem(r.problem));
    return r.map;
}

ContentRef refOf(const JourneyMap& m) { return {m.stages, m.lanes, m.cards, m.emotions}; }

Card* cardIn(JourneyMap& m, Id id) {
    for (Card& c : m.cards)
        if (c.id == id) return &c;
    return nullptr;
}

using Run = test::CliRun;
constexpr auto run = &test::runCliCaptured;
}  // namespace

TEST_CASE("the diff names every kind of change, per card and per stage") {
    JourneyMap before = test::sampleMap();
    JourneyMap after = before;
    SUBCASE("the same map: nothing") {
        StateDiff d = diffStates(refOf(before), refOf(after), before.personas);
        CHECK(d.same());
        CHECK(d.stages.size() == before.stages.size());
        for (const StageChanges& s : d.stages) CHECK(s.total() == 0);
    }
    SUBCASE("reordering alone is no change of text or place") {
        std::reverse(after.cards.begin(), after.cards.end());
        CHECK(diffStates(refOf(before), refOf(after), before.personas).same());
    }
    SUBCASE("added, removed, moved, changed, and a card moved and edited counts as both") {
        const Id kept = after.cards[0].id, edited = after.cards[1].id, gone = after.cards[2].id;
        after.cards.erase(after.cards.begin() + 2);
        cardIn(after, edited)->text += " (new)";
        Card* moved = cardIn(after, kept);
        moved->stage = after.stages.back().id;
        moved->notes = "and edited";
        Card added = after.cards[0];
        added.id = after.nextId++;
        added.text = "A new card";
        after.cards.push_back(added);
        StateDiff d = diffStates(refOf(before), refOf(after), before.personas);
        CHECK(d.changeOf.at(kept) == (kCardMoved | kCardChanged));
        CHECK(d.changeOf.at(edited) == kCardChanged);
        CHECK(d.changeOf.at(gone) == kCardRemoved);
        CHECK(d.changeOf.at(added.id) == kCardAdded);
        CHECK(d.added == 1);
        CHECK(d.removed == 1);
        CHECK(d.moved == 1);
        CHECK(d.changed == 2);
        // Counted where the card is now (removed: where it was).
        const StageChanges* last = d.stage(after.stages.back().id);
        REQUIRE(last);
        CHECK(last->moved == 1);
        CHECK(last->changed == (cardIn(after, edited)->stage == last->stage ? 2 : 1));
        const Card* goneCard = before.card(gone);
        CHECK(d.stage(goneCard->stage)->removed == 1);
        int total = 0;
        for (const StageChanges& s : d.stages) total += s.total();
        CHECK(total == 5);
    }
    SUBCASE("every field but the place counts as a change; votes too") {
        Card& c = after.cards[0];
        SUBCASE("notes") { c.notes = "x"; }
        SUBCASE("colour") { c.color = 0x123456; }
        SUBCASE("channel") { c.channel = Channel::Phone; }
        SUBCASE("online") { c.online = !c.online.value_or(false); }
        SUBCASE("impact") { c.impact = 5; }
        SUBCASE("effort") { c.effort = 1; }
        SUBCASE("owner") { c.owner = "Dewi"; }
        SUBCASE("status") { c.status = OpportunityStatus::Dropped; }
        SUBCASE("severity") { c.severity = 2; }
        SUBCASE("value") { c.value = 3.5; }
        SUBCASE("unit") { c.unit = "%"; }
        SUBCASE("votes") { c.votes += 1; }
        StateDiff d = diffStates(refOf(before), refOf(after), before.personas);
        CHECK(d.changeOf.at(c.id) == kCardChanged);
        CHECK(d.cards.size() == 1);
    }
    SUBCASE("emotion scores per persona and stage, set, changed and cleared") {
        after.emotions[0].score = after.emotions[0].score == 2 ? 1 : 2;
        after.emotions[0].label = "a label is not a score";
        StateDiff d = diffStates(refOf(before), refOf(after), before.personas);
        REQUIRE(d.emotions.size() == 1);
        CHECK(d.emotions[0].before == before.emotions[0].score);
        CHECK(d.emotions[0].after == after.emotions[0].score);
        after.emotions.erase(after.emotions.begin());
        d = diffStates(refOf(before), refOf(after), before.personas);
        REQUIRE(d.emotions.size() == 1);
        CHECK(!d.emotions[0].after);
    }
}

TEST_CASE("jejak diff: the issue's columns and order, and its exit codes") {
    JourneyMap map = statesMap();
    // The corpus file's open state is a future state started from its current state (states[0]).
    const fs::path dir = fs::temp_directory_path() / "jejak-diff-test";
    fs::create_directories(dir);
    const fs::path oldPath = dir / "old.json", newPath = dir / "new.json";
    std::ofstream(oldPath) << saveMapToJson(stateAsMap(map, 1));
    std::ofstream(newPath) << saveMapToJson(stateAsMap(map, map.state.id));
    Run d = run({"diff", oldPath.string(), newPath.string()});
    CHECK(d.code == 1);
    CHECK(d.out ==
          "change,stage,lane,card_id,old_text,new_text\r\n"
          "changed,Kesadaran,Titik kontak,7,Iklan Instagram,Iklan Instagram dengan ongkir gratis\r\n"
          "moved,Pertimbangan,Titik kontak,9,Rekomendasi teman,Rekomendasi teman\r\n"
          "added,Pertimbangan,Peluang,12,,Kalkulator ongkir di halaman produk\r\n"
          "removed,Keputusan,Hambatan,8,Ongkir tidak jelas,\r\n"
          "emotion,Keputusan,,Maria,-2,1\r\n");
    Run same = run({"diff", oldPath.string(), oldPath.string()});
    CHECK(same.code == 0);
    CHECK(same.out == "change,stage,lane,card_id,old_text,new_text\r\n");  // RFC 4180, as every report
    Run bad = run({"diff", oldPath.string(), (kSource / "tests/corpus/bad/101-state-unknown-kind.json").string()});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("bad-value: state.kind is \"draft\"") != std::string::npos);
    CHECK(run({"diff", oldPath.string(), (dir / "missing.json").string()}).code == 2);
    fs::remove_all(dir);
}

TEST_CASE("a moved and edited card has two lines; a removed stage's cards come after the new stages") {
    JourneyMap before = test::sampleMap();
    JourneyMap after = before;
    const Id first = after.stages[0].id;
    Card& c = *cardIn(after, after.cards.back().id);
    const Id movedId = c.id;
    c.stage = after.stages[1].id;
    c.text = "Moved and edited, \"quoted\"";
    std::vector<Id> inFirst;
    for (const Card& x : after.cards)
        if (x.stage == first) inFirst.push_back(x.id);
    after.cards.erase(std::remove_if(after.cards.begin(), after.cards.end(),
                                     [&](const Card& x) { return x.stage == first; }),
                      after.cards.end());
    after.emotions.erase(std::remove_if(after.emotions.begin(), after.emotions.end(),
                                        [&](const EmotionScore& e) { return e.stage == first; }),
                         after.emotions.end());
    after.stages.erase(after.stages.begin());
    const std::string csv = diffReportCsv(before, after);
    const size_t moved = csv.find("moved,"), changed = csv.find("changed,");
    REQUIRE(moved != std::string::npos);
    CHECK(changed > moved);
    CHECK(csv.find("\"Moved and edited, \"\"quoted\"\"\"") != std::string::npos);
    CHECK(csv.find("," + std::to_string(movedId) + ",") != std::string::npos);
    // The removed stage's lines are the last ones (its cards, then its scores).
    const size_t removed = csv.find("removed,");
    REQUIRE(removed != std::string::npos);
    CHECK(removed > changed);
    CHECK(csv.rfind("removed,") < csv.rfind("emotion,"));
}

TEST_CASE("version 3 files open as a map with one current state and save as version 4") {
    MapLoadResult v3 = loadMapFromJson(readText(kSource / "tests/corpus/good/v3-measures.json"));
    REQUIRE_MESSAGE(v3.ok, describeProblem(v3.problem));
    CHECK(v3.map.state == StateInfo{1, "", StateKind::Current, "", 0});
    CHECK(v3.map.states.empty());
    CHECK(v3.map.cards.size() == 4);
    const std::string saved = saveMapToJson(v3.map);
    CHECK(saved.find(test::versionField()) != std::string::npos);
    CHECK(saved.find("\"state\": {") != std::string::npos);
    MapLoadResult back = loadMapFromJson(saved);
    REQUIRE(back.ok);
    CHECK(back.map == v3.map);
    JourneyMap v4 = statesMap();
    CHECK(v4.state.kind == StateKind::Future);
    CHECK(v4.state.from == 1);
    REQUIRE(v4.states.size() == 2);
    CHECK(v4.states[1].info.kind == StateKind::Version);
    CHECK(v4.states[1].info.name == "Sebelum desain ulang checkout, 2026-11-24");
    MapLoadResult again = loadMapFromJson(saveMapToJson(v4));
    REQUIRE(again.ok);
    CHECK(again.map == v4);
}

TEST_CASE("states: start a future state, switch, save a version, restore, rename, delete, with undo") {
    Document doc(test::sampleMap());
    const JourneyMap original = doc.map();
    const Id current = doc.map().state.id;
    // Start a future state: a copy with the same ids, opened, remembering where it came from.
    MapState future = copyOpenState(doc.map(), StateKind::Future, "Future", "2026-12-01T10:00:00Z");
    const Id futureId = future.info.id;
    REQUIRE(doc.execute(addState(std::move(future), true)));
    CHECK(doc.map().state.id == futureId);
    CHECK(doc.map().state.from == current);
    CHECK(doc.map().cards == original.cards);
    CHECK(doc.map().measures.empty());
    REQUIRE(doc.map().states.size() == 1);
    CHECK(doc.map().states[0].content.cards == original.cards);
    // Editing the future state leaves the current one as it was.
    Card edited = doc.map().cards[0];
    edited.text = "In the future";
    REQUIRE(doc.execute(replaceCard(edited)));
    CHECK(doc.map().states[0].content.cards[0].text == original.cards[0].text);
    CHECK(!findProblem(doc.map()));
    // Switch back and forth.
    REQUIRE(doc.execute(openState(current)));
    CHECK(doc.map().state.id == current);
    CHECK(doc.map().cards == original.cards);
    REQUIRE(doc.execute(openState(futureId)));
    CHECK(doc.map().cards[0].text == "In the future");
    // Save a version of the future state: frozen, not opened.
    MapState version = copyOpenState(doc.map(), StateKind::Version, "Before the redesign", "2026-12-01T11:00:00Z");
    const Id versionId = version.info.id;
    REQUIRE(doc.execute(addState(std::move(version), false)));
    CHECK(doc.map().state.id == futureId);
    // A version is read-only: open it and no edit goes through.
    REQUIRE(doc.execute(openState(versionId)));
    const JourneyMap atVersion = doc.map();
    Card again = doc.map().cards[0];
    again.text = "Changed in a version";
    CHECK_FALSE(doc.execute(replaceCard(again)));
    CHECK_FALSE(doc.execute(deleteCards({again.id})));
    CHECK_FALSE(doc.execute(group({"cmd.x", ""}, [&] {
        std::vector<CommandPtr> v;
        v.push_back(replaceCard(again));
        return v;
    }())));
    CHECK(doc.map() == atVersion);
    // Restore: the version's content becomes the current state's, which opens.
    REQUIRE(doc.execute(restoreVersion(versionId)));
    CHECK(doc.map().state.id == current);
    CHECK(doc.map().state.kind == StateKind::Current);
    CHECK(doc.map().cards[0].text == "In the future");
    CHECK(!findProblem(doc.map()));
    REQUIRE(doc.undo());
    CHECK(doc.map() == atVersion);
    REQUIRE(doc.redo());
    // Rename, typed as one step.
    REQUIRE(doc.execute(renameState(futureId, "F"), true));
    REQUIRE(doc.execute(renameState(futureId, "Fu"), true));
    CHECK(doc.map().stateInfo(futureId)->name == "Fu");
    REQUIRE(doc.undo());
    CHECK(doc.map().stateInfo(futureId)->name == "Future");
    // Delete the future state: the version started from it forgets its origin; undo tells it again.
    CHECK_FALSE(doc.execute(removeState(current)));  // the current state stays
    REQUIRE(doc.execute(removeState(futureId)));
    CHECK(!doc.map().stateInfo(futureId));
    CHECK(doc.map().stateInfo(versionId)->from == 0);
    CHECK(!findProblem(doc.map()));
    REQUIRE(doc.undo());
    CHECK(doc.map().stateInfo(versionId)->from == futureId);
    // Undo all the way back to the start.
    while (doc.canUndo()) REQUIRE(doc.undo());
    CHECK(doc.map() == original);
}

TEST_CASE("a persona removed is removed from every state, and undo brings its scores back") {
    Document doc(test::sampleMap());
    REQUIRE(doc.execute(addState(copyOpenState(doc.map(), StateKind::Version, "v", ""), false)));
    const JourneyMap before = doc.map();
    const Id persona = before.personas[0].id;
    REQUIRE(!before.states[0].content.emotions.empty());
    REQUIRE(doc.execute(removePersona(persona)));
    for (const EmotionScore& e : doc.map().states[0].content.emotions) CHECK(e.persona != persona);
    CHECK(!findProblem(doc.map()));
    REQUIRE(doc.undo());
    CHECK(doc.map() == before);
}

TEST_CASE("a state as a file of its own keeps its ids and opens as a current state") {
    JourneyMap map = statesMap();
    JourneyMap version = stateAsMap(map, 3);
    CHECK(version.states.empty());
    CHECK(version.state.kind == StateKind::Current);
    CHECK(version.state.name == "Sebelum desain ulang checkout, 2026-11-24");
    CHECK(version.cards == map.states[1].content.cards);
    MapLoadResult r = loadMapFromJson(saveMapToJson(version));
    REQUIRE_MESSAGE(r.ok, describeProblem(r.problem));
    CHECK(r.map == version);
}

TEST_CASE("comparing two 5,000-card states (the speed goal is in jejak-bench)") {
    test::MapGenerator gen(15);
    JourneyMap map = gen.map({3, 10, 8, 5000});
    JourneyMap other = map;
    for (size_t i = 0; i < other.cards.size(); i += 7) other.cards[i].text += "!";
    StateDiff d = diffStates(refOf(map), refOf(other), map.personas);
    CHECK(d.changed == static_cast<int>((other.cards.size() + 6) / 7));
}

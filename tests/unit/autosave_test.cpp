// Autosave and the two-tab conflict rule, driven by a fake storage and a clock
// the test moves by hand.
#include <doctest/doctest.h>

#include "core/commands.h"
#include "fake_storage.h"
#include "io/autosave.h"
#include "io/map_json.h"
#include "map_generator.h"

using namespace jejak;

namespace {

struct Fixture {
    Document doc{test::sampleMap()};
    test::FakeStorage storage;
    Autosave autosave{doc};
    double now = 100;

    // A started library holding this map at revision 1.
    Fixture() {
        autosave.setTarget(&storage);
        autosave.setViewSource([] { return std::string("{\"zoom\":1}"); });
        autosave.started(true, "");
        storage.storedRevision = 1;
        autosave.opened("map-1", 1);
    }
    void edit() { REQUIRE(doc.execute(moveStage(doc.map().stages.back().id, 0))); }
    void run(double seconds) {  // frames every 16 ms for that long
        for (double end = now + seconds; now < end; now += 0.016) autosave.tick(now);
    }
};

}  // namespace

TEST_CASE("an edit is saved 0.6 s after it, once, and the map is clean afterwards") {
    Fixture f;
    CHECK(f.autosave.status() == SaveStatus::Saved);
    f.edit();
    f.run(0.3);
    CHECK(f.storage.saves.empty());
    CHECK(f.autosave.status() == SaveStatus::Pending);
    f.run(0.4);
    REQUIRE(f.storage.saves.size() == 1);
    CHECK(f.autosave.status() == SaveStatus::Saving);
    CHECK(f.storage.saves[0].baseRevision == 1);
    CHECK(f.storage.saves[0].json == saveMapToJson(f.doc.map()));
    CHECK(f.storage.saves[0].view == "{\"zoom\":1}");
    f.storage.answer(f.autosave);
    CHECK(f.autosave.status() == SaveStatus::Saved);
    CHECK(f.autosave.revision() == 2);
    CHECK_FALSE(f.doc.dirty());  // markSaved is called
    f.run(2);
    CHECK(f.storage.saves.size() == 1);
    CHECK(f.autosave.secondsUntilSave(f.now) < 0);  // nothing due: the loop may sleep
}

TEST_CASE("nothing is written before the stored map has loaded") {
    Document doc(test::sampleMap());
    test::FakeStorage storage;
    Autosave autosave(doc);
    autosave.setTarget(&storage);
    doc.execute(moveStage(doc.map().stages.back().id, 0));
    for (double t = 0; t < 3; t += 0.1) autosave.tick(t);
    autosave.pageHidden();
    CHECK(storage.saves.empty());
    CHECK(storage.journals.empty());
    CHECK(autosave.status() == SaveStatus::Loading);
}

TEST_CASE("an edit taken back before the save leaves nothing to save") {
    Fixture f;
    f.edit();
    f.run(0.1);
    f.doc.discardLast();
    f.run(1);
    CHECK(f.storage.saves.empty());
    CHECK(f.autosave.status() == SaveStatus::Saved);
}

TEST_CASE("edits made while a save is on its way are saved next") {
    Fixture f;
    f.edit();
    f.run(0.7);
    REQUIRE(f.storage.saves.size() == 1);
    f.edit();  // typed while the browser writes
    f.storage.answer(f.autosave);
    CHECK(f.doc.dirty());
    CHECK(f.autosave.status() == SaveStatus::Pending);
    f.run(0.7);
    REQUIRE(f.storage.saves.size() == 2);
    CHECK(f.storage.saves[1].baseRevision == 2);
    f.storage.answer(f.autosave);
    CHECK_FALSE(f.doc.dirty());
}

TEST_CASE("a full quota: failed, the map stays as it is, and a retry comes 5 s later") {
    Fixture f;
    f.storage.quotaFull = true;
    f.edit();
    f.run(0.7);
    f.storage.answer(f.autosave);
    CHECK(f.autosave.status() == SaveStatus::Failed);
    CHECK(f.autosave.quotaFull());
    CHECK(f.doc.dirty());
    f.run(2);
    CHECK(f.storage.saves.size() == 1);  // no hammering
    f.storage.quotaFull = false;
    f.run(3.5);
    REQUIRE(f.storage.saves.size() == 2);
    f.storage.answer(f.autosave);
    CHECK(f.autosave.status() == SaveStatus::Saved);
}

TEST_CASE("another tab's save: followed when clean, a question when both changed") {
    SUBCASE("clean: load theirs") {
        Fixture f;
        f.autosave.savedElsewhere("map-1", 2);
        CHECK(f.storage.loads == std::vector<std::string>{"map-1"});
        CHECK(f.autosave.status() == SaveStatus::Saved);
    }
    SUBCASE("unsaved edits here: conflict, and nothing is written until the user chooses") {
        Fixture f;
        f.edit();
        f.autosave.savedElsewhere("map-1", 2);
        CHECK(f.autosave.status() == SaveStatus::Conflict);
        CHECK(f.storage.loads.empty());
        f.run(3);
        CHECK(f.storage.saves.empty());
        f.autosave.keepMine();
        REQUIRE(f.storage.saves.size() == 1);
        CHECK(f.storage.saves[0].force);
    }
    SUBCASE("a save refused because the other tab saved first") {
        Fixture f;
        f.storage.storedRevision = 2;  // the other tab wrote revision 2
        f.edit();
        f.run(0.7);
        f.storage.answer(f.autosave);
        CHECK(f.autosave.status() == SaveStatus::Conflict);
    }
    SUBCASE("another map, or an older revision, is no news") {
        Fixture f;
        f.autosave.savedElsewhere("map-2", 5);
        f.autosave.savedElsewhere("map-1", 1);
        CHECK(f.storage.loads.empty());
        CHECK(f.autosave.status() == SaveStatus::Saved);
    }
}

TEST_CASE("a page that goes away writes the journal at once and saves") {
    Fixture f;
    f.edit();
    f.autosave.pageHidden();
    REQUIRE(f.storage.journals.size() == 1);
    CHECK(f.storage.journals[0].json == saveMapToJson(f.doc.map()));
    CHECK(f.storage.saves.size() == 1);
}

TEST_CASE("a new map is saved soon although nothing was edited") {
    Fixture f;
    f.autosave.opened("map-2", 0);
    CHECK(f.autosave.status() == SaveStatus::Pending);
    f.run(0.7);
    REQUIRE(f.storage.saves.size() == 1);
    CHECK(f.storage.saves[0].id == "map-2");
    CHECK(f.storage.saves[0].baseRevision == 0);
}

TEST_CASE("storage that is off: unavailable, and never written") {
    Document doc(test::sampleMap());
    test::FakeStorage storage;
    Autosave autosave(doc);
    autosave.setTarget(&storage);
    autosave.started(false, "SecurityError");
    doc.execute(moveStage(doc.map().stages.back().id, 0));
    for (double t = 0; t < 3; t += 0.1) autosave.tick(t);
    CHECK(autosave.status() == SaveStatus::Unavailable);
    CHECK(autosave.error() == "SecurityError");
    CHECK(storage.saves.empty());
}

TEST_CASE("the answer to a save of the map before does not mark the new map saved") {
    Fixture f;
    f.edit();
    f.autosave.flush();  // the open map is saved before another opens
    REQUIRE(f.storage.saves.size() == 1);
    f.doc.reset(test::sampleMap());
    f.autosave.opened("map-2", 0);  // a new map, not stored yet
    f.storage.answer(f.autosave);   // revision 2 of map-1 arrives now
    CHECK(f.autosave.revision() == 0);
    CHECK(f.autosave.status() == SaveStatus::Pending);
    f.run(0.7);
    REQUIRE(f.storage.saves.size() == 2);
    CHECK(f.storage.saves[1].id == "map-2");
    CHECK(f.storage.saves[1].baseRevision == 0);
}

TEST_CASE("a view change (a lane hidden) is saved like an edit, without touching the map or its undo") {
    Fixture f;
    std::string view = "{\"zoom\":1,\"hiddenLanes\":[5]}";
    f.autosave.setViewSource([&view] { return view; });
    f.autosave.viewChanged();
    CHECK_FALSE(f.doc.dirty());
    CHECK(f.doc.undoSteps() == 0);
    f.run(0.7);
    REQUIRE(f.storage.saves.size() == 1);
    CHECK(f.storage.saves[0].view == view);
    CHECK(f.storage.saves[0].json == saveMapToJson(f.doc.map()));
    f.storage.answer(f.autosave);
    CHECK(f.autosave.status() == SaveStatus::Saved);
    f.run(2);
    CHECK(f.storage.saves.size() == 1);  // once
    // A failed save keeps the view change waiting for the retry.
    f.autosave.viewChanged();
    f.run(0.7);
    REQUIRE(f.storage.saves.size() == 2);
    f.autosave.saved(false, 0, false, "failed");
    CHECK(f.autosave.unsaved());
}

TEST_CASE("held (a shared map, read only), nothing is saved or journaled; released, a new map is saved") {
    Fixture f;
    f.autosave.opened("", 0);  // a map from a share link: no id of its own yet
    f.autosave.hold(true);
    f.run(2);
    f.autosave.pageHidden();
    f.autosave.flush();
    f.autosave.saveNow();
    CHECK(f.storage.saves.empty());
    CHECK(f.storage.journals.empty());
    f.autosave.hold(false);  // "Save a copy to my maps"
    f.autosave.opened("map-copy", 0);
    f.run(1);
    REQUIRE(f.storage.saves.size() == 1);
    CHECK(f.storage.saves[0].id == "map-copy");
    CHECK(f.storage.saves[0].baseRevision == 0);
}

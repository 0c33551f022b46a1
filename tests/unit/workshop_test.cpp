// Workshop mode's logic: dot votes (commands, ranking, the file), the timer on a
// fake clock, and presentation navigation.
#include <doctest/doctest.h>

#include "core/document.h"
#include "core/votes.h"
#include "io/map_json.h"
#include "map_generator.h"
#include "ui/keys.h"
#include "ui/presentation.h"
#include "ui/workshop_timer.h"

using namespace jejak;
using namespace jejak::ui;

TEST_CASE("votes: added and taken one at a time, never below 0, each an undo step") {
    Document doc(test::sampleMap());
    const Id card = doc.map().cards[1].id;
    REQUIRE(doc.execute(changeVotes(doc.map(), card, +1)));
    REQUIRE(doc.execute(changeVotes(doc.map(), card, +1)));
    CHECK(doc.map().card(card)->votes == 2);
    CHECK(doc.undoLabel()->key == "cmd.add_vote");
    REQUIRE(doc.execute(changeVotes(doc.map(), card, -1)));
    CHECK(doc.map().card(card)->votes == 1);
    CHECK(doc.undoLabel()->key == "cmd.remove_vote");
    REQUIRE(doc.execute(changeVotes(doc.map(), card, -1)));
    CHECK_FALSE(doc.execute(changeVotes(doc.map(), card, -1)));  // at 0 there is nothing to take
    CHECK(doc.map().card(card)->votes == 0);
    CHECK(doc.undoSteps() == 4);
    doc.undo();
    doc.undo();
    CHECK(doc.map().card(card)->votes == 2);
    CHECK_FALSE(doc.execute(changeVotes(doc.map(), 999, +1)));  // no such card
}

TEST_CASE("clear votes is one undo step that gives every card its votes back") {
    Document doc(test::sampleMap());
    const Id a = doc.map().cards[0].id, b = doc.map().cards[2].id;
    CHECK_FALSE(doc.execute(clearVotes(doc.map())));  // nothing to clear
    for (int i = 0; i < 3; ++i) REQUIRE(doc.execute(changeVotes(doc.map(), a, +1)));
    REQUIRE(doc.execute(changeVotes(doc.map(), b, +1)));
    CHECK(totalVotes(doc.map()) == 4);
    const size_t steps = doc.undoSteps();
    REQUIRE(doc.execute(clearVotes(doc.map())));
    CHECK(totalVotes(doc.map()) == 0);
    CHECK(doc.undoSteps() == steps + 1);
    CHECK(doc.undoLabel()->key == "cmd.clear_votes");
    doc.undo();
    CHECK(doc.map().card(a)->votes == 3);
    CHECK(doc.map().card(b)->votes == 1);
}

TEST_CASE("the ranking lists voted cards of the asked lane kinds, most votes first, ties in map order") {
    JourneyMap map = test::sampleMap();  // lanes: 5 touchpoints, 6 pain points
    map.cards[0].votes = 2;              // touchpoint
    map.cards[1].votes = 5;              // pain point
    map.cards[2].votes = 2;              // touchpoint, same stage, after cards[0]
    auto pains = rankByVotes(map, {LaneKind::PainPoints});
    REQUIRE(pains.size() == 1);
    CHECK(pains[0].card == map.cards[1].id);
    auto all = rankByVotes(map, {LaneKind::PainPoints, LaneKind::Touchpoints});
    REQUIRE(all.size() == 3);
    CHECK(all[0].votes == 5);
    CHECK(all[1].card == map.cards[0].id);
    CHECK(all[2].card == map.cards[2].id);
    CHECK(rankByVotes(map, {LaneKind::Opportunities}).empty());
}

TEST_CASE("votes are saved (left out at 0) and load back; version 1 files open with none") {
    JourneyMap map = test::sampleMap();
    map.cards[1].votes = 7;
    std::string text = saveMapToJson(map);
    CHECK(text.find(test::versionField()) != std::string::npos);
    CHECK(text.find("\"votes\": 7") != std::string::npos);
    CHECK(text.find("\"votes\"") == text.rfind("\"votes\""));  // only the voted card says it
    MapLoadResult back = loadMapFromJson(text);
    REQUIRE(back.ok);
    CHECK(back.map == map);

    std::string v1 = saveMapToJson(test::sampleMap());
    v1.replace(v1.find(test::versionField()), test::versionField().size(), "\"version\": 1");
    v1.erase(v1.find(",\n  \"measures\""), v1.rfind('}') - v1.find(",\n  \"measures\"") - 1);  // version 1 had neither list
    MapLoadResult old = loadMapFromJson(v1);
    REQUIRE_MESSAGE(old.ok, describeProblem(old.problem));
    CHECK(old.map == test::sampleMap());
    CHECK(totalVotes(old.map) == 0);
    CHECK(saveMapToJson(old.map).find(test::versionField()) != std::string::npos);  // saved in the new version
}

TEST_CASE("a bad vote count is refused with the field named") {
    std::string text = saveMapToJson(test::sampleMap());
    auto withVotes = [&](const char* value) {
        std::string t = text;
        size_t at = t.find("\"text\": \"Iklan Instagram\"");
        REQUIRE(at != std::string::npos);
        t.insert(at, std::string("\"votes\": ") + value + ", ");
        return loadMapFromJson(t);
    };
    MapLoadResult negative = withVotes("-1");
    CHECK(negative.problem.error == MapError::OutOfRange);
    CHECK(describeProblem(negative.problem) == "cards[0].votes must be from 0 to 1000000, not -1.");
    CHECK(withVotes("2.5").problem.error == MapError::WrongType);
    CHECK(withVotes("\"3\"").problem.error == MapError::WrongType);
    CHECK(withVotes("3").ok);
}

TEST_CASE("timer: counts down from 5 minutes, pauses, resumes, turns amber then red") {
    WorkshopTimer timer;
    timer.showStage(10, 0);
    CHECK(timer.secondsShown(0) == 300);
    CHECK_FALSE(timer.running());
    CHECK(timer.secondsUntilChange(0) == -1);  // stopped: nothing to redraw
    timer.toggle(100);
    CHECK(timer.secondsShown(100.4) == 300);  // 299.6 shows as 5:00
    CHECK(timer.secondsShown(101) == 299);
    CHECK(timer.secondsUntilChange(100.4) == doctest::Approx(0.6));
    timer.toggle(130);  // pause at 4:30
    CHECK(timer.secondsShown(500) == 270);
    timer.toggle(1000);
    CHECK(timer.secondsShown(1209) == 61);
    CHECK(timer.phase(1209) == WorkshopTimer::Phase::Normal);
    CHECK(timer.phase(1210) == WorkshopTimer::Phase::LastMinute);
    CHECK(timer.phase(1269.5) == WorkshopTimer::Phase::LastMinute);
    CHECK(timer.phase(1270) == WorkshopTimer::Phase::Over);
    CHECK(timer.secondsShown(5000) == 0);
    CHECK(timer.secondsUntilChange(5000) == -1);  // at zero it stays still
    timer.toggle(5000);                           // pause at zero
    timer.toggle(5001);                           // resuming at zero starts again
    CHECK(timer.secondsShown(5001) == 300);
}

TEST_CASE("timer: each stage keeps its own countdown; or one for the whole session") {
    WorkshopTimer timer;
    timer.showStage(1, 0);
    timer.toggle(0);
    timer.showStage(2, 60);  // 4:00 left on stage 1; stage 2 starts fresh and runs on
    CHECK(timer.running());
    CHECK(timer.secondsShown(60) == 300);
    CHECK(timer.secondsShown(90) == 270);
    timer.showStage(1, 90);
    CHECK(timer.secondsShown(90) == 240);
    timer.reset(90);
    CHECK(timer.secondsShown(90) == 300);

    WorkshopTimer session;
    session.setScope(WorkshopTimer::Scope::Session, 0);
    session.setDuration(30 * 60, 0);
    session.showStage(1, 0);
    session.toggle(0);
    session.showStage(2, 600);  // one countdown across the stages
    CHECK(session.secondsShown(600) == 1200);
    session.setDuration(5, 600);  // clamped to a minute
    CHECK(session.duration() == 60);
}

TEST_CASE("presentation: next, previous, first, last stay within the stages and animate briefly") {
    Presentation p;
    p.enter(4, 6, 1, 0);
    CHECK(p.active());
    CHECK(p.view() == PresentView::Spotlight);
    CHECK(p.stage() == 1);
    CHECK(p.lanesShown() == 6);
    CHECK(p.act(PresentAction::Next, 2, 10));
    CHECK(p.stage() == 2);
    CHECK(p.animating(10.1));
    CHECK(p.shownStage(10.1) > 1.0);
    CHECK(p.shownStage(10.1) < 2.0);
    CHECK_FALSE(p.animating(10 + Presentation::kAnimationSeconds));
    CHECK(p.shownStage(11) == 2.0);
    CHECK(p.act(PresentAction::Last, 2, 20));
    CHECK(p.stage() == 3);
    CHECK_FALSE(p.act(PresentAction::Next, 2, 21));  // already the last
    CHECK(p.act(PresentAction::First, 2, 22));
    CHECK(p.stage() == 0);
    CHECK_FALSE(p.act(PresentAction::Previous, 2, 23));
    p.goTo(3, 30);  // from the overview or the ranking: no slide
    CHECK(p.stage() == 3);
    CHECK_FALSE(p.animating(30));
}

TEST_CASE("presentation: lanes revealed one at a time, personas in turn, blank, overview, leave") {
    Presentation p;
    p.enter(3, 3, 0, 0);
    CHECK_FALSE(p.act(PresentAction::RevealLane, 2, 0));  // all shown already
    CHECK(p.act(PresentAction::HideLane, 2, 0));
    CHECK(p.act(PresentAction::HideLane, 2, 0));
    CHECK(p.lanesShown() == 1);
    CHECK(p.act(PresentAction::RevealLane, 2, 0));
    CHECK(p.lanesShown() == 2);
    p.fit(3, 2);  // a lane removed (undo): still two of two
    CHECK(p.lanesShown() == 2);
    p.fit(3, 4);  // all were shown: the added lanes show too
    CHECK(p.lanesShown() == 4);
    p.act(PresentAction::HideLane, 2, 0);
    p.fit(3, 5);  // some hidden: an added lane waits to be revealed
    CHECK(p.lanesShown() == 3);
    CHECK(p.persona() == -1);
    CHECK(p.act(PresentAction::NextPersona, 2, 0));
    CHECK(p.persona() == 0);
    p.act(PresentAction::NextPersona, 2, 0);
    CHECK(p.persona() == 1);
    p.act(PresentAction::NextPersona, 2, 0);
    CHECK(p.persona() == -1);  // all again
    CHECK_FALSE(p.act(PresentAction::NextPersona, 0, 0));
    p.act(PresentAction::ToggleBlank, 2, 0);
    CHECK(p.blank());
    p.act(PresentAction::ToggleView, 2, 0);
    CHECK(p.view() == PresentView::Overview);
    p.act(PresentAction::Leave, 2, 0);
    CHECK_FALSE(p.active());
}

TEST_CASE("presentation: the pointer hides two seconds after the mouse last moved") {
    Presentation p;
    p.enter(2, 2, 0, 0);
    p.pointerMoved(5);
    CHECK(p.pointerShown(6.9));
    CHECK(p.secondsUntilPointerHides(6) == doctest::Approx(1.0));
    CHECK_FALSE(p.pointerShown(7.0));
    CHECK(p.secondsUntilPointerHides(7.5) == -1);
}

TEST_CASE("presentation keys: one table, arrows and page keys repeat, letters do not, modifiers are the browser's") {
    using jejak::ui::PresentAction;
    using jejak::ui::presentActionFor;
    static int down = -1;
    static bool repeating = false;
    auto press = [](int k, bool repeat) {
        down = k;
        repeating = repeat;
        return presentActionFor(false, [](int key, bool canRepeat) { return key == down && (!repeating || canRepeat); });
    };
    namespace key = jejak::ui::key;
    CHECK(press(key::kPageDown, false) == PresentAction::Next);
    CHECK(press(key::kSpace, true) == PresentAction::Next);
    CHECK(press(key::kHome, false) == PresentAction::First);
    CHECK(press(key::kO, false) == PresentAction::ToggleView);
    CHECK(press(key::kO, true) == PresentAction::None);  // held, O does not toggle again and again
    CHECK(press(key::kEquals, true) == PresentAction::VoteUp);
    CHECK(press(key::kEscape, false) == PresentAction::Leave);
    down = key::kRight;
    repeating = false;
    CHECK(presentActionFor(true, [](int k, bool) { return k == down; }) == PresentAction::None);
}

// The Session driven as the views and the page drive it: intents in, commands,
// calls to the browser and effects out (session/session.h). Edits and the view.
#include <doctest/doctest.h>

#include "started_session.h"
#include "io/templates.h"
#include "session/session.h"
#include "ui/i18n.h"
#include "ui/map_layout.h"

using namespace jejak;
using jejak::test::FakeBrowserPort;

namespace {

using Started = jejak::test::StartedSession;

}  // namespace

TEST_CASE("cards: add, type, replace, move, colour, delete, each one undo step") {
    Started t;
    const size_t before = t.map().cards.size();
    Outcome added = t.s.apply(intent::AddCard{t.lane(0), t.stage(1), SIZE_MAX, true});
    REQUIRE(added.done);
    auto editing = t.effects<effect::StartEditing>();
    REQUIRE(editing.size() == 1);
    CHECK(editing[0].card == added.created);
    CHECK(t.s.editing());
    t.s.apply(intent::EditCardText{added.created, "Pay"});
    t.s.apply(intent::EditCardText{added.created, "Pay by card"});
    t.s.apply(intent::EndGesture{});
    CHECK(t.map().card(added.created)->text == "Pay by card");
    CHECK(t.map().cards.size() == before + 1);
    CHECK(t.s.document().undoSteps() == 2);  // added, typed (one step)
    CHECK_FALSE(t.s.editing());
    MapChange change = t.s.takeChange();
    CHECK(change.touches(added.created));
    CHECK_FALSE(change.whole);

    Card replaced = *t.map().card(added.created);
    replaced.notes = "by QR too";
    CHECK(t.s.apply(intent::ReplaceCard{replaced, false}).done);
    CHECK(t.map().card(added.created)->notes == "by QR too");

    CHECK(t.s.apply(intent::MoveCards{{added.created}, t.lane(1), t.stage(2), 0}).done);
    CHECK(t.map().card(added.created)->stage == t.stage(2));
    CHECK(t.map().card(added.created)->lane == t.lane(1));

    CHECK(t.s.apply(intent::ColourCards{{added.created}, Rgb{0x123456}}).done);
    CHECK(t.map().card(added.created)->color == Rgb{0x123456});
    CHECK_FALSE(t.s.apply(intent::ColourCards{{added.created}, Rgb{0x123456}}).done);  // nothing to change

    t.s.takeEffects();
    CHECK(t.s.apply(intent::DeleteCards{{added.created}}).done);
    CHECK(t.map().card(added.created) == nullptr);
    CHECK(t.effects<effect::Select>().size() == 1);  // the selection is emptied
    CHECK_FALSE(t.s.apply(intent::DeleteCards{}).done);

    CHECK(t.s.apply(intent::Undo{}).done);
    CHECK(t.map().card(added.created) != nullptr);
    CHECK(t.s.takeChange().source == MapChange::Source::History);
    CHECK(t.s.apply(intent::Redo{}).done);
    CHECK(t.map().card(added.created) == nullptr);
}

TEST_CASE("a card added for typing and left empty leaves no trace; Esc takes typing back") {
    Started t;
    const size_t steps = t.s.document().undoSteps();
    Id id = t.s.apply(intent::AddCard{t.lane(0), t.stage(0), SIZE_MAX, true}).created;
    t.s.apply(intent::EndGesture{});
    CHECK(t.map().card(id) == nullptr);
    CHECK(t.s.document().undoSteps() == steps);
    CHECK_FALSE(t.s.document().canRedo());

    Id typed = t.addCard("Kept");
    CHECK(t.s.apply(intent::StartEditing{typed}).done);
    auto open = t.effects<effect::StartEditing>();
    REQUIRE(open.size() == 1);
    CHECK(open[0].text == "Kept");
    t.s.apply(intent::EditCardText{typed, "Kept, then changed"});
    CHECK(t.s.apply(intent::CancelEdit{}).done);
    CHECK(t.map().card(typed)->text == "Kept");
    CHECK_FALSE(t.s.document().canRedo());

    // A panel field that loses the keyboard seals its typing: the next change is a new step.
    Card c = *t.map().card(typed);
    c.notes = "a";
    t.s.apply(intent::ReplaceCard{c, true});
    CHECK(t.s.apply(intent::EndTyping{}).done);
    c.notes = "ab";
    t.s.apply(intent::ReplaceCard{c, true});
    const size_t now = t.s.document().undoSteps();
    t.s.apply(intent::Undo{});
    CHECK(t.map().card(typed)->notes == "a");
    CHECK(t.s.document().undoSteps() == now - 1);
}

TEST_CASE("emotions and votes") {
    Started t;
    Id persona = t.s.apply(intent::AddPersona{}).created;
    REQUIRE(persona);
    CHECK(t.s.apply(intent::SetEmotion{persona, t.stage(0), 2}).done);
    CHECK(t.map().emotion(persona, t.stage(0))->score == 2);
    CHECK(t.s.apply(intent::SetEmotionLabel{persona, t.stage(0), "relieved"}).done);
    CHECK(t.map().emotion(persona, t.stage(0))->label == "relieved");
    CHECK_FALSE(t.s.apply(intent::SetEmotionLabel{persona, t.stage(0), "relieved"}).done);
    CHECK(t.s.apply(intent::ClearEmotion{persona, t.stage(0)}).done);
    CHECK(t.map().emotion(persona, t.stage(0)) == nullptr);
    CHECK_FALSE(t.s.apply(intent::ClearEmotion{persona, t.stage(0)}).done);

    Id card = t.addCard("Slow checkout");
    CHECK(t.s.apply(intent::ChangeVotes{card, 1}).done);
    CHECK(t.s.apply(intent::ChangeVotes{card, 1}).done);
    CHECK(t.map().card(card)->votes == 2);
    CHECK(t.s.apply(intent::ClearVotes{}).done);
    CHECK(t.map().card(card)->votes == 0);
}

TEST_CASE("stages, lanes and personas") {
    Started t;
    const size_t stages = t.map().stages.size();
    Outcome stage = t.s.apply(intent::AddStage{1, true});
    REQUIRE(stage.done);
    CHECK(t.map().stages.size() == stages + 1);
    CHECK(t.map().stages[1].id == stage.created);
    auto rename = t.effects<effect::StartRename>();
    REQUIRE(rename.size() == 1);
    CHECK(rename[0].target.id == stage.created);
    CHECK(t.s.apply(intent::MoveStage{stage.created, 0}).done);
    CHECK(t.map().stages[0].id == stage.created);
    CHECK_FALSE(t.s.apply(intent::MoveStage{stage.created, 0}).done);  // already there
    Stage named = t.map().stages[0];
    named.name = "Discover";
    CHECK(t.s.apply(intent::ReplaceStage{named, false}).done);
    CHECK(t.map().stages[0].name == "Discover");
    CHECK(t.s.apply(intent::RemoveStage{stage.created}).done);
    CHECK(t.map().stages.size() == stages);

    const size_t lanes = t.map().lanes.size();
    Outcome lane = t.s.apply(intent::AddLane{});
    REQUIRE(lane.done);
    CHECK(t.map().lanes.back().name == ui::tr("lane.text"));
    CHECK(t.s.apply(intent::MoveLane{lane.created, 0}).done);
    CHECK(t.map().lanes[0].id == lane.created);
    Lane l = t.map().lanes[0];
    l.name = "Notes";
    CHECK(t.s.apply(intent::ReplaceLane{l, false}).done);
    CHECK(t.map().lanes[0].name == "Notes");
    t.s.takeEffects();
    CHECK(t.s.apply(intent::AskRemoveLane{lane.created}).done);
    CHECK(t.effects<effect::AskRemoveLane>().at(0).lane == lane.created);
    CHECK(t.map().lane(lane.created) != nullptr);  // asking removes nothing
    CHECK(t.s.apply(intent::RemoveLane{lane.created}).done);
    CHECK(t.map().lanes.size() == lanes);

    Id persona = t.s.apply(intent::AddPersona{}).created;
    Persona p = *t.map().persona(persona);
    p.name = "Maria";
    CHECK(t.s.apply(intent::ReplacePersona{p}).done);
    CHECK(t.map().persona(persona)->name == "Maria");
    CHECK(t.s.apply(intent::RemovePersona{persona}).done);
    CHECK(t.map().persona(persona) == nullptr);

    MapInfo info = mapInfo(t.map());
    info.title = "Checkout";
    CHECK(t.s.apply(intent::SetMapInfo{info}).done);
    CHECK(t.map().title == "Checkout");
}

TEST_CASE("a hidden lane is a view setting: no undo step, saved with the view, and the canvas told") {
    Started t;
    const size_t steps = t.s.document().undoSteps();
    CHECK(t.s.apply(intent::SetLaneHidden{t.lane(1), true}).done);
    CHECK(t.s.document().undoSteps() == steps);
    CHECK(t.s.hiddenLanes() == std::vector<Id>{t.lane(1)});
    auto told = t.effects<effect::LaneHidden>();
    REQUIRE(told.size() == 1);
    CHECK(told[0].hidden);
    CHECK_FALSE(t.s.apply(intent::SetLaneHidden{t.lane(1), true}).done);
    CHECK_FALSE(t.s.apply(intent::SetLaneHidden{99999, true}).done);
    t.s.flushSave();
    CHECK(t.port.lastSaveView.find("\"hiddenLanes\":[" + std::to_string(t.lane(1)) + "]") != std::string::npos);
    CHECK(t.s.apply(intent::SetLaneHidden{t.lane(1), false}).done);
    CHECK(t.s.hiddenLanes().empty());
}

TEST_CASE("an opportunity for a touchpoint goes into the first opportunities lane the editor shows") {
    Started t;
    Id touchpoint = t.addCard("Shipping cost page", 1, 2);
    int opportunityLanes = 0;
    Id first = 0;
    for (const Lane& l : t.map().lanes)
        if (l.kind == LaneKind::Opportunities && ++opportunityLanes == 1) first = l.id;
    REQUIRE(first);
    t.s.apply(intent::SetLaneHidden{first, true});
    const size_t lanes = t.map().lanes.size();
    t.s.takeEffects();
    Outcome o = t.s.apply(intent::AddOpportunity{touchpoint});
    REQUIRE(o.done);
    const Card* card = t.map().card(o.created);
    REQUIRE(card);
    CHECK(card->stage == t.stage(2));
    // Its only opportunities lane is hidden: a new one, shown, holds the card.
    CHECK(t.map().lanes.size() == lanes + 1);
    CHECK(card->lane == t.map().lanes.back().id);
    CHECK(t.map().lanes.back().kind == LaneKind::Opportunities);
    REQUIRE(t.map().links.size() == 1);
    auto select = t.effects<effect::Select>();
    (void)select;
    t.s.apply(intent::EndGesture{});
    t.s.apply(intent::Undo{});  // one step: the lane, the card and the link go together
    CHECK(t.map().lanes.size() == lanes);
    CHECK(t.map().links.empty());

    t.s.apply(intent::SetLaneHidden{first, false});
    Outcome shown = t.s.apply(intent::AddOpportunity{touchpoint});
    CHECK(t.map().card(shown.created)->lane == first);
    CHECK_FALSE(t.s.apply(intent::AddOpportunity{424242}).done);
}

TEST_CASE("the view's intents become effects for the views") {
    Started t;
    CHECK(t.s.apply(intent::ShowPanel{Panel::Personas}).done);
    CHECK(t.effects<effect::ShowPanel>().at(0).panel == Panel::Personas);
    CHECK(t.s.apply(intent::OpenDialog{Dialog::Help}).done);
    CHECK(t.effects<effect::OpenDialog>().at(0).dialog == Dialog::Help);
    CHECK(t.s.apply(intent::StartRename{{Target::Lane, t.lane(0), -1, -1}}).done);
    CHECK(t.effects<effect::StartRename>().at(0).target.id == t.lane(0));
    CHECK(t.s.apply(intent::SelectCards{{7, 8}}).done);
    CHECK(t.effects<effect::Select>().at(0).cards == std::vector<Id>{7, 8});
    CHECK(t.s.apply(intent::ZoomBy{1.25f}).done);
    CHECK(t.effects<effect::Zoom>().at(0).factor == doctest::Approx(1.25f));
    CHECK(t.s.apply(intent::FitToScreen{}).done);
    CHECK(t.effects<effect::FitToScreen>().size() == 1);

    // The gallery asks the formats module for the other templates once.
    CHECK(t.s.apply(intent::OpenDialog{Dialog::Gallery}).done);
    CHECK(t.s.moreTemplates() == Session::MoreTemplates::Loading);
    t.s.apply(intent::OpenDialog{Dialog::Gallery});
    CHECK(t.port.calls("loadTemplates").size() == 1);
    t.s.onTemplates(true, R"({"b2b.en": "{}"})");
    CHECK(t.s.moreTemplates() == Session::MoreTemplates::None);
    CHECK(t.s.templates().back().first == "b2b.en");
}

TEST_CASE("themes and presentation mode: the projector's theme while presenting, the editor's after") {
    Started t;
    CHECK(t.s.apply(intent::NextTheme{}).done);
    CHECK(t.s.theme() == Theme::Dark);
    CHECK(t.port.preferences["theme"] == "dark");
    CHECK(t.effects<effect::ApplyTheme>().at(0).theme == Theme::Dark);

    Id card = t.addCard("Pay");
    t.s.apply(intent::StartEditing{card});
    t.s.apply(intent::EditCardText{card, "Pay now"});
    CHECK(t.s.apply(intent::Present{true}).done);
    CHECK_FALSE(t.s.editing());  // the in-place edit ended, kept
    CHECK(t.map().card(card)->text == "Pay now");
    CHECK(t.s.presenting());
    CHECK(t.s.theme() == Theme::Projector);
    CHECK(t.port.calls("setFullscreen").at(0).a == "on");
    CHECK_FALSE(t.s.apply(intent::Present{true}).done);
    t.s.apply(intent::NextTheme{});  // the room's theme for now: not kept as the editor's
    CHECK(t.port.preferences["theme"] == "dark");
    t.s.onFullscreenLeft();  // the browser's own Esc
    CHECK_FALSE(t.s.presenting());
    CHECK(t.s.theme() == Theme::Dark);
    CHECK(t.port.calls("setFullscreen").at(1).a == "off");
}

TEST_CASE("the spotlight starts on the first stage whose middle is in view") {
    ui::MapLayout layout;
    layout.metrics.laneHeaderWidth = 200;
    for (int i = 0; i < 4; ++i) layout.columns.push_back({static_cast<Id>(i + 1), 200.0f + 300.0f * static_cast<float>(i), 300.0f});
    CHECK(ui::firstStageInView(layout, 0) == 0);
    CHECK(ui::firstStageInView(layout, 149) == 0);
    CHECK(ui::firstStageInView(layout, 151) == 1);
    CHECK(ui::firstStageInView(layout, 700) == 2);
    CHECK(ui::firstStageInView(layout, 1000) == 3);
    CHECK(ui::firstStageInView(layout, 5000) == 0);  // scrolled past all: the first
}

TEST_CASE("language: a loaded language at once, kept as this browser's choice") {
    Started t;
    CHECK(t.s.apply(intent::ChooseLanguage{Language::Indonesian}).done);
    CHECK(ui::uiLanguage() == Language::Indonesian);
    CHECK(t.port.preferences["language"] == "id");
    t.s.apply(intent::ChooseLanguage{Language::English});
    CHECK(ui::uiLanguage() == Language::English);
}

TEST_CASE("search: matches in reading order, Enter steps through them, kept with the view") {
    Started t;
    Id a = t.addCard("pay by card", 0, 1);
    Id b = t.addCard("Pay later", 0, 0);
    t.addCard("ship", 0, 2);
    t.s.setSearch({"pay", -1}, -1);
    CHECK(t.s.searchMatches() == std::vector<Id>{b, a});
    const std::vector<bool>& dimmed = t.s.dimmedCards();
    CHECK(std::count(dimmed.begin(), dimmed.end(), true) == static_cast<long>(t.map().cards.size()) - 2);
    t.s.stepSearch(1);
    auto step = t.effects<effect::Select>();
    REQUIRE(step.size() == 1);
    CHECK(step[0].cards == std::vector<Id>{b});
    CHECK(step[0].scroll);
    t.s.stepSearch(1);
    CHECK(t.effects<effect::Select>().at(0).cards == std::vector<Id>{a});
    t.s.stepSearch(1);  // wraps around
    CHECK(t.s.searchCurrent() == 0);
    t.s.flushSave();
    CHECK(t.port.lastSaveView.find("\"text\":\"pay\"") != std::string::npos);
}

TEST_CASE("read only: a saved version refuses edits of its content, with one message") {
    Started t;
    Id card = t.addCard("Pay");
    t.s.apply(intent::SaveVersion{"Before launch"});
    Id version = t.map().states.back().info.id;
    REQUIRE(t.s.apply(intent::OpenState{version}).done);
    t.s.takeEffects();
    CHECK_FALSE(t.s.apply(intent::DeleteCards{{card}}).done);
    CHECK(t.messages() == std::vector<std::string>{ui::tr("state.read_only_edit")});
    CHECK(t.s.readOnlyReason() != nullptr);
    // Switching states is no edit of the open state's content.
    CHECK(t.s.apply(intent::OpenState{currentStateId(t.map())}).done);
    CHECK(t.s.readOnlyReason() == nullptr);
    CHECK(Session::viewsOnly(intent::SelectCards{}));
    CHECK_FALSE(Session::viewsOnly(intent::DeleteCards{}));
}

TEST_CASE("a change names what it touched, and past a few hundred items it is simply everything") {
    Started t;
    Id a = t.addCard("one");
    MapChange first = t.s.takeChange();
    CHECK(first.source == MapChange::Source::Local);
    CHECK(first.touches(a));
    CHECK_FALSE(first.touches(a + 1000));
    CHECK_FALSE(t.s.takeChange().any());  // taken: nothing new
    for (size_t i = 0; i < MapChange::kMaxItems + 1; ++i) t.addCard("card " + std::to_string(i), 0, i % 5);
    MapChange many = t.s.takeChange();
    CHECK(many.whole);
    CHECK(many.items.empty());
}

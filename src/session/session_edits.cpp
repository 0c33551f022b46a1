// Edits of the map's content: cards, emotions, stages, lanes, personas, the
// map's details, votes, undo and redo. One small handler per intent.
#include <algorithm>

#include "core/card_colours.h"
#include "core/formatting.h"
#include "core/votes.h"
#include "session/session.h"
#include "ui/i18n.h"

namespace jejak {
namespace {
Outcome done(bool ok, Id created = 0) { return {ok, ok ? created : 0}; }
}  // namespace

using ui::format;
using ui::tr;

void Session::startEditing(Id card, const std::string& text, Id added) {
    edit_ = {card, added, false, true};
    emit(effect::StartEditing{card, text});
}

// --- cards ---------------------------------------------------------------------------

template <>
Outcome Session::on(const intent::AddCard& i) {
    std::vector<Card> cards(1);
    cards[0].lane = i.lane;
    cards[0].stage = i.stage;
    assignFreshIds(map(), cards);
    Id id = cards[0].id;
    if (!execute(addCards(std::move(cards), i.index))) return {};
    edit_ = {id, id, false, false};  // a card added for typing: dropped again if left empty
    if (i.edit) startEditing(id, "", id);
    return done(true, id);
}

template <>
Outcome Session::on(const intent::EditCardText& i) {
    const Card* card = map().card(i.card);
    if (!card) return {};
    if (edit_.card != i.card) edit_ = {i.card, 0, false, edit_.open};
    Card changed = *card;
    changed.text = i.text;
    bool ok = execute(replaceCard(std::move(changed)), true);
    edit_.changed = edit_.changed || ok;
    return done(ok);
}

template <>
Outcome Session::on(const intent::ReplaceCard& i) {
    return done(execute(replaceCard(i.card), i.continuous));
}

template <>
Outcome Session::on(const intent::MoveCards& i) {
    return done(execute(moveCards(i.cards, i.lane, i.stage, i.index), true));
}

template <>
Outcome Session::on(const intent::DeleteCards& i) {
    if (i.cards.empty()) return {};
    bool ok = execute(deleteCards(i.cards));
    emit(effect::Select{});
    return done(ok);
}

template <>
Outcome Session::on(const intent::ColourCards& i) {
    std::vector<CommandPtr> steps;
    for (Id id : i.cards)
        if (const Card* c = map().card(id)) {
            Card changed = *c;
            changed.color = i.colour;
            if (!(changed == *c)) steps.push_back(replaceCard(std::move(changed)));
        }
    return done(!steps.empty() && execute(group({"cmd.color_cards", ""}, std::move(steps))));
}

template <>
Outcome Session::on(const intent::SetEmotion& i) {
    const EmotionScore* old = map().emotion(i.persona, i.stage);
    EmotionScore e{i.persona, i.stage, i.score, old ? old->label : std::string()};
    return done(execute(setEmotion(i.persona, i.stage, e), true));
}

template <>
Outcome Session::on(const intent::SetEmotionLabel& i) {
    const EmotionScore* old = map().emotion(i.persona, i.stage);
    if (!old || old->label == i.label) return done(false);
    EmotionScore e = *old;
    e.label = i.label;
    return done(execute(setEmotion(i.persona, i.stage, e)));
}

template <>
Outcome Session::on(const intent::ClearEmotion& i) {
    if (!map().emotion(i.persona, i.stage)) return done(false);
    return done(execute(setEmotion(i.persona, i.stage, std::nullopt)));
}

template <>
Outcome Session::on(const intent::EndGesture&) {
    // A card added for typing that ends up empty is not kept, and leaves no trace.
    const Card* card = edit_.added ? map().card(edit_.added) : nullptr;
    if (card && card->text.empty()) {
        if (edit_.changed) document_.discardLast();
        document_.discardLast();
        change_.add(MapChange::Source::History, {edit_.added});
    }
    document_.seal();
    edit_ = {};
    return done(true);
}

template <>
Outcome Session::on(const intent::CancelEdit&) {
    // Esc takes the edit back without a trace: no redo step, nothing to save.
    if (edit_.changed) document_.discardLast();
    if (edit_.added && map().card(edit_.added)) document_.discardLast();
    if (edit_.changed || edit_.added) change_.add(MapChange::Source::History, {edit_.card});
    document_.seal();
    edit_ = {};
    return done(true);
}

template <>
Outcome Session::on(const intent::EndTyping&) {
    document_.seal();
    return done(true);
}

// --- stages, lanes, personas, the map --------------------------------------------------

template <>
Outcome Session::on(const intent::AddStage& i) {
    Stage stage;
    stage.id = map().nextId;
    stage.name = tr("stage.new_name");
    Id id = stage.id;
    if (!execute(insertStage(std::move(stage), std::min(i.index, map().stages.size())))) return {};
    if (i.rename) emit(effect::StartRename{{Target::Stage, id, -1, -1}});
    return done(true, id);
}

template <>
Outcome Session::on(const intent::MoveStage& i) {
    if (map().stageIndex(i.stage) == static_cast<int>(i.index)) return {};
    return done(execute(moveStage(i.stage, i.index)));
}

template <>
Outcome Session::on(const intent::ReplaceStage& i) {
    return done(execute(replaceStage(i.stage), i.continuous));
}

template <>
Outcome Session::on(const intent::RemoveStage& i) {
    return done(execute(removeStage(i.stage)));
}

template <>
Outcome Session::on(const intent::AddLane&) {
    Lane lane;
    lane.id = map().nextId;
    lane.kind = LaneKind::Text;
    lane.name = tr(ui::laneKindKey(lane.kind));
    Id id = lane.id;
    return done(execute(insertLane(std::move(lane), map().lanes.size())), id);
}

template <>
Outcome Session::on(const intent::MoveLane& i) {
    if (map().laneIndex(i.lane) == static_cast<int>(i.index)) return {};
    return done(execute(moveLane(i.lane, i.index)));
}

template <>
Outcome Session::on(const intent::ReplaceLane& i) {
    return done(execute(replaceLane(i.lane), i.continuous));
}

// A view setting: no undo step, kept with the view.
template <>
Outcome Session::on(const intent::SetLaneHidden& i) {
    std::vector<Id>& hidden = view_.hiddenLanes;
    const bool hides = std::find(hidden.begin(), hidden.end(), i.lane) != hidden.end();
    if (!map().lane(i.lane) || hides == i.hidden) return done(false);
    if (i.hidden)
        hidden.push_back(i.lane);
    else
        hidden.erase(std::remove(hidden.begin(), hidden.end(), i.lane), hidden.end());
    autosave_.viewChanged();
    emit(effect::LaneHidden{i.lane, i.hidden});
    return done(true);
}

template <>
Outcome Session::on(const intent::AskRemoveLane& i) {
    emit(effect::AskRemoveLane{i.lane});
    return done(true);
}

template <>
Outcome Session::on(const intent::RemoveLane& i) {
    return done(execute(removeLane(i.lane)));
}

template <>
Outcome Session::on(const intent::AddPersona&) {
    Persona p;
    p.id = map().nextId;
    p.name = tr("persona.new_name");
    p.color = kCardColours[map().personas.size() % kCardColours.size()].rgb;
    Id id = p.id;
    return done(execute(insertPersona(std::move(p), map().personas.size())), id);
}

template <>
Outcome Session::on(const intent::ReplacePersona& i) {
    return done(execute(replacePersona(i.persona), true));
}

template <>
Outcome Session::on(const intent::RemovePersona& i) {
    return done(execute(removePersona(i.persona)));
}

template <>
Outcome Session::on(const intent::SetMapInfo& i) {
    return done(execute(setMapInfo(map(), i.info), true));
}

template <>
Outcome Session::on(const intent::Undo&) {
    if (!document_.undo()) return done(false);
    change_.add(MapChange::Source::History, {});
    return done(true);
}

template <>
Outcome Session::on(const intent::Redo&) {
    if (!document_.redo()) return done(false);
    change_.add(MapChange::Source::History, {});
    return done(true);
}

template <>
Outcome Session::on(const intent::ChangeVotes& i) {
    return done(execute(changeVotes(map(), i.card, i.delta)));
}

template <>
Outcome Session::on(const intent::ClearVotes&) {
    return done(execute(clearVotes(map())));
}

// An opportunity card in the touchpoint's stage, in the map's first opportunities
// lane that the editor shows (a new one when it has none), linked to the
// touchpoint: one undo step, its text ready to be typed over.
template <>
Outcome Session::on(const intent::AddOpportunity& i) {
    const Card* touchpoint = map().card(i.touchpoint);
    if (!touchpoint) return done(false);
    std::vector<CommandPtr> steps;
    Id lane = 0;
    const std::vector<Id>& hidden = view_.hiddenLanes;
    for (const Lane& l : map().lanes)
        if (l.kind == LaneKind::Opportunities && std::find(hidden.begin(), hidden.end(), l.id) == hidden.end()) {
            lane = l.id;
            break;
        }
    Id next = map().nextId;
    if (!lane) {
        Lane added;
        added.id = lane = next++;
        added.kind = LaneKind::Opportunities;
        added.name = tr(ui::laneKindKey(LaneKind::Opportunities));
        steps.push_back(insertLane(std::move(added), map().lanes.size()));
    }
    Card card;
    card.id = next;
    card.lane = lane;
    card.stage = touchpoint->stage;
    card.text = format("analytics.opportunity_text", {touchpoint->text});
    const Id id = card.id;
    const std::string text = card.text;
    steps.push_back(addCards({std::move(card)}, SIZE_MAX));
    steps.push_back(linkCards({id, i.touchpoint}));
    if (!execute(group({"cmd.add_opportunity", text}, std::move(steps)))) return done(false);
    emit(effect::Select{{id}, true});
    startEditing(id, text, 0);
    return done(true, id);
}

}  // namespace jejak

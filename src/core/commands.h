// Every change to a journey map is a command: apply, revert, a human label, and
// (for continuous edits such as typing or dragging) merging into one undo step.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/journey_map.h"

namespace jejak {

// A translation key ("cmd.move_cards") and the name it is about ("Decision").
struct CommandLabel {
    std::string key;
    std::string subject;
};

class Command {
public:
    virtual ~Command() = default;
    // apply() runs on the map the command was made for; revert() right after
    // its apply() gives back exactly the map before.
    virtual void apply(JourneyMap& map) = 0;
    virtual void revert(JourneyMap& map) = 0;
    virtual CommandLabel label() const = 0;
    // Folds `next`, already applied after this one, into this one; true when it could.
    virtual bool mergeWith(const Command& next);
    // Which class of command it is, for merging: one address per class (kindOf),
    // none for a command that never merges. (No RTTI: the web build has none.)
    virtual const void* kind() const { return nullptr; }
    // Whether the command can run on this map: its ids exist (or, for new items,
    // are free) and its values are valid. Commands assume it; Document checks it.
    virtual bool applicable(const JourneyMap& map) const = 0;
    // Whether it changes the open state's content: refused while a saved
    // version, which is read-only, is open (Document checks it).
    virtual bool editsOpenState() const { return true; }
    // The ids of the items it changes, adds or removes (cards, stages, lanes,
    // personas), for views that refresh only what changed; none: it cannot say
    // (a group, a state switch), so anything may have changed.
    virtual void touched(std::vector<Id>& ids) const { (void)ids; }
};

using CommandPtr = std::unique_ptr<Command>;

template <class T>
const void* kindOf() {
    static const char tag = 0;
    return &tag;
}
// `next` as a command of this one's class, or nullptr.
template <class T>
const T* sameKind(const T& self, const Command& next) {
    return next.kind() == self.kind() && self.kind() ? static_cast<const T*>(&next) : nullptr;
}

// --- whole map --------------------------------------------------------------------
struct MapInfo {
    std::string title, description, language;
    bool operator==(const MapInfo&) const = default;
};
MapInfo mapInfo(const JourneyMap& map);
CommandPtr setMapInfo(const JourneyMap& map, MapInfo info);

// New items carry fresh ids (from map.nextId up); adding them moves nextId past them.

// --- stages, lanes and personas: insert at an index, remove, move, replace ---------
// Removing a stage or lane removes its cards (and a stage's emotion scores); revert
// restores them where they were. Removing a persona removes its scores.
CommandPtr insertStage(Stage stage, size_t index);
CommandPtr removeStage(Id stage);
CommandPtr moveStage(Id stage, size_t toIndex);
CommandPtr replaceStage(Stage stage);  // the stage with stage.id becomes `stage`

CommandPtr insertLane(Lane lane, size_t index);
CommandPtr removeLane(Id lane);
CommandPtr moveLane(Id lane, size_t toIndex);
CommandPtr replaceLane(Lane lane);

CommandPtr insertPersona(Persona persona, size_t index);
CommandPtr removePersona(Id persona);
CommandPtr replacePersona(Persona persona);

// --- cards ---------------------------------------------------------------------------
// Adds cards (one, or a paste of many) to the cell of each card's lane and stage,
// at indexInCell among that cell's cards (clamped; cards for the same cell keep
// their order).
CommandPtr addCards(std::vector<Card> cards, size_t indexInCell);
CommandPtr deleteCards(std::vector<Id> cards);
// Moves cards (in their current map order) into one cell, at indexInCell among
// the cell's other cards.
CommandPtr moveCards(std::vector<Id> cards, Id lane, Id stage, size_t indexInCell);
CommandPtr replaceCard(Card card);

// --- emotions --------------------------------------------------------------------------
// Sets (or with nullopt, clears) a persona's score at a stage.
CommandPtr setEmotion(Id persona, Id stage, std::optional<EmotionScore> score);

// --- measures and links (format version 3) ----------------------------------------------
// Removing a stage or a card removes its measures and links too (revert restores them).
// Replaces all of the map's measures (an import, one undo step); applicable only
// when the new ones follow the map's rules.
CommandPtr setMeasures(std::vector<Measure> measures, CommandLabel label);
// Links two cards (either way round counts as the same link), or removes that link.
CommandPtr linkCards(CardLink link);
CommandPtr unlinkCards(CardLink link);

// --- several commands as one undo step ----------------------------------------------
CommandPtr group(CommandLabel label, std::vector<CommandPtr> commands);

// --- states (src/core/commands_states.cpp) ---
CommandPtr openState(Id state);                 // switch to another state
CommandPtr addState(MapState state, bool open);  // a future state or a version
CommandPtr renameState(Id state, std::string name);
CommandPtr removeState(Id state);  // not the current state, not the open one
CommandPtr restoreVersion(Id version);  // the version's content becomes the current state's, which opens
// A copy of the open state as a new state of `kind`, started from it (same item
// ids); a future state leaves the measures behind.
MapState copyOpenState(const JourneyMap& map, StateKind kind, std::string name, std::string created);
// One state as a map file of its own: the same ids, with no other states.
JourneyMap stateAsMap(const JourneyMap& map, Id state);

// Gives each card with id 0 a fresh id, counting up from map.nextId.
void assignFreshIds(const JourneyMap& map, std::vector<Card>& cards);

}  // namespace jejak

// An open journey map with its undo history: the only way the app changes a map.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>

#include "core/commands.h"
#include "core/journey_map.h"

namespace jejak {

class Document {
public:
    static constexpr size_t kDefaultHistoryLimit = 1000;

    explicit Document(JourneyMap map = {}, size_t historyLimit = kDefaultHistoryLimit);

    const JourneyMap& map() const { return map_; }

    // Applies the command if it is applicable; false (and nothing changes) if not.
    // A continuous edit (typing into one field, one drag) merges into the step
    // before it when that was continuous too and the same kind of edit, until seal().
    bool execute(CommandPtr command, bool continuous = false);
    void seal() { sealed_ = true; }

    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    bool undo();
    bool redo();
    // Takes the last step back as if it had never been done: no redo step, and the
    // map's state is the one before it (an abandoned new card, say). False if
    // there is no step.
    bool discardLast();
    std::optional<CommandLabel> undoLabel() const;
    std::optional<CommandLabel> redoLabel() const;
    size_t undoSteps() const { return undo_.size(); }

    // Caches watch changeCount: it goes up on every change (edit, undo, redo,
    // discard). Persistence watches state(): one number per distinct map state, so
    // an edit taken back by undo or discard returns to the number before it.
    // dirty is true when the map differs from the state last marked saved.
    std::uint64_t changeCount() const { return changes_; }
    std::uint64_t state() const { return state_; }
    bool dirty() const { return state_ != savedState_; }
    void markSaved() { savedState_ = state_; }
    void markSaved(std::uint64_t state) { savedState_ = state; }  // a save of that state finished

    // Replaces the whole map (open a file, new from template); clears history.
    void reset(JourneyMap map);

private:
    struct Step {
        CommandPtr command;
        std::uint64_t stateBefore, stateAfter;
    };
    Step takeBack();  // reverts the last step and returns it

    JourneyMap map_;
    size_t limit_;
    std::deque<Step> undo_, redo_;
    bool lastContinuous_ = false;
    bool sealed_ = true;
    std::uint64_t changes_ = 0;
    // Each distinct map state gets a number; dirty compares them.
    std::uint64_t state_ = 0, savedState_ = 0, nextState_ = 1;
};

}  // namespace jejak

// Executing commands with undo, redo, merging and the saved-state mark.
#include "core/document.h"

#include <utility>

namespace jejak {

Document::Document(JourneyMap map, size_t historyLimit) : map_(std::move(map)), limit_(historyLimit) {}

bool Document::execute(CommandPtr command, bool continuous) {
    if (!command || !command->applicable(map_)) return false;
    if (map_.state.kind == StateKind::Version && command->editsOpenState()) return false;  // versions are read-only
    command->apply(map_);
    ++changes_;
    redo_.clear();
    Command* top = undo_.empty() ? nullptr : undo_.back().command.get();
    Command& added = *command;
    if (continuous && lastContinuous_ && !sealed_ && top && top->kind() && top->kind() == added.kind() &&
        top->mergeWith(added)) {
        state_ = undo_.back().stateAfter = nextState_++;
        return true;
    }
    std::uint64_t before = state_;
    state_ = nextState_++;
    undo_.push_back({std::move(command), before, state_});
    if (undo_.size() > limit_) undo_.pop_front();
    lastContinuous_ = continuous;
    sealed_ = !continuous;
    return true;
}

Document::Step Document::takeBack() {
    Step step = std::move(undo_.back());
    undo_.pop_back();
    step.command->revert(map_);
    state_ = step.stateBefore;
    ++changes_;
    sealed_ = true;
    return step;
}

bool Document::undo() {
    if (undo_.empty()) return false;
    redo_.push_back(takeBack());
    return true;
}

bool Document::redo() {
    if (redo_.empty()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    step.command->apply(map_);
    state_ = step.stateAfter;
    undo_.push_back(std::move(step));
    ++changes_;
    sealed_ = true;
    return true;
}

bool Document::discardLast() {
    if (undo_.empty()) return false;
    takeBack();  // and forget it: no redo step
    return true;
}

std::optional<CommandLabel> Document::undoLabel() const {
    if (undo_.empty()) return std::nullopt;
    return undo_.back().command->label();
}

std::optional<CommandLabel> Document::redoLabel() const {
    if (redo_.empty()) return std::nullopt;
    return redo_.back().command->label();
}

void Document::reset(JourneyMap map) {
    map_ = std::move(map);
    undo_.clear();
    redo_.clear();
    sealed_ = true;
    lastContinuous_ = false;
    ++changes_;
    state_ = savedState_ = nextState_++;
}

}  // namespace jejak

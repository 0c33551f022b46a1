// The commands on a map's states: open one, start a future state, save a
// version, rename, delete, and restore a version as the current state.
#include <algorithm>
#include <utility>

#include "core/commands.h"

namespace jejak {
namespace {

// Exchanges the open state (its info and the map's lists) with states[i].
void exchange(JourneyMap& m, size_t i) {
    MapState& other = m.states[i];
    std::swap(m.state, other.info);
    swapContent(m, other.content);
}

StateInfo* infoOf(JourneyMap& m, Id id) { return const_cast<StateInfo*>(std::as_const(m).stateInfo(id)); }

class OpenState final : public Command {
public:
    explicit OpenState(Id id) : id_(id) {}
    void apply(JourneyMap& m) override {
        index_ = static_cast<size_t>(m.stateIndex(id_));
        exchange(m, index_);
    }
    void revert(JourneyMap& m) override { exchange(m, index_); }
    CommandLabel label() const override { return {"cmd.open_state", {}}; }
    bool applicable(const JourneyMap& m) const override { return m.stateIndex(id_) >= 0; }
    bool editsOpenState() const override { return false; }

private:
    Id id_;
    size_t index_ = 0;
};

class AddState final : public Command {
public:
    AddState(MapState state, bool open) : state_(std::move(state)), open_(open) {}
    void apply(JourneyMap& m) override {
        m.states.push_back(std::move(state_));
        if (open_) exchange(m, m.states.size() - 1);
    }
    void revert(JourneyMap& m) override {
        if (open_) exchange(m, m.states.size() - 1);
        state_ = std::move(m.states.back());
        m.states.pop_back();
    }
    CommandLabel label() const override {
        return {state_.info.kind == StateKind::Version ? "cmd.save_version" : "cmd.start_state", state_.info.name};
    }
    bool applicable(const JourneyMap& m) const override {
        const StateInfo& info = state_.info;
        return info.kind != StateKind::Current && !m.stateInfo(info.id) && !stateInfoProblem(info, "state") &&
               (info.from == 0 || m.stateInfo(info.from));
    }
    bool editsOpenState() const override { return false; }

private:
    MapState state_;
    bool open_;
};

class RenameState final : public Command {
public:
    RenameState(Id id, std::string name) : id_(id), name_(std::move(name)) {}
    void apply(JourneyMap& m) override { std::swap(infoOf(m, id_)->name, name_); }
    void revert(JourneyMap& m) override { std::swap(infoOf(m, id_)->name, name_); }
    CommandLabel label() const override { return {"cmd.rename_state", {}}; }
    bool applicable(const JourneyMap& m) const override {
        return m.stateInfo(id_) && name_.size() <= kMaxStateNameBytes;
    }
    bool editsOpenState() const override { return false; }
    const void* kind() const override { return kindOf<RenameState>(); }
    bool mergeWith(const Command& next) override {  // typing a name is one step
        auto* n = sameKind(*this, next);
        return n && n->id_ == id_;  // this one keeps the name from before the first keystroke
    }

private:
    Id id_;
    std::string name_;  // the new name before apply, the old one after
};

class RemoveState final : public Command {
public:
    explicit RemoveState(Id id) : id_(id) {}
    void apply(JourneyMap& m) override {
        index_ = static_cast<size_t>(m.stateIndex(id_));
        removed_ = std::move(m.states[index_]);
        m.states.erase(m.states.begin() + static_cast<std::ptrdiff_t>(index_));
        // States started from it forget where they came from (undo tells them again).
        started_.clear();
        if (m.state.from == id_) {
            m.state.from = 0;
            started_.push_back(m.state.id);
        }
        for (MapState& s : m.states)
            if (s.info.from == id_) {
                s.info.from = 0;
                started_.push_back(s.info.id);
            }
    }
    void revert(JourneyMap& m) override {
        for (Id id : started_) infoOf(m, id)->from = id_;
        m.states.insert(m.states.begin() + static_cast<std::ptrdiff_t>(index_), std::move(removed_));
    }
    CommandLabel label() const override { return {"cmd.delete_state", removed_.info.name}; }
    bool applicable(const JourneyMap& m) const override {
        int i = m.stateIndex(id_);
        return i >= 0 && m.states[static_cast<size_t>(i)].info.kind != StateKind::Current;
    }
    bool editsOpenState() const override { return false; }

private:
    Id id_;
    size_t index_ = 0;
    MapState removed_;
    std::vector<Id> started_;
};

// The version's content becomes the current state's, which opens.
class RestoreVersion final : public Command {
public:
    explicit RestoreVersion(Id version) : version_(version) {}
    void apply(JourneyMap& m) override {
        opened_ = m.state.kind != StateKind::Current;
        if (opened_) {
            for (size_t i = 0; i < m.states.size(); ++i)
                if (m.states[i].info.kind == StateKind::Current) currentIndex_ = i;
            exchange(m, currentIndex_);
        }
        const MapState& version = m.states[static_cast<size_t>(m.stateIndex(version_))];
        before_ = version.content;
        swapContent(m, before_);  // before_ now holds what the current state had
    }
    void revert(JourneyMap& m) override {
        swapContent(m, before_);
        before_ = {};
        if (opened_) exchange(m, currentIndex_);
    }
    CommandLabel label() const override { return {"cmd.restore_version", {}}; }
    bool applicable(const JourneyMap& m) const override {
        const StateInfo* info = m.stateInfo(version_);
        if (!info || info->kind != StateKind::Version) return false;
        return m.state.kind == StateKind::Current || std::any_of(m.states.begin(), m.states.end(), [](const MapState& s) {
                   return s.info.kind == StateKind::Current;
               });
    }
    bool editsOpenState() const override { return false; }

private:
    Id version_;
    bool opened_ = false;
    size_t currentIndex_ = 0;
    StateContent before_;
};

}  // namespace

CommandPtr openState(Id state) { return std::make_unique<OpenState>(state); }
CommandPtr addState(MapState state, bool open) { return std::make_unique<AddState>(std::move(state), open); }
CommandPtr renameState(Id state, std::string name) { return std::make_unique<RenameState>(state, std::move(name)); }
CommandPtr removeState(Id state) { return std::make_unique<RemoveState>(state); }
CommandPtr restoreVersion(Id version) { return std::make_unique<RestoreVersion>(version); }

MapState copyOpenState(const JourneyMap& map, StateKind kind, std::string name, std::string created) {
    MapState s;
    s.info.id = freeStateId(map);
    s.info.name = std::move(name);
    s.info.kind = kind;
    s.info.created = std::move(created);
    s.info.from = map.state.id;
    s.content = copyContent(map);
    if (kind == StateKind::Future) s.content.measures.clear();  // a designed journey has not been counted yet
    return s;
}

JourneyMap stateAsMap(const JourneyMap& map, Id state) {
    JourneyMap out = map;
    out.states.clear();
    if (state != map.state.id) {
        int i = map.stateIndex(state);
        if (i < 0) return out;
        out.state = map.states[static_cast<size_t>(i)].info;
        StateContent content = map.states[static_cast<size_t>(i)].content;
        swapContent(out, content);
    }
    out.state.kind = StateKind::Current;  // a file of its own: its one state is its current one
    out.state.from = 0;
    return out;
}

}  // namespace jejak

// States and versions: the intents of views/states_view.h as commands, one
// undo step each (ui/intents.h).
#include <ctime>

#include "core/formatting.h"
#include "io/map_json.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/views/states_view.h"

namespace jejak::ui {
namespace {
Outcome done(bool ok) { return {ok, 0}; }
}  // namespace

// A switch of state: what was selected or typed belongs to the state left.
void App::leaveOpenState() {
    canvas_.select({});
    edit_ = {};
}

std::string App::nowTimestamp() const {
    return timestampFromMs(static_cast<double>(std::time(nullptr)) * 1000.0);  // the wall clock, not nowMs_
}

template <>
Outcome App::on(const intent::OpenState& i) {
    if (i.state == map().state.id) return done(true);
    leaveOpenState();
    return done(execute(openState(i.state)));
}

template <>
Outcome App::on(const intent::StartFutureState&) {
    // "Future state", or "Future state 2" when that name is taken.
    const std::string base = tr("state.future_default");
    std::string name = base;
    for (int n = 2;; ++n) {
        bool taken = stateName(map().state) == name;
        for (const MapState& s : map().states) taken = taken || stateName(s.info) == name;
        if (!taken) break;
        name = base + " " + std::to_string(n);
    }
    leaveOpenState();
    return done(execute(addState(copyOpenState(map(), StateKind::Future, name, nowTimestamp()), true)));
}

template <>
Outcome App::on(const intent::SaveVersion& i) {
    std::string label = i.label;
    while (!label.empty() && label.back() == ' ') label.pop_back();
    if (label.empty()) label = stateName(map().state) + ", " + nowTimestamp().substr(0, 10);
    if (label.size() > kMaxStateNameBytes) label.resize(kMaxStateNameBytes);  // (never inside a UTF-8 letter: see below)
    while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80) label.pop_back();
    if (!label.empty() && static_cast<unsigned char>(label.back()) >= 0xC0) label.pop_back();
    return done(execute(addState(copyOpenState(map(), StateKind::Version, label, nowTimestamp()), false)));
}

template <>
Outcome App::on(const intent::RestoreVersion& i) {
    leaveOpenState();
    return done(execute(restoreVersion(i.version)));
}

template <>
Outcome App::on(const intent::RenameState& i) {
    const StateInfo* info = map().stateInfo(i.state);
    if (!info || info->name == i.name) return done(false);
    return done(execute(renameState(i.state, i.name), i.continuous));
}

// The open state cannot go while it is open: the current state opens, and both
// steps are one to undo.
template <>
Outcome App::on(const intent::DeleteState& i) {
    const StateInfo* info = map().stateInfo(i.state);
    if (!info || info->kind == StateKind::Current) return done(false);
    if (i.state != map().state.id) return done(execute(removeState(i.state)));
    const Id current = currentStateId(map());
    leaveOpenState();
    std::vector<CommandPtr> steps;
    steps.push_back(openState(current));
    steps.push_back(removeState(i.state));
    return done(execute(group({"cmd.delete_state", info->name}, std::move(steps))));
}

template <>
Outcome App::on(const intent::DownloadState& i) {
    const StateInfo* info = map().stateInfo(i.state);
    if (!info || !storage_) return done(false);
    const std::string title = map().title + " - " + stateName(*info);
    JourneyMap file = stateAsMap(map(), i.state);
    storage_->download(fileNameForTitle(title), saveMapToJson(file), "", 0);
    return done(true);
}

template <>
Outcome App::on(const intent::StateAction& a) {
    using Op = intent::StateAction::Op;
    switch (a.op) {
        case Op::Open: return on(intent::OpenState{a.state});
        case Op::StartFuture: return on(intent::StartFutureState{});
        case Op::SaveVersion: return on(intent::SaveVersion{a.text});
        case Op::Restore: return on(intent::RestoreVersion{a.state});
        case Op::Rename: return on(intent::RenameState{a.state, a.text, a.continuous});
        case Op::Delete: return on(intent::DeleteState{a.state});
        case Op::Download: return on(intent::DownloadState{a.state});
    }
    return done(false);
}

}  // namespace jejak::ui

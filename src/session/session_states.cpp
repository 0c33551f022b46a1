// States and versions (views/states_view.h): each intent one undo step.
#include "core/formatting.h"
#include "core/utf8.h"
#include "io/map_json.h"
#include "session/session.h"
#include "ui/i18n.h"

namespace jejak {
namespace {
Outcome done(bool ok) { return {ok, 0}; }
}  // namespace

using ui::stateName;
using ui::tr;

std::string freshFutureName(const JourneyMap& map, const std::string& base) {
    std::string name = base;
    for (int n = 2;; ++n) {
        bool taken = stateName(map.state) == name;
        for (const MapState& s : map.states) taken = taken || stateName(s.info) == name;
        if (!taken) return name;
        name = base + " " + std::to_string(n);
    }
}

std::string versionLabel(const std::string& typed, const std::string& stateName, const std::string& timestamp) {
    std::string label = typed;
    while (!label.empty() && label.back() == ' ') label.pop_back();
    if (label.empty()) label = stateName + ", " + timestamp.substr(0, 10);
    return cutUtf8(std::move(label), kMaxStateNameBytes);
}

// A switch of state: what was selected or typed belongs to the state left.
void Session::leaveOpenState() {
    emit(effect::Select{});
    edit_ = {};
}

template <>
Outcome Session::on(const intent::OpenState& i) {
    if (i.state == map().state.id) return done(true);
    leaveOpenState();
    return done(execute(openState(i.state)));
}

template <>
Outcome Session::on(const intent::StartFutureState&) {
    const std::string name = freshFutureName(map(), tr("state.future_default"));
    leaveOpenState();
    return done(execute(addState(copyOpenState(map(), StateKind::Future, name, nowTimestamp()), true)));
}

template <>
Outcome Session::on(const intent::SaveVersion& i) {
    const std::string label = versionLabel(i.label, stateName(map().state), nowTimestamp());
    return done(execute(addState(copyOpenState(map(), StateKind::Version, label, nowTimestamp()), false)));
}

template <>
Outcome Session::on(const intent::RestoreVersion& i) {
    leaveOpenState();
    return done(execute(restoreVersion(i.version)));
}

template <>
Outcome Session::on(const intent::RenameState& i) {
    const StateInfo* info = map().stateInfo(i.state);
    if (!info || info->name == i.name) return done(false);
    return done(execute(renameState(i.state, i.name), i.continuous));
}

// The open state cannot go while it is open: the current state opens, and both
// steps are one to undo.
template <>
Outcome Session::on(const intent::DeleteState& i) {
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
Outcome Session::on(const intent::DownloadState& i) {
    const StateInfo* info = map().stateInfo(i.state);
    if (!info || !port_) return done(false);
    const std::string title = map().title + " - " + stateName(*info);
    JourneyMap file = stateAsMap(map(), i.state);
    port_->download(fileNameForTitle(title), saveMapToJson(file), "", 0);
    return done(true);
}

}  // namespace jejak

// The states switcher and the version banner (see states_view.h).
#include "ui/views/states_view.h"

#include <algorithm>
#include <ctime>
#include <vector>

#include "core/formatting.h"
#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/keys.h"

namespace jejak::ui {


const char* stateKindLabel(StateKind kind) {
    return tr(kind == StateKind::Current  ? "state.kind_current"
              : kind == StateKind::Future ? "state.kind_future"
                                          : "state.kind_version");
}

namespace {
double nowMs() { return static_cast<double>(std::time(nullptr)) * 1000.0; }

// Every state: the current one, the future ones, then the versions, newest first.
std::vector<const StateInfo*> orderedStates(const JourneyMap& map) {
    std::vector<const StateInfo*> all = {&map.state};
    for (const MapState& s : map.states) all.push_back(&s.info);
    std::vector<const StateInfo*> out;
    for (StateKind kind : {StateKind::Current, StateKind::Future, StateKind::Version}) {
        const size_t first = out.size();
        for (const StateInfo* s : all)
            if (s->kind == kind) out.push_back(s);
        if (kind == StateKind::Version)  // newest first: few of them, so a plain insertion sort
            for (size_t i = first + 1; i < out.size(); ++i)
                for (size_t j = i; j > first && out[j]->created > out[j - 1]->created; --j) std::swap(out[j], out[j - 1]);
    }
    return out;
}
}  // namespace

void StatesView::draw(const ViewContext& ctx, bool& compare) {
    if (!open_) {  // closed by Esc
        if (ImGui::IsPopupOpen("##states") && ImGui::BeginPopup("##states")) {
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        return;
    }
    if (!ImGui::IsPopupOpen("##states")) {
        ImGui::OpenPopup("##states");
        field_ = Field::None;
    }
    if (auto at = ctx.rects.find("button/states"))
        ImGui::SetNextWindowPos(ImVec2(at->x, at->y + at->h + 6), ImGuiCond_Appearing);
    else if (auto panel = ctx.rects.find("button/states-panel"))
        ImGui::SetNextWindowPos(ImVec2(panel->x, panel->y + panel->h + 6), ImGuiCond_Appearing);
    ImGui::SetNextWindowSizeConstraints(ImVec2(380, 0), ImVec2(520, FLT_MAX));
    if (!ImGui::BeginPopup("##states")) {
        open_ = false;
        return;
    }
    const JourneyMap& map = ctx.map;
    ctx.rects.record("window/states", {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(),
                                      ImGui::GetWindowHeight()});
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextUnformatted(tr("state.title"));
    ImGui::PopFont();
    ImGui::Spacing();
    const float width = std::max(360.0f, ImGui::GetContentRegionAvail().x);
    for (const StateInfo* info : orderedStates(map)) drawRow(ctx, *info, width);
    ImGui::Separator();
    drawActions(ctx, width, compare);
    ImGui::EndPopup();
}

// A state: its kind in a pill, its name beside it, and when it was made (and from what) under the name.
void StatesView::drawRow(const ViewContext& ctx, const StateInfo& state, float width) {
    const JourneyMap& map = ctx.map;
    const Palette& p = palette();
    const StateInfo* info = &state;
    const bool isOpen = info->id == map.state.id;
    const std::string id = "state/" + std::to_string(info->id);
    ImGui::PushID(id.c_str());
    const float y = ImGui::GetCursorPosY();
    if (ImGui::Selectable("##row", isOpen, ImGuiSelectableFlags_DontClosePopups,
                          ImVec2(width, ImGui::GetTextLineHeight() * 2 + 6)) &&
        !isOpen) {
        ctx.sink.apply(intent::OpenState{info->id});
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    ctx.rects.recordLastItem(id);
    const ImVec2 rowMin = ImGui::GetItemRectMin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The kind in a pill, the name beside it, and when it was made under the name.
    const char* kind = stateKindLabel(info->kind);
    const ImU32 kindInk = info->kind == StateKind::Current  ? p.accent
                          : info->kind == StateKind::Future ? IM_COL32(0x7A, 0x4E, 0xC8, 255)
                                                            : p.inkMuted;
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + 4, y + 3));
    const ImVec2 ks = ImGui::CalcTextSize(kind);
    const ImVec2 pill(rowMin.x + 4, rowMin.y + 3);
    dl->AddRect(pill, ImVec2(pill.x + ks.x + 14, pill.y + ks.y + 2), kindInk, (ks.y + 2) * 0.5f, 0, 1.5f);
    dl->AddText(ImVec2(pill.x + 7, pill.y + 1), kindInk, kind);
    ImGui::PushFont(isOpen ? ctx.fonts.strong : ctx.fonts.body);
    const float nameX = rowMin.x + 96;
    const std::string name = fitWithEllipsis(stateName(*info), rowMin.x + width - nameX - 8);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(nameX, rowMin.y + 3), p.ink, name.c_str());
    ImGui::PopFont();
    std::string when = formatWhen(msFromTimestamp(info->created), nowMs(), uiLanguage());
    if (const StateInfo* from = info->from ? map.stateInfo(info->from) : nullptr)
        when += (when.empty() ? "" : " \u00b7 ") + format("state.from", {stateName(*from)});
    dl->AddText(ImVec2(nameX, rowMin.y + 5 + ImGui::GetTextLineHeight()), p.inkMuted, when.c_str());
    ImGui::SetCursorPosY(y + ImGui::GetTextLineHeight() * 2 + 6 + ImGui::GetStyle().ItemSpacing.y);
    ImGui::PopID();
}

// What can be done with the open state: each row one intent, or a field first.
void StatesView::drawActions(const ViewContext& ctx, float width, bool& compare) {
    const JourneyMap& map = ctx.map;
    auto action = [&](const char* glyph, const char* key, const char* name, bool enabled = true) {
        ImGui::BeginDisabled(!enabled);
        const std::string label = std::string(glyph) + "  " + tr(key);
        // Rows that open a field keep the menu open; the others close it themselves.
        const bool pressed = ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_DontClosePopups, ImVec2(width, 0));
        ImGui::EndDisabled();
        ctx.rects.recordLastItem(std::string("button/") + name);
        return pressed && enabled;
    };
    const StateInfo& openInfo = map.state;
    const bool version = openInfo.kind == StateKind::Version;
    if (action(icon::kCodeFork, "state.start_future", "start-future", !version)) {
        ctx.sink.apply(intent::StartFutureState{});
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    if (action(icon::kCopy, "state.save_version", "save-version", !version)) {
        field_ = Field::Version;
        text_ = stateName(openInfo) + ", " + timestampFromMs(nowMs()).substr(0, 10);
        focus_ = true;
    }
    if (field_ == Field::Version) {
        ImGui::SetNextItemWidth(width - ImGui::CalcTextSize(tr("state.save")).x - 24);
        if (focus_) {
            ImGui::SetKeyboardFocusHere();
            focus_ = false;
        }
        inputTextWithHint("##version", tr("state.version_hint"), text_);
        const bool enter = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(key::kEnter);
        ctx.rects.recordLastItem("input/version-label");
        ImGui::SameLine();
        if (ImGui::Button(tr("state.save")) || enter) {
            ctx.sink.apply(intent::SaveVersion{text_});
            field_ = Field::None;
            open_ = false;
            ImGui::CloseCurrentPopup();
        }
        ctx.rects.recordLastItem("button/save-version-confirm");
    }
    if (action(icon::kPencil, "menu.rename", "rename-state", !version)) {
        field_ = Field::Rename;
        text_ = stateName(openInfo);
        focus_ = true;
    }
    if (field_ == Field::Rename) {
        ImGui::SetNextItemWidth(width);
        if (focus_) {
            ImGui::SetKeyboardFocusHere();
            focus_ = false;
        }
        if (inputText("##state-name", text_)) ctx.sink.apply(intent::RenameState{openInfo.id, text_, true});
        if (ImGui::IsItemDeactivated()) {
            field_ = Field::None;
            ctx.sink.apply(intent::EndTyping{});
        }
        ctx.rects.recordLastItem("input/state-name");
    }
    if (action(icon::kColumns, "state.compare", "compare", !map.states.empty())) {
        compare = true;
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    if (action(icon::kDownload, "state.download", "download-state")) {
        ctx.sink.apply(intent::DownloadState{openInfo.id});
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    if (version && action(icon::kUndo, "state.restore", "restore-version")) {
        ctx.sink.apply(intent::RestoreVersion{openInfo.id});
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    if (action(icon::kTrash, "state.delete", "delete-state", openInfo.kind != StateKind::Current)) {
        ctx.sink.apply(intent::DeleteState{openInfo.id});
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
}

float StatesView::drawBanner(const ViewContext& ctx, float top) {
    const StateInfo& info = ctx.map.state;
    if (info.kind != StateKind::Version) return 0;
    const ImGuiStyle& style = ImGui::GetStyle();
    auto buttonW = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
    const float buttons = buttonW(tr("state.restore")) + buttonW(tr("state.back")) + style.ItemSpacing.x;
    const std::string when = formatWhen(msFromTimestamp(info.created), nowMs(), uiLanguage());
    const std::string text = format("state.version_banner", {stateName(info), when});
    const Palette& p = palette();
    const float height = bannerBegin(ctx.rects, "##version-banner", top, icon::kCopy, text.c_str(), buttons,
                                     p.accentSoft, p.ink, "text/version-banner");
    if (ImGui::Button(tr("state.restore"))) ctx.sink.apply(intent::RestoreVersion{info.id});
    ctx.rects.recordLastItem("button/banner-restore");
    ImGui::SameLine();
    if (ImGui::Button(tr("state.back"))) {
        ctx.sink.apply(intent::OpenState{currentStateId(ctx.map)});
    }
    ctx.rects.recordLastItem("button/back-to-current");
    bannerEnd();
    return height;
}

}  // namespace jejak::ui

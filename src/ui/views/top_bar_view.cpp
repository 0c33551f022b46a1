// The top bar: the mark, the map's title, tools, search, save status, theme,
// help and the interface language.
#include "ui/views/top_bar_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/card_search.h"
#include "ui/card_text.h"
#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/keys.h"

namespace jejak::ui {
namespace {

ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }

void drawMark(ImDrawList* dl, ImVec2 at, float size, const Palette& p) {
    ImVec2 a = add(at, ImVec2(0, size * 0.8f));
    ImVec2 d = add(at, ImVec2(size, size * 0.2f));
    dl->AddBezierCubic(a, add(at, ImVec2(size * 0.35f, size * 0.2f)), add(at, ImVec2(size * 0.6f, size * 1.0f)), d,
                       p.accent, 3.0f, 24);
    dl->AddCircleFilled(a, 4.0f, p.accent, 16);
    dl->AddCircleFilled(d, 4.0f, p.warm, 16);
}

}  // namespace

int TopBarView::personaFilter(size_t personas) const { return persona_ < static_cast<int>(personas) ? persona_ : -1; }

void TopBarView::draw(const ViewContext& ctx, const TopBarState& state, float height) {
    const float width = ImGui::GetIO().DisplaySize.x;
    float enW = ImGui::CalcTextSize("EN").x + 24, idW = ImGui::CalcTextSize("ID").x + 24;
    float rightStart = width - 20 - enW - idW - 6 - 3 * 38 - 10;
    float statusX = rightStart - SaveStatusView::width();
    // The title gets what the tools and a usable search field leave.
    float titleRoom = statusX - 12 - kSearchMin - 16 - toolsWidth_;
    float x = drawTitle(ctx, height, titleRoom);
    ImGui::SetCursorScreenPos(ImVec2(x, (height - 36) * 0.5f));
    drawTools(ctx, state, height);
    toolsWidth_ = ImGui::GetCursorScreenPos().x - x;
    // Search takes the room left before the right side.
    drawSearch(ctx, state, statusX - 12 - ImGui::GetCursorScreenPos().x - 16, height);
    // Right side: save status, present, theme, help, language.
    state.status.drawStatus(ctx, state.autosave, state.changes, statusX, (height - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(rightStart, (height - 36) * 0.5f));
    ItemRects& rects = ctx.rects;
    IntentSink& sink = ctx.sink;
    if (toolbarButton(rects, icon::kDesktop, "present", tr("tool.present"))) sink.apply(intent::Present{true});
    if (toolbarButton(rects, icon::kAdjust, "theme", tr("tool.theme"))) sink.apply(intent::NextTheme{});
    if (toolbarButton(rects, icon::kQuestion, "help", tr("tool.help"))) sink.apply(intent::OpenDialog{Dialog::Help});
    ImGui::SetCursorScreenPos(ImVec2(width - 20 - enW - idW - 6, (height - 32) * 0.5f));
    if (pillButton(rects, "EN", "language-en", uiLanguage() == Language::English))
        sink.apply(intent::ChooseLanguage{Language::English});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("language.en"));
    ImGui::SameLine(0, 6);
    if (pillButton(rects, "ID", "language-id", uiLanguage() == Language::Indonesian))
        sink.apply(intent::ChooseLanguage{Language::Indonesian});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("language.id"));
    if (overlay_) drawSearchOverlay(ctx, state, height);
}

// The background, the mark, the app's name and the map's title (a click opens
// the map's properties), cut with "…" to fit `room` and shown whole on hover;
// returns where the tools start.
float TopBarView::drawTitle(const ViewContext& ctx, float height, float room) {
    const JourneyMap& map = ctx.map;
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetIO().DisplaySize.x;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), p.surface);
    dl->AddLine(ImVec2(0, height - 0.5f), ImVec2(width, height - 0.5f), p.border);

    drawMark(dl, ImVec2(20, height * 0.5f - 11), 22, p);
    ImGui::PushFont(ctx.fonts.strong);
    const float lineH = ImGui::GetTextLineHeight();
    float x = 52;
    if (width >= kCompactWidth) {  // narrower, the mark alone says Jejak and the map's title gets the room
        ImGui::SetCursorScreenPos(ImVec2(52, (height - lineH) * 0.5f));
        ImGui::TextUnformatted(tr("app.name"));
        x = ImGui::GetItemRectMax().x + 18;
    }
    ImGui::PopFont();
    dl->AddLine(ImVec2(x, 16), ImVec2(x, height - 16), p.border);

    const float titleMax = std::min(std::max(120.0f, width * 0.24f), room - (x + 32));
    if (titleMax < 48) return x + 16;  // no room: the title is in the map's properties
    ImGui::SetCursorScreenPos(ImVec2(x + 16, (height - lineH) * 0.5f));
    ImGui::PushFont(ctx.fonts.strong);
    const std::string title = map.title.empty() ? std::string(tr("map.untitled")) : map.title;
    bool cut = false;
    const std::string shown = fitWithEllipsis(title, titleMax, &cut);
    ImVec2 size = ImGui::CalcTextSize(shown.c_str());
    ImGui::PushID("title");
    if (ImGui::Selectable(shown.c_str(), false, 0, ImVec2(size.x, lineH)))
        ctx.sink.apply(intent::ShowPanel{Panel::Properties});
    ImGui::PopID();
    ImGui::PopFont();
    if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", title.c_str());
    ctx.rects.recordLastItem("text/map-title");
    return x + 32 + size.x;
}

void TopBarView::drawTools(const ViewContext& ctx, const TopBarState& state, float height) {
    ItemRects& rects = ctx.rects;
    IntentSink& sink = ctx.sink;
    if (toolbarButton(rects, icon::kPlus, "new", tr("tool.new"))) sink.apply(intent::OpenDialog{Dialog::Gallery});
    if (toolbarButton(rects, icon::kTasks, "library", tr("tool.library")))
        sink.apply(intent::OpenDialog{Dialog::Library});
    if (toolbarButton(rects, icon::kShareAlt, "export", tr("tool.export"))) sink.apply(intent::OpenDialog{Dialog::Export});
    // Narrower, the states are in the map's properties (a click on the title).
    if (ImGui::GetIO().DisplaySize.x >= kCompactWidth &&
        toolbarButton(rects, icon::kCodeFork, "states", tr("tool.states"), true, ctx.map.state.kind != StateKind::Current))
        sink.apply(intent::OpenDialog{Dialog::States});
    if (toolbarButton(rects, icon::kUndo, "undo", tr("tool.undo"), state.canUndo)) sink.apply(intent::Undo{});
    if (toolbarButton(rects, icon::kRedo, "redo", tr("tool.redo"), state.canRedo)) sink.apply(intent::Redo{});
    ImGui::SameLine(0, 12);
    if (ImGui::GetIO().DisplaySize.x < kCompactWidth) {  // zoom by keys and wheel: room for the search
        drawPanelButtons(ctx, state);
        return;
    }
    if (toolbarButton(rects, icon::kZoomOut, "zoom-out", tr("tool.zoom_out"))) sink.apply(intent::ZoomBy{1 / 1.25f});
    char zoom[16];
    std::snprintf(zoom, sizeof zoom, "%d%%", static_cast<int>(std::lround(state.zoom * 100)));
    if (ImGui::GetIO().DisplaySize.x >= kZoomTextWidth) {  // narrower, the level is the zoom buttons' tooltip
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8);
        ImGui::TextDisabled("%s", zoom);
        ImGui::SameLine(0, 2);
        ImGui::SetCursorPosY((height - 36) * 0.5f);
    } else if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s (%s)", tr("tool.zoom_out"), zoom);
    }
    if (toolbarButton(rects, icon::kZoomIn, "zoom-in", tr("tool.zoom_in"))) sink.apply(intent::ZoomBy{1.25f});
    if (ImGui::GetIO().DisplaySize.x < kZoomTextWidth && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s (%s)", tr("tool.zoom_in"), zoom);
    if (toolbarButton(rects, icon::kExpand, "fit", tr("tool.fit"))) sink.apply(intent::FitToScreen{});
    ImGui::SameLine(0, 12);
    drawPanelButtons(ctx, state);
}

void TopBarView::drawPanelButtons(const ViewContext& ctx, const TopBarState& state) {
    ItemRects& rects = ctx.rects;
    IntentSink& sink = ctx.sink;
    auto panelButton = [&](const char* glyph, const char* name, const char* tip, Panel which) {
        if (toolbarButton(rects, glyph, name, tip, true, state.panel == which))
            sink.apply(intent::ShowPanel{state.panel == which ? Panel::None : which});
    };
    panelButton(icon::kUsers, "personas", tr("tool.personas"), Panel::Personas);
    panelButton(icon::kBars, "lanes", tr("tool.lanes"), Panel::Lanes);
    panelButton(icon::kBarChart, "analytics", tr("tool.analytics"), Panel::Analytics);
    // Narrow, the map's title (a click opens its properties) stands in for this button.
    if (ImGui::GetIO().DisplaySize.x >= kCompactWidth)
        panelButton(icon::kColumns, "properties", tr("tool.properties"), Panel::Properties);
    ImGui::SameLine(0, 12);
}

// The search field, then the channel and persona filters where there is room.
void TopBarView::drawSearch(const ViewContext& ctx, const TopBarState& state, float room, float height) {
    const JourneyMap& map = ctx.map;
    const float channelW = 150;
    bool showChannel = room > kSearchMin + channelW + 6;
    float searchW = std::min(240.0f, room - (showChannel ? channelW + 6 : 0));
    searchShown_ = searchW >= kSearchMin - 40;
    if (searchShown_) {
        overlay_ = false;
        ImGui::SetCursorPosY((height - ImGui::GetFrameHeight()) * 0.5f);
        drawSearchField(ctx, state, searchW);
    }
    if (showChannel) {
        ImGui::SameLine(0, 6);
        ImGui::SetNextItemWidth(channelW);
        const char* anyChannel = tr("search.any_channel");
        const char* shown = filter_.channel < 0 ? anyChannel : channelLabel(static_cast<Channel>(filter_.channel));
        if (ImGui::BeginCombo("##channel", shown)) {
            if (ImGui::Selectable(anyChannel, filter_.channel < 0)) filter_.channel = -1;
            for (int c = 0; c < kChannelCount; ++c)
                if (ImGui::Selectable(channelLabel(static_cast<Channel>(c)), filter_.channel == c)) filter_.channel = c;
            ImGui::EndCombo();
        }
        ctx.rects.recordLastItem("input/search-channel");
    }
    if (showChannel && room > 120 + 2 * (channelW + 6) && !map.personas.empty()) {
        ImGui::SameLine(0, 6);
        ImGui::SetNextItemWidth(channelW);
        const char* anyPersona = tr("search.any_persona");
        const char* shown = persona_ < 0 || persona_ >= static_cast<int>(map.personas.size())
                                ? anyPersona
                                : map.personas[static_cast<size_t>(persona_)].name.c_str();
        if (ImGui::BeginCombo("##persona", shown)) {
            if (ImGui::Selectable(anyPersona, persona_ < 0)) persona_ = -1;
            for (size_t i = 0; i < map.personas.size(); ++i) {
                ImGui::PushID(static_cast<int>(i));
                if (ImGui::Selectable(map.personas[i].name.c_str(), persona_ == static_cast<int>(i)))
                    persona_ = static_cast<int>(i);
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        ctx.rects.recordLastItem("input/search-persona");
    }
}

// The field, with the number of matches and a clear button inside it once
// something is typed. Enter steps to the next match, Shift+Enter back; the
// field keeps the keyboard for the next Enter.
void TopBarView::drawSearchField(const ViewContext& ctx, const TopBarState& state, float width) {
    ImGui::SetNextItemWidth(width);
    if (focusSearch_) {
        ImGui::SetKeyboardFocusHere();
        focusSearch_ = false;
    }
    const std::string hint = std::string(icon::kSearch) + "  " + tr("tool.search");
    if (inputTextWithHint("##search", hint.c_str(), filter_.text, ImGuiInputTextFlags_EnterReturnsTrue)) {
        step_ = ImGui::GetIO().KeyShift ? -1 : 1;
        focusSearch_ = true;
    }
    ctx.rects.recordLastItem("input/search");
    if (filter_.text.empty() && filter_.channel < 0) return;
    ImGui::SetItemAllowOverlap();  // the clear button on the field takes its own clicks
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const Palette& p = palette();
    std::string count;
    if (state.matches == 0)
        count = tr("search.none");
    else if (state.currentMatch >= 0)
        count = format("search.position", {std::to_string(state.currentMatch + 1), std::to_string(state.matches)});
    else
        count = plural("count.cards", state.matches);
    const float h = max.y - min.y, clearW = h;
    const ImVec2 countSize = ImGui::CalcTextSize(count.c_str());
    const float countX = max.x - clearW - 6 - countSize.x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(countX - 8, min.y + 2), ImVec2(max.x - 2, max.y - 2), ImGui::GetColorU32(ImGuiCol_FrameBg),
                      6.0f);
    dl->AddText(ImVec2(countX, min.y + (h - countSize.y) * 0.5f), state.matches == 0 ? p.danger : p.inkMuted,
                count.c_str());
    ctx.rects.record("text/search-count", {countX, min.y, countSize.x, h});
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(max.x - clearW, min.y));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::Button(icon::kTimes, ImVec2(clearW, h))) {
        filter_.text.clear();
        filter_.channel = -1;
    }
    ImGui::PopStyleColor();
    ctx.rects.recordLastItem("button/search-clear");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("search.clear"));
    ImGui::SetCursorScreenPos(after);
}

// A window too narrow for the search field in the bar: Ctrl+F opens it under
// the bar; Esc, or leaving it empty, closes it.
void TopBarView::drawSearchOverlay(const ViewContext& ctx, const TopBarState& state, float top) {
    const float width = std::min(320.0f, ImGui::GetIO().DisplaySize.x - 24);
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x - 12 - width, top + 6));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##search-overlay", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    drawSearchField(ctx, state, width - 2 * ImGui::GetStyle().WindowPadding.x);
    const bool active = ImGui::IsItemActive() || focusSearch_ || ImGui::IsWindowHovered() || overlayOpening_ > 0;
    if (overlayOpening_ > 0) --overlayOpening_;
    if (ImGui::IsKeyPressed(key::kEscape) || (!active && filter_.text.empty())) overlay_ = false;
    ImGui::End();
}

}  // namespace jejak::ui

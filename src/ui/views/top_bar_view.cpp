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
    float x = drawTitle(ctx, height);
    ImGui::SetCursorScreenPos(ImVec2(x, (height - 36) * 0.5f));
    drawTools(ctx, state, height);
    // Search takes the room left before the right side.
    const float width = ImGui::GetIO().DisplaySize.x;
    float enW = ImGui::CalcTextSize("EN").x + 24, idW = ImGui::CalcTextSize("ID").x + 24;
    float rightStart = width - 20 - enW - idW - 6 - 2 * 38 - 10;
    drawSearch(ctx, rightStart - SaveStatusView::width() - 12 - ImGui::GetCursorScreenPos().x - 16, height);
    // Right side: save status, theme, help, language.
    state.status.drawStatus(ctx, state.autosave, state.changes, rightStart - SaveStatusView::width(),
                            (height - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(rightStart, (height - 36) * 0.5f));
    ItemRects& rects = ctx.rects;
    IntentSink& sink = ctx.sink;
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
}

// The background, the mark, the app's name and the map's title (a click opens
// the map's properties); returns where the tools start.
float TopBarView::drawTitle(const ViewContext& ctx, float height) {
    const JourneyMap& map = ctx.map;
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetIO().DisplaySize.x;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), p.surface);
    dl->AddLine(ImVec2(0, height - 0.5f), ImVec2(width, height - 0.5f), p.border);

    drawMark(dl, ImVec2(20, height * 0.5f - 11), 22, p);
    ImGui::PushFont(ctx.fonts.strong);
    const float lineH = ImGui::GetTextLineHeight();
    ImGui::SetCursorScreenPos(ImVec2(52, (height - lineH) * 0.5f));
    ImGui::TextUnformatted(tr("app.name"));
    ImGui::PopFont();
    float x = ImGui::GetItemRectMax().x + 18;
    dl->AddLine(ImVec2(x, 16), ImVec2(x, height - 16), p.border);

    // The map's title; a click opens the map's properties.
    ImGui::SetCursorScreenPos(ImVec2(x + 16, (height - lineH) * 0.5f));
    ImGui::PushFont(ctx.fonts.strong);
    const std::string title = map.title.empty() ? std::string(tr("map.untitled")) : map.title;
    float titleMax = std::max(120.0f, width * 0.22f);
    ImVec2 titleSize = ImGui::CalcTextSize(title.c_str());
    ImGui::PushClipRect(ImVec2(x + 16, 0), ImVec2(x + 16 + titleMax, height), true);
    if (ImGui::Selectable(title.c_str(), false, 0, ImVec2(std::min(titleSize.x, titleMax), lineH)))
        ctx.sink.apply(intent::ShowPanel{Panel::Properties});
    ImGui::PopClipRect();
    ImGui::PopFont();
    ctx.rects.recordLastItem("text/map-title");
    return x + 32 + std::min(titleSize.x, titleMax);
}

void TopBarView::drawTools(const ViewContext& ctx, const TopBarState& state, float height) {
    ItemRects& rects = ctx.rects;
    IntentSink& sink = ctx.sink;
    if (toolbarButton(rects, icon::kPlus, "new", tr("tool.new"))) sink.apply(intent::OpenDialog{Dialog::Gallery});
    if (toolbarButton(rects, icon::kTasks, "library", tr("tool.library")))
        sink.apply(intent::OpenDialog{Dialog::Library});
    if (toolbarButton(rects, icon::kUndo, "undo", tr("tool.undo"), state.canUndo)) sink.apply(intent::Undo{});
    if (toolbarButton(rects, icon::kRedo, "redo", tr("tool.redo"), state.canRedo)) sink.apply(intent::Redo{});
    ImGui::SameLine(0, 12);
    if (toolbarButton(rects, icon::kZoomOut, "zoom-out", tr("tool.zoom_out"))) sink.apply(intent::ZoomBy{1 / 1.25f});
    char zoom[16];
    std::snprintf(zoom, sizeof zoom, "%d%%", static_cast<int>(std::lround(state.zoom * 100)));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8);
    ImGui::TextDisabled("%s", zoom);
    ImGui::SameLine(0, 2);
    ImGui::SetCursorPosY((height - 36) * 0.5f);
    if (toolbarButton(rects, icon::kZoomIn, "zoom-in", tr("tool.zoom_in"))) sink.apply(intent::ZoomBy{1.25f});
    if (toolbarButton(rects, icon::kExpand, "fit", tr("tool.fit"))) sink.apply(intent::FitToScreen{});
    ImGui::SameLine(0, 12);
    auto panelButton = [&](const char* glyph, const char* name, const char* tip, Panel which) {
        if (toolbarButton(rects, glyph, name, tip, true, state.panel == which))
            sink.apply(intent::ShowPanel{state.panel == which ? Panel::None : which});
    };
    panelButton(icon::kUsers, "personas", tr("tool.personas"), Panel::Personas);
    panelButton(icon::kBars, "lanes", tr("tool.lanes"), Panel::Lanes);
    panelButton(icon::kColumns, "properties", tr("tool.properties"), Panel::Properties);
    ImGui::SameLine(0, 12);
}

// The search field, then the channel and persona filters where there is room.
void TopBarView::drawSearch(const ViewContext& ctx, float room, float height) {
    const JourneyMap& map = ctx.map;
    const float channelW = 150;
    bool showChannel = room > 120 + channelW + 6;
    float searchW = std::min(220.0f, room - (showChannel ? channelW + 6 : 0));
    if (searchW >= 90) {
        ImGui::SetCursorPosY((height - ImGui::GetFrameHeight()) * 0.5f);
        ImGui::SetNextItemWidth(searchW);
        if (focusSearch_) {
            ImGui::SetKeyboardFocusHere();
            focusSearch_ = false;
        }
        std::string hint = std::string(icon::kSearch) + "  " + tr("tool.search");
        inputTextWithHint("##search", hint.c_str(), filter_.text);
        ctx.rects.recordLastItem("input/search");
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

}  // namespace jejak::ui

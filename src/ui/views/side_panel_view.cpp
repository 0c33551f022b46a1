// The side panel's frame.
#include "ui/views/side_panel_view.h"

#include <algorithm>
#include <string>

#include "ui/i18n.h"
#include "ui/icons.h"

namespace jejak::ui {

float SidePanelView::width(float displayWidth) { return std::min(380.0f, displayWidth * 0.4f); }

void SidePanelView::followSelection(size_t selected, bool editing) {
    if (panel_ == Panel::None || panel_ == Panel::Inspector)
        panel_ = selected == 1 && !editing ? Panel::Inspector : Panel::None;
}

void SidePanelView::draw(const ViewContext& ctx, float top, const std::vector<Id>& selection) {
    if (panel_ == Panel::None) return;
    const ImGuiIO& io = ImGui::GetIO();
    float w = width(io.DisplaySize.x);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - w, top));
    ImGui::SetNextWindowSize(ImVec2(w, io.DisplaySize.y - top));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##side", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    ctx.rects.record("panel/side", {io.DisplaySize.x - w, top, w, io.DisplaySize.y - top});
    const char* titles[] = {"", "panel.inspector", "panel.personas", "panel.lanes", "panel.properties", "panel.analytics"};
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextUnformatted(tr(titles[static_cast<int>(panel_)]));
    ImGui::PopFont();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float closeX = ImGui::GetWindowContentRegionMax().x - 32;
    const char* addKey = panel_ == Panel::Personas ? "persona.add" : (panel_ == Panel::Lanes ? "lanes.add" : nullptr);
    if (addKey) {
        std::string label = std::string(icon::kPlus) + "  " + tr(addKey);
        ImGui::SameLine(closeX - style.ItemSpacing.x - ImGui::CalcTextSize(label.c_str()).x - style.FramePadding.x * 2);
        if (ImGui::Button(label.c_str())) {
            if (panel_ == Panel::Personas)
                personas_.add(ctx.sink);
            else
                lanes_.add(ctx.sink);
        }
        ctx.rects.recordLastItem(panel_ == Panel::Personas ? "button/add-persona" : "button/add-lane");
    }
    ImGui::SameLine(closeX);
    if (ImGui::Button(icon::kTimes, ImVec2(32, 0))) {
        if (panel_ == Panel::Inspector) ctx.sink.apply(intent::SelectCards{});
        panel_ = Panel::None;
    }
    ctx.rects.recordLastItem("button/close-panel");
    ImGui::Separator();
    ImGui::BeginChild("##panel-content", ImVec2(0, 0), false);
    switch (panel_) {
        case Panel::Inspector:
            if (selection.size() == 1)
                if (const Card* card = ctx.map.card(selection[0])) inspector_.draw(ctx, *card);
            break;
        case Panel::Personas: personas_.draw(ctx); break;
        case Panel::Lanes: lanes_.draw(ctx); break;
        case Panel::Properties: properties_.draw(ctx); break;
        case Panel::Analytics: analytics_.draw(ctx, ctx.sink.mapVersion()); break;
        case Panel::None: break;
    }
    // Typing into one field is one undo step; leaving it ends the step.
    if (ImGui::IsItemDeactivated() || !ImGui::IsAnyItemActive()) ctx.sink.apply(intent::EndTyping{});
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace jejak::ui

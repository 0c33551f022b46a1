// The lane manager.
#include "ui/views/lanes_view.h"

#include <algorithm>
#include <string>

#include "ui/card_text.h"
#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/keys.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace jejak::ui {

void LanesView::add(IntentSink& sink) {
    if (Id id = sink.apply(intent::AddLane{}).created) reveal_ = id;
}

void LanesView::draw(const ViewContext& ctx) {
    const JourneyMap& map = ctx.map;
    for (size_t i = 0; i < map.lanes.size(); ++i) {
        Lane lane = map.lanes[i];
        ImGui::PushID(static_cast<int>(lane.id));
        if (lane.id == reveal_) {
            ImGui::SetScrollHereY(0.5f);
            reveal_ = 0;
        }
        bool changed = false;
        ImGui::PushStyleColor(ImGuiCol_Text,
                              ImGui::ColorConvertU32ToFloat4(palette().laneAccent[static_cast<int>(lane.kind)]));
        ImGui::TextUnformatted(laneKindIcon(lane.kind));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        // Row one: name, then show/hide and move; row two: kind and remove.
        const float square = ImGui::GetFrameHeight(), gap = ImGui::GetStyle().ItemSpacing.x;
        const float nameX = ImGui::GetCursorPosX();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 3 * (square + gap));
        changed |= inputText("##name", lane.name);
        const std::string n = std::to_string(i);
        auto iconButton = [&](const char* glyph, const char* id, const char* tip, bool enabled) {
            ImGui::SameLine(0, gap);
            ImGui::BeginDisabled(!enabled);
            bool pressed = ImGui::Button((std::string(glyph) + "##" + id).c_str(), ImVec2(square, square));
            ImGui::EndDisabled();
            ctx.rects.recordLastItem("button/" + std::string(id) + "/" + n);
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
            return pressed;
        };
        const bool hidden = ctx.view.hides(lane.id);
        if (iconButton(hidden ? icon::kEyeSlash : icon::kEye, "lane-visible", tr(hidden ? "lanes.show" : "lanes.hide"),
                       true))
            ctx.sink.apply(intent::SetLaneHidden{lane.id, !hidden});
        if (iconButton(icon::kArrowUp, "lane-up", tr("lanes.move_up"), i > 0))
            ctx.sink.apply(intent::MoveLane{lane.id, i - 1});
        if (iconButton(icon::kArrowDown, "lane-down", tr("lanes.move_down"), i + 1 < map.lanes.size()))
            ctx.sink.apply(intent::MoveLane{lane.id, i + 1});
        ImGui::SetCursorPosX(nameX);
        const char* removeLabel = tr("lanes.remove");
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x -
                                (ImGui::CalcTextSize(removeLabel).x + ImGui::GetStyle().FramePadding.x * 2 + gap));
        if (ImGui::BeginCombo("##kind", laneKindLabel(lane.kind))) {
            for (int k = 0; k < kLaneKindCount; ++k)
                if (ImGui::Selectable(laneKindLabel(static_cast<LaneKind>(k)), static_cast<int>(lane.kind) == k)) {
                    lane.kind = static_cast<LaneKind>(k);
                    changed = true;
                }
            ImGui::EndCombo();
        }
        ctx.rects.recordLastItem("input/lane-kind/" + n);
        ImGui::SameLine(0, gap);
        if (ImGui::Button(removeLabel)) removeLaneAsked_ = lane.id;
        ctx.rects.recordLastItem("button/remove-lane/" + n);
        if (changed) ctx.sink.apply(intent::ReplaceLane{lane, true});
        ImGui::Separator();
        ImGui::PopID();
    }

    drawRemoveQuestion(ctx);
}

// "Remove the lane and its N cards?" Esc on it closes only the question.
void LanesView::drawRemoveQuestion(const ViewContext& ctx) {
    const JourneyMap& map = ctx.map;
    if (removeLaneAsked_ && !ImGui::IsPopupOpen("##remove-lane")) ImGui::OpenPopup("##remove-lane");
    if (beginDialog(ctx.fonts, ctx.rects, {.id = "##remove-lane"})) {
        const Lane* lane = map.lane(removeLaneAsked_);
        size_t cards = std::count_if(map.cards.begin(), map.cards.end(),
                                     [&](const Card& c) { return c.lane == removeLaneAsked_; });
        const std::string question = format(
            "lanes.confirm", {lane ? lane->name : std::string(), plural("count.cards", static_cast<long long>(cards))});
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 440);
        ImGui::TextUnformatted(question.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::IsKeyPressed(key::kEscape, false)) {
            removeLaneAsked_ = 0;
            ImGui::CloseCurrentPopup();
        }
        if (ImGui::Button(tr("lanes.remove"))) {
            ctx.sink.apply(intent::RemoveLane{removeLaneAsked_});
            removeLaneAsked_ = 0;
            ImGui::CloseCurrentPopup();
        }
        ctx.rects.recordLastItem("button/confirm-remove-lane");
        ImGui::SameLine();
        if (ImGui::Button(tr("dialog.cancel"))) {
            removeLaneAsked_ = 0;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace jejak::ui

// Context menus on cards, cells, stages and lanes, and renaming stages and lanes.
#include "ui/views/menus_view.h"

#include <algorithm>

#include "core/card_colours.h"
#include "ui/card_text.h"
#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace jejak::ui {

void MenusView::startRename(const JourneyMap& map, const Target& target) {
    if (target.kind == Target::Stage) {
        if (const Stage* s = map.stage(target.id)) renameBuffer_ = s->name;
    } else if (target.kind == Target::Lane) {
        if (const Lane* l = map.lane(target.id)) renameBuffer_ = l->name;
    } else {
        return;
    }
    renameTarget_ = target;
    renameFocus_ = true;
}

void MenusView::drawContextMenu(const ViewContext& ctx, std::optional<Target> request, const std::vector<Id>& selection,
                                const MapLayout& layout) {
    const JourneyMap& map = ctx.map;
    if (request) {
        contextTarget_ = *request;
        ImGui::OpenPopup("##context");
    }
    if (!ImGui::BeginPopup("##context")) return;
    const Target t = contextTarget_;
    auto item = [&ctx](const char* glyph, const char* key, const char* name, bool enabled = true) {
        std::string label = std::string(glyph) + "  " + tr(key);
        bool chosen = ImGui::MenuItem(label.c_str(), nullptr, false, enabled);
        ctx.rects.recordLastItem(std::string("menu/") + name);
        return chosen;
    };
    switch (t.kind) {
        case Target::Card: {
            size_t count = selection.size();
            if (count == 1 && item(icon::kAlignLeft, "menu.edit", "edit")) ctx.sink.apply(intent::StartEditing{t.id});
            if (ImGui::BeginMenu((std::string(icon::kCircle) + "  " + tr("menu.colour")).c_str())) {
                if (ImGui::MenuItem(tr("inspector.no_colour")))
                    ctx.sink.apply(intent::ColourCards{selection, std::nullopt});
                for (size_t i = 0; i < kCardColours.size(); ++i) {
                    ImGui::PushStyleColor(ImGuiCol_Text, toVec(kCardColours[i].rgb));
                    ImGui::TextUnformatted(icon::kCircle);
                    ImGui::PopStyleColor();
                    ImGui::SameLine();
                    if (ImGui::MenuItem(tr(kCardColours[i].key)))
                        ctx.sink.apply(intent::ColourCards{selection, kCardColours[i].rgb});
                    ctx.rects.recordLastItem("menu/colour-" + std::to_string(i));
                }
                ImGui::EndMenu();
            }
            ctx.rects.recordLastItem("menu/colour");
            if (item(icon::kTrash, count > 1 ? "menu.delete_cards" : "menu.delete_card", "delete"))
                ctx.sink.apply(intent::DeleteCards{selection});
            break;
        }
        case Target::Cell:
            if (item(icon::kPlus, "menu.add_card", "add-card")) {
                ctx.sink.apply(intent::AddCard{layout.rows[static_cast<size_t>(t.row)].lane,
                                               layout.columns[static_cast<size_t>(t.column)].stage, SIZE_MAX, true});
            }
            break;
        case Target::Stage: {
            int index = map.stageIndex(t.id);
            if (item(icon::kAlignLeft, "menu.rename", "rename")) startRename(map, t);
            auto addStageAt = [&](size_t at) { ctx.sink.apply(intent::AddStage{at, true}); };
            if (item(icon::kPlus, "menu.stage_before", "stage-before")) addStageAt(static_cast<size_t>(index));
            if (item(icon::kPlus, "menu.stage_after", "stage-after")) addStageAt(static_cast<size_t>(index) + 1);
            if (item(icon::kTrash, "stage.remove", "remove-stage", map.stages.size() > 1))
                ctx.sink.apply(intent::RemoveStage{t.id});
            break;
        }
        case Target::Lane: {
            const Lane* lane = map.lane(t.id);
            if (item(icon::kAlignLeft, "menu.rename", "rename")) startRename(map, t);
            if (lane && item(icon::kTimes, "menu.hide_lane", "hide-lane")) {
                Lane hidden = *lane;
                hidden.hidden = true;
                ctx.sink.apply(intent::ReplaceLane{std::move(hidden), false});
            }
            if (item(icon::kBars, "tool.lanes", "lanes")) ctx.sink.apply(intent::ShowPanel{Panel::Lanes});
            if (item(icon::kTrash, "lanes.remove", "remove-lane")) ctx.sink.apply(intent::AskRemoveLane{t.id});
            break;
        }
        case Target::None: break;
    }
    ImGui::EndPopup();
}

void MenusView::drawRename(const ViewContext& ctx) {
    const JourneyMap& map = ctx.map;
    if (renameTarget_.kind == Target::None) return;
    if (!ImGui::IsPopupOpen("##rename")) ImGui::OpenPopup("##rename");
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.35f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(420, 0));
    if (!ImGui::BeginPopupModal("##rename", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    bool stage = renameTarget_.kind == Target::Stage;
    ImGui::TextUnformatted(tr(stage ? "rename.stage" : "rename.lane"));
    if (renameFocus_) {
        ImGui::SetKeyboardFocusHere();
        renameFocus_ = false;
    }
    ImGui::SetNextItemWidth(-1);
    bool enter = inputText("##rename-text", renameBuffer_,
                           ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    ctx.rects.recordLastItem("input/rename");
    bool ok = ImGui::Button(tr("dialog.ok"));
    ctx.rects.recordLastItem("button/rename-ok");
    ImGui::SameLine();
    bool cancel = ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (enter || ok) {
        if (stage) {
            if (const Stage* s = map.stage(renameTarget_.id)) {
                Stage changed = *s;
                changed.name = renameBuffer_;
                if (!(changed == *s)) ctx.sink.apply(intent::ReplaceStage{std::move(changed), false});
            }
        } else if (const Lane* l = map.lane(renameTarget_.id)) {
            Lane changed = *l;
            changed.name = renameBuffer_;
            if (!(changed == *l)) ctx.sink.apply(intent::ReplaceLane{std::move(changed), false});
        }
    }
    if (enter || ok || cancel) {
        renameTarget_ = {};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace jejak::ui

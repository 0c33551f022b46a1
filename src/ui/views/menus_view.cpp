// Context menus on cards, cells, stages and lanes, and renaming stages and lanes.
#include "ui/views/menus_view.h"

#include <algorithm>

#include "core/card_colours.h"
#include "ui/card_text.h"
#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"
#include "ui/keys.h"

namespace jejak::ui {

namespace {
const EmotionScore* emotionOf(const JourneyMap& map, const Target& t) {
    if (t.kind != Target::Emotion || t.persona < 0 || t.persona >= static_cast<int>(map.personas.size()))
        return nullptr;
    return map.emotion(map.personas[static_cast<size_t>(t.persona)].id, t.id);
}
}  // namespace

void MenusView::startRename(const JourneyMap& map, const Target& target) {
    if (target.kind == Target::Stage) {
        if (const Stage* s = map.stage(target.id)) renameBuffer_ = s->name;
    } else if (target.kind == Target::Lane) {
        if (const Lane* l = map.lane(target.id)) renameBuffer_ = l->name;
    } else if (const EmotionScore* e = emotionOf(map, target)) {
        renameBuffer_ = e->label;
    } else {
        return;
    }
    renameTarget_ = target;
    renameFocus_ = true;
    renameShown_ = false;
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
            if (lane && item(icon::kTimes, "menu.hide_lane", "hide-lane"))
                ctx.sink.apply(intent::SetLaneHidden{lane->id, true});
            if (item(icon::kBars, "tool.lanes", "lanes")) ctx.sink.apply(intent::ShowPanel{Panel::Lanes});
            if (item(icon::kTrash, "lanes.remove", "remove-lane")) ctx.sink.apply(intent::AskRemoveLane{t.id});
            break;
        }
        case Target::Emotion:
            if (const EmotionScore* e = emotionOf(map, t)) {
                if (item(icon::kAlignLeft, e->label.empty() ? "menu.label_point" : "menu.edit_label", "label-point"))
                    startRename(map, t);
                if (item(icon::kTimes, "menu.clear_point", "clear-point"))
                    ctx.sink.apply(intent::ClearEmotion{e->persona, e->stage});
            }
            break;
        case Target::None: break;
    }
    ImGui::EndPopup();
}

// Renaming a stage or lane, or labelling an emotion point: a field in place
// over what it names when that is on screen (Enter or a click elsewhere keeps
// the text, Esc takes it back), else a small dialog.
void MenusView::drawRename(const ViewContext& ctx, std::optional<Box> anchor) {
    if (renameTarget_.kind == Target::None) return;
    const bool inPlace = anchor.has_value();
    if (!ImGui::IsPopupOpen("##rename")) {
        if (renameShown_) {  // closed by a click elsewhere: that keeps the text
            commitRename(ctx);
            return;
        }
        ImGui::OpenPopup("##rename");
    }
    const ImGuiIO& io = ImGui::GetIO();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
    if (inPlace) {
        ImGui::SetNextWindowPos(ImVec2(anchor->x - 6, anchor->y - 6), ImGuiCond_Always);
        ImGui::SetNextWindowSize(ImVec2(anchor->w + 12, 0));
    } else {
        ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.35f), ImGuiCond_Always,
                                ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(420, 0));
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, inPlace ? ImVec2(6, 6) : ImGui::GetStyle().WindowPadding);
    const bool open = ImGui::BeginPopup("##rename", flags);
    ImGui::PopStyleVar();
    if (!open) return;
    renameShown_ = true;
    const Target t = renameTarget_;
    if (!inPlace) {
        const char* title = t.kind == Target::Stage  ? "rename.stage"
                            : t.kind == Target::Lane ? "rename.lane"
                                                     : "rename.label";
        ImGui::TextUnformatted(tr(title));
    }
    if (renameFocus_) {
        ImGui::SetKeyboardFocusHere();
        renameFocus_ = false;
    }
    ImGui::SetNextItemWidth(-1);
    const char* hint = t.kind == Target::Emotion ? tr("rename.label_hint") : "";
    bool enter = inputTextWithHint("##rename-text", hint, renameBuffer_,
                                   ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    ctx.rects.recordLastItem("input/rename");
    bool ok = false, cancel = ImGui::IsKeyPressed(key::kEscape);
    if (!inPlace) {
        ok = ImGui::Button(tr("dialog.ok"));
        ctx.rects.recordLastItem("button/rename-ok");
        ImGui::SameLine();
        cancel |= ImGui::Button(tr("dialog.cancel"));
    }
    if (enter || ok) {
        commitRename(ctx);
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        renameTarget_ = {};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void MenusView::commitRename(const ViewContext& ctx) {
    const JourneyMap& map = ctx.map;
    const Target t = renameTarget_;
    renameTarget_ = {};
    renameShown_ = false;
    if (t.kind == Target::Stage) {
        if (const Stage* s = map.stage(t.id)) {
            Stage changed = *s;
            changed.name = renameBuffer_;
            if (!(changed == *s)) ctx.sink.apply(intent::ReplaceStage{std::move(changed), false});
        }
    } else if (t.kind == Target::Lane) {
        if (const Lane* l = map.lane(t.id)) {
            Lane changed = *l;
            changed.name = renameBuffer_;
            if (!(changed == *l)) ctx.sink.apply(intent::ReplaceLane{std::move(changed), false});
        }
    } else if (const EmotionScore* e = emotionOf(map, t)) {
        ctx.sink.apply(intent::SetEmotionLabel{e->persona, e->stage, renameBuffer_});
    }
}

}  // namespace jejak::ui

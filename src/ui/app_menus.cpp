// Context menus on cards, cells, stages and lanes, and renaming stages and lanes.
#include <algorithm>

#include "ui/app_ui.h"
#include "ui/card_text.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace jejak::ui {
namespace {

constexpr Rgb kCardColours[] = {0xE07A5F, 0xF2CC8F, 0x81B29A, 0x3D8BBE, 0x8E6CC2, 0xD1495B};
constexpr const char* kColourKeys[] = {"colour.coral", "colour.sand",   "colour.sage",
                                       "colour.blue",  "colour.violet", "colour.red"};

ImVec4 toVec(Rgb rgb) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.f, static_cast<float>((rgb >> 8) & 0xFF) / 255.f,
                  static_cast<float>(rgb & 0xFF) / 255.f, 1.f);
}

}  // namespace

void App::colourSelection(std::optional<Rgb> colour) {
    std::vector<CommandPtr> steps;
    for (Id id : canvas_.selection())
        if (const Card* c = map().card(id)) {
            Card changed = *c;
            changed.color = colour;
            if (!(changed == *c)) steps.push_back(replaceCard(std::move(changed)));
        }
    if (!steps.empty()) execute(group({"cmd.color_cards", ""}, std::move(steps)));
}

void App::startRename(const MapCanvas::Target& target) {
    if (target.kind == MapCanvas::Target::Stage) {
        if (const Stage* s = map().stage(target.id)) renameBuffer_ = s->name;
    } else if (target.kind == MapCanvas::Target::Lane) {
        if (const Lane* l = map().lane(target.id)) renameBuffer_ = l->name;
    } else {
        return;
    }
    renameTarget_ = target;
    renameFocus_ = true;
}

void App::drawContextMenu() {
    if (auto request = canvas_.takeContextRequest()) {
        contextTarget_ = *request;
        ImGui::OpenPopup("##context");
    }
    if (!ImGui::BeginPopup("##context")) return;
    const MapCanvas::Target& t = contextTarget_;
    auto item = [this](const char* glyph, const char* key, const char* name, bool enabled = true) {
        std::string label = std::string(glyph) + "  " + tr(key);
        bool chosen = ImGui::MenuItem(label.c_str(), nullptr, false, enabled);
        rects_.recordLastItem(std::string("menu/") + name);
        return chosen;
    };
    switch (t.kind) {
        case MapCanvas::Target::Card: {
            size_t count = canvas_.selection().size();
            if (count == 1 && item(icon::kAlignLeft, "menu.edit", "edit"))
                if (const Card* c = map().card(t.id)) canvas_.startEditing(c->id, c->text);
            if (ImGui::BeginMenu((std::string(icon::kCircle) + "  " + tr("menu.colour")).c_str())) {
                if (ImGui::MenuItem(tr("inspector.no_colour"))) colourSelection(std::nullopt);
                for (size_t i = 0; i < std::size(kCardColours); ++i) {
                    ImGui::PushStyleColor(ImGuiCol_Text, toVec(kCardColours[i]));
                    ImGui::TextUnformatted(icon::kCircle);
                    ImGui::PopStyleColor();
                    ImGui::SameLine();
                    if (ImGui::MenuItem(tr(kColourKeys[i]))) colourSelection(kCardColours[i]);
                    rects_.recordLastItem("menu/colour-" + std::to_string(i));
                }
                ImGui::EndMenu();
            }
            rects_.recordLastItem("menu/colour");
            if (item(icon::kTrash, count > 1 ? "menu.delete_cards" : "menu.delete_card", "delete")) deleteSelection();
            break;
        }
        case MapCanvas::Target::Cell:
            if (item(icon::kPlus, "menu.add_card", "add-card")) {
                const MapLayout& l = canvas_.layout();
                Id id = addCard(l.rows[static_cast<size_t>(t.row)].lane, l.columns[static_cast<size_t>(t.column)].stage,
                                SIZE_MAX);
                if (id) canvas_.startEditing(id, "");
            }
            break;
        case MapCanvas::Target::Stage: {
            int index = map().stageIndex(t.id);
            if (item(icon::kAlignLeft, "menu.rename", "rename")) startRename(t);
            auto addStageAt = [this](size_t at) {
                Stage stage;
                stage.id = map().nextId;
                stage.name = tr("stage.new_name");
                Id id = stage.id;
                if (execute(insertStage(std::move(stage), at))) startRename({MapCanvas::Target::Stage, id, -1, -1});
            };
            if (item(icon::kPlus, "menu.stage_before", "stage-before")) addStageAt(static_cast<size_t>(index));
            if (item(icon::kPlus, "menu.stage_after", "stage-after")) addStageAt(static_cast<size_t>(index) + 1);
            if (item(icon::kTrash, "stage.remove", "remove-stage", map().stages.size() > 1)) execute(removeStage(t.id));
            break;
        }
        case MapCanvas::Target::Lane: {
            const Lane* lane = map().lane(t.id);
            if (item(icon::kAlignLeft, "menu.rename", "rename")) startRename(t);
            if (lane && item(icon::kTimes, "menu.hide_lane", "hide-lane")) {
                Lane hidden = *lane;
                hidden.hidden = true;
                execute(replaceLane(std::move(hidden)));
            }
            if (item(icon::kBars, "tool.lanes", "lanes")) panel_ = Panel::Lanes;
            if (item(icon::kTrash, "lanes.remove", "remove-lane")) {
                panel_ = Panel::Lanes;
                removeLaneAsked_ = t.id;
            }
            break;
        }
        case MapCanvas::Target::None: break;
    }
    ImGui::EndPopup();
}

void App::drawRename() {
    if (renameTarget_.kind == MapCanvas::Target::None) return;
    if (!ImGui::IsPopupOpen("##rename")) ImGui::OpenPopup("##rename");
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.35f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(420, 0));
    if (!ImGui::BeginPopupModal("##rename", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    bool stage = renameTarget_.kind == MapCanvas::Target::Stage;
    ImGui::TextUnformatted(tr(stage ? "rename.stage" : "rename.lane"));
    if (renameFocus_) {
        ImGui::SetKeyboardFocusHere();
        renameFocus_ = false;
    }
    ImGui::SetNextItemWidth(-1);
    bool enter = inputText("##rename-text", renameBuffer_,
                           ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    rects_.recordLastItem("input/rename");
    bool ok = ImGui::Button(tr("dialog.ok"));
    rects_.recordLastItem("button/rename-ok");
    ImGui::SameLine();
    bool cancel = ImGui::Button(tr("dialog.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (enter || ok) {
        if (stage) {
            if (const Stage* s = map().stage(renameTarget_.id)) {
                Stage changed = *s;
                changed.name = renameBuffer_;
                if (!(changed == *s)) execute(replaceStage(std::move(changed)));
            }
        } else if (const Lane* l = map().lane(renameTarget_.id)) {
            Lane changed = *l;
            changed.name = renameBuffer_;
            if (!(changed == *l)) execute(replaceLane(std::move(changed)));
        }
    }
    if (enter || ok || cancel) {
        renameTarget_ = {};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace jejak::ui

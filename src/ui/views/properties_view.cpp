// The map's properties and its stages.
#include "ui/views/properties_view.h"

#include <string>

#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/views/states_view.h"

namespace jejak::ui {

void PropertiesView::draw(const ViewContext& ctx) {
    const JourneyMap& map = ctx.map;
    MapInfo info = mapInfo(map);
    bool changed = labelledField(tr("properties.title"), info.title);
    ctx.rects.recordLastItem("input/map-title");
    changed |= labelledField(tr("properties.description"), info.description, true);
    ImGui::TextDisabled("%s", tr("properties.language"));
    if (ImGui::RadioButton(tr("language.en"), info.language == "en")) {
        info.language = "en";
        changed = true;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("language.id"), info.language == "id")) {
        info.language = "id";
        changed = true;
    }
    if (changed) ctx.sink.apply(intent::SetMapInfo{info});
    ImGui::Spacing();
    // The states switcher, also here for a window too narrow for its top bar button.
    const std::string states = std::string(icon::kCodeFork) + "  " + tr("state.title") + ": " + stateName(map.state);
    if (ImGui::Button(states.c_str())) ctx.sink.apply(intent::OpenDialog{Dialog::States});
    ctx.rects.recordLastItem("button/states-panel");
    ImGui::Spacing();
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextUnformatted(tr("properties.stages"));
    ImGui::PopFont();
    for (size_t i = 0; i < map.stages.size(); ++i) {
        Stage stage = map.stages[i];
        ImGui::PushID(static_cast<int>(stage.id));
        bool open = ImGui::CollapsingHeader((std::to_string(i + 1) + ". " + stage.name + "###stage").c_str());
        if (open) {
            bool edited = labelledField(tr("stage.name"), stage.name);
            edited |= labelledField(tr("stage.description"), stage.description, true);
            edited |= labelledField(tr("stage.customer_goal"), stage.customerGoal, true);
            edited |= labelledField(tr("stage.business_goal"), stage.businessGoal, true);
            if (edited) ctx.sink.apply(intent::ReplaceStage{stage, true});
            if (ImGui::Button(tr("stage.remove"))) ctx.sink.apply(intent::RemoveStage{stage.id});
        }
        ImGui::PopID();
    }
    if (ImGui::Button((std::string(icon::kPlus) + "  " + tr("stage.add")).c_str()))
        ctx.sink.apply(intent::AddStage{map.stages.size(), false});
    ctx.rects.recordLastItem("button/add-stage");
}

}  // namespace jejak::ui

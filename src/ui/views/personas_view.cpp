// The personas panel.
#include "ui/views/personas_view.h"

#include <algorithm>
#include <string>

#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace jejak::ui {

void PersonasView::add(IntentSink& sink) {
    if (Id id = sink.apply(intent::AddPersona{}).created) reveal_ = id;
}

void PersonasView::draw(const ViewContext& ctx) {
    const JourneyMap& map = ctx.map;
    for (size_t i = 0; i < map.personas.size(); ++i) {
        Persona persona = map.personas[i];
        ImGui::PushID(static_cast<int>(persona.id));
        ImGui::PushStyleColor(ImGuiCol_Text, toVec(persona.color));
        ImGui::TextUnformatted(icon::kUser);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        const bool reveal = persona.id == reveal_;
        if (reveal) ImGui::SetNextItemOpen(true);
        // The header's id is the persona's, not its name: typing the name keeps it open.
        const std::string header = (persona.name.empty() ? std::string("-") : persona.name) + "###header";
        bool open = ImGui::CollapsingHeader(header.c_str(), i == 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0);
        if (reveal) {
            ImGui::SetScrollHereY(0.0f);
            reveal_ = 0;
        }
        ctx.rects.recordLastItem("persona/" + std::to_string(i));
        if (open) {
            bool changed = false;
            changed |= labelledField(tr("persona.name"), persona.name);
            ctx.rects.recordLastItem("input/persona-name/" + std::to_string(i));
            // Age: digits only; an empty field means "not set" (never a made-up 0).
            ImGui::TextDisabled("%s", tr("persona.age"));
            ImGui::SetNextItemWidth(120);
            std::string age = persona.age ? std::to_string(*persona.age) : std::string();
            if (inputText("##age", age, ImGuiInputTextFlags_CharsDecimal)) {
                std::string digits;
                for (char c : age)
                    if (c >= '0' && c <= '9' && digits.size() < 3) digits += c;
                if (digits.empty())
                    persona.age.reset();
                else
                    persona.age = std::min(std::stoi(digits), 150);
                changed = true;
            }
            changed |= labelledField(tr("persona.role"), persona.role);
            changed |= labelledField(tr("persona.quote"), persona.quote, true);
            changed |= labelledField(tr("persona.demographics"), persona.demographics, true);
            changed |= labelledField(tr("persona.psychographics"), persona.psychographics, true);
            changed |= labelledField(tr("persona.needs"), persona.needs, true);
            changed |= labelledField(tr("persona.goals"), persona.goals, true);
            changed |= labelledField(tr("persona.challenges"), persona.challenges, true);
            std::optional<Rgb> color = persona.color;
            if (colourSwatches("persona-colour", color, false)) {
                persona.color = *color;
                changed = true;
            }
            if (changed) ctx.sink.apply(intent::ReplacePersona{persona});
            if (ImGui::Button(tr("persona.remove"))) ctx.sink.apply(intent::RemovePersona{persona.id});
            ImGui::Spacing();
        }
        ImGui::PopID();
    }
}

}  // namespace jejak::ui

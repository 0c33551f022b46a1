// The side panel (card inspector, personas, lanes, map properties) and the
// keyboard shortcuts window.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "core/embedded_file.h"
#include "io/map_json.h"
#include "ui/app_ui.h"
#include "ui/card_text.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace jejak::ui {
namespace {

constexpr Rgb kSwatches[] = {0xE07A5F, 0xF2CC8F, 0x81B29A, 0x3D8BBE, 0x8E6CC2, 0xD1495B, 0x0E7C7B, 0x6C757D};

ImVec4 toVec(Rgb rgb) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.f, static_cast<float>((rgb >> 8) & 0xFF) / 255.f,
                  static_cast<float>(rgb & 0xFF) / 255.f, 1.f);
}

// A row of colour swatches; returns true when one was picked (none: nullopt).
bool swatches(const char* id, std::optional<Rgb>& color, bool allowNone) {
    bool changed = false;
    ImGui::PushID(id);
    if (allowNone) {
        if (ImGui::Button(tr("inspector.no_colour"))) {
            changed = color.has_value();
            color.reset();
        }
        ImGui::SameLine();
    }
    for (size_t i = 0; i < std::size(kSwatches); ++i) {
        ImGui::PushID(static_cast<int>(i));
        bool current = color && *color == kSwatches[i];
        if (ImGui::ColorButton("##swatch", toVec(kSwatches[i]), ImGuiColorEditFlags_NoTooltip, ImVec2(24, 24))) {
            changed = !current;
            color = kSwatches[i];
        }
        if (current) {
            ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), palette().ink, 4, 0,
                                                2);
        }
        ImGui::SameLine(0, 6);
        ImGui::PopID();
    }
    ImGui::NewLine();
    ImGui::PopID();
    return changed;
}

// 1-5 rating with "not set"; returns true when changed.
bool rating(const char* label, std::optional<int>& value) {
    int v = value.value_or(0);
    ImGui::TextUnformatted(label);
    ImGui::PushID(label);
    bool changed = false;
    for (int i = 0; i <= 5; ++i) {
        ImGui::SameLine(i == 0 ? 130.0f : 0.0f, 4);
        char text[4];
        std::snprintf(text, sizeof text, "%s", i == 0 ? "-" : std::to_string(i).c_str());
        ImGui::PushID(i);
        bool selected = v == i;
        if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(palette().accentSoft));
        if (ImGui::Button(text, ImVec2(30, 0)) && !selected) {
            value = i == 0 ? std::nullopt : std::optional<int>(i);
            changed = true;
        }
        if (selected) ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::PopID();
    return changed;
}

bool field(const char* label, std::string& text, bool multiline = false) {
    ImGui::TextDisabled("%s", label);
    ImGui::SetNextItemWidth(-1);
    std::string id = std::string("##") + label;
    return multiline ? inputTextMultiline(id.c_str(), text, ImVec2(-1, 72)) : inputText(id.c_str(), text);
}

}  // namespace

void App::drawSidePanel(float top) {
    if (panel_ == Panel::None) return;
    const ImGuiIO& io = ImGui::GetIO();
    float width = std::min(380.0f, io.DisplaySize.x * 0.4f);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - width, top));
    ImGui::SetNextWindowSize(ImVec2(width, io.DisplaySize.y - top));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##side", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    rects_.record("panel/side", {io.DisplaySize.x - width, top, width, io.DisplaySize.y - top});
    const char* titles[] = {"", "panel.inspector", "panel.personas", "panel.lanes", "panel.properties"};
    // A fixed header (title, the panel's Add, close); the content below scrolls.
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts_.strong);
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
                addPersona();
            else
                addLane();
        }
        rects_.recordLastItem(panel_ == Panel::Personas ? "button/add-persona" : "button/add-lane");
    }
    ImGui::SameLine(closeX);
    if (ImGui::Button(icon::kTimes, ImVec2(32, 0))) {
        if (panel_ == Panel::Inspector) canvas_.select({});
        panel_ = Panel::None;
    }
    rects_.recordLastItem("button/close-panel");
    ImGui::Separator();
    ImGui::BeginChild("##panel-content", ImVec2(0, 0), false);
    switch (panel_) {
        case Panel::Inspector:
            if (canvas_.selection().size() == 1)
                if (const Card* card = map().card(canvas_.selection()[0])) drawInspector(*card);
            break;
        case Panel::Personas: drawPersonasPanel(); break;
        case Panel::Lanes: drawLanesPanel(); break;
        case Panel::Properties: drawPropertiesPanel(); break;
        case Panel::None: break;
    }
    // Typing into one field is one undo step; leaving it ends the step.
    if (ImGui::IsItemDeactivated() || !ImGui::IsAnyItemActive()) document_.seal();
    ImGui::EndChild();
    ImGui::End();
}

void App::drawInspector(const Card& original) {
    Card card = original;
    const Lane* lane = map().lane(card.lane);
    const Stage* stage = map().stage(card.stage);
    ImGui::TextDisabled("%s %s  \xc2\xb7  %s", lane ? laneKindIcon(lane->kind) : "", lane ? lane->name.c_str() : "",
                        stage ? stage->name.c_str() : "");
    bool changed = false, continuous = false;
    if (field(tr("inspector.text"), card.text, true)) changed = continuous = true;
    rects_.recordLastItem("input/card-text");
    if (field(tr("inspector.notes"), card.notes, true)) changed = continuous = true;
    ImGui::TextDisabled("%s", tr("inspector.colour"));
    if (swatches("card-colour", card.color, true)) changed = true;
    ImGui::Spacing();

    LaneKind kind = lane ? lane->kind : LaneKind::Text;
    if (kind == LaneKind::Touchpoints || kind == LaneKind::Channels || card.channel) {
        ImGui::TextDisabled("%s", tr("inspector.channel"));
        ImGui::SetNextItemWidth(-1);
        const char* current = card.channel ? channelLabel(*card.channel) : tr("inspector.not_set");
        if (ImGui::BeginCombo("##channel-edit", current)) {
            if (ImGui::Selectable(tr("inspector.not_set"), !card.channel)) {
                card.channel.reset();
                changed = true;
            }
            for (int c = 0; c < kChannelCount; ++c) {
                std::string label =
                    std::string(channelIcon(static_cast<Channel>(c))) + "  " + channelLabel(static_cast<Channel>(c));
                if (ImGui::Selectable(label.c_str(), card.channel && static_cast<int>(*card.channel) == c)) {
                    card.channel = static_cast<Channel>(c);
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
        rects_.recordLastItem("input/card-channel");
        int mode = card.online ? (*card.online ? 1 : 2) : 0;
        if (ImGui::RadioButton(tr("inspector.not_set"), mode == 0)) {
            card.online.reset();
            changed = true;
        }
        ImGui::SameLine();
        if (ImGui::RadioButton(tr("chip.online"), mode == 1)) {
            card.online = true;
            changed = true;
        }
        ImGui::SameLine();
        if (ImGui::RadioButton(tr("chip.offline"), mode == 2)) {
            card.online = false;
            changed = true;
        }
    }
    if (kind == LaneKind::Opportunities || card.impact || card.effort || card.status) {
        changed |= rating(tr("chip.impact"), card.impact);
        changed |= rating(tr("chip.effort"), card.effort);
        if (field(tr("inspector.owner"), card.owner)) changed = continuous = true;
        ImGui::TextDisabled("%s", tr("inspector.status"));
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##status", card.status ? statusLabel(*card.status) : tr("inspector.not_set"))) {
            if (ImGui::Selectable(tr("inspector.not_set"), !card.status)) {
                card.status.reset();
                changed = true;
            }
            for (int s = 0; s < kOpportunityStatusCount; ++s)
                if (ImGui::Selectable(statusLabel(static_cast<OpportunityStatus>(s)),
                                      card.status && static_cast<int>(*card.status) == s)) {
                    card.status = static_cast<OpportunityStatus>(s);
                    changed = true;
                }
            ImGui::EndCombo();
        }
    }
    if (kind == LaneKind::PainPoints || card.severity) changed |= rating(tr("chip.severity"), card.severity);
    if (kind == LaneKind::Metrics || card.value) {
        ImGui::TextDisabled("%s", tr("inspector.value"));
        double value = card.value.value_or(0.0);
        ImGui::SetNextItemWidth(140);
        if (ImGui::InputDouble("##value", &value, 0, 0, "%.6g") && std::isfinite(value)) {
            card.value = value;
            changed = continuous = true;
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-1);
        if (inputText("##unit", card.unit)) changed = continuous = true;
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().laneAccent[5]));
    if (ImGui::Button((std::string(icon::kTrash) + "  " + tr("inspector.delete")).c_str())) {
        ImGui::PopStyleColor();
        deleteSelection();
        return;
    }
    ImGui::PopStyleColor();
    rects_.recordLastItem("button/delete-card");
    if (changed && !(card == original)) execute(replaceCard(std::move(card)), continuous);
}

// Adding from the panel's header: the new persona or lane opens, in view.
void App::addPersona() {
    Persona p;
    p.id = map().nextId;
    p.name = tr("persona.new_name");
    p.color = kSwatches[map().personas.size() % std::size(kSwatches)];
    if (execute(insertPersona(std::move(p), map().personas.size()))) reveal_ = map().personas.back().id;
}

void App::addLane() {
    Lane lane;
    lane.id = map().nextId;
    lane.kind = LaneKind::Text;
    lane.name = laneKindLabel(lane.kind);
    if (execute(insertLane(std::move(lane), map().lanes.size()))) reveal_ = map().lanes.back().id;
}

void App::drawPersonasPanel() {
    for (size_t i = 0; i < map().personas.size(); ++i) {
        Persona persona = map().personas[i];
        ImGui::PushID(static_cast<int>(persona.id));
        ImGui::PushStyleColor(ImGuiCol_Text, toVec(persona.color));
        ImGui::TextUnformatted(icon::kUser);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        const bool reveal = persona.id == reveal_;
        if (reveal) ImGui::SetNextItemOpen(true);
        bool open = ImGui::CollapsingHeader(persona.name.empty() ? "-" : persona.name.c_str(),
                                            i == 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0);
        if (reveal) {
            ImGui::SetScrollHereY(0.0f);
            reveal_ = 0;
        }
        rects_.recordLastItem("persona/" + std::to_string(i));
        if (open) {
            bool changed = false;
            changed |= field(tr("persona.name"), persona.name);
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
            changed |= field(tr("persona.role"), persona.role);
            changed |= field(tr("persona.quote"), persona.quote, true);
            changed |= field(tr("persona.demographics"), persona.demographics, true);
            changed |= field(tr("persona.psychographics"), persona.psychographics, true);
            changed |= field(tr("persona.needs"), persona.needs, true);
            changed |= field(tr("persona.goals"), persona.goals, true);
            changed |= field(tr("persona.challenges"), persona.challenges, true);
            std::optional<Rgb> color = persona.color;
            if (swatches("persona-colour", color, false)) {
                persona.color = *color;
                changed = true;
            }
            if (changed) execute(replacePersona(persona), true);
            if (ImGui::Button(tr("persona.remove"))) execute(removePersona(persona.id));
            ImGui::Spacing();
        }
        ImGui::PopID();
    }
}

void App::drawLanesPanel() {
    for (size_t i = 0; i < map().lanes.size(); ++i) {
        Lane lane = map().lanes[i];
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
            rects_.recordLastItem("button/" + std::string(id) + "/" + n);
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
            return pressed;
        };
        if (iconButton(lane.hidden ? icon::kEyeSlash : icon::kEye, "lane-visible",
                       tr(lane.hidden ? "lanes.show" : "lanes.hide"), true)) {
            lane.hidden = !lane.hidden;
            changed = true;
        }
        if (iconButton(icon::kArrowUp, "lane-up", tr("lanes.move_up"), i > 0)) execute(jejak::moveLane(lane.id, i - 1));
        if (iconButton(icon::kArrowDown, "lane-down", tr("lanes.move_down"), i + 1 < map().lanes.size()))
            execute(jejak::moveLane(lane.id, i + 1));
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
        rects_.recordLastItem("input/lane-kind/" + n);
        ImGui::SameLine(0, gap);
        if (ImGui::Button(removeLabel)) removeLaneAsked_ = lane.id;
        rects_.recordLastItem("button/remove-lane/" + n);
        if (changed) execute(replaceLane(lane), true);
        ImGui::Separator();
        ImGui::PopID();
    }

    if (removeLaneAsked_ && !ImGui::IsPopupOpen("##remove-lane")) ImGui::OpenPopup("##remove-lane");
    if (ImGui::BeginPopupModal("##remove-lane", nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        const Lane* lane = map().lane(removeLaneAsked_);
        size_t cards = std::count_if(map().cards.begin(), map().cards.end(),
                                     [&](const Card& c) { return c.lane == removeLaneAsked_; });
        ImGui::Text(tr("lanes.confirm"), lane ? lane->name.c_str() : "", static_cast<int>(cards));
        if (ImGui::Button(tr("lanes.remove"))) {
            execute(removeLane(removeLaneAsked_));
            removeLaneAsked_ = 0;
            ImGui::CloseCurrentPopup();
        }
        rects_.recordLastItem("button/confirm-remove-lane");
        ImGui::SameLine();
        if (ImGui::Button(tr("dialog.cancel"))) {
            removeLaneAsked_ = 0;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void App::drawPropertiesPanel() {
    MapInfo info = mapInfo(map());
    bool changed = field(tr("properties.title"), info.title);
    rects_.recordLastItem("input/map-title");
    changed |= field(tr("properties.description"), info.description, true);
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
    if (changed) execute(setMapInfo(map(), info), true);
    ImGui::Spacing();
    ImGui::PushFont(fonts_.strong);
    ImGui::TextUnformatted(tr("properties.stages"));
    ImGui::PopFont();
    for (size_t i = 0; i < map().stages.size(); ++i) {
        Stage stage = map().stages[i];
        ImGui::PushID(static_cast<int>(stage.id));
        bool open = ImGui::CollapsingHeader((std::to_string(i + 1) + ". " + stage.name + "###stage").c_str());
        if (open) {
            bool edited = field(tr("stage.name"), stage.name);
            edited |= field(tr("stage.description"), stage.description, true);
            edited |= field(tr("stage.customer_goal"), stage.customerGoal, true);
            edited |= field(tr("stage.business_goal"), stage.businessGoal, true);
            if (edited) execute(replaceStage(stage), true);
            if (ImGui::Button(tr("stage.remove"))) execute(removeStage(stage.id));
        }
        ImGui::PopID();
    }
    if (ImGui::Button((std::string(icon::kPlus) + "  " + tr("stage.add")).c_str())) {
        Stage stage;
        stage.id = map().nextId;
        stage.name = tr("stage.new_name");
        execute(insertStage(std::move(stage), map().stages.size()));
    }
    rects_.recordLastItem("button/add-stage");
}

void App::drawHelp() {
    if (!helpOpen_) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(600.0f, io.DisplaySize.x - 40), 0));
    std::string title = std::string(tr("help.title")) + "###help";
    if (!ImGui::Begin(title.c_str(), &helpOpen_, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    rects_.record("window/help", {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(),
                                  ImGui::GetWindowHeight()});
    static const std::string kArrows =
        std::string(icon::kArrowLeft) + " " + icon::kArrowUp + " " + icon::kArrowRight + " " + icon::kArrowDown;
    const char* const rows[][2] = {{"Ctrl+Z", "help.undo"},
                                   {"Ctrl+Shift+Z, Ctrl+Y", "help.redo"},
                                   {"Ctrl+C / X / V", "help.clipboard"},
                                   {"Delete", "help.delete"},
                                   {"F2, Enter", "help.edit"},
                                   {"Esc", "help.cancel"},
                                   {kArrows.c_str(), "help.arrows"},
                                   {"Ctrl+F", "help.search"},
                                   {"Ctrl+0", "help.fit"},
                                   {"Ctrl+wheel, Ctrl+= / -", "help.zoom"},
                                   {"Space+drag", "help.pan"},
                                   {"Shift+drag", "help.band"},
                                   {"F1, ?", "help.help"}};
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("##keys", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch);
        for (const auto& row : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushFont(fonts_.strong);
            ImGui::TextUnformatted(row[0]);
            ImGui::PopFont();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", tr(row[1]));
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace jejak::ui

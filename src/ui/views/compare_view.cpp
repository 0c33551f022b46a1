// Comparing two states (see compare_view.h).
#include "ui/views/compare_view.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/views/states_view.h"

namespace jejak::ui {

Outcome ViewOnlySink::apply(const Intent& intent) {
    if (std::holds_alternative<intent::SelectCards>(intent) || std::holds_alternative<intent::ZoomBy>(intent) ||
        std::holds_alternative<intent::FitToScreen>(intent) || std::holds_alternative<intent::EndGesture>(intent))
        return inner_.apply(intent);
    return {};
}

void CompareView::open(const JourneyMap& map) {
    if (map.states.empty()) return;
    open_ = true;
    to_ = map.state.id;
    from_ = map.state.from && map.stateInfo(map.state.from) ? map.state.from : 0;
    if (!from_ && currentStateId(map) != to_) from_ = currentStateId(map);
    if (!from_) from_ = map.states.front().info.id;
}

namespace {
// A view of one state: the map's personas and title with that state's lists.
JourneyMap viewOf(const JourneyMap& map, const ContentRef& content, const StateInfo& info) {
    JourneyMap out;
    out.title = map.title;
    out.language = map.language;
    out.personas = map.personas;
    out.nextId = map.nextId;
    out.state = info;
    out.stages = content.stages;
    out.lanes = content.lanes;
    out.emotions = content.emotions;
    return out;
}
}  // namespace

void CompareView::refresh(const JourneyMap& map, std::uint64_t changes) {
    if (!open_) return;
    if (map.states.empty()) {
        open_ = false;
        return;
    }
    if (!map.stateInfo(from_) || !map.stateInfo(to_) || from_ == to_) {
        const Id keepTo = map.stateInfo(to_) ? to_ : map.state.id;
        open(map);
        to_ = keepTo;
        if (from_ == to_) from_ = to_ == map.state.id ? map.states.front().info.id : map.state.id;
    }
    const Built now{changes, from_, to_, only_, side_};
    if (now == built_) return;
    built_ = now;
    ++version_;
    JourneyMap shownBefore;  // the left side: its layout is made again only when it changed
    const ContentRef a = *contentOf(map, from_), b = *contentOf(map, to_);
    const StateDiff d = diffStates(a, b, map.personas);
    added_ = d.added;
    removed_ = d.removed;
    moved_ = d.moved;
    changed_ = d.changed;
    emotions_ = static_cast<int>(d.emotions.size());

    after_ = viewOf(map, b, *map.stateInfo(to_));
    for (const Card& c : b.cards)
        if (!only_ || d.changeOf.count(c.id)) after_.cards.push_back(c);
    afterMarks_ = {};
    afterMarks_.ghosts = !side_;
    afterMarks_.before = a.emotions;
    for (const StageChanges& s : d.stages) afterMarks_.stages.emplace(s.stage, s);
    for (const CardDiff& c : d.cards) {
        if (c.change == kCardRemoved) {
            // Overlaid, a removed card stays where it was, as a ghost, if its stage and lane are still there.
            if (side_ || !after_.stage(c.before->stage) || !after_.lane(c.before->lane)) continue;
            after_.cards.push_back(*c.before);
        }
        afterMarks_.change.emplace(c.card, c.change);
    }
    beforeMarks_ = {};
    if (side_) {
        shownBefore = viewOf(map, a, *map.stateInfo(from_));
        for (const Card& c : a.cards) {
            auto found = d.changeOf.find(c.id);
            if (only_ && found == d.changeOf.end()) continue;
            shownBefore.cards.push_back(c);
            if (found != d.changeOf.end()) beforeMarks_.change.emplace(c.id, found->second & ~kCardAdded);
        }
        beforeMarks_.ghosts = false;
    }
    if (!(shownBefore == before_)) {
        before_ = std::move(shownBefore);
        beforeVersion_ = version_;
    }
}

float CompareView::drawBar(const ViewContext& ctx, float top) {
    if (!open_) return 0;
    const JourneyMap& map = ctx.map;
    const Palette& p = palette();
    const float width = ImGui::GetIO().DisplaySize.x, height = 52;
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(p.header));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##compare-bar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ctx.rects.record("bar/compare", {0, top, width, height});
    const float y = (height - ImGui::GetFrameHeight()) * 0.5f;
    ImGui::SetCursorPos(ImVec2(20, y));
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextUnformatted(tr("compare.title"));
    ImGui::PopFont();
    auto picker = [&](const char* name, Id& chosen) {
        ImGui::SameLine();
        const StateInfo* info = map.stateInfo(chosen);
        ImGui::SetNextItemWidth(220);
        if (ImGui::BeginCombo((std::string("##") + name).c_str(), info ? stateName(*info).c_str() : "")) {
            std::vector<const StateInfo*> all = {&map.state};
            for (const MapState& s : map.states) all.push_back(&s.info);
            for (const StateInfo* s : all) {
                const std::string label = std::string(stateKindLabel(s->kind)) + ": " + stateName(*s) + "##" +
                                          std::to_string(s->id);
                if (ImGui::Selectable(label.c_str(), s->id == chosen)) chosen = s->id;
                ctx.rects.recordLastItem(std::string("menu/") + name + "-" + std::to_string(s->id));
            }
            ImGui::EndCombo();
        }
        ctx.rects.recordLastItem(std::string("combo/") + name);
    };
    picker("compare-from", from_);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr("compare.with"));
    picker("compare-to", to_);
    ImGui::SameLine(0, 20);
    const bool same = added_ + removed_ + moved_ + changed_ + emotions_ == 0;
    const std::string summary =
        same ? std::string(tr("compare.same"))
             : format("compare.summary", {std::to_string(added_), std::to_string(removed_), std::to_string(moved_),
                                          std::to_string(changed_)});
    ImGui::TextUnformatted(summary.c_str());
    ctx.rects.recordLastItem("text/compare-summary");
    ImGui::SameLine(0, 20);
    if (pillButton(ctx.rects, tr("compare.only_changes"), "compare-only", only_)) only_ = !only_;
    ImGui::SameLine(0, 20);
    if (pillButton(ctx.rects, tr("compare.overlay"), "compare-overlay", !side_)) side_ = false;
    ImGui::SameLine(0, 6);
    if (pillButton(ctx.rects, tr("compare.side"), "compare-side", side_)) side_ = true;
    const char* closeLabel = tr("dialog.close");
    ImGui::SameLine(width - 20 - ImGui::CalcTextSize(closeLabel).x - ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(closeLabel)) open_ = false;
    ctx.rects.recordLastItem("button/compare-close");
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return height;
}

void CompareView::describe(nlohmann::json& out) const {
    if (!open_) return;  // stays null
    nlohmann::json stages = nlohmann::json::object();
    for (const auto& [id, s] : afterMarks_.stages)
        if (s.total()) {
            nlohmann::json& one = stages[std::to_string(id)];
            one["added"] = s.added;
            one["removed"] = s.removed;
            one["moved"] = s.moved;
            one["changed"] = s.changed;
        }
    nlohmann::json changes = nlohmann::json::object();
    for (const auto& [id, bits] : afterMarks_.change) changes[std::to_string(id)] = bits;
    out["from"] = from_;
    out["to"] = to_;
    out["only"] = only_;
    out["side"] = side_;
    out["added"] = added_;
    out["removed"] = removed_;
    out["moved"] = moved_;
    out["changed"] = changed_;
    out["emotions"] = emotions_;
    out["stages"] = std::move(stages);
    out["cards"] = std::move(changes);
    out["shownCards"] = after_.cards.size();
}

}  // namespace jejak::ui

// Presentation mode: the spotlight and overview canvases, the control strip,
// the timer, the ranking of votes and the pointer.
#include "ui/views/presentation_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/votes.h"
#include "ui/controls.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/keys.h"
#include "ui/theme.h"

namespace jejak::ui {
namespace {

constexpr ImGuiWindowFlags kOverlay = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoNav;

// At 1920x1080 the spotlight's zoom makes card text 17 * 1.76 = 30 px and a
// one-line card 76 px tall; smaller screens scale it down with their size.
constexpr float kSpotlightZoomAt1080p = 1.76f;
constexpr float kPeek = 70;  // world units of each neighbouring stage in view

std::string clockText(int seconds) {
    char out[16];
    std::snprintf(out, sizeof out, "%d:%02d", seconds / 60, seconds % 60);
    return out;
}

bool barButton(ItemRects& rects, const char* label, const char* name, const char* tooltip, bool on = false) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    bool pressed = ImGui::Button(label);
    if (on) ImGui::PopStyleColor();
    rects.recordLastItem(std::string("present/") + name);
    if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    return pressed;
}

}  // namespace

int PresentationView::lanesToShow(const JourneyMap& map) const {
    int lanes = 0;
    for (const Lane& l : map.lanes)
        lanes += std::find(editorHidden_.begin(), editorHidden_.end(), l.id) == editorHidden_.end();
    return lanes;
}

void PresentationView::enter(const JourneyMap& map, const std::vector<Id>& editorHidden, int startStage, double now) {
    editorHidden_ = editorHidden;
    state_.enter(static_cast<int>(map.stages.size()), lanesToShow(map), startStage, now);
    spotlight_.setPresenting(true);
    overview_.setPresenting(true);
    spotlight_.select({});
    overview_.select({});
    overviewFitVersion_ = UINT64_MAX;
    if (!map.stages.empty()) timer_.showStage(map.stages[static_cast<size_t>(state_.stage())].id, now);
}

// The lanes out of view: those the editor hides, and those not yet revealed.
std::vector<Id> PresentationView::hiddenLanes(const JourneyMap& map) const {
    std::vector<Id> hidden = editorHidden_;
    int shown = 0;
    for (const Lane& l : map.lanes) {
        if (std::find(editorHidden_.begin(), editorHidden_.end(), l.id) != editorHidden_.end()) continue;
        if (shown++ >= state_.lanesShown()) hidden.push_back(l.id);
    }
    return hidden;
}

PresentAction PresentationView::keyAction() const {
    const ImGuiIO& io = ImGui::GetIO();
    return presentActionFor(io.KeyCtrl || io.KeySuper || io.KeyAlt,
                            [](int k, bool repeat) { return ImGui::IsKeyPressed(k, repeat); });
}

void PresentationView::act(PresentAction action, const JourneyMap& map, IntentSink& sink, double now) {
    switch (action) {
        case PresentAction::ToggleTimer: timer_.toggle(now); return;
        case PresentAction::ResetTimer: timer_.reset(now); return;
        case PresentAction::VoteUp:
        case PresentAction::VoteDown:
            for (Id card : canvas().selection())
                sink.apply(intent::ChangeVotes{card, action == PresentAction::VoteUp ? 1 : -1});
            return;
        default: break;
    }
    const bool wasOverview = state_.view() == PresentView::Overview;
    state_.act(action, static_cast<int>(map.personas.size()), now);
    // The selection follows from one canvas to the other.
    if (wasOverview != (state_.view() == PresentView::Overview))
        canvas().select(wasOverview ? overview_.selection() : spotlight_.selection());
}

void PresentationView::placeSpotlight(const JourneyMap& map, ImVec2 size, double now) {
    const float zoom = std::clamp(kSpotlightZoomAt1080p * std::min(size.x / 1920.0f, (size.y + kBarHeight) / 1080.0f),
                                  0.8f, MapCanvas::kMaxZoom);
    LayoutMetrics m;
    m.laneHeaderWidth = 170;
    m.stageHeaderHeight = 84;
    m.stageWidth = std::max(320.0f, std::round(size.x / zoom - m.laneHeaderWidth - 2 * kPeek));
    m.minRowHeight = 72;
    spotlight_.setMetrics(m);
    const float shown = static_cast<float>(state_.shownStage(now));
    // The first and last stages sit at the edge instead of leaving an empty strip there.
    const float widest =
        std::max(0.0f, m.laneHeaderWidth + static_cast<float>(map.stages.size()) * m.stageWidth - size.x / zoom);
    spotlight_.placeView(zoom, std::clamp(shown * m.stageWidth - kPeek, 0.0f, widest), spotlight_.view().scrollY);
    spotlightMarks_.setColumn(state_.stage());
}

bool PresentationView::draw(const ViewContext& ctx, const Palette& palette, ImVec2 display, double now, bool keysFree) {
    const JourneyMap& map = ctx.map;
    state_.fit(static_cast<int>(map.stages.size()), lanesToShow(map));
    if (!map.stages.empty()) timer_.showStage(map.stages[static_cast<size_t>(state_.stage())].id, now);

    const ImGuiIO& io = ImGui::GetIO();
    if (keysFree) {
        const bool ctrl = io.KeyCtrl || io.KeySuper;
        if (ctrl && ImGui::IsKeyPressed(key::kZ, true))
            ctx.sink.apply(io.KeyShift ? Intent(intent::Redo{}) : Intent(intent::Undo{}));
        if (ctrl && ImGui::IsKeyPressed(key::kY, true)) ctx.sink.apply(intent::Redo{});
        if (!ctrl && ImGui::IsKeyPressed(key::kLeftBracket, true)) timer_.setDuration(timer_.duration() - 60, now);
        if (!ctrl && ImGui::IsKeyPressed(key::kRightBracket, true)) timer_.setDuration(timer_.duration() + 60, now);
        PresentAction action = keyAction();
        // Esc first ends what is open: the ranking, then the blank screen, then the presentation.
        if (action == PresentAction::Leave && state_.rankingShown()) action = PresentAction::ToggleRanking;
        if (action == PresentAction::Leave && state_.blank()) action = PresentAction::ToggleBlank;
        if (action != PresentAction::None) act(action, map, ctx.sink, now);
    }
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || ImGui::IsMouseClicked(0)) state_.pointerMoved(now);
    if (!state_.active()) return false;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (state_.blank()) {  // as in slide software: nothing but black until B again
        dl->AddRectFilled(ImVec2(0, 0), display, IM_COL32(0, 0, 0, 255));
        ImGui::SetCursorScreenPos(ImVec2(0, 0));
        ImGui::InvisibleButton("##blank", ImVec2(std::max(display.x, 1.0f), std::max(display.y, 1.0f)));
        ctx.rects.record("present/blank", {0, 0, display.x, display.y});
        ImGui::SetMouseCursor(ImGuiMouseCursor_None);
        return true;
    }

    Fonts large = ctx.fonts;
    if (ctx.fonts.large()) {
        large.body = ctx.fonts.bodyLarge;
        large.strong = ctx.fonts.strongLarge;
    }
    const ImVec2 size(display.x, std::max(1.0f, display.y - kBarHeight));
    const std::vector<Id> hidden = hiddenLanes(map);
    if (state_.view() == PresentView::Spotlight) {
        placeSpotlight(map, size, now);
        spotlight_.setHiddenLanes(hidden);
        spotlight_.setPersonaFilter(state_.persona());
        spotlight_.draw(map, ctx.sink, large, palette, ctx.rects, ImVec2(0, 0), size);
    } else {
        overview_.setHiddenLanes(hidden);
        overview_.setPersonaFilter(state_.persona());
        overview_.draw(map, ctx.sink, ctx.fonts, palette, ctx.rects, ImVec2(0, 0), size);
        // The whole map, as large as the screen allows: again after a resize, an edit or a lane revealed.
        if (overviewFitSize_.x != size.x || overviewFitSize_.y != size.y ||
            overviewFitVersion_ != ctx.sink.mapVersion() || overviewFitLanes_ != state_.lanesShown()) {
            overview_.fitToScreen(MapCanvas::kMinZoom, MapCanvas::kMaxZoom);
            overviewFitSize_ = size;
            overviewFitVersion_ = ctx.sink.mapVersion();
            overviewFitLanes_ = state_.lanesShown();
        }
        if (auto column = overview_.takeStageClick()) {
            spotlight_.select(overview_.selection());
            state_.goTo(*column, now);
        }
    }
    for (MapCanvas* c : {&spotlight_, &overview_}) {  // no menus or header renaming on the projector
        c->takeContextRequest();
        c->takeRenameRequest();
        c->takeStageClick();
    }
    overBar_ = io.MousePos.y >= display.y - kBarHeight;
    drawTimer(ctx, palette, display, now);
    drawBar(ctx, palette, display, now);
    if (state_.rankingShown()) drawRanking(ctx, palette, display, now);
    drawPointer(palette, now);
    return state_.active();
}

void PresentationView::drawTimer(const ViewContext& ctx, const Palette& p, ImVec2 display, double now) {
    const int seconds = timer_.secondsShown(now);
    const WorkshopTimer::Phase phase = timer_.phase(now);
    // Amber in the last minute, red at zero: a fill the room sees, with ink that stays readable on it.
    ImU32 fill = p.surface, ink = p.ink;
    if (phase == WorkshopTimer::Phase::LastMinute) fill = IM_COL32(255, 184, 28, 255), ink = IM_COL32(20, 20, 20, 255);
    if (phase == WorkshopTimer::Phase::Over) fill = IM_COL32(196, 18, 36, 255), ink = IM_COL32(255, 255, 255, 255);
    ImFont* font = ctx.fonts.clock ? ctx.fonts.clock : ctx.fonts.heading;
    const float size = kClockSize;
    const std::string text = clockText(seconds);
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0, "00:00");
    const ImVec2 boxSize(std::max(ts.x + 40, 5 * 36.0f + 4 * 4 + 16), ts.y + 56);
    ImGui::SetNextWindowPos(ImVec2(display.x - boxSize.x - 20, 20));
    ImGui::SetNextWindowSize(boxSize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(fill));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.border));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * lineWeight());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 6));
    ImGui::Begin("##present-timer", nullptr, kOverlay);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetWindowPos();
    const ImVec2 textSize = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
    dl->AddText(font, size, ImVec2(at.x + (boxSize.x - textSize.x) * 0.5f, at.y + 4), ink, text.c_str());
    ctx.rects.record("text/timer", {at.x, at.y, boxSize.x, ts.y + 8});
    ImGui::SetCursorScreenPos(ImVec2(at.x + 8, at.y + ts.y + 12));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ink));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8, 4));
    if (barButton(ctx.rects, "-1", "timer-minus", tr("present.timer_minus")))
        timer_.setDuration(timer_.duration() - 60, now);
    ImGui::SameLine(0, 4);
    if (barButton(ctx.rects, timer_.running() ? icon::kPause : icon::kPlay, "timer-toggle",
                  tr(timer_.running() ? "present.timer_pause" : "present.timer_start")))
        timer_.toggle(now);
    ImGui::SameLine(0, 4);
    if (barButton(ctx.rects, "+1", "timer-plus", tr("present.timer_plus")))
        timer_.setDuration(timer_.duration() + 60, now);
    ImGui::SameLine(0, 4);
    if (barButton(ctx.rects, icon::kUndo, "timer-reset", tr("present.timer_reset"))) timer_.reset(now);
    ImGui::SameLine(0, 4);
    const bool perStage = timer_.scope() == WorkshopTimer::Scope::PerStage;
    if (barButton(ctx.rects, perStage ? icon::kColumns : icon::kClock, "timer-scope",
                  tr(perStage ? "present.timer_stage" : "present.timer_session")))
        timer_.setScope(perStage ? WorkshopTimer::Scope::Session : WorkshopTimer::Scope::PerStage, now);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

void PresentationView::drawBar(const ViewContext& ctx, const Palette& p, ImVec2 display, double now) {
    const JourneyMap& map = ctx.map;
    ImGui::SetNextWindowPos(ImVec2(0, display.y - kBarHeight));
    ImGui::SetNextWindowSize(ImVec2(display.x, kBarHeight));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(p.header));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 10));
    ImGui::Begin("##present-bar", nullptr, kOverlay);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(0, display.y - kBarHeight), ImVec2(display.x, display.y - kBarHeight),
                                        p.border, lineWeight());
    ctx.rects.record("panel/present", {0, display.y - kBarHeight, display.x, kBarHeight});
    const int stages = static_cast<int>(map.stages.size());
    if (barButton(ctx.rects, icon::kArrowLeft, "previous", tr("present.prev")))
        act(PresentAction::Previous, map, ctx.sink, now);
    ImGui::SameLine(0, 4);
    if (barButton(ctx.rects, icon::kArrowRight, "next", tr("present.next")))
        act(PresentAction::Next, map, ctx.sink, now);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (stages > 0) {
        std::string where = format("present.stage_of", {std::to_string(state_.stage() + 1), std::to_string(stages)});
        std::string name = map.stages[static_cast<size_t>(state_.stage())].name;
        ImGui::PushFont(ctx.fonts.strong);
        ImGui::TextUnformatted(fitWithEllipsis(where + " \xc2\xb7 " + name, 300).c_str());
        ImGui::PopFont();
        ctx.rects.recordLastItem("text/present-stage");
    }
    ImGui::SameLine(0, 18);
    const bool overview = state_.view() == PresentView::Overview;
    if (barButton(ctx.rects, tr(overview ? "present.spotlight" : "present.overview"), "view", tr("present.view_hint")))
        act(PresentAction::ToggleView, map, ctx.sink, now);
    ImGui::SameLine(0, 18);
    if (barButton(ctx.rects, icon::kArrowUp, "lane-less", tr("present.lane_less")))
        act(PresentAction::HideLane, map, ctx.sink, now);
    ImGui::SameLine(0, 4);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(
        format("present.lanes", {std::to_string(state_.lanesShown()), std::to_string(lanesToShow(map))}).c_str());
    ctx.rects.recordLastItem("text/present-lanes");
    ImGui::SameLine(0, 4);
    if (barButton(ctx.rects, icon::kArrowDown, "lane-more", tr("present.lane_more")))
        act(PresentAction::RevealLane, map, ctx.sink, now);
    ImGui::SameLine(0, 18);
    if (!map.personas.empty()) {
        const int who = state_.persona();
        std::string label =
            std::string(icon::kUser) + " " +
            (who < 0 ? tr("present.persona_all") : fitWithEllipsis(map.personas[static_cast<size_t>(who)].name, 160));
        if (barButton(ctx.rects, label.c_str(), "persona", tr("present.persona_hint"), who >= 0))
            act(PresentAction::NextPersona, map, ctx.sink, now);
        ImGui::SameLine(0, 18);
    }
    std::string ranking = std::string(icon::kListOl) + " " + tr("ranking.title");
    if (barButton(ctx.rects, ranking.c_str(), "ranking", tr("present.ranking_hint"), state_.rankingShown()))
        act(PresentAction::ToggleRanking, map, ctx.sink, now);
    ImGui::SameLine(0, 4);
    if (barButton(ctx.rects, icon::kAdjust, "theme", tr("tool.theme"))) ctx.sink.apply(intent::NextTheme{});
    ImGui::SameLine(0, 4);
    // The view on the screen as a picture (2x), for the workshop's notes or a chat.
    if (barButton(ctx.rects, icon::kDownload, "image", tr("present.image"))) ctx.sink.apply(intent::Export{intent::ExportKind::Png, 2});
    std::string leave = std::string(icon::kTimes) + " " + tr("present.leave");
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 10, display.x - ImGui::CalcTextSize(leave.c_str()).x - 40));
    if (barButton(ctx.rects, leave.c_str(), "leave", nullptr)) state_.leave();
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

// A row of the ranking: the place and the votes on the left, the card's text,
// its stage under it; a click spotlights the card's stage.
void PresentationView::drawRankingRow(const ViewContext& ctx, const Palette& p, const RankedCard& r, const Card& card,
                                      const Stage& stage, double now, const RankingFonts& fonts) {
    const JourneyMap& map = ctx.map;
    ImFont* body = fonts.body;
    ImFont* strong = fonts.strong;
    const float line = fonts.line, inner = fonts.inner;
    // A row: the place and the votes on the left, the card's text, its stage under it.
    ImGui::PushID(static_cast<int>(r.card));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##row", canvas().selection() == std::vector<Id>{r.card}, 0,
                          ImVec2(0, line * 2 + 6))) {
        spotlight_.select({r.card});
        overview_.select({r.card});
        state_.goTo(map.stageIndex(card.stage), now);
    }
    ctx.rects.recordLastItem("ranking/" + std::to_string(r.card));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", card.text.c_str(), stage.name.c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ImGui::GetFontSize();
    const std::string votes = plural("count.votes", r.votes);
    const float votesW = strong->CalcTextSizeA(fs, FLT_MAX, 0, "000 votes").x;
    dl->AddText(strong, fs, ImVec2(at.x + 4, at.y + 2), p.danger, votes.c_str());
    const float textX = at.x + votesW + 16;
    const std::string text =
        fitWithEllipsis(card.text.empty() ? "-" : card.text, inner - votesW - 24, nullptr, body, fs);
    dl->AddText(body, fs, ImVec2(textX, at.y + 2), p.ink, text.c_str());
    const std::string where = std::to_string(map.stageIndex(card.stage) + 1) + ". " +
                              fitWithEllipsis(stage.name, inner - votesW - 24, nullptr, body, fs);
    dl->AddText(body, fs * 0.85f, ImVec2(textX, at.y + 4 + line), p.inkMuted, where.c_str());
    ImGui::PopID();
}

void PresentationView::drawRanking(const ViewContext& ctx, const Palette& p, ImVec2 display, double now) {
    const JourneyMap& map = ctx.map;
    // For the room, not only the facilitator: the large faces, about 27 px.
    const bool large = ctx.fonts.large();
    const float scale = large ? 0.8f : 1.0f;
    const float width = std::min(820.0f, std::max(420.0f, display.x * 0.4f));
    const float top = 150;
    ImGui::SetNextWindowPos(ImVec2(display.x - width - 20, top));
    ImGui::SetNextWindowSize(ImVec2(width, std::max(200.0f, display.y - top - kBarHeight - 20)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * lineWeight());
    ImGui::Begin("##ranking", nullptr, kOverlay & ~ImGuiWindowFlags_NoNav);
    ctx.rects.record("window/ranking", {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                                        ImGui::GetWindowSize().y});
    ImFont* body = large ? ctx.fonts.bodyLarge : ctx.fonts.body;
    ImFont* strong = large ? ctx.fonts.strongLarge : ctx.fonts.strong;
    ImGui::PushFont(body);
    ImGui::SetWindowFontScale(scale);
    {
        const float fs = ImGui::GetFontSize() * 1.2f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddText(strong, fs, at, p.ink, tr("ranking.title"));
        ImGui::Dummy(ImVec2(1, fs * 1.2f));
    }
    ImGui::Separator();
    const RankingFonts fonts{body, strong, ImGui::GetTextLineHeight(), ImGui::GetContentRegionAvail().x};
    bool any = false;
    for (auto [kind, key] : {std::pair{LaneKind::PainPoints, "lane.pain-points"},
                             std::pair{LaneKind::Opportunities, "lane.opportunities"}}) {
        std::vector<RankedCard> ranked = rankByVotes(map, {kind});
        ImGui::Spacing();
        ImGui::PushFont(strong);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.laneAccent[static_cast<int>(kind)]), "%s", tr(key));
        ImGui::PopFont();
        if (ranked.empty()) {
            ImGui::TextDisabled("%s", tr("ranking.none_here"));
            continue;
        }
        any = true;
        int place = 0;
        for (const RankedCard& r : ranked) {
            if (++place > 8) break;
            const Card* card = map.card(r.card);
            const Stage* stage = card ? map.stage(card->stage) : nullptr;
            if (!card || !stage) continue;
            drawRankingRow(ctx, p, r, *card, *stage, now, fonts);
        }
    }
    ImGui::Spacing();
    ImGui::Separator();
    if (!any) ImGui::TextWrapped("%s", tr("ranking.none"));
    ImGui::BeginDisabled(totalVotes(map) == 0);
    if (ImGui::Button(tr("ranking.clear"))) ctx.sink.apply(intent::ClearVotes{});
    ctx.rects.recordLastItem("button/clear-votes");
    ImGui::EndDisabled();
    ImGui::SetWindowFontScale(1);
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleVar();
}

// The pointer: a large dot the room can follow, where the mouse is, until two
// seconds without movement. The system cursor stays hidden over the map.
void PresentationView::drawPointer(const Palette& p, double now) {
    if (overBar_ || ImGui::IsAnyItemActive()) return;  // the controls keep the arrow
    if (ImGui::GetIO().WantTextInput) return;          // so does a card being edited
    ImGui::SetMouseCursor(ImGuiMouseCursor_None);
    if (!state_.pointerShown(now)) return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const ImVec2 at = ImGui::GetIO().MousePos;
    dl->AddCircleFilled(at, 17, IM_COL32(0, 0, 0, 150), 32);        // a dark halo for light screens
    dl->AddCircleFilled(at, 14, IM_COL32(255, 255, 255, 255), 32);  // a white ring for dark ones
    dl->AddCircleFilled(at, 11, p.danger, 32);
}

double PresentationView::secondsUntilDue(double now) const {
    if (!state_.active()) return -1;
    double timer = timer_.secondsUntilChange(now), pointer = state_.secondsUntilPointerHides(now);
    if (timer < 0) return pointer;
    if (pointer < 0) return timer;
    return std::min(timer, pointer);
}

std::string PresentationView::stateJson(const JourneyMap& map, double now) const {
    nlohmann::json j;
    j["view"] = state_.view() == PresentView::Overview ? "overview" : "spotlight";
    j["stage"] = state_.stage();
    j["stageId"] =
        state_.stage() < static_cast<int>(map.stages.size()) ? map.stages[static_cast<size_t>(state_.stage())].id : 0;
    j["lanesShown"] = state_.lanesShown();
    j["persona"] = state_.persona() < 0 ? nlohmann::json(nullptr) : nlohmann::json(state_.persona());
    j["timer"] = {{"seconds", timer_.secondsShown(now)},
                  {"running", timer_.running()},
                  {"duration", static_cast<int>(timer_.duration())},
                  {"scope", timer_.scope() == WorkshopTimer::Scope::PerStage ? "stage" : "session"}};
    j["blank"] = state_.blank();
    j["ranking"] = state_.rankingShown();
    j["pointer"] = state_.pointerShown(now);
    j["theme"] = themeName(currentTheme());
    j["animating"] = state_.animating(now);
    return j.dump();
}

}  // namespace jejak::ui

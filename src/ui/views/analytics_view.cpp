// The analytics panel (see analytics_view.h).
#include "ui/views/analytics_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/formatting.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"

namespace jejak::ui {
namespace {

std::string count(std::optional<std::int64_t> n) {
    return n ? formatCount(static_cast<long long>(*n), uiLanguage()) : std::string("\u2014");
}

// A number with one decimal by a printf format ("%.1f%%"), the decimal mark as
// the language writes it ("34,2%" in Bahasa Indonesia).
std::string decimal(const char* pattern, double value) {
    char text[32];
    std::snprintf(text, sizeof text, pattern, value);
    std::string out = text;
    if (uiLanguage() == Language::Indonesian) std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

// A rate as "34.2%", "—" when undefined.
std::string percent(std::optional<double> rate) { return rate ? decimal("%.1f%%", *rate * 100.0) : "\u2014"; }

// The change of a rate against the previous period, in percentage points ("+1.4 pts").
std::string pointsChange(std::optional<double> now, std::optional<double> before) {
    if (!now || !before) return {};
    return format("analytics.points", {decimal("%+.1f", (*now - *before) * 100.0)});
}

// The change of a count against the previous period, in percent ("+7.3%").
std::string countChange(std::optional<std::int64_t> now, std::optional<std::int64_t> before) {
    if (!now || !before || *before == 0) return {};
    return decimal("%+.1f%%", (static_cast<double>(*now) / static_cast<double>(*before) - 1) * 100);
}

std::string stageName(const JourneyMap& map, Id id) {
    const Stage* s = map.stage(id);
    return s ? s->name : std::string();
}

void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// Text and a change after it, the change muted.
void withChange(const std::string& text, const std::string& change) {
    ImGui::TextUnformatted(text.c_str());
    if (change.empty()) return;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", change.c_str());
}

}  // namespace

void AnalyticsView::refresh(const JourneyMap& map, std::uint64_t mapVersion) {
    if (mapVersion == version_ && wanted_.empty() && cachedPeriod_ == period_) return;
    if (mapVersion != version_) periods_ = measuredPeriods(map);
    if (!wanted_.empty()) {
        if (std::find(periods_.begin(), periods_.end(), wanted_) != periods_.end()) {
            period_ = wanted_;
            chosen_ = period_ != periods_.back();  // the latest chosen: new periods are followed again
        }
        wanted_.clear();
    }
    // The latest period (also one imported later) unless another was chosen and still is in the map.
    if (!chosen_ || std::find(periods_.begin(), periods_.end(), period_) == periods_.end()) {
        period_ = periods_.empty() ? std::string() : periods_.back();
        chosen_ = false;
    }
    version_ = mapVersion;
    cachedPeriod_ = period_;
    current_.reset();
    previous_.reset();
    exits_.clear();
    rates_.clear();
    if (!period_.empty()) {
        current_ = computePeriod(map, period_);
        auto at = std::find(periods_.begin(), periods_.end(), period_);
        if (at != periods_.begin()) previous_ = computePeriod(map, *(at - 1));
        exits_ = rankExits(*current_);
        for (const TouchpointRate& t : current_->touchpoints) rates_[t.card] = t.exitRate;
    }
    ranked_ = rankOpportunities(map, current_ ? &*current_ : nullptr);
}

const char* AnalyticsView::tabName() const {
    static const char* kTabs[] = {"funnel", "exits", "priorities"};
    return kTabs[tab_];
}

void AnalyticsView::draw(const ViewContext& ctx, std::uint64_t mapVersion) {
    refresh(ctx.map, mapVersion);
    ItemRects& rects = ctx.rects;
    // The period, and where the numbers come from.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("analytics.period"));
    ImGui::SameLine();
    const float importW = ImGui::CalcTextSize(tr("analytics.import")).x + ImGui::GetStyle().FramePadding.x * 2 +
                          ImGui::CalcTextSize(icon::kDownload).x + 8;
    ImGui::SetNextItemWidth(std::max(90.0f, ImGui::GetContentRegionAvail().x - importW - 8));
    if (ImGui::BeginCombo("##period", period_.empty() ? tr("analytics.no_periods") : period_.c_str())) {
        for (size_t i = 0; i < periods_.size(); ++i) {
            if (ImGui::Selectable(periods_[i].c_str(), periods_[i] == period_)) wanted_ = periods_[i];
            rects.recordLastItem("menu/period-" + periods_[i]);
        }
        ImGui::EndCombo();
    }
    rects.recordLastItem("input/analytics-period");
    ImGui::SameLine(0, 8);
    if (ImGui::Button((std::string(icon::kDownload) + "  " + tr("analytics.import")).c_str()))
        ctx.sink.apply(intent::ImportMeasures{});
    rects.recordLastItem("button/import-measures");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("analytics.import_tip"));
    if (!wanted_.empty()) refresh(ctx.map, mapVersion);  // the new period is drawn in this frame

    if (periods_.empty()) {
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(tr("analytics.empty"));
        ImGui::Spacing();
        ImGui::TextDisabled("%s", "period,stage,touchpoint,entered,reached,exits");
        ImGui::PopTextWrapPos();
        ctx.rects.recordLastItem("text/analytics-empty");
    } else {
        ImGui::Checkbox(tr("analytics.show_rates"), &showRates_);
        rects.recordLastItem("check/exit-rates");
    }
    ImGui::Spacing();
    // The three views as one segmented control: the chosen one filled, the others quiet.
    const char* tabs[] = {"analytics.funnel", "analytics.exits", "analytics.priorities"};
    const char* ids[] = {"tab/funnel", "tab/exits", "tab/priorities"};
    const float tabW = (ImGui::GetContentRegionAvail().x - 2 * 4) / 3;
    const Palette& p = palette();
    for (int t = 0; t < 3; ++t) {
        if (t) ImGui::SameLine(0, 4);
        const bool chosen = tab_ == t;
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(chosen ? p.accentSoft : p.header));
        ImGui::PushFont(chosen ? ctx.fonts.strong : ctx.fonts.body);
        if (ImGui::Button(tr(tabs[t]), ImVec2(tabW, 0))) tab_ = t;
        ImGui::PopFont();
        ImGui::PopStyleColor();
        rects.recordLastItem(ids[t]);
    }
    ImGui::Separator();
    ImGui::BeginChild("##tab", ImVec2(0, 0), false);
    if (tab_ == 0) drawFunnel(ctx);
    if (tab_ == 1) drawExits(ctx);
    if (tab_ == 2) drawPriorities(ctx);
    ImGui::EndChild();
}

// Entered per stage as bars, the conversion to the next stage between them, each
// with its change against the previous period.
void AnalyticsView::drawFunnel(const ViewContext& ctx) {
    if (!current_) return;
    const Palette& p = palette();
    std::int64_t most = 1;
    for (const FunnelStep& s : current_->funnel) most = std::max(most, s.entered.value_or(0));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    for (size_t i = 0; i < current_->funnel.size(); ++i) {
        const FunnelStep& step = current_->funnel[i];
        const FunnelStep* before = previous_ ? previous_->step(step.stage) : nullptr;
        ImGui::PushID(static_cast<int>(step.stage));
        ImGui::PushFont(ctx.fonts.strong);
        ImGui::TextUnformatted(stageName(ctx.map, step.stage).c_str());
        ImGui::PopFont();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float barH = ImGui::GetTextLineHeight() + 6;
        const float share = step.entered ? static_cast<float>(static_cast<double>(*step.entered) / static_cast<double>(most)) : 0.0f;
        dl->AddRectFilled(at, ImVec2(at.x + width, at.y + barH), p.header, 4);
        if (share > 0) dl->AddRectFilled(at, ImVec2(at.x + std::max(4.0f, width * share), at.y + barH), p.accentSoft, 4);
        ImGui::SetCursorScreenPos(ImVec2(at.x + 6, at.y + 3));
        withChange(format("analytics.entered", {count(step.entered)}),
                   before ? countChange(step.entered, before->entered) : std::string());
        ctx.rects.record("funnel/" + std::to_string(step.stage), {at.x, at.y, width, barH});
        ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + barH + 4));
        if (i + 1 < current_->funnel.size()) {
            ImGui::Indent(12);
            withChange(std::string(icon::kArrowDown) + "  " + format("analytics.go_on", {percent(step.conversion)}),
                       before ? pointsChange(step.conversion, before->conversion) : std::string());
            ctx.rects.recordLastItem("text/conversion/" + std::to_string(step.stage));
            ImGui::Unindent(12);
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (previous_) ImGui::TextDisabled("%s", format("analytics.against", {previous_->period}).c_str());
}

// The touchpoints where most customers leave, most first, each with "Add an opportunity".
void AnalyticsView::drawExits(const ViewContext& ctx) {
    if (!current_) return;
    int shown = 0;
    for (const TouchpointRate& t : exits_) {
        if (!t.exits || *t.exits == 0 || shown >= 25) continue;
        const Card* card = ctx.map.card(t.card);
        if (!card) continue;
        ++shown;
        const TouchpointRate* before = previous_ ? previous_->touchpoint(t.card) : nullptr;
        ImGui::PushID(static_cast<int>(t.card));
        ImGui::PushFont(ctx.fonts.strong);
        const std::string title = std::to_string(shown) + ".  " + (card->text.empty() ? "\u2014" : card->text);
        ImGui::PushTextWrapPos(0);
        if (ImGui::Selectable(title.c_str(), false)) ctx.sink.apply(intent::SelectCards{{t.card}});
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ctx.rects.recordLastItem("exit/" + std::to_string(t.card));
        ImGui::TextDisabled("%s", stageName(ctx.map, t.stage).c_str());
        withChange(format("analytics.exit_line", {count(t.exits), percent(t.exitRate)}),
                   before ? pointsChange(t.exitRate, before->exitRate) : std::string());
        if (ImGui::SmallButton((std::string(icon::kLightbulb) + "  " + tr("analytics.add_opportunity")).c_str()))
            ctx.sink.apply(intent::AddOpportunity{t.card});
        ctx.rects.recordLastItem("button/add-opportunity/" + std::to_string(t.card));
        ImGui::Separator();
        ImGui::PopID();
    }
    if (shown == 0) ImGui::TextWrapped("%s", tr("analytics.no_exits"));
}

void AnalyticsView::drawPriorities(const ViewContext& ctx) {
    drawMatrix(ctx);
    ImGui::Spacing();
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextUnformatted(tr("analytics.ranked"));
    ImGui::PopFont();
    int rank = 0;
    for (const RankedOpportunity& o : ranked_) {
        const Card* card = ctx.map.card(o.card);
        if (!card) continue;
        ++rank;
        ImGui::PushID(static_cast<int>(o.card));
        const std::string title = std::to_string(rank) + ".  " + (card->text.empty() ? "\u2014" : card->text);
        ImGui::PushTextWrapPos(0);
        if (ImGui::Selectable(title.c_str(), false)) ctx.sink.apply(intent::SelectCards{{o.card}});
        ImGui::PopTextWrapPos();
        ctx.rects.recordLastItem("rank/" + std::to_string(rank));
        std::string line = tr(quadrantKey(o.quadrant));
        if (card->impact && card->effort)
            line += " \u00b7 " + format("analytics.scores", {std::to_string(*card->impact), std::to_string(*card->effort)});
        if (o.linkedExits) line += " \u00b7 " + format("analytics.linked_exits", {count(o.linkedExits)});
        if (o.votes) line += " \u00b7 " + plural("count.votes", o.votes);
        muted(line);
        ImGui::PopID();
    }
    if (rank == 0) ImGui::TextWrapped("%s", tr("analytics.no_opportunities"));
}

// Impact (up) against effort (right), 1 to 5 each; the quadrants named; a dot per
// scored opportunity, dragged to another cell to re-score it (one undo step).
// The matrix's quadrants, lines and axis numbers, its top left corner at `a`.
void AnalyticsView::drawMatrixGrid(const ViewContext& ctx, ImVec2 origin, ImVec2 a, float cell) {
    const Palette& p = palette();
    const float side = cell * 5;
    const ImVec2 b(a.x + side, a.y + side);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Effort 1-2 | 3-5 across, impact 3-5 over 1-2: the quadrants, as quadrantOf() has them.
    const float splitX = a.x + 2 * cell, splitY = a.y + 3 * cell;
    struct Quad {
        ImVec2 from, to;
        Quadrant q;
    };
    const Quad quads[] = {{a, ImVec2(splitX, splitY), Quadrant::QuickWin},
                          {ImVec2(splitX, a.y), ImVec2(b.x, splitY), Quadrant::BigBet},
                          {ImVec2(a.x, splitY), ImVec2(splitX, b.y), Quadrant::FillIn},
                          {ImVec2(splitX, splitY), b, Quadrant::MoneyPit}};
    for (const Quad& q : quads) {
        dl->AddRectFilled(q.from, q.to, q.q == Quadrant::QuickWin ? withAlpha(p.accentSoft, 0.9f) : withAlpha(p.border, 0.18f));
        dl->AddText(ctx.fonts.strong, 13.0f, ImVec2(q.from.x + 6, q.from.y + 4), p.inkMuted, tr(quadrantKey(q.q)));
    }
    for (int i = 0; i <= 5; ++i) {
        const ImU32 line = withAlpha(p.border, i == 0 || i == 5 ? 1.0f : 0.45f);
        const float at = static_cast<float>(i) * cell;
        dl->AddLine(ImVec2(a.x + at, a.y), ImVec2(a.x + at, b.y), line, lineWeight());
        dl->AddLine(ImVec2(a.x, a.y + at), ImVec2(b.x, a.y + at), line, lineWeight());
    }
    dl->AddLine(ImVec2(splitX, a.y), ImVec2(splitX, b.y), p.inkMuted, 2 * lineWeight());
    dl->AddLine(ImVec2(a.x, splitY), ImVec2(b.x, splitY), p.inkMuted, 2 * lineWeight());
    for (int v = 1; v <= 5; ++v) {
        const std::string n = std::to_string(v);
        const float fv = static_cast<float>(v);
        dl->AddText(ImVec2(a.x + (fv - 0.5f) * cell - 3, b.y + 2), p.inkMuted, n.c_str());          // effort
        dl->AddText(ImVec2(origin.x + 6, a.y + (5 - fv + 0.5f) * cell - 7), p.inkMuted, n.c_str());  // impact
        for (int i = 1; i <= 5; ++i)
            ctx.rects.record("matrix-cell/" + std::to_string(v) + "-" + std::to_string(i),
                             {a.x + (fv - 1) * cell, a.y + static_cast<float>(5 - i) * cell, cell, cell});
    }
    ctx.rects.record("matrix", {a.x, a.y, side, side});
}

// The opportunities as dots; a dot dragged to another cell re-scores its card.
// Returns how many have no scores (and so no dot).
int AnalyticsView::drawMatrixDots(const ViewContext& ctx, ImVec2 a, float cell) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The dots: several in one cell sit side by side, in ranking order.
    std::unordered_map<int, int> inCell;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int unscored = 0;
    for (const RankedOpportunity& o : ranked_) {
        const Card* card = ctx.map.card(o.card);
        if (!card) continue;
        if (!card->impact || !card->effort) {
            ++unscored;
            continue;
        }
        const int key = *card->effort * 10 + *card->impact;
        const int k = inCell[key]++;
        const float r = std::min(9.0f, cell * 0.16f);
        ImVec2 c(a.x + static_cast<float>(*card->effort - 1) * cell + cell * 0.3f + static_cast<float>(k % 3) * r * 2.3f,
                 a.y + static_cast<float>(5 - *card->impact) * cell + cell * 0.45f +
                     static_cast<float>(k / 3 % 3) * r * 2.3f);
        ImGui::SetCursorScreenPos(ImVec2(c.x - r - 2, c.y - r - 2));
        ImGui::PushID(static_cast<int>(o.card));
        ImGui::InvisibleButton("##dot", ImVec2(2 * r + 4, 2 * r + 4));
        ImGui::PopID();
        ctx.rects.recordLastItem("dot/" + std::to_string(o.card));
        const bool active = ImGui::IsItemActive();
        if (active) {
            dragging_ = o.card;
            c = mouse;
        }
        if (ImGui::IsItemDeactivated() && dragging_ == o.card) {
            dragging_ = 0;
            const int effort = std::clamp(static_cast<int>(std::floor((mouse.x - a.x) / cell)) + 1, 1, 5);
            const int impact = std::clamp(5 - static_cast<int>(std::floor((mouse.y - a.y) / cell)), 1, 5);
            if (effort != *card->effort || impact != *card->impact) {
                Card changed = *card;
                changed.effort = effort;
                changed.impact = impact;
                ctx.sink.apply(intent::ReplaceCard{changed, false});
            }
        }
        const bool hovered = ImGui::IsItemHovered() || active;
        dl->AddCircleFilled(c, r + (hovered ? 2 : 0), o.quadrant == Quadrant::QuickWin ? p.accent : p.inkMuted);
        dl->AddCircle(c, r + (hovered ? 2 : 0), p.surface, 0, 1.5f);
        if (hovered && !active) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(280);
            ImGui::TextUnformatted(card->text.empty() ? "\u2014" : card->text.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TextDisabled("%s", (stageName(ctx.map, card->stage) + " \u00b7 " + tr(quadrantKey(o.quadrant)) + " \u00b7 " +
                                       format("analytics.scores", {std::to_string(*card->impact), std::to_string(*card->effort)}))
                                          .c_str());
            ImGui::EndTooltip();
        }
    }
    return unscored;
}

void AnalyticsView::drawMatrix(const ViewContext& ctx) {
    const float axis = 22;
    const float side = std::min(ImGui::GetContentRegionAvail().x - axis - 10, 320.0f);
    const float cell = side / 5;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 a(origin.x + axis, origin.y), b(a.x + side, a.y + side);
    drawMatrixGrid(ctx, origin, a, cell);
    const int unscored = drawMatrixDots(ctx, a, cell);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, b.y + 22));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr("analytics.axes"));
    if (unscored) ImGui::TextWrapped("%s", format("analytics.unscored", {std::to_string(unscored)}).c_str());
    ImGui::PopStyleColor();
}

ExitRatesOverlay* AnalyticsView::exitRates(const JourneyMap& map, std::uint64_t changes) {
    if (!showRates_) return nullptr;
    refresh(map, changes);
    exitRates_.show(period(), period().empty() ? nullptr : &rates_);
    return &exitRates_;
}

}  // namespace jejak::ui

// The analytics panel: a period selector, the funnel across the stages, the exit
// points ranked (each with "Add an opportunity"), and the priorities: the
// opportunity matrix (impact against effort; drag a dot to re-score) and the
// ranked list. All derived from the map's measures (core/analytics.h).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/analytics.h"
#include "ui/overlays/exit_rates.h"
#include "ui/views/view_context.h"

namespace jejak::ui {

class AnalyticsView {
public:
    void draw(const ViewContext& ctx, std::uint64_t mapVersion);
    // The period shown ("" when the map has none), after refresh().
    const std::string& period() const { return period_; }
    void choosePeriod(std::string period) { wanted_ = std::move(period); }
    // Whether the map colours touchpoints by exit rate (the panel's checkbox).
    bool showsRates() const { return showRates_; }
    // Brings the cached analytics up to the map's version; cheap when nothing changed.
    void refresh(const JourneyMap& map, std::uint64_t mapVersion);
    // The touchpoints' exit rates in the period, for the canvas (made by refresh()).
    const std::unordered_map<Id, std::optional<double>>& rates() const { return rates_; }
    // The canvas's marks of them (overlays/exit_rates.h), or nullptr when the panel shows none.
    ExitRatesOverlay* exitRates(const JourneyMap& map, std::uint64_t changes);
    // For the test bridge: the periods, and the tab shown ("funnel", "exits", "priorities").
    const std::vector<std::string>& periods() const { return periods_; }
    const char* tabName() const;

private:
    void drawMatrixGrid(const ViewContext& ctx, ImVec2 origin, ImVec2 a, float cell);
    int drawMatrixDots(const ViewContext& ctx, ImVec2 a, float cell);
    void drawFunnel(const ViewContext& ctx);
    void drawExits(const ViewContext& ctx);
    void drawPriorities(const ViewContext& ctx);
    void drawMatrix(const ViewContext& ctx);

    std::string period_, wanted_;
    bool chosen_ = false;  // the user picked an earlier period than the latest
    int tab_ = 0;  // 0 funnel, 1 exit points, 2 priorities
    bool showRates_ = true;
    std::uint64_t version_ = UINT64_MAX;
    std::string cachedPeriod_;
    std::vector<std::string> periods_;
    std::optional<PeriodAnalytics> current_, previous_;
    std::vector<TouchpointRate> exits_;
    std::unordered_map<Id, std::optional<double>> rates_;
    ExitRatesOverlay exitRates_;
    std::vector<RankedOpportunity> ranked_;
    Id dragging_ = 0;  // the matrix dot being dragged
};

}  // namespace jejak::ui

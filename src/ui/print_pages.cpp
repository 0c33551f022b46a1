// Print pagination (see print_pages.h).
#include "ui/print_pages.h"

#include <algorithm>

namespace jejak::ui {

PageSize landscape(Paper paper) {
    // 1 mm = 96 / 25.4 CSS px.
    return paper == Paper::A3 ? PageSize{1587.4f, 1122.5f} : PageSize{1122.5f, 793.7f};
}

namespace {

// Greedy groups of consecutive sizes whose sum stays within room (a size larger
// than room alone makes a group of its own).
std::vector<std::pair<int, int>> group(const std::vector<float>& sizes, float room) {
    std::vector<std::pair<int, int>> out;
    int first = 0;
    float used = 0;
    for (int i = 0; i < static_cast<int>(sizes.size()); ++i) {
        const float s = sizes[static_cast<size_t>(i)];
        if (i > first && used + s > room + 0.01f) {
            out.emplace_back(first, i);
            first = i;
            used = 0;
        }
        used += s;
    }
    if (first < static_cast<int>(sizes.size())) out.emplace_back(first, static_cast<int>(sizes.size()));
    if (out.empty()) out.emplace_back(0, 0);
    return out;
}

}  // namespace

PrintPlan planPrint(const MapLayout& layout, float contentW, float contentH, float minZoom) {
    const LayoutMetrics& m = layout.metrics;
    PrintPlan plan;
    std::vector<float> widths, heights;
    float widest = 0, tallest = 0;
    for (const ColumnBox& c : layout.columns) {
        widths.push_back(c.w);
        widest = std::max(widest, c.w);
    }
    for (const RowBox& r : layout.rows) {
        heights.push_back(r.h);
        tallest = std::max(tallest, r.h);
    }
    const float fullH = std::max(layout.height, m.stageHeaderHeight + 1);
    float zoom = std::min(1.0f, contentH / fullH);
    zoom = std::max(zoom, minZoom);
    // Every stage, and every lane, fits a page whole (below minZoom if it must).
    zoom = std::min(zoom, contentW / (m.laneHeaderWidth + std::max(widest, 1.0f)));
    zoom = std::min(zoom, contentH / (m.stageHeaderHeight + std::max(tallest, 1.0f)));
    zoom = std::max(zoom, 0.05f);
    plan.zoom = zoom;
    const auto columns = group(widths, contentW / zoom - m.laneHeaderWidth);
    const auto rows = group(heights, contentH / zoom - m.stageHeaderHeight);
    for (const auto& [c0, c1] : columns)
        for (const auto& [r0, r1] : rows) plan.pages.push_back({c0, c1, r0, r1});
    return plan;
}

}  // namespace jejak::ui

// What every overlay draws with (canvas_overlay.h).
#include "ui/canvas_overlay.h"

#include <algorithm>

namespace jejak::ui {

float CanvasPaint::emotionY(const RowBox& row, int score) const { return emotionScoreY(layout.metrics, row, score); }

void CanvasPaint::recordVisible(const std::string& id, ImVec2 a, ImVec2 b) const {
    recordVisibleItem(rects, layout.metrics, view.zoom, origin, size, id, a, b);
}

void recordVisibleItem(ItemRects& rects, const LayoutMetrics& m, float zoom, ImVec2 origin, ImVec2 size,
                       const std::string& id, ImVec2 a, ImVec2 b) {
    const float left = origin.x + m.laneHeaderWidth * zoom, top = origin.y + m.stageHeaderHeight * zoom;
    const float right = origin.x + size.x, bottom = origin.y + size.y;
    const float x0 = std::max(a.x, left), y0 = std::max(a.y, top), x1 = std::min(b.x, right), y1 = std::min(b.y, bottom);
    if (x1 - x0 < 1 || y1 - y0 < 1) return;
    rects.record(id, {x0, y0, x1 - x0, y1 - y0});
}

}  // namespace jejak::ui

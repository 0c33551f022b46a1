// What every overlay draws with (canvas_overlay.h).
#include "ui/canvas_overlay.h"

#include <algorithm>

namespace jejak::ui {

float CanvasPaint::emotionY(const RowBox& row, int score) const { return emotionScoreY(layout.metrics, row, score); }

// The part of an item that is not under the sticky headers or off the canvas, so
// tests click what a user can see; nothing when none of it is.
void CanvasPaint::recordVisible(const std::string& id, ImVec2 a, ImVec2 b) const {
    const LayoutMetrics& m = layout.metrics;
    const float left = origin.x + m.laneHeaderWidth * view.zoom, top = origin.y + m.stageHeaderHeight * view.zoom;
    const float right = origin.x + size.x, bottom = origin.y + size.y;
    const float x0 = std::max(a.x, left), y0 = std::max(a.y, top), x1 = std::min(b.x, right), y1 = std::min(b.y, bottom);
    if (x1 - x0 < 1 || y1 - y0 < 1) return;
    rects.record(id, {x0, y0, x1 - x0, y1 - y0});
}

}  // namespace jejak::ui

// The spotlight (overlays/spotlight.h).
#include "ui/overlays/spotlight.h"

#include <algorithm>

namespace jejak::ui {

void SpotlightOverlay::overAll(const CanvasPaint& paint) {
    if (column_ < 0) return;
    const float left = paint.origin.x + paint.layout.metrics.laneHeaderWidth * paint.view.zoom;
    for (size_t c = 0; c < paint.layout.columns.size(); ++c) {
        if (static_cast<int>(c) == column_) continue;
        const ColumnBox& col = paint.layout.columns[c];
        const float a = std::max(left, paint.toScreen(col.x, 0).x), b = paint.toScreen(col.x + col.w, 0).x;
        if (b <= a || a > paint.origin.x + paint.size.x) continue;
        paint.dl.AddRectFilled(ImVec2(a, paint.origin.y), ImVec2(b, paint.origin.y + paint.size.y),
                               withAlpha(paint.palette.canvas, 0.78f));
    }
}

}  // namespace jejak::ui

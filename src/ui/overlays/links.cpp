// Links of the selected card (overlays/links.h).
#include "ui/overlays/links.h"

#include "core/analytics.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace jejak::ui {

LinksOverlay& LinksOverlay::shared() {
    static LinksOverlay overlay;
    return overlay;
}

void LinksOverlay::overCards(const CanvasPaint& paint) {
    const std::vector<Id>& selection = paint.selection;
    if (selection.size() != 1 || paint.map.links.empty()) return;
    const CardBox* from = paint.layout.findCard(selection[0]);
    if (!from) return;
    const Palette& p = paint.palette;
    const float z = paint.view.zoom;
    for (Id other : linkedCards(paint.map, selection[0])) {
        const CardBox* to = paint.layout.findCard(other);
        if (!to) continue;
        const Box &f = from->box, &t = to->box;
        // Side by side: from the facing edges; one above the other: both right edges, bowing out.
        const bool sameColumn = std::abs(f.x - t.x) < 1;
        const bool right = sameColumn || t.x + t.w * 0.5f >= f.x + f.w * 0.5f;
        const ImVec2 a = paint.toScreen(right ? f.x + f.w : f.x, f.y + f.h * 0.5f);
        const ImVec2 b = paint.toScreen(sameColumn || !right ? t.x + t.w : t.x, t.y + t.h * 0.5f);
        const float bend = std::max(40.0f * z, std::abs(b.x - a.x) * 0.4f) * (right ? 1.0f : -1.0f);
        const float weight = 2.5f * lineWeight();
        const ImVec2 c1(a.x + bend, a.y), c2(sameColumn ? b.x + bend : b.x - bend, b.y);
        paint.dl.AddBezierCubic(a, c1, c2, b, withAlpha(p.canvas, 0.9f), weight + 3 * z);
        paint.dl.AddBezierCubic(a, c1, c2, b, p.accent, weight);
        paint.dl.AddCircleFilled(a, 4.5f * z, p.accent);
        paint.dl.AddCircleFilled(b, 4.5f * z, p.accent);
        paint.rects.record("link/" + std::to_string(selection[0]) + "-" + std::to_string(other),
                           {std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x), std::abs(b.y - a.y)});
    }
}

}  // namespace jejak::ui

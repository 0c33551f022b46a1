// Vote dots (overlays/votes.h).
#include "ui/overlays/votes.h"

#include <string>

#include "ui/card_text.h"

namespace jejak::ui {

Box voteBox(const Box& b, const LayoutMetrics& m) {
    return {b.x + b.w * 0.5f, b.y + b.h - m.cardPaddingY - kVoteRow + 2, b.w * 0.5f - m.cardPaddingX * 0.5f, kVoteRow};
}

VotesOverlay& VotesOverlay::shared() {
    static VotesOverlay overlay;
    return overlay;
}

// One dot a vote up to five, then one dot and the number, right-aligned.
void VotesOverlay::cardMarks(const CanvasPaint& paint, const Card& card, const Lane&, const Box& w) {
    if (!paint.presenting && card.votes <= 0) return;
    const Box area = voteBox(w, paint.layout.metrics);
    paint.recordVisible("votes/" + std::to_string(card.id), paint.toScreen(area.x, area.y),
                        paint.toScreen(area.x + area.w, area.y + area.h));
    const float z = paint.view.zoom;
    if (z < 0.35f) return;
    ImDrawList& dl = paint.dl;
    const Palette& p = paint.palette;
    const float r = 5.0f * z, step = 14.0f * z;
    float x = paint.toScreen(area.x + area.w, 0).x - r - 2 * z;
    const float y = paint.toScreen(0, area.y + area.h * 0.5f).y;
    if (paint.presenting) {
        dl.AddCircle(ImVec2(x, y), r + 1 * z, withAlpha(p.accent, 0.8f), 16, 1.5f * z);
        dl.AddLine(ImVec2(x - r * 0.55f, y), ImVec2(x + r * 0.55f, y), p.accent, 1.5f * z);
        dl.AddLine(ImVec2(x, y - r * 0.55f), ImVec2(x, y + r * 0.55f), p.accent, 1.5f * z);
        x -= step + 2 * z;
    }
    if (card.votes > 5) {
        const std::string count = std::to_string(card.votes);
        const ImVec2 ts = paint.fonts.strong->CalcTextSizeA(kChipSize * z, FLT_MAX, 0, count.c_str());
        dl.AddText(paint.fonts.strong, kChipSize * z, ImVec2(x + r - ts.x, y - ts.y * 0.5f), p.ink, count.c_str());
        x -= ts.x + 4 * z;
        dl.AddCircleFilled(ImVec2(x - r + 2 * z, y), r, p.danger, 16);
    } else {
        for (int i = 0; i < card.votes; ++i, x -= step) dl.AddCircleFilled(ImVec2(x, y), r, p.danger, 16);
    }
}

}  // namespace jejak::ui

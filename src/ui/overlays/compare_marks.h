// Two states compared (views/compare_view.h): each card's change (its
// CardChange bits; a card only the other state has is drawn as a ghost, marked
// removed), each stage's counts, and the other state's emotion scores, drawn
// dashed under this one's. Unchanged cards dim. Owned by the compare view, one
// for each side.
#pragma once

#include <unordered_map>
#include <vector>

#include "core/state_diff.h"
#include "ui/canvas_overlay.h"

namespace jejak::ui {

class CompareMarks final : public CanvasOverlay {
public:
    std::unordered_map<Id, unsigned> change;
    std::unordered_map<Id, StageChanges> stages;
    std::vector<EmotionScore> before;
    bool ghosts = true;  // removed cards are the other state's, drawn dimmed (overlaid)

    std::optional<bool> dims(const Card& card) const override;
    void cardBadges(const CanvasPaint& paint, const Card& card, const Box& world) override;
    void emotionCurve(const CanvasPaint& paint, size_t persona, const RowBox& row, ImU32 colour) override;
    void stageHeader(const CanvasPaint& paint, size_t column, ImVec2 end) override;

private:
    unsigned changeOf(Id card) const {
        auto found = change.find(card);
        return found == change.end() ? 0 : found->second;
    }
};

}  // namespace jejak::ui

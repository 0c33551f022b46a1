// A card's votes as dots in the row under its text; presenting, a hollow "+"
// where a click adds one. On every picture of the map (the editor, the
// projector, the exports), so every canvas draws it after its view's overlays.
#pragma once

#include "ui/canvas_overlay.h"

namespace jejak::ui {

inline constexpr float kVoteRow = 18.0f;  // room under a voted card's text for its dots

// Where a card's vote dots are, in world units (the row under its text).
Box voteBox(const Box& card, const LayoutMetrics& metrics);

class VotesOverlay final : public CanvasOverlay {
public:
    void cardMarks(const CanvasPaint& paint, const Card& card, const Lane& lane, const Box& world) override;
    static VotesOverlay& shared();  // it keeps nothing: one serves every canvas
};

}  // namespace jejak::ui

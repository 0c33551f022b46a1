// The selected card's links (an opportunity and the pain points or touchpoints
// it addresses): curves from card to card, with a dot where each ends.
#pragma once

#include "ui/canvas_overlay.h"

namespace jejak::ui {

class LinksOverlay final : public CanvasOverlay {
public:
    void overCards(const CanvasPaint& paint) override;
    static LinksOverlay& shared();  // it keeps nothing: one serves every canvas that edits
};

}  // namespace jejak::ui

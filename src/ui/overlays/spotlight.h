// Presenting: every stage but the one in the spotlight is dimmed, headers too.
// Owned by the presentation view, on its spotlight canvas.
#pragma once

#include "ui/canvas_overlay.h"

namespace jejak::ui {

class SpotlightOverlay final : public CanvasOverlay {
public:
    void setColumn(int column) { column_ = column; }  // -1: none
    void overAll(const CanvasPaint& paint) override;

private:
    int column_ = -1;
};

}  // namespace jejak::ui

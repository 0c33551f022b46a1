// "A new version of Jejak is ready", with Reload: shown when the service worker
// has installed a new build in the background (web/sw.js). Nothing reloads by
// itself; Reload waits until the open map is saved, then hands over.
#pragma once

#include "ui/item_rects.h"

namespace jejak::ui {

class UpdateView {
public:
    void ready() { ready_ = true; }
    bool shown() const { return ready_ && !dismissed_; }
    bool reloadAsked() const { return reloadAsked_; }
    // Draws the bar at the top right, under the toolbar; `saving`: the map is
    // still on its way to storage (the button says so and waits).
    void draw(ItemRects& rects, float top, bool saving);

private:
    bool ready_ = false;
    bool dismissed_ = false;
    bool reloadAsked_ = false;
};

}  // namespace jejak::ui

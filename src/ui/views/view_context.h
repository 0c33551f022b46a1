// What every view draws from: the open map (read only), the fonts, the record of
// item rectangles for the test bridge, and where to send intents.
#pragma once

#include <imgui.h>

#include "core/journey_map.h"
#include "ui/fonts.h"
#include "session/intents.h"
#include "ui/item_rects.h"
#include "ui/map_canvas.h"

namespace jejak::ui {

struct ViewContext {
    const JourneyMap& map;
    const Fonts& fonts;
    ItemRects& rects;
    IntentSink& sink;
    const CanvasView& view;  // scroll, zoom and the lanes it hides
};

}  // namespace jejak::ui

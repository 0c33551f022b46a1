// A feature's marks on the canvas (exit rates, compared states, votes, the
// spotlight, links), drawn by an overlay its view owns and hands to the canvas
// each frame (MapCanvas::setOverlays). The canvas draws the map and calls each
// overlay at fixed points; what a mark means and where it goes is the overlay's.
// A new overlay is one new file in ui/overlays/. The hit test stays in the canvas.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/journey_map.h"
#include "ui/fonts.h"
#include "ui/item_rects.h"
#include "ui/map_layout.h"
#include "ui/theme.h"

namespace jejak::ui {

struct CanvasView {
    float scrollX = 0, scrollY = 0;  // world units hidden at the left / top
    float zoom = 1;
    std::vector<Id> hiddenLanes;  // lanes this view does not show (not the map's content)
    bool hides(Id lane) const {
        for (Id id : hiddenLanes)
            if (id == lane) return true;
        return false;
    }
};

// The canvas as it is drawn this frame, for an overlay to draw on.
struct CanvasPaint {
    ImDrawList& dl;
    const Fonts& fonts;
    const Palette& palette;
    const JourneyMap& map;
    const MapLayout& layout;
    const CanvasView& view;
    ImVec2 origin, size;                // the canvas on screen
    bool presenting = false;            // presentation mode's canvas
    bool still = false;                 // a picture (image export, print): nothing is clicked
    const std::vector<Id>& selection;
    ItemRects& rects;

    ImVec2 toScreen(float wx, float wy) const {
        return ImVec2(origin.x + (wx - view.scrollX) * view.zoom, origin.y + (wy - view.scrollY) * view.zoom);
    }
    // Where an emotion score sits in an emotions row, in world units.
    float emotionY(const RowBox& row, int score) const;
    // Records an item's rectangle when it is on the canvas (the test bridge).
    void recordVisible(const std::string& id, ImVec2 a, ImVec2 b) const;
};

// Records the part of an item (a to b, on screen) that is not under the sticky
// headers or off the canvas, so tests click what a user can see; nothing when
// none of it is. The canvas and every overlay record through it.
void recordVisibleItem(ItemRects& rects, const LayoutMetrics& metrics, float zoom, ImVec2 origin, ImVec2 size,
                       const std::string& id, ImVec2 a, ImVec2 b);

class CanvasOverlay {
public:
    virtual ~CanvasOverlay() = default;
    // Whether a card is dimmed (a compared state dims what did not change); nothing: the canvas decides.
    virtual std::optional<bool> dims(const Card&) const { return std::nullopt; }
    // Marks on a card, under the veil of a dimmed card (votes, an exit rate).
    virtual void cardMarks(const CanvasPaint&, const Card&, const Lane&, const Box&) {}
    // Marks over a card, never dimmed (a compared card's change).
    virtual void cardBadges(const CanvasPaint&, const Card&, const Box&) {}
    // Under a persona's emotion curve, in its colour (the other state's curve).
    virtual void emotionCurve(const CanvasPaint&, size_t, const RowBox&, ImU32) {}
    // In a stage's header, whose bottom right corner is `end` (a compared stage's counts).
    virtual void stageHeader(const CanvasPaint&, size_t, ImVec2) {}
    // Over the cards, under the headers (links).
    virtual void overCards(const CanvasPaint&) {}
    // Over everything (the spotlight, a legend).
    virtual void overAll(const CanvasPaint&) {}
};

}  // namespace jejak::ui

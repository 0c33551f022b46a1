// The journey map canvas: stages as columns, lanes as rows, cards, emotion curves;
// pan, zoom, selection and direct manipulation. It changes nothing itself: it
// sends what the user wants as intents (session/intents.h), and the app decides.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "core/journey_map.h"
#include "core/state_diff.h"
#include "core/translations.h"
#include "ui/canvas_gestures.h"
#include "ui/canvas_overlay.h"
#include "ui/overlays/votes.h"
#include "ui/fonts.h"
#include "session/intents.h"
#include "ui/item_rects.h"
#include "ui/map_layout.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace jejak::ui {

class MapCanvas {
public:
    static constexpr float kMinZoom = 0.25f, kMaxZoom = 2.5f, kReadableZoom = 1.0f;
    static constexpr float kPointRadiusPx = 10.0f;  // emotion points, at zoom 1
    static constexpr float kPointSpacing = 26.0f;   // between points with the same score in one stage
    static constexpr float kLabelSize = 14.0f;      // their labels' text
    static constexpr float kStageNameSize = 26.0f;  // presenting: stage names, larger than cards' 17

    // Draws the map into the current window at [origin, origin + size) and handles input.
    // The layout follows sink.mapVersion(), also within the frame after an intent.
    void draw(const JourneyMap& map, IntentSink& sink, const Fonts& fonts, const Palette& palette, ItemRects& rects,
              ImVec2 origin, ImVec2 size);

    // The whole map at zoom 1 into `target`, from (0, 0), as a still picture:
    // no hover, selection, scroll bars or edge shadows (the image export). Returns its size.
    ImVec2 drawStill(const JourneyMap& map, std::uint64_t mapVersion, const Fonts& fonts, const Palette& palette,
                     ImDrawList& target);
    // Part of it (a printed page): the view's zoom and scroll at [origin, origin + size),
    // the headers kept at its top and left as on screen.
    void drawStillPart(const JourneyMap& map, std::uint64_t mapVersion, const Fonts& fonts, const Palette& palette,
                       ImDrawList& target, float zoom, ImVec2 scroll, ImVec2 origin, ImVec2 size);
    // The layout for these fonts (a page's plan needs it before drawing).
    const MapLayout& layoutFor(const JourneyMap& map, std::uint64_t mapVersion, const Fonts& fonts) {
        fonts_ = &fonts;
        relayout(map, mapVersion);
        return layout_;
    }

    ImVec2 viewSize() const { return size_; }  // the canvas on screen, as last drawn
    CanvasView& view() { return view_; }
    const CanvasView& view() const { return view_; }
    // Shows a saved view (scroll, zoom) instead of fitting the map to the screen.
    void restoreView(CanvasView view) {
        view_ = view;
        view_.zoom = view_.zoom < kMinZoom ? kMinZoom : (view_.zoom > kMaxZoom ? kMaxZoom : view_.zoom);
        fitPending_ = false;
    }
    void setLaneHidden(Id lane, bool hidden);
    void setHiddenLanes(std::vector<Id> lanes) { view_.hiddenLanes = std::move(lanes); }
    void zoomBy(float factor, ImVec2 aroundScreen);
    void fitToScreen(float minZoom = kMinZoom, float maxZoom = 1.0f);
    // Presentation mode (a canvas of its own, so the editor's view stays as it
    // was): its own metrics, vote dots on every card (a click adds a vote, a
    // right-click takes one), stage names larger, the view placed from outside,
    // and every stage but the spotlit one dimmed.
    void setMetrics(const LayoutMetrics& metrics);
    void setPresenting(bool on);
    void placeView(float zoom, float scrollX, float scrollY);
    // A press on a stage header since the last call (the overview spotlights it).
    std::optional<int> takeStageClick() {
        auto c = stageClick_;
        stageClick_.reset();
        return c;
    }
    void scrollToCard(Id card);

    const std::vector<Id>& selection() const { return selection_; }
    void select(std::vector<Id> cards) { selection_ = std::move(cards); }
    // Edits a card's text in place, the caret at the end. Call after the card exists.
    void startEditing(Id card, const std::string& text);
    bool editing() const { return editing_ != 0; }
    bool focusPending() const { return editing_ != 0 && (editFocus_ || editCaret_.pending); }
    // Moves the selection to the neighbouring card or cell (arrow keys).
    void moveSelection(const JourneyMap& map, int dRow, int dColumn);
    // The cell the keyboard points at (for Enter on an empty cell).
    std::optional<std::pair<int, int>> focusedCell() const { return focusCell_; }
    const MapLayout& layout() const { return layout_; }
    int activePersona() const { return activePersona_; }
    void setActivePersona(int index) { activePersona_ = index; }
    // What the user right-clicked (or pressed F2 on), for the app's menus.
    // A right-click since the last call: the app opens its context menu.
    std::optional<Target> takeContextRequest() {
        auto r = contextRequest_;
        contextRequest_.reset();
        return r;
    }
    // A double-click on a header or an emotion point since the last call: the app
    // renames the stage or lane, or edits the point's label, in place.
    std::optional<Target> takeRenameRequest() {
        auto r = renameRequest_;
        renameRequest_.reset();
        return r;
    }
    // Where a field editing the target's name or label goes on screen, or nothing
    // when the target is not in view.
    std::optional<Box> anchorFor(const JourneyMap& map, const Target& target) const;
    // The stage or lane header clicked last (F2 renames it when no card is selected).
    Target lastHeader() const { return lastHeader_; }
    // Only this persona's curve is drawn strongly (-1: all).
    void setPersonaFilter(int index) { personaFilter_ = index; }
    // The features' marks for the next frames, drawn in this order, then the votes
    // (on every picture of the map). The overlays are their views', held, not copied.
    void setOverlays(std::vector<CanvasOverlay*> overlays) { overlays_ = std::move(overlays); }
    // Cards that match `filter` are drawn normally, the rest dimmed.
    void setDimmed(std::vector<bool> dimmedByCardIndex) { dimmed_ = std::move(dimmedByCardIndex); }

private:
    void relayout(const JourneyMap& map, std::uint64_t mapVersion);
    Hit hitTest(const JourneyMap& map, ImVec2 screen) const;
    void handleMouse(const JourneyMap& map, IntentSink& sink, bool hovered);
    void rightPress(const JourneyMap& map, ImVec2 mouse);
    void leftPress(const JourneyMap& map, IntentSink& sink, ImVec2 mouse);
    void doubleClick(const JourneyMap& map, IntentSink& sink, ImVec2 mouse);
    void finishDrag(const JourneyMap& map, IntentSink& sink);
    void recordVisible(ItemRects& rects, const std::string& id, ImVec2 a, ImVec2 b) const;
    CanvasPaint paint(const JourneyMap& map, const Palette& p, ItemRects& rects) const;
    // The overlays a view handed this canvas, then the votes, which every picture of the map shows.
    template <class F>
    void eachOverlay(F f) const {
        for (CanvasOverlay* overlay : overlays_) f(*overlay);
        f(static_cast<CanvasOverlay&>(VotesOverlay::shared()));
    }
    void drawGrid(const JourneyMap& map, const Palette& p, ItemRects& rects);
    void drawCards(const JourneyMap& map, const Palette& p, ItemRects& rects);
    void drawCard(const CanvasPaint& paint, const Card& card, const Lane& lane, const Box& world, bool selected,
                  bool dimmed);
    void drawEmotionCurves(const JourneyMap& map, const RowBox& row, const Palette& p, ItemRects& rects);
    void drawEmotionLabels(const JourneyMap& map, const RowBox& row, const Palette& p, ItemRects& rects);
    void drawHeaders(const JourneyMap& map, const Palette& p, ItemRects& rects);
    void drawStageHeaders(const JourneyMap& map, const Palette& p, ItemRects& rects);
    void drawEdges(const Palette& p, ItemRects& rects);
    void drawDragFeedback(const JourneyMap& map, const Palette& p);
    void drawEditor(const JourneyMap& map, IntentSink& sink, const Palette& p);

    ImVec2 toScreen(float wx, float wy) const;
    ImVec2 toWorld(ImVec2 screen) const;
    float emotionY(const RowBox& row, int score) const;
    int scoreAt(const RowBox& row, float worldY) const;
    void clampScroll();

    CanvasView view_;
    LayoutMetrics metrics_;
    bool presenting_ = false;
    std::optional<int> stageClick_;
    bool votePress(const JourneyMap& map, IntentSink& sink, ImVec2 mouse, int delta);
    std::vector<CanvasOverlay*> overlays_;
    MapLayout layout_;
    std::uint64_t layoutVersion_ = UINT64_MAX;
    std::vector<Id> layoutHidden_;  // the hidden lanes the layout was made with
    float layoutRatio_ = 0;
    Language layoutLanguage_ = Language::English;
    std::unordered_map<Id, std::pair<std::size_t, float>> heights_;  // card -> (text key, height)
    const Fonts* fonts_ = nullptr;
    ImVec2 origin_{}, size_{};
    ImDrawList* dl_ = nullptr;  // where this frame's drawing goes
    bool still_ = false;        // drawStill: a picture, not the screen
    bool fitPending_ = true;

    std::vector<Id> selection_;
    std::vector<bool> dimmed_;
    std::optional<std::pair<int, int>> focusCell_;
    Drag drag_ = Drag::None;
    Hit pressed_;
    ImVec2 pressAt_{};
    float panStartX_ = 0, panStartY_ = 0;
    int emotionScore_ = 0;
    int activePersona_ = 0;  // whose point a click on an empty part of the curve sets
    int personaFilter_ = -1;
    std::optional<Target> contextRequest_, renameRequest_;
    Target lastHeader_;
    struct LegendEntry {  // a persona's name in the emotion lane's header, on screen
        int row = 0, persona = 0;
        Box box;
    };
    std::vector<LegendEntry> legend_;  // as drawn in the last frame

    Id editing_ = 0;
    std::string editBuffer_;
    bool editFocus_ = false;
    CaretToEnd editCaret_;  // what was typed before the field had the keyboard
};

}  // namespace jejak::ui

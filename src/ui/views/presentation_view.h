// Presentation mode: the map on a projector, for a facilitator walking a room
// through it. The whole map (overview) or one stage filling the screen
// (spotlight), lanes revealed one at a time, one persona's curve in focus, a
// blank screen, a large pointer, the workshop timer, dot votes and their
// ranking. It has canvases of its own, so the editor's view stays as it was;
// every edit goes through the app's intents like the editor's.
#pragma once

#include <string>
#include <vector>

#include "core/journey_map.h"
#include "core/votes.h"
#include "ui/map_canvas.h"
#include "ui/overlays/links.h"
#include "ui/overlays/spotlight.h"
#include "ui/presentation.h"
#include "ui/views/view_context.h"
#include "ui/workshop_timer.h"

namespace jejak::ui {

class PresentationView {
public:
    static constexpr float kBarHeight = 56;  // the control strip at the bottom

    // Enters at the stage in view in the editor; `editorHidden`: lanes the
    // editor hides, which the presentation leaves out too.
    void enter(const JourneyMap& map, const std::vector<Id>& editorHidden, int startStage, double now);
    void leave() { state_.leave(); }
    bool active() const { return state_.active(); }

    // Draws the whole screen and takes presentation keys; false when the user
    // asked to leave (Esc, the leave button).
    bool draw(const ViewContext& ctx, const Palette& palette, ImVec2 display, double now, bool keysFree);

    MapCanvas& canvas() { return state_.view() == PresentView::Overview ? overview_ : spotlight_; }
    // The marks both canvases show (exit rates, a compared state's changes) besides
    // the spotlight and the selected card's links.
    void setOverlays(const std::vector<CanvasOverlay*>& overlays) {
        std::vector<CanvasOverlay*> spotlit{&spotlightMarks_};
        spotlit.insert(spotlit.end(), overlays.begin(), overlays.end());
        spotlit.push_back(&LinksOverlay::shared());
        spotlight_.setOverlays(std::move(spotlit));
        std::vector<CanvasOverlay*> all = overlays;
        all.push_back(&LinksOverlay::shared());
        overview_.setOverlays(std::move(all));
    }
    const MapCanvas& canvas() const { return state_.view() == PresentView::Overview ? overview_ : spotlight_; }
    const Presentation& state() const { return state_; }
    const WorkshopTimer& timer() const { return timer_; }
    bool animating(double now) const { return state_.animating(now); }
    // Seconds until something changes by time alone (the timer's face, the
    // pointer hiding), or -1.
    double secondsUntilDue(double now) const;
    // For jejak.state().present (README, "Test bridge").
    std::string stateJson(const JourneyMap& map, double now) const;

private:
    struct RankingFonts {
        ImFont* body;
        ImFont* strong;
        float line, inner;  // a text line's height, the window's inner width
    };
    void drawRankingRow(const ViewContext& ctx, const Palette& p, const RankedCard& r, const Card& card,
                        const Stage& stage, double now, const RankingFonts& fonts);
    void act(PresentAction action, const JourneyMap& map, IntentSink& sink, double now);
    PresentAction keyAction() const;
    void placeSpotlight(const JourneyMap& map, ImVec2 size, double now);
    std::vector<Id> hiddenLanes(const JourneyMap& map) const;
    int lanesToShow(const JourneyMap& map) const;  // the lanes the editor does not hide
    void drawBar(const ViewContext& ctx, const Palette& p, ImVec2 display, double now);
    void drawTimer(const ViewContext& ctx, const Palette& p, ImVec2 display, double now);
    void drawRanking(const ViewContext& ctx, const Palette& p, ImVec2 display, double now);
    void drawPointer(const Palette& p, double now);

    Presentation state_;
    WorkshopTimer timer_;
    MapCanvas spotlight_, overview_;
    SpotlightOverlay spotlightMarks_;  // on the spotlight canvas
    std::vector<Id> editorHidden_;
    ImVec2 overviewFitSize_{};
    std::uint64_t overviewFitVersion_ = UINT64_MAX;
    int overviewFitLanes_ = -1;
    bool overBar_ = false;  // the pointer is on the controls: an arrow, not the dot
};

}  // namespace jejak::ui

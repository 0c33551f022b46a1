// What draws: the views, frame by frame, from the Session (session/session.h).
// Views send intents here; App hands them to the Session and each effect the
// Session answers with to the view it is for (app_effects.cpp). No handler logic.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "session/session.h"
#include "ui/fonts.h"
#include "ui/item_rects.h"
#include "ui/map_canvas.h"
#include "ui/render_port.h"
#include "ui/views/compare_view.h"
#include "ui/views/export_view.h"
#include "ui/views/gallery_view.h"
#include "ui/views/help_view.h"
#include "ui/views/library_view.h"
#include "ui/views/menus_view.h"
#include "ui/views/presentation_view.h"
#include "ui/views/save_status_view.h"
#include "ui/views/side_panel_view.h"
#include "ui/views/states_view.h"
#include "ui/views/toast_view.h"
#include "ui/views/top_bar_view.h"
#include "ui/views/update_view.h"

namespace jejak::ui {

class App final : public IntentSink {
public:
    explicit App(Language uiLanguage, Session::Templates examples = {});

    Session& session() { return session_; }
    const Session& session() const { return session_; }
    const JourneyMap& map() const { return session_.map(); }
    // Every change the user asks for comes through here; then the views show its effects.
    Outcome apply(const Intent& intent) override;
    std::uint64_t mapVersion() const override { return session_.mapVersion(); }
    // Hands what the Session asked for since to the views (after an answer from the browser).
    void applyEffects();
    // What changed in the map since the frame before this one (taken at each frame's start).
    const MapChange& lastChange() const { return lastChange_; }

    void setFonts(const Fonts& fonts) { fonts_ = fonts; }
    // The GPU, for the image export; and a clock in milliseconds for its timings.
    void setRenderPort(RenderPort* port, std::function<double()> nowMs) {
        render_ = port;
        nowMs_ = std::move(nowMs);
    }
    void setPort(BrowserPort* port);
    void drawFrame();  // one ImGui frame covering the whole display

    const std::string& lastError() const { return toast_.message(); }
    int errorCount() const { return toast_.count(); }
    const ItemRects& itemRects() const { return rects_; }
    bool animating() const;     // something moves by itself or waits for a frame: keep drawing
    bool fieldOpening() const;  // a text field asked for the keyboard and gets it next frame
    // Seconds until something is due by time alone (an autosave, a message that
    // goes, the presentation's timer), or -1: the frame loop sleeps until then.
    double secondsUntilDue(double nowSeconds) const;
    // What the user sees beyond the map, as JSON for the test bridge's jejak.view().
    std::string viewStateJson();
    std::string presentStateJson() const;  // jejak.state().present; "null" in the editor
    bool wantsLargeFonts() const { return largeFonts_; }  // presentation's faces, once it was entered

    // A new version is installed and waiting (web/sw.js): the app offers Reload;
    // once chosen and the map saved, `activate` hands over to it (the page reloads).
    void onUpdateReady() { update_.ready(); }
    void setUpdateAction(std::function<void()> activate) { activateUpdate_ = std::move(activate); }
    bool updateShown() const { return update_.shown(); }

    // The page's copy, cut and paste events, with what the editing canvas knows.
    std::string copySelection(bool textFieldActive, bool cut);
    bool hasSelection() const { return !canvas_.selection().empty(); }
    bool pasteText(std::string_view text, bool textFieldActive);
    AnalyticsView& analyticsView() { return side_.analytics(); }  // the period switch's benchmark

private:
    void applyEffect(const Effect& effect);  // app_effects.cpp
    CanvasFacts canvasFacts(bool textFieldActive) const;
    void exportImage(int scale);
    void printMap(bool a3);
    void enterPresentation();
    ViewContext context() { return {session_.map(), fonts_, rects_, *this, canvas_.view()}; }
    // The canvas that edits: the presentation's while presenting, else the editor's.
    MapCanvas& editCanvas() { return present_.active() ? present_.canvas() : canvas_; }
    const MapCanvas& editCanvas() const { return present_.active() ? present_.canvas() : canvas_; }
    void beginAppWindow();
    void drawPresentation();
    void drawEditor();
    void drawCanvas(float top, ImVec2 size);
    void drawDialogs(const ViewContext& ctx, float bar);
    void drawUpdate(float top);
    // The marks a canvas of the map shows: exit rates while the analytics panel is
    // open, a compared state's changes, the selected card's links.
    std::vector<CanvasOverlay*> overlays(CompareMarks* compared);
    void handleShortcuts(bool dialogWasOpen);  // app_shortcuts.cpp
    bool dialogOpen() const;                   // a dialog or menu has the keys

    Session session_;
    RenderPort* render_ = nullptr;
    std::function<double()> nowMs_;
    std::function<void()> activateUpdate_;
    bool updateActivated_ = false;
    Fonts fonts_;
    ItemRects rects_;
    MapCanvas canvas_;
    MapCanvas compareLeft_;   // side by side: the older state, left
    ItemRects compareRects_;  // its items (the tests' names are the right side's)
    std::uint64_t dimmedVersion_ = UINT64_MAX;
    TopBarView topBar_;
    SaveStatusView saveStatus_;
    SidePanelView side_;
    MenusView menus_;
    GalleryView gallery_;
    LibraryView library_;
    HelpView help_;
    ToastView toast_;
    UpdateView update_;
    ExportView export_;
    StatesView states_;
    CompareView compare_;
    PresentationView present_;
    bool largeFonts_ = false;
    float bannerHeight_ = 0;
    MapChange lastChange_;
};

}  // namespace jejak::ui

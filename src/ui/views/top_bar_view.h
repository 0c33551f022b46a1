// The top bar: undo and redo, zoom, the save status, the panels and the search field
// (its text, channel and persona filter; the Session finds the matches).
#pragma once

#include <cstdint>

#include "core/card_search.h"
#include "io/autosave.h"
#include "ui/views/save_status_view.h"
#include "ui/views/view_context.h"

namespace jejak::ui {

// What the top bar shows of the rest of the app.
struct TopBarState {
    bool canUndo = false, canRedo = false;
    float zoom = 1;
    Panel panel = Panel::None;
    const Autosave& autosave;
    std::uint64_t changes = 0;  // the document's change count
    SaveStatusView& status;
    int matches = 0;        // cards the search finds
    int currentMatch = -1;  // the one stepped to with Enter, or -1
};

class TopBarView {
public:
    static constexpr float kHeight = 60.0f;
    void draw(const ViewContext& ctx, const TopBarState& state, float height = kHeight);
    void focusSearch() {
        focusSearch_ = true;
        overlay_ = !searchShown_;  // no room in the bar: the field opens under it
        overlayOpening_ = overlay_ ? 4 : 0;
    }
    // Enter (+1) or Shift+Enter (-1) in the search field since the last call, or 0.
    int takeStep() {
        int s = step_;
        step_ = 0;
        return s;
    }
    bool focusPending() const { return focusSearch_; }
    const CardFilter& filter() const { return filter_; }
    int persona() const { return persona_; }
    void setFilter(CardFilter filter, int persona) {
        filter_ = std::move(filter);
        persona_ = persona;
    }
    int personaFilter(size_t personas) const;  // the persona whose curve stands out, or -1

private:
    static constexpr float kSearchMin = 142;  // the search field's width before the title shrinks
    // Narrower: no zoom buttons (keys and wheel zoom), and the mark without the app's name.
    static constexpr float kCompactWidth = 1180;
    static constexpr float kZoomTextWidth = 1400;  // narrower, no "100%" between the zoom buttons
    float drawTitle(const ViewContext& ctx, float height, float room);
    void drawTools(const ViewContext& ctx, const TopBarState& state, float height);
    void drawSearch(const ViewContext& ctx, const TopBarState& state, float room, float height);
    void drawPanelButtons(const ViewContext& ctx, const TopBarState& state);
    void drawSearchField(const ViewContext& ctx, const TopBarState& state, float width);
    void drawSearchOverlay(const ViewContext& ctx, const TopBarState& state, float top);

    CardFilter filter_;
    int persona_ = -1;  // -1: any persona
    bool focusSearch_ = false;
    bool searchShown_ = true;  // the field fitted in the bar in the last frame
    bool overlay_ = false;     // the field shown under the bar (a narrow window)
    int overlayOpening_ = 0;   // frames it stays open before it has the keyboard
    int step_ = 0;
    float toolsWidth_ = 470;  // measured each frame
};

}  // namespace jejak::ui

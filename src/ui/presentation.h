// Presentation mode's state, without ImGui: which view (the whole map, or one
// stage in the spotlight), which stage, how many lanes are revealed, whose
// emotion curve is in focus, the blank screen, the pointer, and the short
// animation between stages. Time is passed in; tested natively.
#pragma once

#include <optional>

namespace jejak::ui {

enum class PresentView { Overview, Spotlight };

// What a key does in presentation mode (the view maps ImGui keys to these).
enum class PresentAction {
    None,
    Next,           // Right, PageDown, Space
    Previous,       // Left, PageUp
    First,          // Home
    Last,           // End
    ToggleView,     // O: overview <-> spotlight
    RevealLane,     // Down: one more lane
    HideLane,       // Up: one lane less
    NextPersona,    // P: all -> each persona -> all
    ToggleBlank,    // B
    ToggleTimer,    // T: pause / resume
    ResetTimer,     // R
    ToggleRanking,  // V: the most-voted cards
    VoteUp,         // + on the selected card
    VoteDown,       // -
    Leave,          // Esc
};

// The key that was pressed, as presentation mode reads it: pressed(key, repeat)
// tells whether the key (ui/keys.h) went down this frame (with repeat: or
// repeated while held). Ctrl, Cmd or Alt held: none, they are the browser's.
PresentAction presentActionFor(bool modifier, bool (*pressed)(int key, bool repeat));

class Presentation {
public:
    static constexpr double kAnimationSeconds = 0.28;
    static constexpr double kPointerSeconds = 2.0;  // the pointer hides after this long without movement

    // Enters with the map's sizes; lanes: the lanes the editor shows, all revealed.
    void enter(int stages, int lanes, int startStage, double now);
    void leave() { active_ = false; }
    bool active() const { return active_; }
    // The map changed under the presentation (an edit, an undo): stay in range.
    void fit(int stages, int lanes);

    // Applies a navigation or view action; true when the picture changes.
    bool act(PresentAction action, int personas, double now);
    void goTo(int stage, double now);  // a click on a stage in the overview, a ranking row

    PresentView view() const { return view_; }
    int stage() const { return stage_; }
    int lanesShown() const { return lanesShown_; }
    int persona() const { return persona_; }  // -1: all personas
    bool blank() const { return blank_; }
    bool rankingShown() const { return ranking_; }

    // The stage position the spotlight shows now: between the previous and the
    // current stage while the move animates (eased), then exactly the stage.
    double shownStage(double now) const;
    bool animating(double now) const { return active_ && now < animationEnd_; }

    // The pointer: shown while the mouse moved within the last two seconds.
    void pointerMoved(double now) { pointerAt_ = now; }
    bool pointerShown(double now) const { return now - pointerAt_ < kPointerSeconds; }
    double secondsUntilPointerHides(double now) const {
        return pointerShown(now) ? kPointerSeconds - (now - pointerAt_) : -1;
    }

private:
    void moveTo(int stage, double now);
    bool active_ = false;
    PresentView view_ = PresentView::Spotlight;
    int stages_ = 0, lanes_ = 0;
    int stage_ = 0;
    int lanesShown_ = 0;
    int persona_ = -1;
    bool blank_ = false;
    bool ranking_ = false;
    double fromStage_ = 0, animationStart_ = 0, animationEnd_ = 0;
    double pointerAt_ = -1e9;
};

}  // namespace jejak::ui

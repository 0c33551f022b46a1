// Presentation mode's navigation and view state.
#include "ui/presentation.h"

#include "ui/keys.h"

#include <algorithm>

namespace jejak::ui {

void Presentation::enter(int stages, int lanes, int startStage, double now) {
    active_ = true;
    view_ = PresentView::Spotlight;
    stages_ = std::max(0, stages);
    lanes_ = std::max(0, lanes);
    stage_ = std::clamp(startStage, 0, std::max(0, stages_ - 1));
    lanesShown_ = lanes_;
    persona_ = -1;
    blank_ = false;
    ranking_ = false;
    fromStage_ = stage_;
    animationStart_ = animationEnd_ = now;
    pointerAt_ = now;
}

void Presentation::fit(int stages, int lanes) {
    if (lanes != lanes_) lanesShown_ = lanesShown_ >= lanes_ ? lanes : std::min(lanesShown_, lanes);
    stages_ = std::max(0, stages);
    lanes_ = std::max(0, lanes);
    stage_ = std::clamp(stage_, 0, std::max(0, stages_ - 1));
    lanesShown_ = std::clamp(lanesShown_, 0, lanes_);
}

void Presentation::moveTo(int stage, double now) {
    stage = std::clamp(stage, 0, std::max(0, stages_ - 1));
    if (stage == stage_) return;
    fromStage_ = shownStage(now);
    stage_ = stage;
    animationStart_ = now;
    animationEnd_ = now + kAnimationSeconds;
}

void Presentation::goTo(int stage, double now) {
    view_ = PresentView::Spotlight;
    moveTo(stage, now);
    animationEnd_ = std::min(animationEnd_, now);  // a jump from the overview needs no slide
    fromStage_ = stage_;
}

double Presentation::shownStage(double now) const {
    if (now >= animationEnd_ || animationEnd_ <= animationStart_) return stage_;
    double t = (now - animationStart_) / (animationEnd_ - animationStart_);
    t = std::clamp(t, 0.0, 1.0);
    double eased = 1 - (1 - t) * (1 - t) * (1 - t);  // ease out: fast start, gentle stop
    return fromStage_ + (stage_ - fromStage_) * eased;
}

bool Presentation::act(PresentAction action, int personas, double now) {
    if (!active_) return false;
    const int before = stage_;
    switch (action) {
        case PresentAction::Next: moveTo(stage_ + 1, now); return stage_ != before;
        case PresentAction::Previous: moveTo(stage_ - 1, now); return stage_ != before;
        case PresentAction::First: moveTo(0, now); return stage_ != before;
        case PresentAction::Last: moveTo(stages_ - 1, now); return stage_ != before;
        case PresentAction::ToggleView:
            view_ = view_ == PresentView::Spotlight ? PresentView::Overview : PresentView::Spotlight;
            return true;
        case PresentAction::RevealLane:
            if (lanesShown_ >= lanes_) return false;
            ++lanesShown_;
            return true;
        case PresentAction::HideLane:
            if (lanesShown_ <= 0) return false;
            --lanesShown_;
            return true;
        case PresentAction::NextPersona:
            if (personas <= 0) return false;
            persona_ = persona_ + 1 >= personas ? -1 : persona_ + 1;
            return true;
        case PresentAction::ToggleBlank: blank_ = !blank_; return true;
        case PresentAction::ToggleRanking: ranking_ = !ranking_; return true;
        case PresentAction::Leave: active_ = false; return true;
        default: return false;
    }
}

namespace {
// Presentation mode's keys, in the order they are asked; repeat: held, it fires again.
struct PresentKey {
    int key;
    bool repeat;
    PresentAction action;
};
constexpr PresentKey kPresentKeys[] = {
    {key::kRight, true, PresentAction::Next},          {key::kPageDown, true, PresentAction::Next},
    {key::kSpace, true, PresentAction::Next},          {key::kLeft, true, PresentAction::Previous},
    {key::kPageUp, true, PresentAction::Previous},     {key::kHome, true, PresentAction::First},
    {key::kEnd, true, PresentAction::Last},            {key::kO, false, PresentAction::ToggleView},
    {key::kDown, true, PresentAction::RevealLane},     {key::kUp, true, PresentAction::HideLane},
    {key::kP, false, PresentAction::NextPersona},      {key::kB, false, PresentAction::ToggleBlank},
    {key::kT, false, PresentAction::ToggleTimer},      {key::kR, false, PresentAction::ResetTimer},
    {key::kV, false, PresentAction::ToggleRanking},    {key::kKeypadPlus, true, PresentAction::VoteUp},
    {key::kEquals, true, PresentAction::VoteUp},  // '+' is Shift+= on most keyboards
    {key::kKeypadMinus, true, PresentAction::VoteDown}, {key::kMinus, true, PresentAction::VoteDown},
    {key::kEscape, false, PresentAction::Leave},
};
}  // namespace

PresentAction presentActionFor(bool modifier, bool (*pressed)(int key, bool repeat)) {
    if (modifier) return PresentAction::None;
    for (const PresentKey& k : kPresentKeys)
        if (pressed(k.key, k.repeat)) return k.action;
    return PresentAction::None;
}

}  // namespace jejak::ui

// The workshop timer's arithmetic.
#include "ui/workshop_timer.h"

#include <algorithm>
#include <cmath>

namespace jejak::ui {

double& WorkshopTimer::stored() {
    if (scope_ == Scope::Session) return session_;
    return perStage_.try_emplace(stage_, duration_).first->second;
}

double WorkshopTimer::storedValue() const {
    if (scope_ == Scope::Session) return session_;
    auto it = perStage_.find(stage_);
    return it == perStage_.end() ? duration_ : it->second;
}

void WorkshopTimer::settle(double now) {
    if (!running_) return;
    double& left = stored();
    left = std::max(0.0, left - std::max(0.0, now - since_));
    since_ = now;
}

double WorkshopTimer::remaining(double now) const {
    double left = storedValue();
    if (running_) left -= std::max(0.0, now - since_);
    return std::max(0.0, left);
}

int WorkshopTimer::secondsShown(double now) const {
    // A tiny tolerance: 299.9999999 after a float subtraction still shows 5:00.
    return static_cast<int>(std::ceil(remaining(now) - 1e-6));
}

WorkshopTimer::Phase WorkshopTimer::phase(double now) const {
    int shown = secondsShown(now);
    if (shown <= 0) return Phase::Over;
    return shown <= 60 ? Phase::LastMinute : Phase::Normal;
}

double WorkshopTimer::secondsUntilChange(double now) const {
    if (!running_) return -1;
    double left = remaining(now);
    if (left <= 0) return -1;  // at zero it stays red and still
    double fraction = left - std::floor(left);
    return fraction < 1e-6 ? 1.0 : fraction;
}

void WorkshopTimer::showStage(Id stage, double now) {
    settle(now);
    stage_ = stage;
    since_ = now;
}

void WorkshopTimer::toggle(double now) {
    if (running_) {
        settle(now);
        running_ = false;
        return;
    }
    if (stored() <= 0) stored() = duration_;
    running_ = true;
    since_ = now;
}

void WorkshopTimer::reset(double now) {
    settle(now);
    stored() = duration_;
    since_ = now;
}

void WorkshopTimer::setDuration(double seconds, double now) {
    settle(now);
    const double old = duration_;
    duration_ = std::clamp(std::round(seconds), kMinSeconds, kMaxSeconds);
    // Countdowns that have not started keep up with the new duration.
    if (session_ == old) session_ = duration_;
    for (auto& [stage, left] : perStage_)
        if (left == old) left = duration_;
}

void WorkshopTimer::setScope(Scope scope, double now) {
    if (scope == scope_) return;
    settle(now);
    scope_ = scope;
    since_ = now;
}

}  // namespace jejak::ui

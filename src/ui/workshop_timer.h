// The workshop timer: a countdown per stage (or one for the whole session) that
// pauses and resumes. Time is passed in (seconds on any steady clock), so it is
// tested natively with a fake clock. No ImGui here.
#pragma once

#include <map>

#include "core/journey_map.h"

namespace jejak::ui {

class WorkshopTimer {
public:
    enum class Scope { PerStage, Session };
    enum class Phase { Normal, LastMinute, Over };  // shown plain, amber, red
    static constexpr double kDefaultSeconds = 5 * 60;
    static constexpr double kMinSeconds = 60, kMaxSeconds = 99 * 60;

    // The stage on screen: in PerStage scope each stage keeps its own countdown
    // (a stage not yet timed starts from the whole duration); a running timer
    // goes on running on the new stage.
    void showStage(Id stage, double now);
    void toggle(double now);  // pause or resume; resuming at 0 starts again from the duration
    void reset(double now);   // the current countdown back to the whole duration
    // Changes the duration (clamped to 1..99 minutes); a countdown not yet
    // started, or reset, takes it.
    void setDuration(double seconds, double now);
    void setScope(Scope scope, double now);

    bool running() const { return running_; }
    Scope scope() const { return scope_; }
    double duration() const { return duration_; }
    double remaining(double now) const;  // seconds, never below 0
    int secondsShown(double now) const;  // remaining, rounded up: what the clock face says
    Phase phase(double now) const;
    // Seconds until the clock face changes (the app draws then, and not before),
    // or -1 when nothing will change by itself.
    double secondsUntilChange(double now) const;

private:
    double& stored();
    double storedValue() const;
    void settle(double now);  // folds the time run so far into the stored remaining time
    Scope scope_ = Scope::PerStage;
    double duration_ = kDefaultSeconds;
    Id stage_ = 0;
    std::map<Id, double> perStage_;  // remaining seconds of each timed stage
    double session_ = kDefaultSeconds;
    bool running_ = false;
    double since_ = 0;  // when it last resumed
};

}  // namespace jejak::ui

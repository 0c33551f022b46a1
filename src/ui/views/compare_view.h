// Two states compared, card by card: what the canvas shows (the newer state
// with every change marked and the removed cards as ghosts, or both side by
// side), and the bar that picks the two states, counts the changes, filters
// to what changed and closes. In the editor and when presenting.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/state_diff.h"
#include "ui/map_canvas.h"
#include "ui/overlays/compare_marks.h"
#include "ui/views/view_context.h"

namespace jejak::ui {

// The compared maps are views, not the map: the canvas drawing them may select,
// scroll and zoom, and every edit is dropped.
class ViewOnlySink final : public IntentSink {
public:
    ViewOnlySink(IntentSink& inner, std::uint64_t version) : inner_(inner), version_(version) {}
    Outcome apply(const Intent& intent) override;
    std::uint64_t mapVersion() const override { return version_; }

private:
    IntentSink& inner_;
    std::uint64_t version_;
};

class CompareView {
public:
    bool isOpen() const { return open_; }
    // From the state the open one started from (or the current one) to the open one.
    void open(const JourneyMap& map);
    void close() { open_ = false; }
    void choose(Id from, Id to) {
        from_ = from;
        to_ = to;
    }
    void setOnlyChanges(bool on) { only_ = on; }
    void setSideBySide(bool on) { side_ = on; }
    bool sideBySide() const { return side_; }
    // Builds what the canvases show again when the map or a choice changed; closes
    // when fewer than two states are left.
    void refresh(const JourneyMap& map, std::uint64_t changes);
    // The bar under the top bar; its height.
    float drawBar(const ViewContext& ctx, float top);
    const JourneyMap& after() const { return after_; }    // overlaid, or the right side
    const JourneyMap& before() const { return before_; }  // the left side
    CompareMarks& afterMarks() { return afterMarks_; }  // the overlays of the two sides (overlays/compare_marks.h)
    CompareMarks& beforeMarks() { return beforeMarks_; }
    std::uint64_t version() const { return version_; }  // the canvases' layout caches go by it
    std::uint64_t beforeVersion() const { return beforeVersion_; }
    void describe(nlohmann::json& out) const;           // for jejak.view(): null when closed

private:
    bool open_ = false, only_ = false, side_ = false;
    Id from_ = 0, to_ = 0;
    struct Built {
        std::uint64_t changes = UINT64_MAX;
        Id from = 0, to = 0;
        bool only = false, side = false;
        bool operator==(const Built&) const = default;
    } built_;
    JourneyMap after_, before_;
    CompareMarks afterMarks_, beforeMarks_;
    int added_ = 0, removed_ = 0, moved_ = 0, changed_ = 0, emotions_ = 0;
    std::uint64_t version_ = 1ull << 62, beforeVersion_ = 1ull << 62;
};

}  // namespace jejak::ui

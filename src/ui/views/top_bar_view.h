// The top bar. It owns the search: the text, the channel and the persona filter.
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
};

class TopBarView {
public:
    static constexpr float kHeight = 60.0f;
    void draw(const ViewContext& ctx, const TopBarState& state, float height = kHeight);
    void focusSearch() { focusSearch_ = true; }
    bool focusPending() const { return focusSearch_; }
    const CardFilter& filter() const { return filter_; }
    int personaFilter(size_t personas) const;  // the persona whose curve stands out, or -1

private:
    float drawTitle(const ViewContext& ctx, float height);
    void drawTools(const ViewContext& ctx, const TopBarState& state, float height);
    void drawSearch(const ViewContext& ctx, float room, float height);

    CardFilter filter_;
    int persona_ = -1;  // -1: any persona
    bool focusSearch_ = false;
};

}  // namespace jejak::ui

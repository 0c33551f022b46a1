// The map's states and versions: the top bar's switcher (every state, with
// start a future state, save a version, rename, compare, download and delete),
// and the banner over a saved version, which is read-only, with Restore.
#pragma once

#include <string>

#include "ui/views/view_context.h"

namespace jejak::ui {

const char* stateKindLabel(StateKind kind);

class StatesView {
public:
    void open() { open_ = true; }
    void close() { open_ = false; }
    bool isOpen() const { return open_; }
    // The switcher under the top bar's button; `compare` is asked for when chosen.
    void draw(const ViewContext& ctx, bool& compare);
    // The banner over an open version; its height (0 when none).
    float drawBanner(const ViewContext& ctx, float top);
    bool focusPending() const { return focus_; }

private:
    void drawRow(const ViewContext& ctx, const StateInfo& state, float width);
    void drawActions(const ViewContext& ctx, float width, bool& compare);
    enum class Field { None, Version, Rename };
    bool open_ = false;
    Field field_ = Field::None;
    bool focus_ = false;
    std::string text_;
};

}  // namespace jejak::ui

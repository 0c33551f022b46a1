// The context menu of a card, cell, stage or lane header, and the dialog that
// renames a stage or lane.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ui/map_layout.h"
#include "ui/views/view_context.h"

namespace jejak::ui {

class MenusView {
public:
    // request: what was right-clicked this frame, if anything.
    void drawContextMenu(const ViewContext& ctx, std::optional<Target> request, const std::vector<Id>& selection,
                         const MapLayout& layout);
    // anchor: where the field goes on screen, over what it names (else a dialog).
    void drawRename(const ViewContext& ctx, std::optional<Box> anchor);
    const Target& renameTarget() const { return renameTarget_; }
    void startRename(const JourneyMap& map, const Target& target);  // a stage, lane or emotion point
    bool focusPending() const { return renameFocus_; }

private:
    Target contextTarget_;
    Target renameTarget_;
    std::string renameBuffer_;
    bool renameFocus_ = false;
    bool renameShown_ = false;  // the field was on screen (a click elsewhere then keeps the text)

    void commitRename(const ViewContext& ctx);
};

}  // namespace jejak::ui

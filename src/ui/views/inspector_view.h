// The card inspector: every field of the selected card.
#pragma once

#include "ui/views/view_context.h"

namespace jejak::ui {

class InspectorView {
public:
    void draw(const ViewContext& ctx, const Card& card);
};

}  // namespace jejak::ui

// The personas panel: each persona's profile, colour and removal.
#pragma once

#include "ui/views/view_context.h"

namespace jejak::ui {

class PersonasView {
public:
    void draw(const ViewContext& ctx);
    void add(IntentSink& sink);  // a new persona, opened and scrolled into view

private:
    Id reveal_ = 0;  // a persona just added: open it and scroll to it
};

}  // namespace jejak::ui

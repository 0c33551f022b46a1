// The lane manager: names, kinds, order, visibility, and removal with a question.
#pragma once

#include "ui/views/view_context.h"

namespace jejak::ui {

class LanesView {
public:
    void draw(const ViewContext& ctx);
    void add(IntentSink& sink);                           // a new lane, scrolled into view
    void askRemove(Id lane) { removeLaneAsked_ = lane; }  // from the lane's context menu
    bool asking() const { return removeLaneAsked_ != 0; }

private:
    void drawRemoveQuestion(const ViewContext& ctx);

    Id reveal_ = 0;
    Id removeLaneAsked_ = 0;
};

}  // namespace jejak::ui

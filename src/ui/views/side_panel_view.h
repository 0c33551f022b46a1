// The side panel: a fixed header (title, the panel's Add, close) over one of the
// inspector, personas, lanes or properties views.
#pragma once

#include <vector>

#include "ui/views/analytics_view.h"
#include "ui/views/inspector_view.h"
#include "ui/views/lanes_view.h"
#include "ui/views/personas_view.h"
#include "ui/views/properties_view.h"
#include "ui/views/view_context.h"

namespace jejak::ui {

class SidePanelView {
public:
    static float width(float displayWidth);  // of the open panel
    Panel panel() const { return panel_; }
    void show(Panel panel) { panel_ = panel; }
    // The inspector follows the selection unless another panel was chosen.
    void followSelection(size_t selected, bool editing);
    // selection: the canvas's selected cards.
    void draw(const ViewContext& ctx, float top, const std::vector<Id>& selection);
    LanesView& lanes() { return lanes_; }
    AnalyticsView& analytics() { return analytics_; }
    const AnalyticsView& analytics() const { return analytics_; }

private:
    Panel panel_ = Panel::None;
    InspectorView inspector_;
    PersonasView personas_;
    LanesView lanes_;
    PropertiesView properties_;
    AnalyticsView analytics_;
};

}  // namespace jejak::ui

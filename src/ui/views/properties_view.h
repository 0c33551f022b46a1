// The map's properties: title, description, language, and its stages.
#pragma once

#include "ui/views/view_context.h"

namespace jejak::ui {

class PropertiesView {
public:
    void draw(const ViewContext& ctx);
};

}  // namespace jejak::ui

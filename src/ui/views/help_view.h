// The keyboard shortcuts window, listed from the shortcut table.
#pragma once

#include "ui/views/view_context.h"

namespace jejak::ui {

class HelpView {
public:
    void open() { open_ = true; }
    void close() { open_ = false; }
    bool isOpen() const { return open_; }
    void draw(const ViewContext& ctx);

private:
    bool open_ = false;
};

}  // namespace jejak::ui

// The keyboard shortcuts window, listed from the shortcut table.
#pragma once

#include "ui/views/view_context.h"

namespace jejak::ui {

class HelpView {
public:
    void open() { open_ = true; }
    void close() { open_ = false; }
    bool isOpen() const { return open_; }
    void setSingleFile(bool singleFile) { singleFile_ = singleFile; }
    void draw(const ViewContext& ctx);

private:
    bool open_ = false;
    bool singleFile_ = false;  // this page is already the offline file: nothing to offer
};

}  // namespace jejak::ui

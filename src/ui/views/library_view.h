// The map library: every map kept in this browser, newest first, with open,
// rename, duplicate and delete, and the trash with restore.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ui/views/view_context.h"

namespace jejak::ui {

class LibraryView {
public:
    void open() { open_ = true; }
    void close() { open_ = false; }
    bool isOpen() const { return open_; }
    bool focusPending() const { return renameFocus_; }
    // The storage's list: {"maps": [...], "trash": [...]} (web/storage.js).
    void setEntries(std::string_view json);
    void draw(const ViewContext& ctx, const std::string& openMapId);

private:
    struct LibraryEntry {
        std::string id, title;
        double time = 0;  // ms since 1970: updated, or deleted for the trash
        double size = 0;
        bool backedUp = false;
    };
    void drawRow(const ViewContext& ctx, const LibraryEntry& e, size_t i, bool inTrash, const std::string& openMapId,
                 float openW);

    bool open_ = false;
    std::vector<LibraryEntry> library_, trash_;
    int renamingEntry_ = -1;
    std::string renameBuffer_;
    bool renameFocus_ = false;
};

}  // namespace jejak::ui

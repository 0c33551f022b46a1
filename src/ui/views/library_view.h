// The map library: every map kept in this browser, newest first, with open,
// rename, duplicate and delete, and the trash with restore.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "session/library_list.h"
#include "ui/views/view_context.h"

namespace jejak::ui {

class ColumnRows;

class LibraryView {
public:
    void open() { open_ = true; }
    void close() { open_ = false; }
    bool isOpen() const { return open_; }
    bool focusPending() const { return renameFocus_; }
    // The kept maps and the trash, as the Session has them (session/library_list.h).
    void draw(const ViewContext& ctx, const LibraryList& list, const std::string& openMapId);
    // A file whose title is already in the library: open that map, or the file as a new copy?
    void askSameFile(std::string title, std::string existingId, std::string bytes) {
        same_ = {std::move(title), std::move(existingId), std::move(bytes)};
    }
    void drawSameFileQuestion(const ViewContext& ctx);
    bool asking() const { return !same_.existingId.empty(); }

private:
    void drawButtons(const ViewContext& ctx, const LibraryEntry& e, size_t i, bool inTrash, bool current,
                     const std::string& name, float openW);
    void drawRow(const ViewContext& ctx, ColumnRows& rows, const LibraryEntry& e, size_t i, bool inTrash, const std::string& openMapId,
                 float openW);

    struct {
        std::string title, existingId, bytes;
    } same_;
    bool open_ = false;
    int renamingEntry_ = -1;
    std::string renameBuffer_;
    bool renameFocus_ = false;
    float scrollbarW_ = 0;  // the list's scroll bar, last frame: the header leaves its room
};

}  // namespace jejak::ui

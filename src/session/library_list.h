// The maps kept in this browser, as the storage listed them (newest first) and
// its trash: what the library dialog shows, and how an opened file finds a kept
// map with its title.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jejak {

struct LibraryEntry {
    std::string id, title;
    double time = 0;  // ms since 1970: updated, or deleted for the trash
    double size = 0;
    bool backedUp = false;
};

class LibraryList {
public:
    // The storage's list: {"maps": [...], "trash": [...]} (web/storage.js); anything else: empty.
    void setEntries(std::string_view json);
    // The open map was saved as id, or a map renamed: the list knows its title before it is read again.
    void noteSaved(const std::string& id, const std::string& title);
    void rename(const std::string& id, const std::string& title);
    // The id of the kept map with this title, or "".
    std::string findByTitle(const std::string& title) const;
    const std::vector<LibraryEntry>& maps() const { return maps_; }
    const std::vector<LibraryEntry>& trash() const { return trash_; }

private:
    std::vector<LibraryEntry> maps_, trash_;
};

}  // namespace jejak

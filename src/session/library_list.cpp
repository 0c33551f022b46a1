// The library's list (session/library_list.h).
#include "session/library_list.h"

#include <nlohmann/json.hpp>

namespace jejak {

void LibraryList::setEntries(std::string_view json) {
    nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    maps_.clear();
    trash_.clear();
    if (!doc.is_object()) return;
    for (const char* list : {"maps", "trash"}) {
        if (!doc.contains(list) || !doc[list].is_array()) continue;
        const bool maps = std::string_view(list) == "maps";
        for (const auto& r : doc[list]) {
            if (!r.is_object()) continue;
            LibraryEntry e;
            e.id = r.value("id", "");
            e.title = r.value("title", "");
            e.time = r.value(maps ? "updated" : "deleted", 0.0);
            e.size = r.value("size", 0.0);
            e.backedUp = r.value("downloadedRevision", 0) > 0;
            (maps ? maps_ : trash_).push_back(std::move(e));
        }
    }
}

void LibraryList::rename(const std::string& id, const std::string& title) {
    for (LibraryEntry& e : maps_)
        if (e.id == id) e.title = title;
}

void LibraryList::noteSaved(const std::string& id, const std::string& title) {
    for (LibraryEntry& e : maps_)
        if (e.id == id) {
            e.title = title;
            return;
        }
    LibraryEntry e;
    e.id = id;
    e.title = title;
    maps_.insert(maps_.begin(), e);
}

std::string LibraryList::findByTitle(const std::string& title) const {
    for (const LibraryEntry& e : maps_)
        if (e.title == title) return e.id;
    return {};
}

}  // namespace jejak

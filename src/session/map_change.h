// What changed in the map, by item id, whatever its source: a command of the
// user's, an undo, a map opened (a file, a template, a paste, an import, a share
// link, the library, a restored version) and, with the team server, a
// teammate's edit. Every change enters through the Session and leaves as one of
// these (Session::takeChange), so a view refreshes only what changed.
#pragma once

#include <algorithm>
#include <vector>

#include "core/journey_map.h"

namespace jejak {

struct MapChange {
    enum class Source { None, Local, History, Opened, Remote };
    Source source = Source::None;  // the last change's, when several came between two takes
    bool whole = false;            // anything may have changed: refresh everything
    std::vector<Id> items;         // the cards, stages, lanes and personas touched (when not whole)

    bool any() const { return source != Source::None; }
    bool touches(Id id) const { return whole || std::find(items.begin(), items.end(), id) != items.end(); }
    // Past this many items a view does as well to refresh everything.
    static constexpr std::size_t kMaxItems = 256;

    // Adds a change: `touched` empty means the command could not say, so everything.
    void add(Source from, const std::vector<Id>& touched) {
        source = from;
        if (touched.empty() || items.size() + touched.size() > kMaxItems) whole = true;
        if (whole) {
            items.clear();
            return;
        }
        for (Id id : touched)
            if (std::find(items.begin(), items.end(), id) == items.end()) items.push_back(id);
    }
};

}  // namespace jejak

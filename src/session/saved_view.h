// What is kept with a map in this browser but is not its content: scroll, zoom,
// the lanes the editor hides and the search (never in a downloaded file, never
// an undo step). Read from and written to the JSON the library keeps beside the map.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/card_search.h"
#include "core/journey_map.h"

namespace jejak {

struct SavedView {
    bool placed = false;  // scroll and zoom were kept (else the map fits the screen)
    float scrollX = 0, scrollY = 0, zoom = 1;
    std::vector<Id> hiddenLanes;
    CardFilter filter;
    int persona = -1;  // the persona filter: -1 for all
};

// The saved view of `map` from its JSON ("" or anything unreadable: none). A
// lane it names that the map lacks is dropped; hiddenInFile, the lanes a map
// file of an earlier build hid, count when the view names none.
SavedView parseSavedView(std::string_view json, const JourneyMap& map, std::vector<Id> hiddenInFile = {});
std::string savedViewJson(const SavedView& view);

}  // namespace jejak

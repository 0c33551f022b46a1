// Printing a map on paper: which stages and lanes go on which page, and at what
// zoom. Stages split across pages (lane headers repeat on each); lanes split
// only when the map is taller than a page can hold at a readable size (stage
// headers repeat then). Pure geometry, tested natively.
#pragma once

#include <vector>

#include "ui/map_layout.h"

namespace jejak::ui {

enum class Paper { A4, A3 };

// A landscape page in CSS pixels (96 per inch): A4 is 297 x 210 mm.
struct PageSize {
    float width = 0, height = 0;
};
PageSize landscape(Paper paper);

struct PrintPage {
    int firstColumn = 0, endColumn = 0;  // the stages [first, end) of the layout's columns
    int firstRow = 0, endRow = 0;        // the lanes [first, end) of its rows
};

struct PrintPlan {
    float zoom = 1;  // world units to page pixels
    std::vector<PrintPage> pages;  // in reading order: all lanes of the first stages, then the next stages
};

// The pages for a map area of contentW x contentH page pixels: the zoom makes the
// whole height fit when that keeps it at least minZoom (never above 1), and no
// stage or lane is cut between pages.
PrintPlan planPrint(const MapLayout& layout, float contentW, float contentH, float minZoom = 0.55f);

}  // namespace jejak::ui

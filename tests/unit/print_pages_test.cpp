// Print pagination: stages split across pages whole, lanes split only when the
// map is too tall at a readable size, the zoom that makes it fit.
#include <doctest/doctest.h>

#include "ui/print_pages.h"

using namespace jejak::ui;

namespace {
// A layout of `stages` columns of 268 and rows of the given heights, as layoutMap makes them.
MapLayout grid(int stages, std::vector<float> rowHeights) {
    MapLayout l;
    float x = l.metrics.laneHeaderWidth;
    for (int i = 0; i < stages; ++i) {
        l.columns.push_back({static_cast<jejak::Id>(i + 1), x, 268});
        x += 268;
    }
    float y = l.metrics.stageHeaderHeight;
    for (size_t i = 0; i < rowHeights.size(); ++i) {
        RowBox r;
        r.lane = 100 + i;
        r.laneIndex = i;
        r.y = y;
        r.h = rowHeights[i];
        y += r.h;
        l.rows.push_back(r);
    }
    l.width = x;
    l.height = y;
    return l;
}
}  // namespace

TEST_CASE("A4 landscape: six stages that fit the height go on two pages, three stages each, at zoom 1") {
    const PageSize a4 = landscape(Paper::A4);
    CHECK(a4.width == doctest::Approx(1122.5));
    CHECK(a4.height == doctest::Approx(793.7));
    MapLayout l = grid(6, {120, 120, 200});  // 76 + 440 high
    PrintPlan p = planPrint(l, 1040, 660);
    CHECK(p.zoom == doctest::Approx(1.0));
    // 1040 - 200 (lane headers) = 840: three stages of 268.
    REQUIRE(p.pages.size() == 2);
    CHECK(p.pages[0].firstColumn == 0);
    CHECK(p.pages[0].endColumn == 3);
    CHECK(p.pages[1].firstColumn == 3);
    CHECK(p.pages[1].endColumn == 6);
    for (const PrintPage& page : p.pages) {
        CHECK(page.firstRow == 0);
        CHECK(page.endRow == 3);  // every lane on every page
    }
}

TEST_CASE("a taller map is zoomed out to fit the page's height, down to the readable limit") {
    MapLayout l = grid(4, {300, 300, 300});  // 976 high
    PrintPlan p = planPrint(l, 1040, 660);
    CHECK(p.zoom == doctest::Approx(660.0 / 976.0));
    REQUIRE_FALSE(p.pages.empty());
    CHECK(p.pages[0].endRow == 3);
    // At 0.676, 1040 / 0.676 - 200 = 1338 world units: four stages on one page.
    CHECK(p.pages.size() == 1);
}

TEST_CASE("a map too tall for the readable limit splits its lanes, whole, across pages") {
    MapLayout l = grid(3, {400, 400, 400, 400});  // 1676 high: 660 / 1676 < 0.55
    PrintPlan p = planPrint(l, 1040, 660);
    CHECK(p.zoom == doctest::Approx(0.55));
    // 660 / 0.55 - 76 = 1124: two lanes of 400 per page.
    REQUIRE(p.pages.size() == 2);
    CHECK(p.pages[0].firstRow == 0);
    CHECK(p.pages[0].endRow == 2);
    CHECK(p.pages[1].firstRow == 2);
    CHECK(p.pages[1].endRow == 4);
    CHECK(p.pages[0].endColumn == 3);
}

TEST_CASE("A3 holds more stages per page than A4; an empty map still has one page") {
    MapLayout l = grid(8, {150, 150});
    const PageSize a3 = landscape(Paper::A3), a4 = landscape(Paper::A4);
    CHECK(planPrint(l, a3.width - 80, a3.height - 130).pages.size() <
          planPrint(l, a4.width - 80, a4.height - 130).pages.size());
    MapLayout empty = grid(0, {});
    CHECK(planPrint(empty, 1040, 660).pages.size() == 1);
}

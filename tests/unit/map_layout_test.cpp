// The map's grid layout, measured with a fake font: 10 px per character, 20 px lines.
#include <doctest/doctest.h>

#include "map_generator.h"
#include "ui/map_layout.h"

using namespace jejak;
using namespace jejak::ui;

namespace {
float fakeMeasure(const Card& card, float wrapWidth) {
    const std::string& text = card.text;
    float perLine = std::max(1.0f, wrapWidth / 10.0f);
    float lines =
        std::max(1.0f, static_cast<float>(static_cast<int>((static_cast<float>(text.size()) + perLine - 1) / perLine)));
    return lines * 20.0f;
}
}  // namespace

TEST_CASE("stages are columns, lanes are rows, cards stack in map order") {
    JourneyMap map = test::sampleMap();
    LayoutMetrics m;
    MapLayout layout = layoutMap(map, m, fakeMeasure);
    REQUIRE(layout.columns.size() == 3);
    REQUIRE(layout.rows.size() == 2);
    CHECK(layout.columns[0].x == m.laneHeaderWidth);
    CHECK(layout.columns[1].x == m.laneHeaderWidth + m.stageWidth);
    CHECK(layout.rows[0].y == m.stageHeaderHeight);
    auto [first, last] = layout.cellCards(0, 0);
    REQUIRE(last - first == 2);
    CHECK(layout.cards[first].card == 7);
    CHECK(layout.cards[first + 1].card == 9);
    CHECK(layout.cards[first + 1].box.y > layout.cards[first].box.y + layout.cards[first].box.h);
    CHECK(layout.cellCards(0, 1).first == layout.cellCards(0, 1).second);
    CHECK(layout.height == layout.rows[1].y + layout.rows[1].h);
}

TEST_CASE("hit testing") {
    JourneyMap map = test::sampleMap();
    MapLayout layout = layoutMap(map, LayoutMetrics{}, fakeMeasure);
    const CardBox* first = layout.findCard(7);
    REQUIRE(first);
    CHECK(layout.cardAt(first->box.x + 5, first->box.y + 5)->card == 7);
    CHECK(layout.cardAt(0, 0) == nullptr);
    CHECK(layout.rowAt(first->box.y) == 0);
    CHECK(layout.columnAt(first->box.x) == 0);
    CHECK(layout.columnAt(10) == -1);
}

TEST_CASE("hidden lanes have no row; an emotion lane keeps room for its curve") {
    JourneyMap map = test::sampleMap();
    map.lanes[1].hidden = true;
    map.lanes.push_back({10, "Emosi", LaneKind::Emotions, false});
    map.nextId = 11;
    LayoutMetrics m;
    MapLayout layout = layoutMap(map, m, fakeMeasure);
    REQUIRE(layout.rows.size() == 2);
    CHECK(layout.rows[1].lane == 10);
    CHECK(layout.rows[1].laneIndex == 2);
    CHECK(layout.rows[1].h >= m.emotionCurveHeight);
    for (const CardBox& c : layout.cards) CHECK(c.card != 8);  // its lane is hidden
}

TEST_CASE("a 10,000-card map lays out with every card placed once") {
    test::MapGenerator gen(5);
    JourneyMap map = gen.map({3, 8, 10, 10000});
    for (Lane& l : map.lanes) l.hidden = false;
    MapLayout layout = layoutMap(map, LayoutMetrics{}, fakeMeasure);
    CHECK(layout.cards.size() == 10000);
}

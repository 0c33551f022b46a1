// What presses, drags and drops on the canvas mean, on a layout measured with a
// fake font (10 px per character, 20 px lines).
#include <doctest/doctest.h>

#include "map_generator.h"
#include "ui/canvas_gestures.h"

using namespace jejak;
using namespace jejak::ui;

namespace {
float fakeMeasure(const Card& card, float wrapWidth) {
    float perLine = std::max(1.0f, wrapWidth / 10.0f);
    return std::max(1.0f, std::ceil(static_cast<float>(card.text.size()) / perLine)) * 20.0f;
}
MapLayout sampleLayout() { return layoutMap(test::sampleMap(), LayoutMetrics{}, fakeMeasure); }
Hit card(Id id) { return {Hit::Card, id, 0, 0, -1}; }
}  // namespace

TEST_CASE("a press selects: alone, added with Shift, toggled with Ctrl, kept for a drag, cleared on empty space") {
    CHECK(selectionAfterPress({}, card(7), false, false) == std::vector<Id>{7});
    CHECK(selectionAfterPress({9}, card(7), false, false) == std::vector<Id>{7});
    CHECK(selectionAfterPress({7, 9}, card(7), false, false) == std::vector<Id>{7, 9});  // to drag both
    CHECK(selectionAfterPress({9}, card(7), false, true) == std::vector<Id>{9, 7});
    CHECK(selectionAfterPress({7, 9}, card(7), true, false) == std::vector<Id>{9});
    CHECK(selectionAfterPress({7, 9}, Hit{Hit::Cell, 0, 0, 1, -1}, false, false).empty());
    CHECK(selectionAfterPress({7}, Hit{Hit::Cell, 0, 0, 1, -1}, false, true) == std::vector<Id>{7});
    CHECK(selectionAfterPress({7}, Hit{Hit::StageHeader, 2, -1, 0, -1}, false, false) == std::vector<Id>{7});
}

TEST_CASE("what a press starts and what a drag becomes") {
    CHECK(dragOnPress(card(7), true, true) == Drag::Pan);  // Space+drag pans over anything
    CHECK(dragOnPress(card(7), false, true) == Drag::Pending);
    CHECK(dragOnPress(Hit{Hit::EmotionPoint, 2, 1, 0, 0}, false, true) == Drag::Emotion);
    CHECK(dragOnPress(Hit{Hit::EmotionPoint, 2, 1, 0, -1}, false, false) == Drag::None);  // no persona yet
    CHECK(dragOnMove(card(7), false) == Drag::Cards);
    CHECK(dragOnMove(Hit{Hit::StageHeader, 2, -1, 0, -1}, false) == Drag::Stage);
    CHECK(dragOnMove(Hit{Hit::LaneHeader, 5, 0, -1, -1}, false) == Drag::Lane);
    CHECK(dragOnMove(Hit{Hit::Cell, 0, 0, 1, -1}, false) == Drag::Pan);
    CHECK(dragOnMove(Hit{Hit::Nothing}, true) == Drag::RubberBand);
}

TEST_CASE("the drop index counts only the cards that stay, and the bar shows where") {
    MapLayout layout = sampleLayout();
    auto [first, last] = layout.cellCards(0, 0);
    REQUIRE(last - first == 2);
    const CardBox& top = layout.cards[first];
    const CardBox& below = layout.cards[first + 1];
    const float x = top.box.x + 10;
    DropSpot above = cardDropSpot(layout, x, top.box.y + 1, {});
    CHECK(above.valid());
    CHECK(above.index == 0);
    CHECK(above.barY < top.box.y);
    DropSpot between = cardDropSpot(layout, x, top.box.y + top.box.h * 0.75f, {});
    CHECK(between.index == 1);
    CHECK(between.barY > top.box.y + top.box.h);
    CHECK(between.barY < below.box.y);
    DropSpot end = cardDropSpot(layout, x, below.box.y + below.box.h + 2, {});
    CHECK(end.index == 2);
    // Dragging the top card below the other one: it does not count itself.
    DropSpot self = cardDropSpot(layout, x, below.box.y + below.box.h + 2, {top.card});
    CHECK(self.index == 1);
    CHECK_FALSE(cardDropSpot(layout, 5, 5, {}).valid());  // over the headers
}

TEST_CASE("headers dragged past the ends go to the first or last place; a band selects what it touches") {
    MapLayout layout = sampleLayout();
    CHECK(stageDropColumn(layout, -500) == 0);
    CHECK(stageDropColumn(layout, 1e6f) == static_cast<int>(layout.columns.size()) - 1);
    CHECK(laneDropRow(layout, -500) == 0);
    CHECK(laneDropRow(layout, 1e6f) == static_cast<int>(layout.rows.size()) - 1);
    auto [first, last] = layout.cellCards(0, 0);
    const Box& b = layout.cards[first].box;
    std::vector<Id> touched = cardsInBand(layout, Box{b.x - 5, b.y - 5, 20, 20});
    CHECK(touched == std::vector<Id>{layout.cards[first].card});
    CHECK(cardsInBand(layout, Box{0, 0, 10, 10}).empty());
    (void)last;
}

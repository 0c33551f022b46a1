// The map's grid layout, measured with a fake font: 10 px per character, 20 px lines.
#include <cmath>

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

TEST_CASE("lanes the view hides have no row; an emotion lane keeps room for its curve") {
    JourneyMap map = test::sampleMap();
    map.lanes.push_back({10, "Emosi", LaneKind::Emotions});
    map.nextId = 11;
    LayoutMetrics m;
    CHECK(layoutMap(map, m, fakeMeasure).rows.size() == 3);
    MapLayout layout = layoutMap(map, m, fakeMeasure, nullptr, {map.lanes[1].id});
    REQUIRE(layout.rows.size() == 2);
    CHECK(layout.rows[1].lane == 10);
    CHECK(layout.rows[1].laneIndex == 2);
    CHECK(layout.rows[1].h >= m.emotionCurveHeight);
    for (const CardBox& c : layout.cards) CHECK(c.card != 8);  // its lane is hidden
}

TEST_CASE("a 10,000-card map lays out with every card placed once") {
    test::MapGenerator gen(5);
    JourneyMap map = gen.map({3, 8, 10, 10000});
    MapLayout layout = layoutMap(map, LayoutMetrics{}, fakeMeasure);
    REQUIRE(layout.cards.size() == 10000);
    std::vector<int> placed(map.cards.size(), 0);
    int misplaced = 0;
    for (const CardBox& box : layout.cards) {
        REQUIRE(box.cardIndex < map.cards.size());
        ++placed[box.cardIndex];
        const Card& card = map.cards[box.cardIndex];
        // In its own lane's row and its own stage's column, inside both.
        const RowBox& row = layout.rows[static_cast<size_t>(box.row)];
        const ColumnBox& column = layout.columns[static_cast<size_t>(box.column)];
        const bool inCell = box.card == card.id && map.lanes[row.laneIndex].id == card.lane &&
                            column.stage == card.stage && box.box.x >= column.x &&
                            box.box.x + box.box.w <= column.x + column.w && box.box.y >= row.y &&
                            box.box.y + box.box.h <= row.y + row.h;
        if (!inCell) ++misplaced;
    }
    CHECK(misplaced == 0);
    CHECK(std::count(placed.begin(), placed.end(), 1) == 10000);  // each card exactly once
}

TEST_CASE("labels of emotion points stack under the curve: none covers another, the curve or a card") {
    JourneyMap map = test::sampleMap();
    map.lanes.insert(map.lanes.begin() + 1, {20, "Emosi", LaneKind::Emotions});
    map.personas.push_back({21, "Budi", 35, "", "", "", "", "", "", "", 0x3D5A80});
    map.personas.push_back({22, "Sari", 22, "", "", "", "", "", "", "", 0x81B29A});
    map.emotions.clear();
    // Three personas with the same score in the first stage, all labelled; a long label wraps.
    map.emotions.push_back({1, 2, -1, "Bingung dengan ongkos kirim yang tidak jelas sampai halaman terakhir"});
    map.emotions.push_back({21, 2, -1, "Ragu"});
    map.emotions.push_back({22, 2, -1, "Kesal"});
    map.emotions.push_back({21, 3, 2, ""});  // no label: no room taken
    Card feeling;
    feeling.id = 23;
    feeling.lane = 20;
    feeling.stage = 2;
    feeling.text = "Catatan";
    map.cards.push_back(feeling);
    map.nextId = 24;
    LayoutMetrics m;
    auto measureLabel = [](std::string_view text, float wrap) {
        float perLine = std::max(1.0f, wrap / 10.0f);
        return std::ceil(static_cast<float>(text.size()) / perLine) * 20.0f;
    };
    MapLayout layout = layoutMap(map, m, fakeMeasure, measureLabel);
    REQUIRE(layout.labels.size() == 3);
    const RowBox& row = layout.rows[1];
    CHECK(row.labelTop == row.y + m.emotionCurveHeight);
    for (size_t i = 0; i < layout.labels.size(); ++i) {
        const Box& a = layout.labels[i].box;
        CHECK(layout.labels[i].row == 1);
        CHECK(layout.labels[i].column == 0);
        CHECK(a.y >= row.y + m.emotionCurveHeight);  // the curve is drawn above, never through a label
        CHECK(a.y + a.h <= row.contentTop);          // and cards start below the labels
        for (size_t j = i + 1; j < layout.labels.size(); ++j) {
            const Box& b = layout.labels[j].box;
            bool apart = a.y + a.h <= b.y || b.y + b.h <= a.y || a.x + a.w <= b.x || b.x + b.w <= a.x;
            CHECK(apart);
        }
    }
    CHECK(layout.labels[0].box.h > 20.0f);  // the long label wraps to more lines
    CHECK(layout.labels[0].persona == 0);
    CHECK(layout.labels[2].persona == 2);
    const CardBox* card = layout.findCard(23);
    REQUIRE(card);
    CHECK(card->box.y >= row.contentTop);
    CHECK(row.y + row.h >= card->box.y + card->box.h);
    // Without a label measure (or labels), the lane is laid out as before.
    MapLayout plain = layoutMap(map, m, fakeMeasure);
    CHECK(plain.labels.empty());
    CHECK(plain.rows[1].contentTop == plain.rows[1].y + m.emotionCurveHeight);
}

TEST_CASE("points with the same score in one stage sit side by side, centred") {
    JourneyMap map = test::sampleMap();
    map.personas.push_back({21, "Budi", 35, "", "", "", "", "", "", "", 0x3D5A80});
    map.personas.push_back({22, "Sari", 22, "", "", "", "", "", "", "", 0x81B29A});
    map.emotions.clear();
    map.emotions.push_back({1, 2, 1, ""});
    map.emotions.push_back({21, 2, 1, ""});
    map.emotions.push_back({22, 2, -2, ""});  // another score: alone, centred
    CHECK(emotionPointOffset(map, 0, 2, 20) == doctest::Approx(-10));
    CHECK(emotionPointOffset(map, 1, 2, 20) == doctest::Approx(10));
    CHECK(emotionPointOffset(map, 2, 2, 20) == doctest::Approx(0));
    map.emotions.push_back({22, 3, 0, ""});
    CHECK(emotionPointOffset(map, 2, 3, 20) == doctest::Approx(0));
    CHECK(emotionPointOffset(map, 0, 3, 20) == doctest::Approx(0));  // no point there
    map.emotions[2].score = 1;                                       // all three on one score
    CHECK(emotionPointOffset(map, 0, 2, 20) == doctest::Approx(-20));
    CHECK(emotionPointOffset(map, 1, 2, 20) == doctest::Approx(0));
    CHECK(emotionPointOffset(map, 2, 2, 20) == doctest::Approx(20));
}

TEST_CASE("personas are drawn with the active one last, on top; hit testing walks the order backwards") {
    using V = std::vector<size_t>;
    CHECK(personaDrawingOrder(0, 0) == V{});
    CHECK(personaDrawingOrder(1, 0) == V{0});
    CHECK(personaDrawingOrder(3, 0) == V{1, 2, 0});
    CHECK(personaDrawingOrder(3, 1) == V{0, 2, 1});
    CHECK(personaDrawingOrder(3, 2) == V{0, 1, 2});
    CHECK(personaDrawingOrder(3, 4) == V{0, 2, 1});   // an index past the end wraps
    CHECK(personaDrawingOrder(3, -1) == V{1, 2, 0});  // none chosen: the first
}

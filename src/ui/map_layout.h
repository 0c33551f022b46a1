// Where everything of a journey map sits, in world units (CSS pixels at zoom 1).
// No ImGui here: text is measured through a function, so it is tested natively.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "core/journey_map.h"

namespace jejak::ui {

struct LayoutMetrics {
    float laneHeaderWidth = 200;
    float stageHeaderHeight = 76;
    float stageWidth = 268;
    float cellPadding = 10;
    float cardGap = 8;
    float cardPaddingX = 12;
    float cardPaddingY = 10;
    float minRowHeight = 84;
    float emotionCurveHeight = 168;  // the emotion lane's plot above its cards
    float labelGap = 6;              // between the labels of emotion points stacked in one stage
    float labelIndent = 20;          // room for the persona's dot before a label
    bool operator==(const LayoutMetrics&) const = default;
};

// Height of a card's content (its text wrapped at the width, and any chips).
using MeasureCard = std::function<float(const Card& card, float wrapWidth)>;

// Height of an emotion point's label wrapped at the width.
using MeasureLabel = std::function<float(std::string_view text, float wrapWidth)>;

struct Box {
    float x = 0, y = 0, w = 0, h = 0;
    bool contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
};

struct CardBox {
    Id card = 0;
    size_t cardIndex = 0;  // in JourneyMap::cards
    int row = 0, column = 0, indexInCell = 0;
    Box box;
};

struct RowBox {
    Id lane = 0;
    size_t laneIndex = 0;  // in JourneyMap::lanes (hidden lanes have no row)
    float y = 0, h = 0;
    float labelTop = 0;    // an emotion lane's labels, below its curve
    float contentTop = 0;  // where cards start (below the curve and labels of an emotion lane)
};

// The label of one persona's emotion point, in its stage's column under the
// curve: labels never cover each other or the curve, however many share a score.
struct LabelBox {
    int persona = 0;  // index in JourneyMap::personas
    int row = 0, column = 0;
    Box box;  // the dot and the text
};

struct ColumnBox {
    Id stage = 0;
    float x = 0, w = 0;
};

struct MapLayout {
    LayoutMetrics metrics;
    std::vector<ColumnBox> columns;
    std::vector<RowBox> rows;
    std::vector<CardBox> cards;                    // by row, then column, then order in the cell
    std::vector<std::pair<size_t, size_t>> cells;  // [row * columns + column]: range in cards
    std::vector<LabelBox> labels;                  // by row, then column, then persona
    float width = 0, height = 0;

    Box cellBox(int row, int column) const;
    std::pair<size_t, size_t> cellCards(int row, int column) const {
        return cells[static_cast<size_t>(row) * columns.size() + static_cast<size_t>(column)];
    }
    // Row or column under a world coordinate, or -1.
    int rowAt(float y) const;
    int columnAt(float x) const;
    const CardBox* findCard(Id card) const;
    int stageIndexOf(Id stage) const;  // column of a stage, or -1
    int rowIndexOf(Id lane) const;     // row of a lane, or -1 (hidden or absent)
    const CardBox* cardAt(float x, float y) const;
};

// Points of several personas with the same score in one stage sit side by
// side, `spacing` apart around the stage's centre: this one's offset from it.
float emotionPointOffset(const JourneyMap& map, size_t persona, Id stage, float spacing);
// Where a score sits in an emotions row, in world units: the highest at the top.
float emotionScoreY(const LayoutMetrics& metrics, const RowBox& row, int score);
// The order the emotion lane draws personas in: the active one (an index, any
// value: taken modulo the count) last, on top; the others in their order.
// Hit testing walks it backwards, so what is on top is hit first.
std::vector<size_t> personaDrawingOrder(size_t personas, int active);

// Without measureLabel, emotion points' labels take no room (and are not laid out).
// The first column whose middle is right of the lane headers when the view is
// scrolled to scrollX (presentation mode's spotlight starts there); 0 when none.
int firstStageInView(const MapLayout& layout, float scrollX);

// hiddenLanes: lanes the view hides (they get no row).
MapLayout layoutMap(const JourneyMap& map, const LayoutMetrics& metrics, const MeasureCard& measure,
                    const MeasureLabel& measureLabel = nullptr, const std::vector<Id>& hiddenLanes = {});

}  // namespace jejak::ui

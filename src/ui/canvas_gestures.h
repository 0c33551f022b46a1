// What a press, a drag or a double-click on the canvas means, decided from the
// layout and plain pointer facts. No ImGui: the canvas feeds it positions and
// keys, and this is tested natively like map_layout.
#pragma once

#include <cstddef>
#include <vector>

#include "ui/map_layout.h"

namespace jejak::ui {

// What the pointer is over.
struct Hit {
    // Legend: a persona's name in the emotion lane's header; EmotionLabel: the
    // label of a persona's point, under the curve.
    enum Kind { Nothing, Card, Cell, StageHeader, LaneHeader, EmotionPoint, EmotionLabel, Legend } kind = Nothing;
    Id id = 0;  // card, stage or lane
    int row = -1, column = -1, persona = -1;
};

enum class Drag { None, Pending, Pan, Cards, Stage, Lane, Emotion, RubberBand };

// The selection after a left press on hit: Ctrl toggles a card, Shift (or Ctrl)
// adds one, a plain press on a card keeps a selection that holds it (to drag
// them all) or selects it alone, and a press on empty space clears it.
std::vector<Id> selectionAfterPress(std::vector<Id> selection, const Hit& hit, bool ctrl, bool shift);

// What a left press starts: panning with Space held, an emotion drag on a point
// (when there is a persona to score), else a drag that waits to see where it goes.
Drag dragOnPress(const Hit& hit, bool spaceHeld, bool hasPersona);
// What a pending drag becomes once the pointer has moved far enough.
Drag dragOnMove(const Hit& pressed, bool shiftOrCtrl);

// Where cards dropped at world point (x, y) land: the cell, the index among
// the cell's cards that are not moving, and the y of the bar that shows it.
// The one place a drop index is computed (drags, double-click, paste).
struct DropSpot {
    int row = -1, column = -1;
    size_t index = 0;
    float barY = 0;
    bool valid() const { return row >= 0 && column >= 0; }
};
DropSpot cardDropSpot(const MapLayout& layout, float x, float y, const std::vector<Id>& moving);
// The column a dragged stage header goes to, and the row of a dragged lane header
// (clamped to the map, so dragging past the end means the last place).
int stageDropColumn(const MapLayout& layout, float x);
int laneDropRow(const MapLayout& layout, float y);
// Cards whose boxes overlap a rubber band, in layout order.
std::vector<Id> cardsInBand(const MapLayout& layout, const Box& band);

}  // namespace jejak::ui

// The canvas's gesture rules.
#include "ui/canvas_gestures.h"

#include <algorithm>

namespace jejak::ui {
namespace {
bool holds(const std::vector<Id>& ids, Id id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }
}  // namespace

std::vector<Id> selectionAfterPress(std::vector<Id> selection, const Hit& hit, bool ctrl, bool shift) {
    const bool additive = ctrl || shift;
    if (hit.kind == Hit::Card) {
        if (ctrl && holds(selection, hit.id))
            selection.erase(std::find(selection.begin(), selection.end(), hit.id));
        else if (additive && !holds(selection, hit.id))
            selection.push_back(hit.id);
        else if (!holds(selection, hit.id))
            selection = {hit.id};
    } else if ((hit.kind == Hit::Cell || hit.kind == Hit::Nothing) && !additive) {
        selection.clear();
    }
    return selection;
}

Drag dragOnPress(const Hit& hit, bool spaceHeld, bool hasPersona) {
    if (spaceHeld) return Drag::Pan;
    if (hit.kind == Hit::EmotionPoint) return hasPersona ? Drag::Emotion : Drag::None;
    if (hit.kind == Hit::Legend || hit.kind == Hit::EmotionLabel) return Drag::None;
    return Drag::Pending;
}

Drag dragOnMove(const Hit& pressed, bool shiftOrCtrl) {
    switch (pressed.kind) {
        case Hit::Card: return Drag::Cards;
        case Hit::StageHeader: return Drag::Stage;
        case Hit::LaneHeader: return Drag::Lane;
        default: return shiftOrCtrl ? Drag::RubberBand : Drag::Pan;
    }
}

DropSpot cardDropSpot(const MapLayout& layout, float x, float y, const std::vector<Id>& moving) {
    DropSpot spot;
    spot.row = layout.rowAt(y);
    spot.column = layout.columnAt(x);
    if (!spot.valid()) return {};
    auto [first, last] = layout.cellCards(spot.row, spot.column);
    spot.barY = layout.rows[static_cast<size_t>(spot.row)].contentTop + layout.metrics.cellPadding - 4;
    for (size_t i = first; i < last; ++i) {
        const CardBox& box = layout.cards[i];
        if (holds(moving, box.card)) continue;  // the moving cards leave their places
        if (y < box.box.y + box.box.h * 0.5f) break;
        ++spot.index;
        spot.barY = box.box.y + box.box.h + layout.metrics.cardGap * 0.5f;
    }
    return spot;
}

int stageDropColumn(const MapLayout& layout, float x) {
    if (layout.columns.empty()) return -1;
    return layout.columnAt(std::clamp(x, layout.columns.front().x, layout.width - 1));
}

int laneDropRow(const MapLayout& layout, float y) {
    if (layout.rows.empty()) return -1;
    return layout.rowAt(std::clamp(y, layout.rows.front().y, layout.height - 1));
}

std::vector<Id> cardsInBand(const MapLayout& layout, const Box& band) {
    std::vector<Id> out;
    for (const CardBox& c : layout.cards) {
        bool overlaps = c.box.x < band.x + band.w && band.x < c.box.x + c.box.w && c.box.y < band.y + band.h &&
                        band.y < c.box.y + c.box.h;
        if (overlaps) out.push_back(c.card);
    }
    return out;
}

}  // namespace jejak::ui

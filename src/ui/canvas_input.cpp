// The canvas's input: hit testing, presses, drags, double-clicks and votes
// taken on the projector; each ends in an intent (session/intents.h).
#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui_internal.h>  // GetActiveID

#include "ui/card_text.h"
#include "ui/map_canvas.h"
#include "ui/keys.h"

namespace jejak::ui {
namespace {

constexpr float kDragThreshold = 5.0f;

bool contains(const std::vector<Id>& ids, Id id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

}  // namespace

// Presenting: a click on a card's vote dots adds a vote (delta +1), a right-click takes one.
bool MapCanvas::votePress(const JourneyMap& map, IntentSink& sink, ImVec2 mouse, int delta) {
    if (!presenting_) return false;
    Hit hit = hitTest(map, mouse);
    if (hit.kind != Hit::Card) return false;
    const CardBox* box = layout_.findCard(hit.id);
    ImVec2 w = toWorld(mouse);
    if (!box || !voteBox(box->box, layout_.metrics).contains(w.x, w.y)) return false;
    selection_ = {hit.id};
    sink.apply(intent::ChangeVotes{hit.id, delta});
    drag_ = Drag::None;
    return true;
}

Hit MapCanvas::hitTest(const JourneyMap& map, ImVec2 s) const {
    Hit hit;
    if (s.x < origin_.x || s.y < origin_.y || s.x >= origin_.x + size_.x || s.y >= origin_.y + size_.y) return hit;
    const LayoutMetrics& m = layout_.metrics;
    ImVec2 w = toWorld(s);
    bool inStageHeader = s.y < origin_.y + m.stageHeaderHeight * view_.zoom;
    bool inLaneHeader = s.x < origin_.x + m.laneHeaderWidth * view_.zoom;
    if (inStageHeader && inLaneHeader) return hit;
    if (inStageHeader) {
        int c = layout_.columnAt(w.x);
        if (c >= 0) hit = {Hit::StageHeader, layout_.columns[static_cast<size_t>(c)].stage, -1, c};
        return hit;
    }
    int r = layout_.rowAt(w.y);
    if (inLaneHeader) {
        if (r < 0) return hit;
        for (const LegendEntry& entry : legend_)
            if (entry.row == r && entry.box.contains(s.x, s.y))
                return {Hit::Legend, layout_.rows[static_cast<size_t>(r)].lane, r, -1, entry.persona};
        return {Hit::LaneHeader, layout_.rows[static_cast<size_t>(r)].lane, r, -1};
    }
    int c = layout_.columnAt(w.x);
    if (r < 0 || c < 0) return hit;
    const RowBox& row = layout_.rows[static_cast<size_t>(r)];
    const ColumnBox& col = layout_.columns[static_cast<size_t>(c)];
    if (map.lanes[row.laneIndex].kind == LaneKind::Emotions && w.y >= row.labelTop && w.y < row.contentTop) {
        for (const LabelBox& label : layout_.labels)
            if (label.row == r && label.column == c && label.box.contains(w.x, w.y))
                return {Hit::EmotionLabel, col.stage, r, c, label.persona};
        return {Hit::Cell, 0, r, c};
    }
    if (map.lanes[row.laneIndex].kind == LaneKind::Emotions && w.y < row.labelTop) {
        float cx = col.x + col.w * 0.5f;
        // What is drawn on top (the active persona's point) is hit first.
        const std::vector<size_t> order = personaDrawingOrder(map.personas.size(), activePersona_);
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const size_t p = *it;
            const EmotionScore* e = map.emotion(map.personas[p].id, col.stage);
            if (!e) continue;
            float px = cx + emotionPointOffset(map, p, col.stage, kPointSpacing);
            float dx = (w.x - px) * view_.zoom, dy = (w.y - emotionY(row, e->score)) * view_.zoom;
            if (dx * dx + dy * dy <= (kPointRadiusPx + 4) * (kPointRadiusPx + 4))
                return {Hit::EmotionPoint, col.stage, r, c, static_cast<int>(p)};
        }
        // Empty curve area: the active persona's point at that stage.
        return {Hit::EmotionPoint, col.stage, r, c, -1};
    }
    if (const CardBox* card = layout_.cardAt(w.x, w.y)) return {Hit::Card, card->card, r, c};
    return {Hit::Cell, 0, r, c};
}

void MapCanvas::handleMouse(const JourneyMap& map, IntentSink& sink, bool hovered) {
    ImGuiIO& io = ImGui::GetIO();
    ImVec2 mouse = io.MousePos;
    if (hovered && (io.MouseWheel != 0 || io.MouseWheelH != 0)) {
        if (io.KeyCtrl) {
            zoomBy(std::pow(1.12f, io.MouseWheel), mouse);
        } else {
            float dx = io.MouseWheelH, dy = io.MouseWheel;
            if (io.KeyShift) std::swap(dx, dy);
            view_.scrollX -= dx * 60 / view_.zoom;
            view_.scrollY -= dy * 60 / view_.zoom;
            clampScroll();
        }
    }
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right) && !votePress(map, sink, mouse, -1))
        rightPress(map, mouse);
    if (hovered && (ImGui::IsMouseClicked(ImGuiMouseButton_Middle))) {
        drag_ = Drag::Pan;
        pressAt_ = mouse;
        panStartX_ = view_.scrollX;
        panStartY_ = view_.scrollY;
    }
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
        !ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && !votePress(map, sink, mouse, +1))
        leftPress(map, sink, mouse);
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && !votePress(map, sink, mouse, +1))
        doubleClick(map, sink, mouse);
    if (drag_ == Drag::Pending && ImGui::IsMouseDragging(ImGuiMouseButton_Left, kDragThreshold)) {
        drag_ = dragOnMove(pressed_, io.KeyShift || io.KeyCtrl);
        if (drag_ == Drag::Cards && !contains(selection_, pressed_.id)) selection_ = {pressed_.id};
    }
    if (drag_ == Drag::Pan) {
        view_.scrollX = panStartX_ - (mouse.x - pressAt_.x) / view_.zoom;
        view_.scrollY = panStartY_ - (mouse.y - pressAt_.y) / view_.zoom;
        clampScroll();
    }
    if (drag_ == Drag::Emotion && pressed_.persona >= 0) {
        const RowBox& row = layout_.rows[static_cast<size_t>(pressed_.row)];
        int score = scoreAt(row, toWorld(mouse).y);
        if (score != emotionScore_) {
            emotionScore_ = score;
            sink.apply(intent::SetEmotion{map.personas[static_cast<size_t>(pressed_.persona)].id, pressed_.id, score});
        }
    }
    bool released = !ImGui::IsMouseDown(ImGuiMouseButton_Left) && !ImGui::IsMouseDown(ImGuiMouseButton_Middle);
    if (drag_ != Drag::None && released) finishDrag(map, sink);
}

// A right-click: selects the card under it and asks the app for its menu.
void MapCanvas::rightPress(const JourneyMap& map, ImVec2 mouse) {
    if (presenting_) return;  // no menus on the projector; votes are taken in handleMouse
    Hit hit = hitTest(map, mouse);
    Target t;
    switch (hit.kind) {
        case Hit::Card:
            t = {Target::Card, hit.id, hit.row, hit.column};
            if (std::find(selection_.begin(), selection_.end(), hit.id) == selection_.end()) selection_ = {hit.id};
            break;
        case Hit::StageHeader: t = {Target::Stage, hit.id, -1, hit.column}; break;
        case Hit::LaneHeader:
        case Hit::Legend: t = {Target::Lane, hit.id, hit.row, -1}; break;
        case Hit::EmotionPoint:
        case Hit::EmotionLabel:
            if (hit.persona >= 0) t = {Target::Emotion, hit.id, hit.row, hit.column, hit.persona};
            break;
        case Hit::Cell:
            t = {Target::Cell, 0, hit.row, hit.column};
            focusCell_ = {hit.row, hit.column};
            break;
        default: break;
    }
    if (t.kind != Target::None) contextRequest_ = t;
}

// A left press: what it hits decides the selection and what a drag will do.
void MapCanvas::leftPress(const JourneyMap& map, IntentSink& sink, ImVec2 mouse) {
    ImGuiIO& io = ImGui::GetIO();
    pressed_ = hitTest(map, mouse);
    pressAt_ = mouse;
    panStartX_ = view_.scrollX;
    panStartY_ = view_.scrollY;
    bool spaceHeld = ImGui::IsKeyDown(key::kSpace);
    if (pressed_.kind == Hit::StageHeader) {
        lastHeader_ = {Target::Stage, pressed_.id, -1, pressed_.column};
        stageClick_ = pressed_.column;
    }
    if (pressed_.kind == Hit::LaneHeader) lastHeader_ = {Target::Lane, pressed_.id, pressed_.row, -1};
    if (pressed_.kind == Hit::Legend) activePersona_ = pressed_.persona;  // its points are the ones clicks set
    selection_ = selectionAfterPress(std::move(selection_), pressed_, io.KeyCtrl, io.KeyShift);
    if (pressed_.kind == Hit::Card || pressed_.kind == Hit::Cell) focusCell_ = {pressed_.row, pressed_.column};
    int persona = pressed_.persona >= 0 ? pressed_.persona : activePersona_;
    const bool hasPersona = persona >= 0 && persona < static_cast<int>(map.personas.size());
    drag_ = dragOnPress(pressed_, spaceHeld, hasPersona);
    if (drag_ == Drag::Emotion) {
        pressed_.persona = persona;
        const RowBox& row = layout_.rows[static_cast<size_t>(pressed_.row)];
        emotionScore_ = scoreAt(row, toWorld(mouse).y);
        const Id personaId = map.personas[static_cast<size_t>(persona)].id;
        const EmotionScore* e = map.emotion(personaId, pressed_.id);
        if (!e || e->score != emotionScore_) sink.apply(intent::SetEmotion{personaId, pressed_.id, emotionScore_});
        activePersona_ = persona;
    }
}

// A double-click edits the card under it, or adds a card to the empty spot of a cell.
void MapCanvas::doubleClick(const JourneyMap& map, IntentSink& sink, ImVec2 mouse) {
    Hit hit = hitTest(map, mouse);
    if (hit.kind == Hit::Card) {
        if (const Card* c = map.card(hit.id)) sink.apply(intent::StartEditing{c->id});  // the app decides (read only?)
    } else if (hit.kind == Hit::StageHeader) {  // rename in place
        renameRequest_ = Target{Target::Stage, hit.id, -1, hit.column};
    } else if (hit.kind == Hit::LaneHeader) {
        renameRequest_ = Target{Target::Lane, hit.id, hit.row, -1};
    } else if ((hit.kind == Hit::EmotionPoint || hit.kind == Hit::EmotionLabel) && hit.persona >= 0 &&
               map.emotion(map.personas[static_cast<size_t>(hit.persona)].id, hit.id)) {  // label it
        renameRequest_ = Target{Target::Emotion, hit.id, hit.row, hit.column, hit.persona};
    } else if (hit.kind == Hit::Cell) {
        const RowBox& row = layout_.rows[static_cast<size_t>(hit.row)];
        ImVec2 w = toWorld(mouse);
        size_t index = cardDropSpot(layout_, w.x, w.y, {}).index;
        // Added and opened for typing (the Session's effect reaches this canvas).
        sink.apply(intent::AddCard{row.lane, layout_.columns[static_cast<size_t>(hit.column)].stage, index, true});
    }
    drag_ = Drag::None;
}

void MapCanvas::finishDrag(const JourneyMap& map, IntentSink& sink) {
    ImVec2 w = toWorld(ImGui::GetIO().MousePos);
    switch (drag_) {
        case Drag::Cards: {
            DropSpot spot = cardDropSpot(layout_, w.x, w.y, selection_);
            if (!spot.valid() || selection_.empty()) break;
            std::vector<Id> moving;  // in map order, as the command moves them
            for (const Card& card : map.cards)
                if (contains(selection_, card.id)) moving.push_back(card.id);
            sink.apply(intent::MoveCards{moving, layout_.rows[static_cast<size_t>(spot.row)].lane,
                                         layout_.columns[static_cast<size_t>(spot.column)].stage, spot.index});
            sink.apply(intent::EndGesture{});
            break;
        }
        case Drag::Stage: {
            int c = stageDropColumn(layout_, w.x);
            if (c >= 0) sink.apply(intent::MoveStage{pressed_.id, static_cast<size_t>(c)});
            sink.apply(intent::EndGesture{});
            break;
        }
        case Drag::Lane: {
            int r = laneDropRow(layout_, w.y);
            if (r >= 0) sink.apply(intent::MoveLane{pressed_.id, layout_.rows[static_cast<size_t>(r)].laneIndex});
            sink.apply(intent::EndGesture{});
            break;
        }
        case Drag::Emotion: sink.apply(intent::EndGesture{}); break;
        case Drag::RubberBand: {
            ImVec2 a = toWorld(pressAt_);
            Box band{std::min(a.x, w.x), std::min(a.y, w.y), std::fabs(w.x - a.x), std::fabs(w.y - a.y)};
            for (Id card : cardsInBand(layout_, band))
                if (!contains(selection_, card)) selection_.push_back(card);
            break;
        }
        default: break;
    }
    drag_ = Drag::None;
}

}  // namespace jejak::ui

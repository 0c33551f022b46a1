// Drawing the canvas: the grid, cards, emotion curves, sticky headers and drag
// feedback. Only what is on screen is drawn.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/analytics.h"
#include "core/formatting.h"
#include "ui/card_text.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/map_canvas.h"
#include "ui/overlays/votes.h"

namespace jejak::ui {
namespace {

ImU32 mix(ImU32 a, ImU32 b, float t) {
    ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, 1.0f));
}

std::string itemId(const char* kind, size_t a) { return std::string(kind) + "/" + std::to_string(a); }
std::string itemId(const char* kind, size_t a, size_t b) { return itemId(kind, a) + "/" + std::to_string(b); }

}  // namespace

void MapCanvas::recordVisible(ItemRects& rects, const std::string& id, ImVec2 a, ImVec2 b) const {
    recordVisibleItem(rects, layout_.metrics, view_.zoom, origin_, size_, id, a, b);
}

void MapCanvas::drawGrid(const JourneyMap& map, const Palette& p, ItemRects& rects) {
    ImDrawList* dl = dl_;
    if (!still_) dl->AddRectFilled(origin_, ImVec2(origin_.x + size_.x, origin_.y + size_.y), p.canvas);  // a still picture is cleared to it
    const float z = view_.zoom;
    const float right = std::min(origin_.x + size_.x, toScreen(layout_.width, 0).x);
    const float bottom = std::min(origin_.y + size_.y, toScreen(0, layout_.height).y);
    ImVec2 mouse = ImGui::GetIO().MousePos;
    bool mouseFree = !still_ && drag_ == Drag::None && ImGui::IsItemHovered();

    for (size_t r = 0; r < layout_.rows.size(); ++r) {
        const RowBox& row = layout_.rows[r];
        ImVec2 top = toScreen(0, row.y), end = toScreen(0, row.y + row.h);
        if (end.y < origin_.y || top.y > origin_.y + size_.y) continue;
        if (r % 2 == 1) dl->AddRectFilled(ImVec2(origin_.x, top.y), ImVec2(right, end.y), withAlpha(p.header, 0.55f));
        dl->AddLine(ImVec2(origin_.x, end.y), ImVec2(right, end.y), p.gridLine, lineWeight());
        const Lane& lane = map.lanes[row.laneIndex];
        for (size_t c = 0; c < layout_.columns.size(); ++c) {
            Box cell = layout_.cellBox(static_cast<int>(r), static_cast<int>(c));
            ImVec2 a = toScreen(cell.x, cell.y), b = toScreen(cell.x + cell.w, cell.y + cell.h);
            if (b.x < origin_.x || a.x > origin_.x + size_.x) continue;
            recordVisible(rects, itemId("cell", r, c), a, b);
            auto [first, last] = layout_.cellCards(static_cast<int>(r), static_cast<int>(c));
            bool hover = mouseFree && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y;
            bool focused = focusCell_ && focusCell_->first == static_cast<int>(r) &&
                           focusCell_->second == static_cast<int>(c) && selection_.empty();
            if (focused)
                dl->AddRect(ImVec2(a.x + 2, a.y + 2), ImVec2(b.x - 2, b.y - 2), withAlpha(p.accent, 0.6f), 6 * z, 0,
                            1.5f);
            if (first == last && lane.kind != LaneKind::Emotions && (hover || focused) && z >= 0.6f) {
                const char* hint = tr("canvas.add_hint");
                float fs = kChipSize * z;
                ImVec2 ts = fonts_->body->CalcTextSizeA(fs, FLT_MAX, cell.w * z - 20, hint);
                dl->AddText(fonts_->body, fs, ImVec2(a.x + (b.x - a.x - ts.x) * 0.5f, a.y + (b.y - a.y - ts.y) * 0.5f),
                            p.inkMuted, hint, nullptr, cell.w * z - 20);
            }
        }
        if (lane.kind == LaneKind::Emotions) drawEmotionCurves(map, row, p, rects);
    }
    for (const ColumnBox& col : layout_.columns) {
        float x = toScreen(col.x + col.w, 0).x;
        if (x < origin_.x || x > origin_.x + size_.x) continue;
        dl->AddLine(ImVec2(x, origin_.y), ImVec2(x, bottom), p.gridLine, lineWeight());
    }
    if (map.stages.empty()) {
        const char* hint = tr("canvas.no_stages");
        dl->AddText(fonts_->body, kBodySize,
                    ImVec2(origin_.x + layout_.metrics.laneHeaderWidth * z + 24,
                           origin_.y + layout_.metrics.stageHeaderHeight * z + 24),
                    p.inkMuted, hint);
    }
}

void MapCanvas::drawEmotionCurves(const JourneyMap& map, const RowBox& row, const Palette& p, ItemRects& rects) {
    const CanvasPaint curvePaint = paint(map, p, rects);
    ImDrawList* dl = dl_;
    const float z = view_.zoom;
    float left = toScreen(layout_.columns.empty() ? 0 : layout_.columns.front().x, 0).x;
    float right = toScreen(layout_.width, 0).x;
    for (int score = kMinEmotion; score <= kMaxEmotion; ++score) {
        float y = toScreen(0, emotionY(row, score)).y;
        dl->AddLine(ImVec2(left, y), ImVec2(right, y), score == 0 ? p.border : withAlpha(p.gridLine, 0.6f),
                    score == 0 ? 1.5f : 1.0f);
    }
    if (map.personas.empty()) {
        dl->AddText(fonts_->body, kChipSize * z, ImVec2(left + 16 * z, toScreen(0, row.y + 10).y), p.inkMuted,
                    tr("canvas.no_personas"));
        return;
    }
    // The active persona's curve is drawn last, on top, and a little stronger.
    const size_t personas = map.personas.size();
    for (size_t pi : personaDrawingOrder(personas, activePersona_)) {
        const Persona& persona = map.personas[pi];
        const bool active = static_cast<int>(pi) == activePersona_ && personas > 1;
        bool faded = personaFilter_ >= 0 && personaFilter_ != static_cast<int>(pi);
        if (faded && presenting_) continue;  // on the projector, the persona in focus alone
        ImU32 color = faded ? withAlpha(fromRgb(persona.color), 0.2f) : fromRgb(persona.color);
        for (CanvasOverlay* o : overlays_) o->emotionCurve(curvePaint, pi, row, color);
        std::vector<std::pair<size_t, ImVec2>> points;
        for (size_t c = 0; c < layout_.columns.size(); ++c) {
            const ColumnBox& col = layout_.columns[c];
            if (const EmotionScore* e = map.emotion(persona.id, col.stage))
                points.push_back(
                    {c, toScreen(col.x + col.w * 0.5f + emotionPointOffset(map, pi, col.stage, kPointSpacing),
                                 emotionY(row, e->score))});
        }
        for (size_t i = 0; i + 1 < points.size(); ++i) {
            ImVec2 a = points[i].second, b = points[i + 1].second;
            float dx = (b.x - a.x) * 0.45f;
            dl->AddBezierCubic(a, ImVec2(a.x + dx, a.y), ImVec2(b.x - dx, b.y), b, color, (active ? 4.0f : 3.0f) * z,
                               24);
        }
        for (const auto& [c, at] : points) {
            const EmotionScore* e = map.emotion(persona.id, layout_.columns[c].stage);
            float r = kPointRadiusPx * z;
            dl->AddCircleFilled(at, r + 2 * z, p.surface, 24);
            dl->AddCircleFilled(at, r, color, 24);
            const char* face = e->score > 0 ? icon::kSmile : (e->score < 0 ? icon::kFrown : icon::kMeh);
            float fs = 14.0f * z;
            ImVec2 ts = fonts_->body->CalcTextSizeA(fs, FLT_MAX, 0, face);
            dl->AddText(fonts_->body, fs, ImVec2(at.x - ts.x * 0.5f, at.y - ts.y * 0.5f), p.onAccent, face);
            recordVisible(rects, itemId("emotion", pi, c), ImVec2(at.x - r, at.y - r), ImVec2(at.x + r, at.y + r));
        }
    }
    drawEmotionLabels(map, row, p, rects);
}

// Labels sit under the curve, stacked per stage (map_layout), each after its
// persona's dot: never over each other, never crossed by a curve.
void MapCanvas::drawEmotionLabels(const JourneyMap& map, const RowBox& row, const Palette& p, ItemRects& rects) {
    ImDrawList* dl = dl_;
    const float z = view_.zoom;
    const int r = layout_.rowIndexOf(row.lane);
    for (const LabelBox& label : layout_.labels) {
        if (label.row != r) continue;
        const Persona& persona = map.personas[static_cast<size_t>(label.persona)];
        const ColumnBox& col = layout_.columns[static_cast<size_t>(label.column)];
        const EmotionScore* e = map.emotion(persona.id, col.stage);
        if (!e) continue;
        ImVec2 a = toScreen(label.box.x, label.box.y),
               b = toScreen(label.box.x + label.box.w, label.box.y + label.box.h);
        if (b.y < origin_.y || a.y > origin_.y + size_.y || b.x < origin_.x || a.x > origin_.x + size_.x) continue;
        bool faded = personaFilter_ >= 0 && personaFilter_ != label.persona;
        if (faded && presenting_) continue;
        dl->AddCircleFilled(ImVec2(a.x + 6 * z, a.y + kLabelSize * 0.6f * z), 4.5f * z,
                            faded ? withAlpha(fromRgb(persona.color), 0.3f) : fromRgb(persona.color), 12);
        const float indent = layout_.metrics.labelIndent * z;
        dl->AddText(fonts_->body, kLabelSize * z, ImVec2(a.x + indent, a.y), faded ? p.inkMuted : p.ink,
                    e->label.c_str(), nullptr, label.box.w * z - indent);
        recordVisible(rects,
                      itemId("emotion-label", static_cast<size_t>(label.persona), static_cast<size_t>(label.column)), a,
                      b);
    }
}

void MapCanvas::drawCard(const CanvasPaint& paint, const Card& card, const Lane& lane, const Box& w, bool selected,
                         bool dimmed) {
    const Palette& p = paint.palette;
    ImDrawList* dl = dl_;
    const float z = view_.zoom;
    const LayoutMetrics& m = layout_.metrics;
    ImVec2 a = toScreen(w.x, w.y), b = toScreen(w.x + w.w, w.y + w.h);
    float round = 8 * z;
    ImU32 accent = card.color ? fromRgb(*card.color) : p.laneAccent[static_cast<int>(lane.kind)];
    ImU32 fill = card.color ? mix(p.surface, accent, 0.16f) : p.surface;
    dl->AddRectFilled(ImVec2(a.x, a.y + 1.5f * z), ImVec2(b.x, b.y + 1.5f * z), p.shadow, round);
    dl->AddRectFilled(a, b, fill, round);
    dl->AddRectFilled(a, ImVec2(a.x + 4 * z, b.y), accent, round, ImDrawFlags_RoundCornersLeft);
    dl->AddRect(a, b, selected ? p.accent : withAlpha(p.border, 0.9f), round, 0,
                selected ? 2.5f * lineWeight() : lineWeight());
    if (z >= 0.35f) {
        float wrap = (w.w - 2 * m.cardPaddingX) * z;
        ImVec2 at(a.x + m.cardPaddingX * z, a.y + m.cardPaddingY * z);
        const char* text = card.text.c_str();
        dl->AddText(fonts_->body, kBodySize * z, at, p.ink, text, nullptr, wrap);
        std::string chips = cardChips(card);
        if (!chips.empty()) {
            float textH = fonts_->body->CalcTextSizeA(kBodySize, FLT_MAX, wrap / z, text[0] ? text : " ").y;
            dl->AddText(fonts_->body, kChipSize * z, ImVec2(at.x, at.y + (textH + kChipGap) * z), p.inkMuted,
                        chips.c_str(), nullptr, wrap);
        }
    }
    eachOverlay([&](CanvasOverlay& o) { o.cardMarks(paint, card, lane, w); });
    if (dimmed) dl->AddRectFilled(a, b, withAlpha(p.canvas, 0.72f), round);
}

CanvasPaint MapCanvas::paint(const JourneyMap& map, const Palette& p, ItemRects& rects) const {
    return {*dl_, *fonts_, p, map, layout_, view_, origin_, size_, presenting_, still_, selection_, rects};
}

void MapCanvas::drawCards(const JourneyMap& map, const Palette& p, ItemRects& rects) {
    const CanvasPaint paint = this->paint(map, p, rects);
    const float viewTop = view_.scrollY, viewBottom = view_.scrollY + size_.y / view_.zoom;
    const float viewLeft = view_.scrollX, viewRight = view_.scrollX + size_.x / view_.zoom;
    for (size_t r = 0; r < layout_.rows.size(); ++r) {
        const RowBox& row = layout_.rows[r];
        if (row.y > viewBottom || row.y + row.h < viewTop) continue;
        const Lane& lane = map.lanes[row.laneIndex];
        for (size_t c = 0; c < layout_.columns.size(); ++c) {
            const ColumnBox& col = layout_.columns[c];
            if (col.x > viewRight || col.x + col.w < viewLeft) continue;
            auto [first, last] = layout_.cellCards(static_cast<int>(r), static_cast<int>(c));
            // A still picture is rendered in tiles: cards in runs of 8 with a clip
            // rectangle each, so that a tile draws only the runs it shows.
            constexpr size_t kRun = 8;
            for (size_t i = first; i < last; ++i) {
                if (still_ && (i - first) % kRun == 0) {
                    if (i > first) dl_->PopClipRect();
                    const size_t end = std::min(last, i + kRun);
                    const Box& top = layout_.cards[i].box;
                    const Box& bottom = layout_.cards[end - 1].box;
                    dl_->PushClipRect(toScreen(col.x, top.y - layout_.metrics.cardGap),
                                      toScreen(col.x + col.w, bottom.y + bottom.h + layout_.metrics.cardGap), true);
                }
                const CardBox& box = layout_.cards[i];
                if (box.box.y > viewBottom || box.box.y + box.box.h < viewTop) continue;
                const Card& card = map.cards[box.cardIndex];
                bool selected = std::find(selection_.begin(), selection_.end(), card.id) != selection_.end();
                bool dimmed = box.cardIndex < dimmed_.size() && dimmed_[box.cardIndex];
                if (drag_ == Drag::Cards && selected) dimmed = true;  // its ghost follows the mouse
                for (CanvasOverlay* o : overlays_)
                    if (std::optional<bool> d = o->dims(card)) dimmed = *d;
                drawCard(paint, card, lane, box.box, selected, dimmed);
                for (CanvasOverlay* o : overlays_) o->cardBadges(paint, card, box.box);
                recordVisible(rects, "card/" + std::to_string(card.id), toScreen(box.box.x, box.box.y),
                              toScreen(box.box.x + box.box.w, box.box.y + box.box.h));
                if (presenting_) {  // readability from the back of the room: tests measure the text's size
                    const LayoutMetrics& m = layout_.metrics;
                    ImVec2 at = toScreen(box.box.x + m.cardPaddingX, box.box.y + m.cardPaddingY);
                    rects.record("card-text/" + std::to_string(card.id),
                                 {at.x, at.y, (box.box.w - 2 * m.cardPaddingX) * view_.zoom, kBodySize * view_.zoom});
                }
            }
            if (still_ && last > first) dl_->PopClipRect();
        }
    }
}

void MapCanvas::drawHeaders(const JourneyMap& map, const Palette& p, ItemRects& rects) {
    ImDrawList* dl = dl_;
    const float z = view_.zoom;
    const LayoutMetrics& m = layout_.metrics;
    const float headerH = m.stageHeaderHeight * z, headerW = m.laneHeaderWidth * z;
    const float bottom = origin_.y + size_.y;

    // Lane headers (left, follow vertical scrolling).
    legend_.clear();
    dl->AddRectFilled(origin_, ImVec2(origin_.x + headerW, bottom), p.header);
    dl->AddLine(ImVec2(origin_.x + headerW, origin_.y), ImVec2(origin_.x + headerW, bottom), p.border, 1.0f);
    for (size_t r = 0; r < layout_.rows.size(); ++r) {
        const RowBox& row = layout_.rows[r];
        ImVec2 a = toScreen(0, row.y), b = toScreen(0, row.y + row.h);
        if (b.y < origin_.y + headerH || a.y > bottom) continue;
        const Lane& lane = map.lanes[row.laneIndex];
        bool dragged = drag_ == Drag::Lane && pressed_.id == lane.id;
        if (dragged) dl->AddRectFilled(ImVec2(origin_.x, a.y), ImVec2(origin_.x + headerW, b.y), p.accentSoft);
        dl->AddLine(ImVec2(origin_.x, b.y), ImVec2(origin_.x + headerW, b.y), p.gridLine, lineWeight());
        ImU32 accent = p.laneAccent[static_cast<int>(lane.kind)];
        dl->AddRectFilled(ImVec2(origin_.x, a.y + 8 * z), ImVec2(origin_.x + 3 * z, b.y - 8 * z), accent);
        float x = origin_.x + 14 * z, y = a.y + 12 * z;
        dl->AddText(fonts_->body, 15 * z, ImVec2(x, y + 1 * z), accent, laneKindIcon(lane.kind));
        float wrap = headerW - 44 * z;
        dl->AddText(fonts_->strong, kBodySize * z, ImVec2(x + 22 * z, y), p.ink, lane.name.c_str(), nullptr, wrap);
        float nameH = fonts_->strong->CalcTextSizeA(kBodySize * z, FLT_MAX, wrap, lane.name.c_str()).y;
        y += nameH + 4 * z;
        if (lane.kind == LaneKind::Emotions) {
            // The legend: a click on a name makes that persona the one clicks in the lane score.
            for (size_t pi = 0; pi < map.personas.size() && y < b.y - 20 * z; ++pi) {
                const Persona& persona = map.personas[pi];
                const bool active = static_cast<int>(pi) == activePersona_ && map.personas.size() > 1;
                Box entry{x + 16 * z, y - 2 * z, 0, 22 * z};
                entry.w = origin_.x + headerW - 8 * z - entry.x;
                if (active) {
                    dl->AddRectFilled(ImVec2(entry.x, entry.y), ImVec2(entry.x + entry.w, entry.y + entry.h),
                                      p.accentSoft, 11 * z);
                    dl->AddRect(ImVec2(entry.x, entry.y), ImVec2(entry.x + entry.w, entry.y + entry.h), p.accent,
                                11 * z, 0, 1.5f);
                }
                dl->AddCircleFilled(ImVec2(x + 27 * z, y + 9 * z), (active ? 6.0f : 5.0f) * z, fromRgb(persona.color),
                                    12);
                dl->PushClipRect(ImVec2(entry.x, entry.y), ImVec2(entry.x + entry.w - 6 * z, entry.y + entry.h), true);
                dl->AddText(active ? fonts_->strong : fonts_->body, kChipSize * z, ImVec2(x + 38 * z, y + 1 * z),
                            active ? p.ink : p.inkMuted, persona.name.empty() ? "-" : persona.name.c_str());
                dl->PopClipRect();
                legend_.push_back({static_cast<int>(r), static_cast<int>(pi), entry});
                rects.record(itemId("legend", pi), {entry.x, entry.y, entry.w, entry.h});
                y += 24 * z;
            }
        } else if (lane.name != laneKindLabel(lane.kind)) {
            dl->AddText(fonts_->body, kChipSize * z, ImVec2(x + 22 * z, y), p.inkMuted, laneKindLabel(lane.kind),
                        nullptr, wrap);
        }
        rects.record(itemId("lane", r), {origin_.x, a.y, headerW, b.y - a.y});
    }

    drawStageHeaders(map, p, rects);
    // The corner above the lane headers.
    dl->AddRectFilled(origin_, ImVec2(origin_.x + headerW, origin_.y + headerH), p.header);
    dl->AddLine(ImVec2(origin_.x, origin_.y + headerH), ImVec2(origin_.x + headerW, origin_.y + headerH), p.border);
    dl->AddLine(ImVec2(origin_.x + headerW, origin_.y), ImVec2(origin_.x + headerW, origin_.y + headerH), p.border);
}

// Stage headers (top, follow horizontal scrolling): the step number, the name
// and the customer's goal, and what the overlays mark there.
void MapCanvas::drawStageHeaders(const JourneyMap& map, const Palette& p, ItemRects& rects) {
    ImDrawList* dl = dl_;
    const float z = view_.zoom;
    const LayoutMetrics& m = layout_.metrics;
    const float headerH = m.stageHeaderHeight * z, headerW = m.laneHeaderWidth * z;
    const float right = origin_.x + size_.x;
    const CanvasPaint headerPaint = paint(map, p, rects);
    dl->AddRectFilled(origin_, ImVec2(right, origin_.y + headerH), p.header);
    dl->AddLine(ImVec2(origin_.x, origin_.y + headerH), ImVec2(right, origin_.y + headerH), p.border, 1.0f);
    for (size_t c = 0; c < layout_.columns.size(); ++c) {
        const ColumnBox& col = layout_.columns[c];
        ImVec2 a = toScreen(col.x, 0), b = toScreen(col.x + col.w, 0);
        if (b.x < origin_.x + headerW || a.x > right) continue;
        const Stage& stage = *map.stage(col.stage);
        bool dragged = drag_ == Drag::Stage && pressed_.id == stage.id;
        ImVec2 top(a.x, origin_.y), end(b.x, origin_.y + headerH);
        if (dragged) dl->AddRectFilled(top, end, p.accentSoft);
        dl->AddLine(ImVec2(b.x, origin_.y + 10 * z), ImVec2(b.x, origin_.y + headerH - 10 * z), p.gridLine,
                    lineWeight());
        // Step number in a small accent circle, then the name and the customer's goal.
        ImVec2 dot(a.x + 24 * z, origin_.y + 24 * z);
        dl->AddCircleFilled(dot, 11 * z, p.accent, 20);
        std::string number = std::to_string(c + 1);
        ImVec2 ns = fonts_->strong->CalcTextSizeA(12.5f * z, FLT_MAX, 0, number.c_str());
        dl->AddText(fonts_->strong, 12.5f * z, ImVec2(dot.x - ns.x * 0.5f, dot.y - ns.y * 0.5f), p.onAccent,
                    number.c_str());
        float wrap = col.w * z - 56 * z;
        dl->PushClipRect(ImVec2(std::max(a.x, origin_.x + headerW), origin_.y), end, true);
        // Presenting, the stage's name is the largest text on screen.
        const float nameSize = presenting_ ? kStageNameSize : kBodySize;
        dl->AddText(fonts_->strong, nameSize * z, ImVec2(a.x + 42 * z, origin_.y + (presenting_ ? 8 : 13) * z), p.ink,
                    stage.name.c_str());
        if (!stage.customerGoal.empty())
            dl->AddText(fonts_->body, kChipSize * z, ImVec2(a.x + 42 * z, origin_.y + (presenting_ ? 44 : 38) * z),
                        p.inkMuted, stage.customerGoal.c_str(), nullptr, wrap);
        dl->PopClipRect();
        for (CanvasOverlay* o : overlays_) o->stageHeader(headerPaint, c, end);
        rects.record(itemId("stage", c), {a.x, origin_.y, b.x - a.x, headerH});
        if (presenting_)
            rects.record(itemId("stage-name", c), {a.x + 42 * z, origin_.y, col.w * z - 56 * z, nameSize * z});
    }
}

// Where the map goes on beyond the screen: a soft shadow on that edge and a
// thin bar that shows which part is in view, on the right and at the bottom.
void MapCanvas::drawEdges(const Palette& p, ItemRects& rects) {
    ImDrawList* dl = dl_;
    const float z = view_.zoom;
    const LayoutMetrics& m = layout_.metrics;
    const float left = origin_.x + m.laneHeaderWidth * z, top = origin_.y + m.stageHeaderHeight * z;
    const float right = origin_.x + size_.x, bottom = origin_.y + size_.y;
    const float visibleW = size_.x / z, visibleH = size_.y / z;
    const float contentW = layout_.width + 120, contentH = layout_.height + 120;
    const float shade = 18.0f;
    const ImU32 dark = withAlpha(p.shadow, 2.5f), clear = withAlpha(p.shadow, 0.0f);
    if (view_.scrollX > 1)
        dl->AddRectFilledMultiColor(ImVec2(left, top), ImVec2(left + shade, bottom), dark, clear, clear, dark);
    if (view_.scrollX + visibleW < contentW - 1)
        dl->AddRectFilledMultiColor(ImVec2(right - shade, top), ImVec2(right, bottom), clear, dark, dark, clear);
    if (view_.scrollY > 1)
        dl->AddRectFilledMultiColor(ImVec2(left, top), ImVec2(right, top + shade), dark, dark, clear, clear);
    if (view_.scrollY + visibleH < contentH - 1)
        dl->AddRectFilledMultiColor(ImVec2(left, bottom - shade), ImVec2(right, bottom), clear, clear, dark, dark);
    // The bars: the track is the part of the map beyond the headers; the thumb what is in view.
    const ImU32 thumb = withAlpha(p.inkMuted, 0.55f);
    if (visibleW < contentW) {
        float track = right - left - 16, from = view_.scrollX / contentW, to = (view_.scrollX + visibleW) / contentW;
        ImVec2 a(left + 4 + track * from, bottom - 8), b(left + 4 + track * std::min(1.0f, to), bottom - 3);
        dl->AddRectFilled(a, b, thumb, 3.0f);
        rects.record("scroll/x", {a.x, a.y, b.x - a.x, b.y - a.y});
    }
    if (visibleH < contentH) {
        float track = bottom - top - 16, from = view_.scrollY / contentH, to = (view_.scrollY + visibleH) / contentH;
        ImVec2 a(right - 8, top + 4 + track * from), b(right - 3, top + 4 + track * std::min(1.0f, to));
        dl->AddRectFilled(a, b, thumb, 3.0f);
        rects.record("scroll/y", {a.x, a.y, b.x - a.x, b.y - a.y});
    }
}

void MapCanvas::drawDragFeedback(const JourneyMap& map, const Palette& p) {
    ImDrawList* dl = dl_;
    const float z = view_.zoom;
    ImVec2 mouse = ImGui::GetIO().MousePos;
    ImVec2 w = toWorld(mouse);
    if (drag_ == Drag::Cards && !selection_.empty()) {
        DropSpot spot = cardDropSpot(layout_, w.x, w.y, selection_);
        if (spot.valid()) {
            // Where the cards will land: a bar between the cell's other cards.
            Box cell = layout_.cellBox(spot.row, spot.column);
            float y = spot.barY;
            ImVec2 a = toScreen(cell.x + 8, y), b = toScreen(cell.x + cell.w - 8, y);
            dl->AddLine(a, b, p.accent, 3.0f * z);
            dl->AddRect(toScreen(cell.x, cell.y), toScreen(cell.x + cell.w, cell.y + cell.h), withAlpha(p.accent, 0.5f),
                        6 * z, 0, 1.5f);
        }
        if (const CardBox* box = layout_.findCard(selection_.front())) {
            ImVec2 offset((mouse.x - pressAt_.x) / z, (mouse.y - pressAt_.y) / z);
            Box ghost = box->box;
            ghost.x += offset.x;
            ghost.y += offset.y;
            const Card& card = map.cards[box->cardIndex];
            ItemRects unused;  // the ghost under the mouse is not an item
            drawCard(paint(map, p, unused), card, map.lanes[layout_.rows[static_cast<size_t>(box->row)].laneIndex], ghost,
                     true, false);
            if (selection_.size() > 1) {
                std::string count = std::to_string(selection_.size());
                ImVec2 at = toScreen(ghost.x + ghost.w - 6, ghost.y - 6);
                dl->AddCircleFilled(at, 11 * z, p.accent, 20);
                ImVec2 ts = fonts_->strong->CalcTextSizeA(12 * z, FLT_MAX, 0, count.c_str());
                dl->AddText(fonts_->strong, 12 * z, ImVec2(at.x - ts.x * 0.5f, at.y - ts.y * 0.5f), p.onAccent,
                            count.c_str());
            }
        }
    }
    if (drag_ == Drag::Stage && !layout_.columns.empty()) {
        int c = stageDropColumn(layout_, w.x);
        if (c >= 0) {
            const ColumnBox& col = layout_.columns[static_cast<size_t>(c)];
            float x = toScreen(col.x + (c >= layout_.stageIndexOf(pressed_.id) ? col.w : 0), 0).x;
            dl->AddLine(ImVec2(x, origin_.y), ImVec2(x, origin_.y + size_.y), p.accent, 3.0f);
        }
    }
    if (drag_ == Drag::Lane && !layout_.rows.empty()) {
        int r = laneDropRow(layout_, w.y);
        if (r >= 0) {
            const RowBox& row = layout_.rows[static_cast<size_t>(r)];
            float y = toScreen(0, row.y + (r >= layout_.rowIndexOf(pressed_.id) ? row.h : 0)).y;
            dl->AddLine(ImVec2(origin_.x, y), ImVec2(origin_.x + size_.x, y), p.accent, 3.0f);
        }
    }
    if (drag_ == Drag::RubberBand) {
        ImVec2 a(std::min(pressAt_.x, mouse.x), std::min(pressAt_.y, mouse.y));
        ImVec2 b(std::max(pressAt_.x, mouse.x), std::max(pressAt_.y, mouse.y));
        dl->AddRectFilled(a, b, withAlpha(p.accent, 0.12f));
        dl->AddRect(a, b, p.accent, 0, 0, 1.5f);
    }
}

}  // namespace jejak::ui

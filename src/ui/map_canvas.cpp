// The canvas's view: layout cache, pan and zoom, the in-place editor, and a frame
// of it. Input lives in canvas_input.cpp, drawing in canvas_draw.cpp.
#include "ui/map_canvas.h"
#include "ui/overlays/votes.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui_internal.h>  // GetActiveID

#include "ui/card_text.h"
#include "ui/i18n.h"
#include "ui/widgets.h"
#include "ui/keys.h"

namespace jejak::ui {

ImVec2 MapCanvas::toScreen(float wx, float wy) const {
    return ImVec2(origin_.x + (wx - view_.scrollX) * view_.zoom, origin_.y + (wy - view_.scrollY) * view_.zoom);
}

ImVec2 MapCanvas::toWorld(ImVec2 s) const {
    return ImVec2((s.x - origin_.x) / view_.zoom + view_.scrollX, (s.y - origin_.y) / view_.zoom + view_.scrollY);
}

float MapCanvas::emotionY(const RowBox& row, int score) const { return emotionScoreY(layout_.metrics, row, score); }

int MapCanvas::scoreAt(const RowBox& row, float worldY) const {
    const float margin = 26;
    const float span = layout_.metrics.emotionCurveHeight - 2 * margin;
    float t = (worldY - row.y - margin) / span;
    int score = kMaxEmotion - static_cast<int>(std::lround(t * static_cast<float>(kMaxEmotion - kMinEmotion)));
    return std::clamp(score, kMinEmotion, kMaxEmotion);
}

void MapCanvas::relayout(const JourneyMap& map, std::uint64_t mapVersion) {
    // The layout depends on the map, the font's metrics (rebuilt when the pixel
    // ratio changes) and the language (card chips are words).
    Language language = uiLanguage();
    if (fonts_->pixelRatio != layoutRatio_ || language != layoutLanguage_ || !(layout_.metrics == metrics_)) {
        heights_.clear();
        layoutVersion_ = UINT64_MAX;
    }
    if (mapVersion == layoutVersion_ && view_.hiddenLanes == layoutHidden_) return;
    layoutVersion_ = mapVersion;
    layoutHidden_ = view_.hiddenLanes;
    layoutRatio_ = fonts_->pixelRatio;
    layoutLanguage_ = language;
    // Measuring wrapped text is the expensive part: an edit re-measures only
    // the cards whose text or chips changed.
    const Fonts& fonts = *fonts_;
    const bool presenting = presenting_;
    layout_ = layoutMap(
        map, metrics_,
        [&](const Card& card, float wrap) {
            std::size_t key = std::hash<std::string>{}(card.text) * 31 + std::hash<std::string>{}(cardChips(card)) +
                              (card.votes > 0 ? 7 : 0);
            auto it = heights_.find(card.id);
            if (it != heights_.end() && it->second.first == key) return it->second.second;
            float h = cardContentHeight(card, fonts, wrap) + (presenting || card.votes > 0 ? kVoteRow : 0.0f);
            heights_[card.id] = {key, h};
            return h;
        },
        [&](std::string_view label, float wrap) {
            const char* text = label.data();
            return fonts.body->CalcTextSizeA(kLabelSize, FLT_MAX, wrap, text, text + label.size()).y;
        },
        view_.hiddenLanes);
}

void MapCanvas::clampScroll() {
    float visibleW = size_.x / view_.zoom, visibleH = size_.y / view_.zoom;
    float maxX = std::max(0.0f, layout_.width + 120 - visibleW);
    float maxY = std::max(0.0f, layout_.height + 120 - visibleH);
    if (!presenting_) view_.scrollX = std::clamp(view_.scrollX, 0.0f, maxX);  // presenting: placed from outside
    view_.scrollY = std::clamp(view_.scrollY, 0.0f, maxY);
}

void MapCanvas::zoomBy(float factor, ImVec2 around) {
    ImVec2 before = toWorld(around);
    view_.zoom = std::clamp(view_.zoom * factor, kMinZoom, kMaxZoom);
    view_.scrollX = before.x - (around.x - origin_.x) / view_.zoom;
    view_.scrollY = before.y - (around.y - origin_.y) / view_.zoom;
    clampScroll();
}

void MapCanvas::fitToScreen(float minZoom, float maxZoom) {
    if (layout_.width <= 0 || size_.x <= 0) {
        fitPending_ = true;
        return;
    }
    // Fit the whole map; in the editor, never blow small maps up.
    float zoom = std::min({size_.x / (layout_.width + 24), size_.y / (layout_.height + 24), maxZoom});
    view_.zoom = std::clamp(zoom, minZoom, kMaxZoom);
    view_.scrollX = view_.scrollY = 0;
    fitPending_ = false;
}

void MapCanvas::scrollToCard(Id card) {
    const CardBox* box = layout_.findCard(card);
    if (!box) return;
    const LayoutMetrics& m = layout_.metrics;
    float left = view_.scrollX + m.laneHeaderWidth, right = view_.scrollX + size_.x / view_.zoom;
    float top = view_.scrollY + m.stageHeaderHeight, bottom = view_.scrollY + size_.y / view_.zoom;
    if (box->box.x < left) view_.scrollX -= left - box->box.x + 8;
    if (box->box.x + box->box.w > right) view_.scrollX += box->box.x + box->box.w - right + 8;
    if (box->box.y < top) view_.scrollY -= top - box->box.y + 8;
    if (box->box.y + box->box.h > bottom) view_.scrollY += box->box.y + box->box.h - bottom + 8;
    clampScroll();
}

std::optional<Box> MapCanvas::anchorFor(const JourneyMap& map, const Target& t) const {
    const float z = view_.zoom;
    const LayoutMetrics& m = layout_.metrics;
    auto visible = [&](Box b) -> std::optional<Box> {
        if (b.x + b.w <= origin_.x || b.y + b.h <= origin_.y || b.x >= origin_.x + size_.x ||
            b.y >= origin_.y + size_.y)
            return std::nullopt;
        return b;
    };
    if (t.kind == Target::Stage) {
        int c = layout_.stageIndexOf(t.id);
        if (c < 0) return std::nullopt;
        const ColumnBox& col = layout_.columns[static_cast<size_t>(c)];
        ImVec2 a = toScreen(col.x, 0);
        return visible({a.x + 36 * z, origin_.y + 6 * z, col.w * z - 44 * z, 30 * z});
    }
    if (t.kind == Target::Lane) {
        int r = layout_.rowIndexOf(t.id);
        if (r < 0) return std::nullopt;
        ImVec2 a = toScreen(0, layout_.rows[static_cast<size_t>(r)].y);
        return visible({origin_.x + 30 * z, a.y + 6 * z, m.laneHeaderWidth * z - 38 * z, 30 * z});
    }
    if (t.kind == Target::Emotion && t.persona >= 0 && t.persona < static_cast<int>(map.personas.size())) {
        int c = layout_.stageIndexOf(t.id), r = t.row;
        const EmotionScore* e = map.emotion(map.personas[static_cast<size_t>(t.persona)].id, t.id);
        if (c < 0 || r < 0 || r >= static_cast<int>(layout_.rows.size()) || !e) return std::nullopt;
        const ColumnBox& col = layout_.columns[static_cast<size_t>(c)];
        ImVec2 at = toScreen(
            col.x + col.w * 0.5f + emotionPointOffset(map, static_cast<size_t>(t.persona), t.id, kPointSpacing),
            emotionY(layout_.rows[static_cast<size_t>(r)], e->score));
        float w = std::max(200.0f, col.w * z * 0.9f);
        return visible({at.x - w * 0.5f, at.y + (kPointRadiusPx + 6) * z, w, 30 * z});
    }
    return std::nullopt;
}

void MapCanvas::setMetrics(const LayoutMetrics& metrics) { metrics_ = metrics; }

void MapCanvas::setPresenting(bool on) {
    if (on == presenting_) return;
    presenting_ = on;
    heights_.clear();  // cards make room for their vote dots
    layoutVersion_ = UINT64_MAX;
}

void MapCanvas::placeView(float zoom, float scrollX, float scrollY) {
    view_.zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    view_.scrollX = scrollX;
    view_.scrollY = scrollY;
    fitPending_ = false;
}

void MapCanvas::setLaneHidden(Id lane, bool hidden) {
    auto& ids = view_.hiddenLanes;
    ids.erase(std::remove(ids.begin(), ids.end(), lane), ids.end());
    if (hidden) ids.push_back(lane);
}

void MapCanvas::startEditing(Id card, const std::string& text) {
    editing_ = card;
    editBuffer_ = wrapForDisplay(text, 1e9f);  // line breaks in display form; wrapped when drawn
    editFocus_ = true;
    editCaret_ = {true, ""};
    selection_ = {card};
}

void MapCanvas::moveSelection(const JourneyMap& map, int dRow, int dColumn) {
    (void)map;
    if (layout_.rows.empty() || layout_.columns.empty()) return;
    const CardBox* current = selection_.empty() ? nullptr : layout_.findCard(selection_.back());
    int row = current ? current->row : (focusCell_ ? focusCell_->first : 0);
    int column = current ? current->column : (focusCell_ ? focusCell_->second : 0);
    int index = current ? current->indexInCell : -1;
    if (dRow != 0 && current) {
        // Up and down walk through the cell's cards first, then to the next row.
        auto [first, last] = layout_.cellCards(row, column);
        int next = index + dRow;
        if (next >= 0 && next < static_cast<int>(last - first)) {
            selection_ = {layout_.cards[first + static_cast<size_t>(next)].card};
            scrollToCard(selection_.back());
            return;
        }
    }
    row = std::clamp(row + dRow, 0, static_cast<int>(layout_.rows.size()) - 1);
    column = std::clamp(column + dColumn, 0, static_cast<int>(layout_.columns.size()) - 1);
    focusCell_ = {row, column};
    auto [first, last] = layout_.cellCards(row, column);
    if (first == last) {
        selection_.clear();
        return;
    }
    size_t pick = dRow < 0 ? last - 1 : first;
    selection_ = {layout_.cards[pick].card};
    scrollToCard(selection_.back());
}

void MapCanvas::drawEditor(const JourneyMap& map, IntentSink& sink, const Palette& p) {
    const CardBox* box = layout_.findCard(editing_);
    const Card* card = map.card(editing_);
    if (!box || !card) {
        editing_ = 0;
        return;
    }
    ImVec2 a = toScreen(box->box.x, box->box.y);
    ImVec2 size(box->box.w * view_.zoom, std::max(box->box.h, 64.0f) * view_.zoom);
    ImGui::SetCursorScreenPos(a);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(p.surface));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    if (editFocus_) {
        ImGui::SetKeyboardFocusHere();
        editFocus_ = false;
    }
    bool cancel = ImGui::IsKeyPressed(key::kEscape);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine;
    ImGuiIO& io = ImGui::GetIO();
    if (editCaret_.pending) {
        // Until the field has the keyboard and its caret is at the end, what is
        // typed is kept here and added at the end (the field takes the keyboard
        // a frame after it appears, and would start with the caret at 0).
        for (ImWchar c : io.InputQueueCharacters) {
            if (c < 0x20) continue;
            char utf8[5];
            editCaret_.typed += ImTextCharToUtf8(utf8, c);
        }
        io.InputQueueCharacters.resize(0);
    }
    // The field wraps words at the card's width (see widgets.h).
    // Presenting, the field's text is as large as the card's (the canvas's fonts are the large ones).
    const float fontScale = presenting_ ? kBodySize * view_.zoom / (fonts_->body->FontSize * io.FontGlobalScale) : 1;
    if (presenting_) {
        ImGui::PushFont(fonts_->body);
        ImGui::SetWindowFontScale(fontScale);
    }
    bool enter = inputWrappedText("##card-editor", editBuffer_, size, flags, &editCaret_);
    if (presenting_) {
        ImGui::SetWindowFontScale(1);
        ImGui::PopFont();
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (cancel) {
        sink.apply(intent::CancelEdit{});
        editing_ = 0;
        return;
    }
    if (ImGui::IsItemEdited()) {
        std::string text = unwrapDisplay(editBuffer_);
        if (text != card->text) sink.apply(intent::EditCardText{editing_, text});
    }
    if (enter || ImGui::IsItemDeactivated()) {
        sink.apply(intent::EndGesture{});
        editing_ = 0;
    }
}

void MapCanvas::draw(const JourneyMap& map, IntentSink& sink, const Fonts& fonts, const Palette& palette,
                     ItemRects& rects, ImVec2 origin, ImVec2 size) {
    origin_ = origin;
    size_ = size;
    fonts_ = &fonts;
    relayout(map, sink.mapVersion());
    // A newly opened map fits the screen as far as its text stays readable; past that it scrolls.
    if (fitPending_) fitToScreen(kReadableZoom);
    clampScroll();
    if (activePersona_ >= static_cast<int>(map.personas.size())) activePersona_ = 0;
    // Drop selected ids that no longer exist (deleted, undone).
    selection_.erase(std::remove_if(selection_.begin(), selection_.end(), [&](Id id) { return !map.card(id); }),
                     selection_.end());

    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton(
        "##canvas", ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)),
        ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle | ImGuiButtonFlags_MouseButtonRight);
    bool hovered = ImGui::IsItemHovered();
    rects.record("canvas", {origin.x, origin.y, size.x, size.y});
    if (!editing_ || drag_ != Drag::None)
        handleMouse(map, sink, hovered);
    else if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        handleMouse(map, sink, hovered);
    relayout(map, sink.mapVersion());  // what the mouse just did is drawn in this frame
    if (editing_ && editFocus_) scrollToCard(editing_);

    dl_ = ImGui::GetWindowDrawList();
    ImDrawList* dl = dl_;
    dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    drawGrid(map, palette, rects);
    drawCards(map, palette, rects);
    const CanvasPaint over = paint(map, palette, rects);
    eachOverlay([&](CanvasOverlay& o) { o.overCards(over); });
    drawEdges(palette, rects);
    drawHeaders(map, palette, rects);
    eachOverlay([&](CanvasOverlay& o) { o.overAll(over); });
    drawDragFeedback(map, palette);
    dl->PopClipRect();
    if (editing_) drawEditor(map, sink, palette);
}

ImVec2 MapCanvas::drawStill(const JourneyMap& map, std::uint64_t mapVersion, const Fonts& fonts, const Palette& palette,
                            ImDrawList& target) {
    const MapLayout& layout = layoutFor(map, mapVersion, fonts);
    const ImVec2 size(std::ceil(layout.width), std::ceil(layout.height));
    drawStillPart(map, mapVersion, fonts, palette, target, 1, ImVec2(0, 0), ImVec2(0, 0), size);
    return size;
}

void MapCanvas::drawStillPart(const JourneyMap& map, std::uint64_t mapVersion, const Fonts& fonts,
                              const Palette& palette, ImDrawList& target, float zoom, ImVec2 scroll, ImVec2 origin,
                              ImVec2 size) {
    fonts_ = &fonts;
    relayout(map, mapVersion);
    view_.zoom = zoom;
    view_.scrollX = scroll.x;
    view_.scrollY = scroll.y;
    fitPending_ = false;
    origin_ = origin;
    size_ = size;
    selection_.clear();
    focusCell_.reset();
    drag_ = Drag::None;
    still_ = true;
    dl_ = &target;
    ItemRects unused;  // nothing here is clicked
    target.PushClipRect(origin_, ImVec2(origin_.x + size_.x, origin_.y + size_.y), true);
    drawGrid(map, palette, unused);
    drawCards(map, palette, unused);
    drawHeaders(map, palette, unused);
    const CanvasPaint over = paint(map, palette, unused);
    eachOverlay([&](CanvasOverlay& o) { o.overAll(over); });  // the spotlight, as the room sees it
    target.PopClipRect();
    still_ = false;
    dl_ = nullptr;
}

}  // namespace jejak::ui

// A compared state's marks on the canvas (overlays/compare_marks.h).
#include "ui/overlays/compare_marks.h"

#include <string>

#include "ui/card_text.h"
#include "ui/icons.h"

namespace jejak::ui {
namespace {
// The four kinds of change, each with its own colour and glyph (the colour is
// never the only sign): green added, red removed, blue moved, amber changed.
struct ChangeStyle {
    unsigned bit;
    ImU32 fill;
    const char* glyph;
};
constexpr ChangeStyle kChangeStyles[] = {{kCardAdded, IM_COL32(0x1A, 0x7F, 0x37, 255), icon::kPlus},
                                         {kCardRemoved, IM_COL32(0xB4, 0x23, 0x18, 255), icon::kMinus},
                                         {kCardMoved, IM_COL32(0x09, 0x5C, 0xC4, 255), icon::kExchange},
                                         {kCardChanged, IM_COL32(0x9A, 0x5B, 0x00, 255), icon::kPencil}};
constexpr float kPointRadiusPx = 10.0f;  // emotion points, at zoom 1 (MapCanvas::kPointRadiusPx)
constexpr float kPointSpacing = 26.0f;

std::string itemId(const char* kind, size_t a) { return std::string(kind) + "/" + std::to_string(a); }
}  // namespace

std::optional<bool> CompareMarks::dims(const Card& card) const {
    const unsigned c = changeOf(card.id);
    return c == 0 || (c == kCardRemoved && ghosts);  // unchanged, or a ghost
}

// Round badges on the card's top left corner, one per kind of change (a card
// moved and edited has two), and an outline in the first one's colour.
void CompareMarks::cardBadges(const CanvasPaint& paint, const Card& card, const Box& w) {
    const unsigned c = changeOf(card.id);
    if (!c) return;
    const float z = paint.view.zoom;
    const ImVec2 a = paint.toScreen(w.x, w.y), b = paint.toScreen(w.x + w.w, w.y + w.h);
    const float r = 9.5f * z, size = 11.0f * z;
    float x = a.x + 10 * z;
    bool first = true;
    for (const ChangeStyle& style : kChangeStyles) {
        if (!(c & style.bit)) continue;
        if (first) paint.dl.AddRect(a, b, style.fill, 8 * z, 0, 2.5f * lineWeight());
        first = false;
        if (z < 0.35f) break;
        const ImVec2 at(x, a.y);
        paint.dl.AddCircleFilled(at, r + 1.5f * z, paint.palette.surface, 20);
        paint.dl.AddCircleFilled(at, r, style.fill, 20);
        const ImVec2 ts = paint.fonts.body->CalcTextSizeA(size, FLT_MAX, 0, style.glyph);
        paint.dl.AddText(paint.fonts.body, size, ImVec2(at.x - ts.x * 0.5f, at.y - ts.y * 0.5f), IM_COL32_WHITE,
                         style.glyph);
        x += 2 * r + 4 * z;
    }
    paint.recordVisible("change/" + std::to_string(card.id), a, b);
}

// A stage's counts in its header's bottom right corner: "+2 -1 (moved) 1 (changed) 3".
void CompareMarks::stageHeader(const CanvasPaint& paint, size_t column, ImVec2 end) {
    auto found = stages.find(paint.layout.columns[column].stage);
    if (found == stages.end() || found->second.total() == 0) return;
    const StageChanges& counts = found->second;
    const float z = paint.view.zoom;
    const float size = kChipSize * z, padX = 5 * z, gap = 4 * z, h = size + 4 * z;
    const int values[] = {counts.added, counts.removed, counts.moved, counts.changed};
    float x = end.x - 8 * z;
    const float y = end.y - h - 6 * z;
    const float right = x;
    for (int k = 3; k >= 0; --k) {  // from the right
        if (!values[k]) continue;
        const std::string n = std::to_string(values[k]);
        const ImVec2 gs = paint.fonts.body->CalcTextSizeA(size * 0.85f, FLT_MAX, 0, kChangeStyles[k].glyph);
        const ImVec2 ns = paint.fonts.strong->CalcTextSizeA(size, FLT_MAX, 0, n.c_str());
        const float w = padX * 2 + gs.x + 3 * z + ns.x;
        const ImVec2 a(x - w, y), b(x, y + h);
        paint.dl.AddRectFilled(a, b, kChangeStyles[k].fill, h * 0.5f);
        paint.dl.AddText(paint.fonts.body, size * 0.85f, ImVec2(a.x + padX, y + (h - gs.y) * 0.5f), IM_COL32_WHITE,
                         kChangeStyles[k].glyph);
        paint.dl.AddText(paint.fonts.strong, size, ImVec2(a.x + padX + gs.x + 3 * z, y + (h - ns.y) * 0.5f),
                         IM_COL32_WHITE, n.c_str());
        x = a.x - gap;
    }
    paint.rects.record(itemId("stage-changes", column), {x + gap, y, right - x - gap, h});
}

// The other state's curve for one persona: dashed, under this state's, and at
// each stage whose score changed, the change ("+2", "-1") beside this state's point.
void CompareMarks::emotionCurve(const CanvasPaint& paint, size_t pi, const RowBox& row, ImU32 color) {
    const JourneyMap& map = paint.map;
    const MapLayout& layout = paint.layout;
    const Persona& persona = map.personas[pi];
    const float z = paint.view.zoom;
    auto pointAt = [&](size_t c, int score) {
        const ColumnBox& col = layout.columns[c];
        return paint.toScreen(col.x + col.w * 0.5f + emotionPointOffset(map, pi, col.stage, kPointSpacing),
                              paint.emotionY(row, score));
    };
    std::vector<std::pair<size_t, ImVec2>> points;
    for (size_t c = 0; c < layout.columns.size(); ++c)
        for (const EmotionScore& e : before)
            if (e.persona == persona.id && e.stage == layout.columns[c].stage) points.push_back({c, pointAt(c, e.score)});
    const ImU32 faint = withAlpha(color, 0.75f);
    for (size_t i = 0; i + 1 < points.size(); ++i) {  // dashes along the same curve's shape
        const ImVec2 a = points[i].second, b = points[i + 1].second;
        const float dx = (b.x - a.x) * 0.45f;
        constexpr int kSteps = 40;
        ImVec2 prev = a;
        for (int s = 1; s <= kSteps; ++s) {
            const float t = static_cast<float>(s) / kSteps, u = 1 - t;
            const ImVec2 q(u * u * u * a.x + 3 * u * u * t * (a.x + dx) + 3 * u * t * t * (b.x - dx) + t * t * t * b.x,
                           u * u * u * a.y + 3 * u * u * t * a.y + 3 * u * t * t * b.y + t * t * t * b.y);
            if (s % 2 == 1) paint.dl.AddLine(prev, q, faint, 2.5f * z);
            prev = q;
        }
    }
    for (const auto& [c, at] : points) {
        paint.dl.AddCircle(at, kPointRadiusPx * 0.6f * z, faint, 16, 2.0f * z);
        const Id stage = layout.columns[c].stage;
        const EmotionScore* now = map.emotion(persona.id, stage);
        int was = 0;
        for (const EmotionScore& e : before)
            if (e.persona == persona.id && e.stage == stage) was = e.score;
        if (!now || now->score == was) continue;
        const int delta = now->score - was;
        const std::string text = (delta > 0 ? "+" : "\u2212") + std::to_string(delta > 0 ? delta : -delta);
        const ImVec2 p = pointAt(c, now->score);
        const float size = kChipSize * z;
        const ImVec2 ts = paint.fonts.strong->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
        const ImVec2 tl(p.x + kPointRadiusPx * z + 6 * z, p.y - ts.y - 2 * z);
        paint.dl.AddRectFilled(ImVec2(tl.x - 4 * z, tl.y - 1 * z), ImVec2(tl.x + ts.x + 4 * z, tl.y + ts.y + 1 * z),
                               color, 4 * z);
        paint.dl.AddText(paint.fonts.strong, size, tl, IM_COL32_WHITE, text.c_str());
        paint.rects.record(itemId("emotion-change", pi) + "/" + std::to_string(c),
                           {tl.x - 4 * z, tl.y - 1 * z, ts.x + 8 * z, ts.y + 2 * z});
    }
}

}  // namespace jejak::ui

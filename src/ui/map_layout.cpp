// Laying a journey map out as a grid: stages are columns, visible lanes are rows,
// cards stack in their cells.
#include "ui/map_layout.h"

#include <algorithm>
#include <unordered_map>

namespace jejak::ui {

namespace {

// Stacks the labels of the emotion points of each stage of one row from `top`;
// returns the height of the tallest stack.
float layOutLabels(const JourneyMap& map, const LayoutMetrics& m, const MeasureLabel& measure, MapLayout& out, int row,
                   float top) {
    if (!measure) return 0;
    float tallest = 0;
    const float width = m.stageWidth - 2 * m.cellPadding;
    for (size_t c = 0; c < out.columns.size(); ++c) {
        float y = 0;
        for (size_t p = 0; p < map.personas.size(); ++p) {
            const EmotionScore* e = map.emotion(map.personas[p].id, out.columns[c].stage);
            if (!e || e->label.empty()) continue;
            float h = measure(e->label, width - m.labelIndent);
            out.labels.push_back(
                {static_cast<int>(p), row, static_cast<int>(c), {out.columns[c].x + m.cellPadding, top + y, width, h}});
            y += h + m.labelGap;
        }
        tallest = std::max(tallest, y);
    }
    return tallest;
}

}  // namespace

std::vector<size_t> personaDrawingOrder(size_t personas, int active) {
    std::vector<size_t> order;
    if (personas == 0) return order;
    const size_t top = static_cast<size_t>(std::max(0, active)) % personas;
    for (size_t i = 0; i < personas; ++i)
        if (i != top) order.push_back(i);
    order.push_back(top);
    return order;
}

float emotionPointOffset(const JourneyMap& map, size_t persona, Id stage, float spacing) {
    const EmotionScore* mine = map.emotion(map.personas[persona].id, stage);
    if (!mine) return 0;
    int before = 0, same = 0;
    for (size_t p = 0; p < map.personas.size(); ++p) {
        const EmotionScore* e = p == persona ? mine : map.emotion(map.personas[p].id, stage);
        if (!e || e->score != mine->score) continue;
        if (p < persona) ++before;
        ++same;
    }
    return (static_cast<float>(before) - static_cast<float>(same - 1) * 0.5f) * spacing;
}

MapLayout layoutMap(const JourneyMap& map, const LayoutMetrics& m, const MeasureCard& measure,
                    const MeasureLabel& measureLabel, const std::vector<Id>& hiddenLanes) {
    MapLayout out;
    out.metrics = m;
    std::unordered_map<Id, int> columnOf, rowOf;
    float x = m.laneHeaderWidth;
    for (const Stage& s : map.stages) {
        columnOf[s.id] = static_cast<int>(out.columns.size());
        out.columns.push_back({s.id, x, m.stageWidth});
        x += m.stageWidth;
    }
    for (size_t i = 0; i < map.lanes.size(); ++i) {
        if (std::find(hiddenLanes.begin(), hiddenLanes.end(), map.lanes[i].id) != hiddenLanes.end()) continue;
        rowOf[map.lanes[i].id] = static_cast<int>(out.rows.size());
        out.rows.push_back({map.lanes[i].id, i, 0, 0, 0});
    }
    const size_t columns = out.columns.size(), rows = out.rows.size();
    std::vector<std::vector<size_t>> perCell(rows * columns);
    for (size_t i = 0; i < map.cards.size(); ++i) {
        auto r = rowOf.find(map.cards[i].lane);
        auto c = columnOf.find(map.cards[i].stage);
        if (r == rowOf.end() || c == columnOf.end()) continue;  // hidden lane
        perCell[static_cast<size_t>(r->second) * columns + static_cast<size_t>(c->second)].push_back(i);
    }

    const float cardW = m.stageWidth - 2 * m.cellPadding;
    const float wrapW = cardW - 2 * m.cardPaddingX;
    std::vector<float> heights(map.cards.size(), 0);
    float y = m.stageHeaderHeight;
    for (size_t r = 0; r < rows; ++r) {
        RowBox& row = out.rows[r];
        bool emotion = map.lanes[row.laneIndex].kind == LaneKind::Emotions;
        float top = emotion ? m.emotionCurveHeight : 0;
        if (emotion) top += layOutLabels(map, m, measureLabel, out, static_cast<int>(r), y + m.emotionCurveHeight);
        float tallest = 0;
        for (size_t c = 0; c < columns; ++c) {
            float h = 0;
            for (size_t i : perCell[r * columns + c]) {
                heights[i] = measure(map.cards[i], wrapW) + 2 * m.cardPaddingY;
                h += heights[i] + m.cardGap;
            }
            tallest = std::max(tallest, h);
        }
        row.y = y;
        row.labelTop = y + (emotion ? m.emotionCurveHeight : 0);
        row.contentTop = y + top;
        row.h = std::max(emotion ? top + m.cellPadding : m.minRowHeight, top + tallest + 2 * m.cellPadding);
        y += row.h;
    }
    out.cells.resize(rows * columns);
    for (size_t r = 0; r < rows; ++r) {
        for (size_t c = 0; c < columns; ++c) {
            size_t first = out.cards.size();
            float cy = out.rows[r].contentTop + m.cellPadding;
            int order = 0;
            for (size_t i : perCell[r * columns + c]) {
                CardBox box;
                box.card = map.cards[i].id;
                box.cardIndex = i;
                box.row = static_cast<int>(r);
                box.column = static_cast<int>(c);
                box.indexInCell = order++;
                box.box = {out.columns[c].x + m.cellPadding, cy, cardW, heights[i]};
                cy += heights[i] + m.cardGap;
                out.cards.push_back(box);
            }
            out.cells[r * columns + c] = {first, out.cards.size()};
        }
    }
    out.width = x;
    out.height = y;
    return out;
}

Box MapLayout::cellBox(int row, int column) const {
    const RowBox& r = rows[static_cast<size_t>(row)];
    const ColumnBox& c = columns[static_cast<size_t>(column)];
    return {c.x, r.y, c.w, r.h};
}

int MapLayout::rowAt(float y) const {
    auto it = std::upper_bound(rows.begin(), rows.end(), y, [](float v, const RowBox& r) { return v < r.y; });
    if (it == rows.begin()) return -1;
    --it;
    return y < it->y + it->h ? static_cast<int>(it - rows.begin()) : -1;
}

int MapLayout::columnAt(float x) const {
    auto it = std::upper_bound(columns.begin(), columns.end(), x, [](float v, const ColumnBox& c) { return v < c.x; });
    if (it == columns.begin()) return -1;
    --it;
    return x < it->x + it->w ? static_cast<int>(it - columns.begin()) : -1;
}

const CardBox* MapLayout::findCard(Id card) const {
    for (const CardBox& c : cards)
        if (c.card == card) return &c;
    return nullptr;
}

int MapLayout::stageIndexOf(Id stage) const {
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].stage == stage) return static_cast<int>(i);
    return -1;
}

int MapLayout::rowIndexOf(Id lane) const {
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].lane == lane) return static_cast<int>(i);
    return -1;
}

const CardBox* MapLayout::cardAt(float x, float y) const {
    int r = rowAt(y), c = columnAt(x);
    if (r < 0 || c < 0) return nullptr;
    auto [first, last] = cellCards(r, c);
    for (size_t i = first; i < last; ++i)
        if (cards[i].box.contains(x, y)) return &cards[i];
    return nullptr;
}

int firstStageInView(const MapLayout& layout, float scrollX) {
    for (size_t c = 0; c < layout.columns.size(); ++c) {
        const ColumnBox& col = layout.columns[c];
        if (col.x + col.w * 0.5f >= scrollX + layout.metrics.laneHeaderWidth) return static_cast<int>(c);
    }
    return 0;
}

float emotionScoreY(const LayoutMetrics& metrics, const RowBox& row, int score) {
    const float margin = 26;
    const float span = metrics.emotionCurveHeight - 2 * margin;
    return row.y + margin + static_cast<float>(kMaxEmotion - score) / static_cast<float>(kMaxEmotion - kMinEmotion) * span;
}

}  // namespace jejak::ui

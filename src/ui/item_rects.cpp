// Recording item rectangles for the test bridge.
#include "ui/item_rects.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

namespace jejak::ui {

void ItemRects::recordLastItem(std::string_view id) {
    // Only the part a user can see and click: an item scrolled out of its
    // window (or clipped by it) is not recorded at all.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 clipMin = dl->GetClipRectMin(), clipMax = dl->GetClipRectMax();
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    min = ImVec2(std::max(min.x, clipMin.x), std::max(min.y, clipMin.y));
    max = ImVec2(std::min(max.x, clipMax.x), std::min(max.y, clipMax.y));
    if (max.x - min.x < 1 || max.y - min.y < 1) return;
    record(id, {min.x, min.y, max.x - min.x, max.y - min.y});
}

std::optional<Rect> ItemRects::find(std::string_view id) const {
    auto it = rects_.find(id);
    if (it == rects_.end()) return std::nullopt;
    return it->second;
}

std::string rectToJson(const std::optional<Rect>& rect) {
    if (!rect) return "";
    char buf[160];
    std::snprintf(buf, sizeof buf, "{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f}", rect->x, rect->y, rect->w, rect->h);
    return buf;
}

}  // namespace jejak::ui

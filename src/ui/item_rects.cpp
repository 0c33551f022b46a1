// Recording item rectangles for the test bridge.
#include "ui/item_rects.h"

#include <cstdio>

#include <imgui.h>

namespace jejak::ui {

void ItemRects::recordLastItem(std::string_view id) {
    ImVec2 min = ImGui::GetItemRectMin();
    ImVec2 max = ImGui::GetItemRectMax();
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
    std::snprintf(buf, sizeof buf, "{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f}", rect->x, rect->y,
                  rect->w, rect->h);
    return buf;
}

}  // namespace jejak::ui

// Where named UI items were drawn this frame, so browser tests can click real pixels.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace jejak::ui {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;  // CSS pixels, page coordinates
};

class ItemRects {
public:
    void beginFrame() { rects_.clear(); }
    void record(std::string_view id, Rect rect) { rects_.insert_or_assign(std::string(id), rect); }
    // Records ImGui's last item under id: the part of it inside its window's
    // clip rectangle, or nothing when it is scrolled or clipped out of sight.
    void recordLastItem(std::string_view id);
    std::optional<Rect> find(std::string_view id) const;

private:
    std::map<std::string, Rect, std::less<>> rects_;
};

// {"x":..,"y":..,"w":..,"h":..}, or "" when there is no such item.
std::string rectToJson(const std::optional<Rect>& rect);

}  // namespace jejak::ui

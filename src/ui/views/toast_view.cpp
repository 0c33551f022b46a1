// The message at the bottom of the screen.
#include "ui/views/toast_view.h"

#include <algorithm>

#include "ui/theme.h"

namespace jejak::ui {

void ToastView::show(std::string message) {
    message_ = std::move(message);
    ++count_;
    shownAt_ = ImGui::GetCurrentContext() ? ImGui::GetTime() : 0;
}

bool ToastView::animating() const {
    return !message_.empty() && shownAt_ >= 0 && ImGui::GetTime() - shownAt_ <= kSeconds + 0.1;
}

void ToastView::draw(ItemRects& rects) {
    if (message_.empty() || shownAt_ < 0) return;
    if (ImGui::GetTime() - shownAt_ > kSeconds) return;
    const Palette& p = palette();
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 24), ImGuiCond_Always, ImVec2(0.5f, 1));
    ImGui::SetNextWindowSize(ImVec2(std::min(620.0f, io.DisplaySize.x - 40), 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(p.ink));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.canvas));
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    ImGui::TextWrapped("%s", message_.c_str());
    rects.recordLastItem("text/error");
    if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0)) shownAt_ = -1;
    ImGui::End();
    ImGui::PopStyleColor(2);
}

}  // namespace jejak::ui

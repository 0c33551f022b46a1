// The message at the bottom of the screen.
#include "ui/views/toast_view.h"

#include <algorithm>

#include <imgui_internal.h>

#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"

namespace jejak::ui {

void ToastView::show(std::string message) {
    message_ = std::move(message);
    ++count_;
    shownAt_ = ImGui::GetCurrentContext() ? ImGui::GetTime() : 0;
}

double ToastView::secondsLeft() const {
    if (message_.empty() || shownAt_ < 0) return -1;
    double left = kSeconds - (ImGui::GetTime() - shownAt_);
    return left < 0 ? -1 : left;
}

void ToastView::draw(ItemRects& rects) {
    if (message_.empty() || shownAt_ < 0) return;
    if (ImGui::GetTime() - shownAt_ > kSeconds) return;
    const Palette& p = palette();
    ImGuiIO& io = ImGui::GetIO();
    const float width = std::min(680.0f, io.DisplaySize.x - 40);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 24), ImGuiCond_Always, ImVec2(0.5f, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(p.ink));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.canvas));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());  // above a panel clicked since
    // The words, then Copy and a close button on the right.
    const float buttonsW = ImGui::CalcTextSize(tr("toast.copy")).x + 24 + ImGui::GetFrameHeight() + 8;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 32 - buttonsW - 12);
    ImGui::TextUnformatted(message_.c_str());
    ImGui::PopTextWrapPos();
    rects.recordLastItem("text/error");
    ImGui::SameLine(width - 16 - buttonsW);
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(withAlpha(p.canvas, 0.12f)));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(withAlpha(p.canvas, 0.24f)));
    if (ImGui::Button(tr("toast.copy"))) ImGui::SetClipboardText(message_.c_str());
    rects.recordLastItem("button/toast-copy");
    ImGui::SameLine(0, 8);
    if (ImGui::Button(icon::kTimes, ImVec2(ImGui::GetFrameHeight(), 0))) shownAt_ = -1;
    rects.recordLastItem("button/toast-close");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("toast.close"));
    ImGui::PopStyleColor(2);
    // While the pointer rests on it, it stays (time to read, to select, to copy).
    if (shownAt_ >= 0 && ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
        shownAt_ = std::max(shownAt_, ImGui::GetTime() - kSeconds + 2.0);
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

}  // namespace jejak::ui

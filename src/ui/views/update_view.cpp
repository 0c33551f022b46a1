// The bar that offers a new version.
#include "ui/views/update_view.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"

namespace jejak::ui {

void UpdateView::draw(ItemRects& rects, float top, bool saving) {
    if (!shown()) return;
    const Palette& p = palette();
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 16, top + 12), ImGuiCond_Always, ImVec2(1, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.onAccent));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 10));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10);
    ImGui::Begin("##update", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    // Above every panel, whichever was clicked last: the offer must stay reachable.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("update.ready"));
    rects.recordLastItem("text/update");
    ImGui::SameLine(0, 16);
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.onAccent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(withAlpha(p.onAccent, 0.85f)));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(withAlpha(p.onAccent, 0.7f)));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
    // Once asked, it says it is saving the map first, then the page reloads.
    ImGui::BeginDisabled(reloadAsked_);
    if (ImGui::Button(tr(reloadAsked_ && saving ? "update.saving" : "update.reload"))) reloadAsked_ = true;
    ImGui::EndDisabled();
    rects.recordLastItem("button/update-reload");
    ImGui::PopStyleColor(4);
    ImGui::SameLine(0, 8);
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(withAlpha(p.onAccent, 0.0f)));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(withAlpha(p.onAccent, 0.2f)));
    if (!reloadAsked_ && ImGui::Button(icon::kTimes, ImVec2(ImGui::GetFrameHeight(), 0))) dismissed_ = true;
    if (!reloadAsked_) {
        rects.recordLastItem("button/update-later");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("update.later"));
    }
    ImGui::PopStyleColor(2);
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

}  // namespace jejak::ui

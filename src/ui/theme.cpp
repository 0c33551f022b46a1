// The light theme: a warm paper canvas, ink text and one teal accent.
#include "ui/theme.h"

namespace jejak::ui {
namespace {

constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
    return IM_COL32(r, g, b, a);
}
ImVec4 vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

const Palette kLight = {
    rgb(247, 245, 241),  // canvas
    rgb(222, 217, 209),  // canvasDot
    rgb(255, 255, 255),  // surface
    rgb(226, 221, 213),  // border
    rgb(31, 36, 48),     // ink
    rgb(104, 110, 122),  // inkMuted
    rgb(14, 124, 123),   // accent
    rgb(214, 238, 236),  // accentSoft
    rgb(240, 153, 72),   // warm
    rgb(99, 132, 214),   // cool
};

}  // namespace

const Palette& palette() { return kLight; }

void applyTheme() {
    const Palette& p = palette();
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(20, 16);
    s.FramePadding = ImVec2(12, 7);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.WindowRounding = 10;
    s.ChildRounding = 10;
    s.FrameRounding = 7;
    s.PopupRounding = 8;
    s.GrabRounding = 7;
    s.ScrollbarRounding = 8;
    s.TabRounding = 7;
    s.WindowBorderSize = 0;
    s.FrameBorderSize = 1;
    s.PopupBorderSize = 1;
    s.ScrollbarSize = 12;

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = vec(p.ink);
    c[ImGuiCol_TextDisabled] = vec(p.inkMuted);
    c[ImGuiCol_WindowBg] = vec(p.canvas);
    c[ImGuiCol_ChildBg] = vec(p.surface);
    c[ImGuiCol_PopupBg] = vec(p.surface);
    c[ImGuiCol_Border] = vec(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = vec(p.surface);
    c[ImGuiCol_FrameBgHovered] = vec(rgb(250, 249, 246));
    c[ImGuiCol_FrameBgActive] = vec(p.accentSoft);
    c[ImGuiCol_MenuBarBg] = vec(p.surface);
    c[ImGuiCol_Button] = vec(p.surface);
    c[ImGuiCol_ButtonHovered] = vec(rgb(238, 246, 245));
    c[ImGuiCol_ButtonActive] = vec(p.accentSoft);
    c[ImGuiCol_Header] = vec(p.accentSoft);
    c[ImGuiCol_HeaderHovered] = vec(rgb(228, 243, 241));
    c[ImGuiCol_HeaderActive] = vec(p.accentSoft);
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_SliderGrab] = vec(p.accent);
    c[ImGuiCol_SliderGrabActive] = vec(p.accent);
    c[ImGuiCol_Separator] = vec(p.border);
    c[ImGuiCol_TextSelectedBg] = vec(rgb(14, 124, 123, 60));
    c[ImGuiCol_NavHighlight] = vec(p.accent);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = vec(rgb(208, 202, 193));
}

}  // namespace jejak::ui

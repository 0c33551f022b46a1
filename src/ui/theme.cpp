// Four themes: light (warm paper, ink, teal), dark, high contrast, and projector.
#include "ui/theme.h"

namespace jejak::ui {
namespace {

constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) { return IM_COL32(r, g, b, a); }
ImVec4 vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

// Lane kinds: actions, touchpoints, channels, thoughts, emotions, pain points,
// opportunities, business goals, backstage, metrics, text.
#define JEJAK_LANE_ACCENTS                                                                                \
    {                                                                                                     \
        rgb(91, 107, 140), rgb(14, 124, 123), rgb(42, 157, 143), rgb(142, 108, 194), rgb(240, 153, 72),   \
            rgb(209, 73, 91), rgb(214, 163, 40), rgb(61, 90, 128), rgb(108, 117, 125), rgb(74, 144, 164), \
            rgb(154, 160, 166)                                                                            \
    }

const Palette kPalettes[kThemeCount] = {
    // Light
    {rgb(247, 245, 241), rgb(222, 217, 209), rgb(255, 255, 255), rgb(226, 221, 213), rgb(31, 36, 48),
     rgb(104, 110, 122), rgb(14, 124, 123), rgb(214, 238, 236), rgb(240, 153, 72), rgb(99, 132, 214),
     rgb(232, 227, 219), rgb(251, 250, 247), rgb(31, 36, 48, 22), rgb(255, 255, 255), rgb(196, 56, 74),
     JEJAK_LANE_ACCENTS},
    // Dark
    {rgb(24, 27, 33), rgb(48, 53, 62), rgb(36, 40, 48), rgb(58, 63, 74), rgb(232, 234, 238), rgb(160, 167, 179),
     rgb(45, 180, 170), rgb(28, 66, 66), rgb(244, 168, 96), rgb(125, 156, 230), rgb(48, 53, 62), rgb(30, 34, 41),
     rgb(0, 0, 0, 90), rgb(16, 20, 24), rgb(240, 110, 124), JEJAK_LANE_ACCENTS},
    // High contrast: pure black on white, heavy borders, saturated accents.
    {rgb(255, 255, 255),
     rgb(200, 200, 200),
     rgb(255, 255, 255),
     rgb(0, 0, 0),
     rgb(0, 0, 0),
     rgb(40, 40, 40),
     rgb(0, 90, 200),
     rgb(205, 225, 255),
     rgb(200, 90, 0),
     rgb(0, 70, 200),
     rgb(0, 0, 0),
     rgb(240, 240, 240),
     rgb(0, 0, 0, 0),
     rgb(255, 255, 255),
     rgb(190, 0, 20),
     {rgb(0, 0, 0), rgb(0, 110, 100), rgb(0, 120, 60), rgb(110, 40, 170), rgb(200, 90, 0), rgb(200, 0, 30),
      rgb(160, 110, 0), rgb(0, 50, 140), rgb(70, 70, 70), rgb(0, 100, 140), rgb(90, 90, 90)}},
    // Projector: a washed-out beamer loses light greys and thin lines, so the
    // paper is white, the ink near black, the rows told apart by a clear tint,
    // lines dark and thick, and the accents deep and saturated.
    {rgb(255, 255, 255),
     rgb(150, 150, 150),
     rgb(255, 255, 255),
     rgb(60, 60, 60),
     rgb(10, 10, 10),
     rgb(45, 45, 45),
     rgb(0, 95, 95),
     rgb(200, 232, 230),
     rgb(190, 80, 0),
     rgb(0, 60, 190),
     rgb(90, 90, 90),
     rgb(232, 236, 240),
     rgb(0, 0, 0, 60),
     rgb(255, 255, 255),
     rgb(180, 0, 20),
     {rgb(30, 40, 80), rgb(0, 100, 95), rgb(0, 110, 55), rgb(100, 30, 160), rgb(190, 80, 0), rgb(185, 0, 30),
      rgb(140, 95, 0), rgb(0, 45, 130), rgb(60, 60, 60), rgb(0, 90, 130), rgb(70, 70, 70)}},
};
#undef JEJAK_LANE_ACCENTS

Theme activeTheme = Theme::Light;

}  // namespace

const Palette& palette() { return kPalettes[static_cast<int>(activeTheme)]; }
Theme currentTheme() { return activeTheme; }

void applyTheme(Theme chosen) {
    activeTheme = chosen;
    const Palette& p = palette();
    const bool dark = chosen == Theme::Dark;
    const bool contrast = chosen == Theme::HighContrast || chosen == Theme::Projector;
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
    s.WindowBorderSize = 1;
    s.FrameBorderSize = contrast ? 2.0f : 1.0f;
    s.PopupBorderSize = 1;
    s.ScrollbarSize = 12;
    s.WindowTitleAlign = ImVec2(0.0f, 0.5f);

    ImVec4* c = s.Colors;
    ImU32 hover = dark ? rgb(48, 56, 66) : (contrast ? rgb(225, 235, 255) : rgb(238, 246, 245));
    c[ImGuiCol_Text] = vec(p.ink);
    c[ImGuiCol_TextDisabled] = vec(p.inkMuted);
    c[ImGuiCol_WindowBg] = vec(p.surface);
    c[ImGuiCol_ChildBg] = vec(p.surface);
    c[ImGuiCol_PopupBg] = vec(p.surface);
    c[ImGuiCol_Border] = vec(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = vec(dark ? rgb(28, 31, 38) : p.surface);
    c[ImGuiCol_FrameBgHovered] = vec(hover);
    c[ImGuiCol_FrameBgActive] = vec(p.accentSoft);
    c[ImGuiCol_TitleBg] = vec(p.header);
    c[ImGuiCol_TitleBgActive] = vec(p.header);
    c[ImGuiCol_TitleBgCollapsed] = vec(p.header);
    c[ImGuiCol_MenuBarBg] = vec(p.surface);
    c[ImGuiCol_Button] = vec(p.surface);
    c[ImGuiCol_ButtonHovered] = vec(hover);
    c[ImGuiCol_ButtonActive] = vec(p.accentSoft);
    c[ImGuiCol_Header] = vec(p.accentSoft);
    c[ImGuiCol_HeaderHovered] = vec(hover);
    c[ImGuiCol_HeaderActive] = vec(p.accentSoft);
    // Tabs (the analytics panel): the chosen one as a selected header, the rest as quiet buttons.
    c[ImGuiCol_Tab] = vec(p.header);
    c[ImGuiCol_TabHovered] = vec(hover);
    c[ImGuiCol_TabActive] = vec(p.accentSoft);
    c[ImGuiCol_TabUnfocused] = vec(p.header);
    c[ImGuiCol_TabUnfocusedActive] = vec(p.accentSoft);
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_SliderGrab] = vec(p.accent);
    c[ImGuiCol_SliderGrabActive] = vec(p.accent);
    c[ImGuiCol_Separator] = vec(p.border);
    c[ImGuiCol_TextSelectedBg] = vec((p.accent & 0x00FFFFFF) | (70u << 24));
    c[ImGuiCol_NavHighlight] = vec(p.accent);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = vec(p.border);
    c[ImGuiCol_TableHeaderBg] = vec(p.header);
    c[ImGuiCol_TableBorderStrong] = vec(p.border);
    c[ImGuiCol_TableBorderLight] = vec(p.border);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = vec((p.header & 0x00FFFFFF) | (110u << 24));
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.1f, 0.12f, 0.35f);
}

float lineWeight() {
    return activeTheme == Theme::Projector ? 2.0f : (activeTheme == Theme::HighContrast ? 1.5f : 1.0f);
}

}  // namespace jejak::ui

// Jejak's colours and spacing, applied to ImGui's style.
#pragma once

#include <imgui.h>

#include "core/journey_map.h"
#include "session/theme_choice.h"

namespace jejak::ui {

struct Palette {
    ImU32 canvas;     // the map's background
    ImU32 canvasDot;  // the faint grid on it
    ImU32 surface;    // bars and panels
    ImU32 border;
    ImU32 ink;       // main text
    ImU32 inkMuted;  // secondary text
    ImU32 accent;    // Jejak teal
    ImU32 accentSoft;
    ImU32 warm;  // the emotion curve's high points
    ImU32 cool;  // and its low points
    ImU32 gridLine;
    ImU32 header;  // stage and lane headers
    ImU32 shadow;
    ImU32 onAccent;  // text on accent fills
    ImU32 danger;    // what is at risk: a failed save, a delete button
    ImU32 laneAccent[kLaneKindCount];
};

// A map colour (0xRRGGBB) as ImGui's packed colour.
inline ImU32 fromRgb(Rgb rgb) { return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 255); }

const Palette& palette();
Theme currentTheme();
// How thick lines are drawn: 1 in the editor's themes, more on a projector.
float lineWeight();
void applyTheme(Theme theme = Theme::Light);

// The colour with its alpha scaled by `alpha`.
inline ImU32 withAlpha(ImU32 c, float alpha) {
    float scaled = static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xFF) * alpha;
    unsigned a = static_cast<unsigned>(scaled > 255.0f ? 255.0f : scaled);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

}  // namespace jejak::ui

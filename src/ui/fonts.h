// The app's typefaces: Debian's Noto Sans, rasterised for the screen's pixel ratio.
#pragma once

struct ImFont;
struct ImFontAtlas;

namespace jejak::ui {

struct Fonts {
    ImFont* body = nullptr;     // 17 px regular
    ImFont* strong = nullptr;   // 17 px bold
    ImFont* heading = nullptr;  // 26 px bold
    // Presentation mode only (loaded when it is first entered): text drawn
    // about twice as large, sharp; and the timer's digits.
    ImFont* bodyLarge = nullptr;    // 34 px regular, with icons
    ImFont* strongLarge = nullptr;  // 34 px bold, with icons
    ImFont* clock = nullptr;        // 64 px bold digits and ':'
    // body and strong carry the icons (Font Awesome) too.
    float pixelRatio = 0;
    bool large() const { return bodyLarge != nullptr; }
};

// Rebuilds ImGui's font atlas so one CSS pixel maps to pixelRatio texels:
// glyphs are rasterised at size * pixelRatio and drawn at 1 / pixelRatio.
// With `large`, the presentation faces too. The caller re-uploads the atlas texture.
Fonts loadFonts(float pixelRatio, bool large = false);
// The same faces into an atlas of one's own (the image export's, at its scale).
Fonts loadFontsInto(ImFontAtlas& atlas, float pixelRatio, bool large = false);

inline constexpr float kBodySize = 17.0f;
inline constexpr float kHeadingSize = 26.0f;
inline constexpr float kLargeSize = 34.0f;
inline constexpr float kClockSize = 64.0f;

}  // namespace jejak::ui

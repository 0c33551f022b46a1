// The app's typefaces: Debian's Noto Sans, rasterised for the screen's pixel ratio.
#pragma once

struct ImFont;

namespace jejak::ui {

struct Fonts {
    ImFont* body = nullptr;     // 17 px regular
    ImFont* strong = nullptr;   // 17 px bold
    ImFont* heading = nullptr;  // 26 px bold
    // body and strong carry the icons (Font Awesome) too.
    float pixelRatio = 0;
};

// Rebuilds ImGui's font atlas so one CSS pixel maps to pixelRatio texels:
// glyphs are rasterised at size * pixelRatio and drawn at 1 / pixelRatio.
// The caller re-uploads the atlas texture afterwards.
Fonts loadFonts(float pixelRatio);

inline constexpr float kBodySize = 17.0f;
inline constexpr float kHeadingSize = 26.0f;

}  // namespace jejak::ui

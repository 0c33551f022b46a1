// Keys that ImGui 1.86 has no name for: indices into io.KeysDown as the SDL
// backend fills it (SDL scancodes, from SDL_scancode.h).
#pragma once

namespace jejak::ui::key {

inline constexpr int kF = 9;
inline constexpr int kS = 22;
inline constexpr int k0 = 39;
inline constexpr int kMinus = 45;
inline constexpr int kEquals = 46;
inline constexpr int kSlash = 56;
inline constexpr int kF1 = 58;
inline constexpr int kF2 = 59;
inline constexpr int kKeypadMinus = 86;
inline constexpr int kKeypadPlus = 87;

}  // namespace jejak::ui::key

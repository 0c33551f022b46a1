// Key indices into io.KeysDown as ImGui 1.86's SDL backend fills it: SDL
// scancodes (SDL_scancode.h), so that the shortcut table needs no SDL or ImGui.
#pragma once

namespace jejak::ui::key {

inline constexpr int kF = 9;
inline constexpr int kS = 22;
inline constexpr int kY = 28;
inline constexpr int kZ = 29;
inline constexpr int k0 = 39;
inline constexpr int kEnter = 40;
inline constexpr int kEscape = 41;
inline constexpr int kBackspace = 42;
inline constexpr int kMinus = 45;
inline constexpr int kEquals = 46;
inline constexpr int kSlash = 56;
inline constexpr int kF1 = 58;
inline constexpr int kF2 = 59;
inline constexpr int kDelete = 76;
inline constexpr int kRight = 79;
inline constexpr int kLeft = 80;
inline constexpr int kDown = 81;
inline constexpr int kUp = 82;
inline constexpr int kKeypadMinus = 86;
inline constexpr int kKeypadPlus = 87;

}  // namespace jejak::ui::key

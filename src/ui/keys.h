// Key indices into io.KeysDown as ImGui 1.86's SDL backend fills it: SDL
// scancodes (SDL_scancode.h), so that the shortcut tables (the editor's in
// shortcuts.h, the presentation's in presentation.h) need no SDL or ImGui. The
// one list of the keys Jejak reads.
#pragma once

namespace jejak::ui::key {

inline constexpr int kB = 5;
inline constexpr int kF = 9;
inline constexpr int kO = 18;
inline constexpr int kP = 19;
inline constexpr int kR = 21;
inline constexpr int kS = 22;
inline constexpr int kT = 23;
inline constexpr int kV = 25;
inline constexpr int kY = 28;
inline constexpr int kZ = 29;
inline constexpr int k0 = 39;
inline constexpr int kEnter = 40;
inline constexpr int kEscape = 41;
inline constexpr int kBackspace = 42;
inline constexpr int kSpace = 44;
inline constexpr int kMinus = 45;
inline constexpr int kEquals = 46;
inline constexpr int kLeftBracket = 47;
inline constexpr int kRightBracket = 48;
inline constexpr int kSlash = 56;
inline constexpr int kF1 = 58;
inline constexpr int kF2 = 59;
inline constexpr int kHome = 74;
inline constexpr int kPageUp = 75;
inline constexpr int kDelete = 76;
inline constexpr int kEnd = 77;
inline constexpr int kPageDown = 78;
inline constexpr int kRight = 79;
inline constexpr int kLeft = 80;
inline constexpr int kDown = 81;
inline constexpr int kUp = 82;
inline constexpr int kKeypadMinus = 86;
inline constexpr int kKeypadPlus = 87;

}  // namespace jejak::ui::key

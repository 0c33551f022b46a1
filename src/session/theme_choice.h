// The themes a user can choose (the palettes themselves are ui/theme.cpp's),
// by the names this browser keeps them under.
#pragma once

#include <string_view>

namespace jejak {

// Projector: light and high in contrast for washed-out projectors (presentation
// mode chooses it): dark ink, strong lines, no light greys on white.
enum class Theme { Light, Dark, HighContrast, Projector };
inline constexpr int kThemeCount = 4;

constexpr const char* themeName(Theme theme) {  // "light", "dark", "high-contrast", "projector"
    switch (theme) {
        case Theme::Dark: return "dark";
        case Theme::HighContrast: return "high-contrast";
        case Theme::Projector: return "projector";
        case Theme::Light: break;
    }
    return "light";
}

constexpr Theme nextTheme(Theme theme) { return static_cast<Theme>((static_cast<int>(theme) + 1) % kThemeCount); }

}  // namespace jejak

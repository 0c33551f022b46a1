// The keyboard shortcuts: one table that both the key handling (app_shortcuts.cpp)
// and the help window's list read. No ImGui here: tested natively.
#pragma once

#include <functional>
#include <span>

namespace jejak::ui {

enum class Shortcut {
    None,  // described in the help, handled elsewhere (the canvas, the page)
    Undo,
    Redo,
    Download,
    Search,
    Fit,
    ZoomIn,
    ZoomOut,
    Delete,
    Edit,
    Cancel,
    Left,
    Right,
    Up,
    Down,
    Help,
    Present,
};

struct Chord {
    int key = -1;         // ui/keys.h; -1: no chord
    bool ctrl = false;    // Ctrl (or Cmd) held; a chord without it never fires with it
    int shift = -1;       // 1 held, 0 not held, -1 either
    bool repeat = false;  // fires again while the key is held
};

struct ShortcutRow {
    const char* keys;     // as the help window shows them, "Ctrl+Shift+Z, Ctrl+Y"
    const char* helpKey;  // what it does, a translation key
    Shortcut shortcut;
    Chord chords[2];      // the keys that do it (key -1: none)
};

// A constant table, in the help window's order.
std::span<const ShortcutRow> shortcutTable();

// The first shortcut whose chord was pressed: pressed(key, repeat) tells whether
// the key went down this frame (with repeat: or repeated while held).
Shortcut matchShortcut(bool ctrl, bool shift, const std::function<bool(int key, bool repeat)>& pressed);

}  // namespace jejak::ui

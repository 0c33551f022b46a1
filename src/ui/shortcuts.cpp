// The shortcut table.
#include "ui/shortcuts.h"

#include "ui/keys.h"

namespace jejak::ui {

namespace {
using namespace key;
constexpr ShortcutRow kTable[] = {
        {"Ctrl+Z", "help.undo", Shortcut::Undo, {{kZ, true, 0, true}}},
        {"Ctrl+Shift+Z, Ctrl+Y", "help.redo", Shortcut::Redo, {{kZ, true, 1, true}, {kY, true, -1, true}}},
        {"Ctrl+C / X / V", "help.clipboard", Shortcut::None, {}},
        {"Delete", "help.delete", Shortcut::Delete, {{kDelete}, {kBackspace}}},
        {"F2, Enter", "help.edit", Shortcut::Edit, {{kF2}, {kEnter}}},
        {"Esc", "help.cancel", Shortcut::Cancel, {{kEscape}}},
        {"\xef\x81\xa0 \xef\x81\xa2 \xef\x81\xa1 \xef\x81\xa3", "help.arrows", Shortcut::None, {}},
        {"", nullptr, Shortcut::Left, {{kLeft, false, -1, true}}},
        {"", nullptr, Shortcut::Right, {{kRight, false, -1, true}}},
        {"", nullptr, Shortcut::Up, {{kUp, false, -1, true}}},
        {"", nullptr, Shortcut::Down, {{kDown, false, -1, true}}},
        {"Ctrl+F", "help.search", Shortcut::Search, {{kF, true}}},
        {"Enter, Shift+Enter", "help.search_step", Shortcut::None, {}},  // in the search field
        {"Ctrl+0", "help.fit", Shortcut::Fit, {{k0, true}}},
        {"keys.zoom", "help.zoom", Shortcut::None, {}},
        {"", nullptr, Shortcut::ZoomIn, {{kEquals, true, -1, true}, {kKeypadPlus, true, -1, true}}},
        {"", nullptr, Shortcut::ZoomOut, {{kMinus, true, -1, true}, {kKeypadMinus, true, -1, true}}},
        {"Ctrl+S", "help.download", Shortcut::Download, {{kS, true}}},
        {"Ctrl+O", "help.open", Shortcut::None, {}},  // the page's file picker (web/storage.js)
        {"keys.double_click", "help.double_click", Shortcut::None, {}},
        {"keys.pan", "help.pan", Shortcut::None, {}},
        {"keys.band", "help.band", Shortcut::None, {}},
        // Ctrl+Shift+Enter: no browser takes it for itself (F5 reloads, F11 is the browser's full screen).
        {"Ctrl+Shift+Enter", "help.present", Shortcut::Present, {{kEnter, true, 1}}},
        {"keys.present", "help.present_keys", Shortcut::None, {}},
        {"F1, ?", "help.help", Shortcut::Help, {{kF1}, {kSlash, false, 1}}},
};
}  // namespace

std::span<const ShortcutRow> shortcutTable() { return kTable; }

Shortcut matchShortcut(bool ctrl, bool shift, const std::function<bool(int key, bool repeat)>& pressed) {
    for (const ShortcutRow& row : shortcutTable())
        for (const Chord& c : row.chords) {
            if (c.key < 0 || c.ctrl != ctrl) continue;
            if (c.shift >= 0 && (c.shift == 1) != shift) continue;
            if (pressed(c.key, c.repeat)) return row.shortcut;
        }
    return Shortcut::None;
}

}  // namespace jejak::ui

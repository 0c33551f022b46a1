// The shortcut table: what each chord does, and that the help lists it.
#include <doctest/doctest.h>

#include <set>
#include <string_view>

#include "core/translations.h"
#include "ui/keys.h"
#include "ui/shortcuts.h"

using namespace jejak;
using namespace jejak::ui;

namespace {
// pressed(key, repeat) for one key that went down this frame.
Shortcut press(int key, bool ctrl = false, bool shift = false) {
    return matchShortcut(ctrl, shift, [key](int k, bool) { return k == key; });
}
}  // namespace

TEST_CASE("chords map to shortcuts, with Ctrl and Shift told apart") {
    CHECK(press(key::kZ, true) == Shortcut::Undo);
    CHECK(press(key::kZ, true, true) == Shortcut::Redo);
    CHECK(press(key::kY, true) == Shortcut::Redo);
    CHECK(press(key::kZ) == Shortcut::None);  // a plain Z is typing, not undo
    CHECK(press(key::kS, true) == Shortcut::Download);
    CHECK(press(key::kDelete) == Shortcut::Delete);
    CHECK(press(key::kBackspace) == Shortcut::Delete);
    CHECK(press(key::kDelete, true) == Shortcut::None);
    CHECK(press(key::kEnter) == Shortcut::Edit);
    CHECK(press(key::kF2) == Shortcut::Edit);
    CHECK(press(key::kEscape) == Shortcut::Cancel);
    CHECK(press(key::kLeft) == Shortcut::Left);
    CHECK(press(key::kSlash, false, true) == Shortcut::Help);
    CHECK(press(key::kSlash) == Shortcut::None);
    CHECK(press(key::kEquals, true) == Shortcut::ZoomIn);
    CHECK(press(key::kKeypadMinus, true) == Shortcut::ZoomOut);
}

TEST_CASE("every shortcut the keys handle is listed in the help, in both languages") {
    std::set<Shortcut> handled, listed;
    const ShortcutRow* lastListed = nullptr;
    for (const ShortcutRow& row : shortcutTable()) {
        if (row.helpKey) {
            lastListed = &row;
            CHECK(TranslationTable::builtIn().has(Language::English, row.helpKey));
            CHECK(TranslationTable::builtIn().has(Language::Indonesian, row.helpKey));
            CHECK(std::string(row.keys).size() > 0);
            if (std::string_view(row.keys).starts_with("keys.")) {
                CHECK(TranslationTable::builtIn().has(Language::English, row.keys));
                CHECK(TranslationTable::builtIn().has(Language::Indonesian, row.keys));
            }
        }
        if (row.shortcut != Shortcut::None) {
            handled.insert(row.shortcut);
            // A row without its own help line belongs to the listed row above it.
            CHECK(lastListed != nullptr);
        }
    }
    CHECK(handled.size() == 16);
}

TEST_CASE("the help lists saving and opening files, and what a double-click does") {
    std::set<std::string> keys;
    for (const ShortcutRow& row : shortcutTable())
        if (row.helpKey) keys.insert(row.keys);
    CHECK(keys.count("Ctrl+S"));
    CHECK(keys.count("Ctrl+O"));
    CHECK(keys.count("keys.double_click"));
}

TEST_CASE("Ctrl+Shift+Enter presents; Enter alone still edits") {
    CHECK(press(key::kEnter, true, true) == Shortcut::Present);
    CHECK(press(key::kEnter) == Shortcut::Edit);
    CHECK(press(key::kEnter, true) == Shortcut::None);  // Ctrl+Enter breaks a line in a card
}

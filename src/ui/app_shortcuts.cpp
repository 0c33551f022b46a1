// App-wide keyboard shortcuts, read from the shortcut table (ui/shortcuts.h).
#include "ui/app.h"
#include "ui/keys.h"
#include "ui/shortcuts.h"

namespace jejak::ui {

bool App::dialogOpen() const {
    return gallery_.isOpen() || help_.isOpen() || library_.isOpen() || library_.asking() || session_.importPreview().has_value() || session_.measuresPreview().has_value() ||
           ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

void App::handleShortcuts(bool dialogWasOpen) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;  // a text field has the keys: Ctrl+Z there undoes text
    // A dialog or menu in front has the keys: Delete, Ctrl+Z or an arrow must not
    // change the map hidden behind it. Esc closes the dialog. What was open when
    // the frame began counts: a question that Esc closed in this frame had the key.
    if (dialogWasOpen || dialogOpen()) {
        if (ImGui::IsKeyPressed(key::kEscape, false) && !side_.lanes().asking()) {  // one Esc, one thing
            gallery_.dismiss();
            help_.close();
            library_.close();
            states_.close();
        }
        return;
    }
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    Shortcut shortcut =
        matchShortcut(ctrl, io.KeyShift, [](int k, bool repeat) { return ImGui::IsKeyPressed(k, repeat); });
    if (compare_.isOpen()) {  // the canvas shows a comparison, not the map: keys do not edit what it shows
        if (shortcut == Shortcut::Cancel) compare_.close();
        if (shortcut != Shortcut::Undo && shortcut != Shortcut::Redo && shortcut != Shortcut::Fit &&
            shortcut != Shortcut::ZoomIn && shortcut != Shortcut::ZoomOut && shortcut != Shortcut::Help &&
            shortcut != Shortcut::Present)
            return;
    }
    const std::vector<Id>& selection = canvas_.selection();
    switch (shortcut) {
        case Shortcut::Undo: apply(intent::Undo{}); break;
        case Shortcut::Redo: apply(intent::Redo{}); break;
        case Shortcut::Download: apply(intent::DownloadCopy{}); break;
        case Shortcut::Search: topBar_.focusSearch(); break;
        case Shortcut::Fit: apply(intent::FitToScreen{}); break;
        case Shortcut::ZoomIn: apply(intent::ZoomBy{1.25f}); break;
        case Shortcut::ZoomOut: apply(intent::ZoomBy{1 / 1.25f}); break;
        case Shortcut::Delete: apply(intent::DeleteCards{selection}); break;
        case Shortcut::Edit:
            if (ImGui::IsKeyPressed(key::kF2, false) && selection.empty() &&
                canvas_.lastHeader().kind != Target::None) {
                apply(intent::StartRename{canvas_.lastHeader()});
            } else if (selection.size() == 1) {
                apply(intent::StartEditing{selection[0]});
            } else if (auto cell = canvas_.focusedCell(); cell && selection.empty()) {
                const MapLayout& l = canvas_.layout();
                apply(intent::AddCard{l.rows[static_cast<size_t>(cell->first)].lane,
                                      l.columns[static_cast<size_t>(cell->second)].stage, SIZE_MAX, true});
            }
            break;
        case Shortcut::Cancel:
            if (!selection.empty())
                apply(intent::SelectCards{});
            else
                apply(intent::ShowPanel{Panel::None});
            break;
        case Shortcut::Left: canvas_.moveSelection(map(), 0, -1); break;
        case Shortcut::Right: canvas_.moveSelection(map(), 0, 1); break;
        case Shortcut::Up: canvas_.moveSelection(map(), -1, 0); break;
        case Shortcut::Down: canvas_.moveSelection(map(), 1, 0); break;
        case Shortcut::Help: apply(intent::OpenDialog{Dialog::Help}); break;
        case Shortcut::Present: apply(intent::Present{true}); break;
        case Shortcut::None: break;
    }
}

}  // namespace jejak::ui

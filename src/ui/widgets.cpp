// Text fields that edit a std::string in place (ImGui's resize callback).
#include "ui/widgets.h"

namespace jejak::ui {
namespace {

int textCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

}  // namespace

bool inputTextMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, size, flags, textCallback, &text);
}

bool inputTextWithHint(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputTextWithHint(id, hint, text.data(), text.capacity() + 1, flags, textCallback, &text);
}

bool inputText(const char* id, std::string& text, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputText(id, text.data(), text.capacity() + 1, flags, textCallback, &text);
}

}  // namespace jejak::ui

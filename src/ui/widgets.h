// Small ImGui helpers the app's views share.
#pragma once

#include <string>
#include <string_view>

#include <imgui.h>

namespace jejak::ui {

// ImGui text fields editing a std::string in place. The multiline field wraps
// words at its width.
bool inputText(const char* id, std::string& text, ImGuiInputTextFlags flags = 0);
bool inputTextWithHint(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags = 0);
bool inputTextMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags = 0);

// Word wrap for multiline fields (ImGui 1.86 has none). The field holds a
// display form of the text: '\n' where a line wraps, "\r\n" where the text has
// a line break ('\r' draws as nothing). wrapForDisplay uses the current font.
std::string wrapForDisplay(std::string_view text, float width);
std::string unwrapDisplay(std::string_view display);
// The wrap width inside a multiline field of the given outer width.
float multilineWrapWidth(float fieldWidth);
// For the field's callback (flags CallbackAlways | CallbackCharFilter): makes
// typed line breaks hard, rewraps after every change and keeps the caret.
void softWrapCallback(ImGuiInputTextCallbackData* data, float width);

// Once the field has the keyboard: put the caret at the end and add what was
// typed before it had it.
struct CaretToEnd {
    bool pending = false;
    std::string typed;
};
// A multiline field on a display-form buffer, wrapped at the field's width;
// returns what ImGui::InputTextMultiline returns.
bool inputWrappedText(const char* id, std::string& display, ImVec2 size, ImGuiInputTextFlags flags = 0,
                      CaretToEnd* caret = nullptr);

}  // namespace jejak::ui

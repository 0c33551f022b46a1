// Small ImGui helpers the app's views share.
#pragma once

#include <string>

#include <imgui.h>

namespace jejak::ui {

// ImGui text fields editing a std::string in place.
bool inputText(const char* id, std::string& text, ImGuiInputTextFlags flags = 0);
bool inputTextWithHint(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags = 0);
bool inputTextMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags = 0);

}  // namespace jejak::ui

// Text fields that edit a std::string in place (ImGui's resize callback), and
// word wrap for multiline fields, which ImGui 1.86 does not have.
#include "ui/widgets.h"

#include <imgui_internal.h>  // CalcItemSize, GetInputTextState (undo reset)

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

size_t nextChar(std::string_view s, size_t i) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    return i;
}

size_t previousChar(std::string_view s, size_t i) {
    if (i == 0) return 0;
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}

// The text index of a display index: every '\n' of the display is not text.
size_t textIndex(std::string_view display, size_t at) {
    size_t n = 0;
    for (size_t i = 0; i < at && i < display.size(); ++i)
        if (display[i] != '\n') ++n;
    return n;
}

// The display index of a text index; past any line break that follows it, so a
// caret at the end of a word that wrapped moves to the next line with the word.
size_t displayIndex(std::string_view display, size_t at) {
    size_t i = 0, n = 0;
    while (i < display.size() && (n < at || display[i] == '\n')) {
        if (display[i] != '\n') ++n;
        ++i;
    }
    return i;
}

// The field being edited, as it was after the last callback: to tell a deleted
// soft line break (which the user meant as "delete the character beside it").
struct LastEdit {
    ImGuiID id = 0;
    std::string display;
    int cursor = 0;
};
LastEdit last;

}  // namespace

std::string wrapForDisplay(std::string_view text, float width) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    std::string out;
    out.reserve(text.size() + text.size() / 16 + 8);
    size_t start = 0;
    while (true) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const char* s = text.data() + start;
        const char* e = text.data() + end;
        while (s < e) {
            const char* wrap = font->CalcWordWrapPositionA(scale, s, e, std::max(width, 1.0f));
            if (wrap >= e) {
                out.append(s, e);
                break;
            }
            if (wrap <= s) wrap = s + (nextChar(std::string_view(s, static_cast<size_t>(e - s)), 0));
            while (wrap < e && *wrap == ' ') ++wrap;  // spaces stay at the end of the line
            out.append(s, wrap);
            if (wrap < e) out += '\n';
            s = wrap;
        }
        if (end == text.size()) break;
        out += "\r\n";
        start = end + 1;
    }
    return out;
}

std::string unwrapDisplay(std::string_view display) {
    std::string out;
    out.reserve(display.size());
    for (char c : display) {
        if (c == '\n') continue;
        out += c == '\r' ? '\n' : c;
    }
    return out;
}

void softWrapCallback(ImGuiInputTextCallbackData* d, float width) {
    if (d->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) {
        if (d->EventChar == '\n') d->EventChar = '\r';  // a typed line break: hard
        return;
    }
    if (d->EventFlag != ImGuiInputTextFlags_CallbackAlways) return;
    const ImGuiID id = ImGui::GetActiveID();
    std::string_view buf(d->Buf, static_cast<size_t>(d->BufTextLen));
    std::string text = unwrapDisplay(buf);
    size_t cursor = textIndex(buf, static_cast<size_t>(d->CursorPos));
    size_t selStart = textIndex(buf, static_cast<size_t>(d->SelectionStart));
    size_t selEnd = textIndex(buf, static_cast<size_t>(d->SelectionEnd));
    // One '\n' gone and nothing else: Backspace or Delete hit a line break the
    // user cannot see as a character. Delete the character beside it instead.
    if (last.id == id && last.display.size() == buf.size() + 1 && d->SelectionStart == d->SelectionEnd) {
        size_t p = static_cast<size_t>(d->CursorPos);
        if (p < last.display.size() && last.display[p] == '\n' && last.display.compare(0, p, buf.substr(0, p)) == 0 &&
            last.display.compare(p + 1, std::string_view::npos, buf.substr(p)) == 0) {
            bool hardBreak = p > 0 && last.display[p - 1] == '\r';
            if ((last.cursor == static_cast<int>(p) + 1 || hardBreak) && cursor > 0) {  // Backspace
                size_t from = previousChar(text, cursor);
                text.erase(from, cursor - from);
                cursor = selStart = selEnd = from;
            } else if (last.cursor == static_cast<int>(p) && cursor < text.size()) {  // Delete
                text.erase(cursor, nextChar(text, cursor) - cursor);
            }
        }
    }
    std::string display = wrapForDisplay(text, width);
    if (display != buf) {
        d->DeleteChars(0, d->BufTextLen);
        d->InsertChars(0, display.data(), display.data() + display.size());
        d->CursorPos = static_cast<int>(displayIndex(display, cursor));
        d->SelectionStart = static_cast<int>(displayIndex(display, selStart));
        d->SelectionEnd = static_cast<int>(displayIndex(display, selEnd));
        // The field's own undo remembers places in the text before the rewrap;
        // they would now point at other characters. Forget them.
        if (ImGuiInputTextState* state = ImGui::GetInputTextState(id)) {
            state->Stb.undostate.undo_point = 0;
            state->Stb.undostate.undo_char_point = 0;
            state->Stb.undostate.redo_point = STB_TEXTEDIT_UNDOSTATECOUNT;
            state->Stb.undostate.redo_char_point = STB_TEXTEDIT_UNDOCHARCOUNT;
        }
    }
    last.id = id;
    last.display = display;
    last.cursor = d->CursorPos;
}

float multilineWrapWidth(float fieldWidth) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return fieldWidth - style.FramePadding.x * 2 - style.ScrollbarSize - 2;
}

bool inputWrappedText(const char* id, std::string& display, ImVec2 size, ImGuiInputTextFlags flags, CaretToEnd* caret) {
    ImVec2 field = ImGui::CalcItemSize(size, ImGui::CalcItemWidth(), ImGui::GetTextLineHeight() * 8);
    struct Ctx {
        std::string* display;
        CaretToEnd* caret;
        float width;
    } ctx{&display, caret, multilineWrapWidth(field.x)};
    display = wrapForDisplay(unwrapDisplay(display), ctx.width);  // the width may have changed
    flags |= ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways |
             ImGuiInputTextFlags_CallbackCharFilter;
    return ImGui::InputTextMultiline(
        id, display.data(), display.capacity() + 1, field, flags,
        [](ImGuiInputTextCallbackData* d) {
            auto* c = static_cast<Ctx*>(d->UserData);
            if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
                c->display->resize(static_cast<size_t>(d->BufTextLen));
                d->Buf = c->display->data();
                return 0;
            }
            if (d->EventFlag == ImGuiInputTextFlags_CallbackAlways && c->caret && c->caret->pending) {
                d->CursorPos = d->SelectionStart = d->SelectionEnd = d->BufTextLen;
                if (!c->caret->typed.empty()) d->InsertChars(d->BufTextLen, c->caret->typed.c_str());
                c->caret->typed.clear();
                c->caret->pending = false;
            }
            softWrapCallback(d, c->width);
            return 0;
        },
        &ctx);
}

bool inputTextMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags) {
    std::string display = wrapForDisplay(text, 1e9f);
    if (!inputWrappedText(id, display, size, flags)) return false;
    std::string edited = unwrapDisplay(display);
    if (edited == text) return false;
    text = std::move(edited);
    return true;
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

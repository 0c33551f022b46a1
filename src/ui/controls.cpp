// The shared controls.
#include "ui/controls.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "core/card_colours.h"
#include "ui/i18n.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace jejak::ui {
namespace {
ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }
}  // namespace

ImVec4 toVec(Rgb rgb) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.f, static_cast<float>((rgb >> 8) & 0xFF) / 255.f,
                  static_cast<float>(rgb & 0xFF) / 255.f, 1.f);
}

float bannerBegin(ItemRects& rects, const char* id, float top, const char* glyph, const char* text, float buttonsWidth,
                  ImU32 background, ImU32 ink, const char* textId) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetIO().DisplaySize.x;
    const float textX = 20 + ImGui::CalcTextSize(glyph).x + style.ItemSpacing.x;
    const float textW = std::max(120.0f, width - textX - buttonsWidth - 36);
    const float textH = ImGui::CalcTextSize(text, nullptr, false, textW).y;
    const float height = std::max(52.0f, textH + 24);
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(background));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ink));
    ImGui::SetCursorPos(ImVec2(20, (height - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::TextUnformatted(glyph);
    ImGui::SetCursorPos(ImVec2(textX, (height - textH) * 0.5f));
    ImGui::PushTextWrapPos(textX + textW);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();  // buttons in the normal text colour
    rects.recordLastItem(textId);
    ImGui::SetCursorPos(ImVec2(width - 20 - buttonsWidth, (height - ImGui::GetFrameHeight()) * 0.5f));
    return height;
}

void bannerEnd() {
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

bool toolbarButton(ItemRects& rects, const char* glyph, const char* name, const char* tooltip, bool enabled,
                   bool active) {
    const Palette& p = palette();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 size(36, 36);
    bool pressed = ImGui::InvisibleButton(name, size) && enabled;
    rects.recordLastItem(std::string("button/") + name);
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (active)
        dl->AddRectFilled(pos, add(pos, size), p.accentSoft, 8);
    else if (hovered && enabled)
        dl->AddRectFilled(pos, add(pos, size), p.header, 8);
    ImVec2 ts = ImGui::CalcTextSize(glyph);
    dl->AddText(add(pos, ImVec2((size.x - ts.x) * 0.5f, (size.y - ts.y) * 0.5f)),
                enabled ? (active ? p.accent : p.ink) : withAlpha(p.inkMuted, 0.35f), glyph);  // faint in every theme
    if (hovered) ImGui::SetTooltip("%s", tooltip);
    ImGui::SameLine(0, 2);
    return pressed;
}

bool pillButton(ItemRects& rects, const char* label, const char* name, bool selected) {
    const Palette& p = palette();
    ImVec2 textSize = ImGui::CalcTextSize(label);
    ImVec2 size(textSize.x + 24, 32);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(name, size);
    rects.recordLastItem(std::string("button/") + name);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool hovered = ImGui::IsItemHovered();
    ImU32 fill = selected ? p.accent : (hovered ? p.accentSoft : p.surface);
    dl->AddRectFilled(pos, add(pos, size), fill, 16);
    if (!selected) dl->AddRect(pos, add(pos, size), p.border, 16);
    dl->AddText(add(pos, ImVec2(12, (size.y - textSize.y) * 0.5f)), selected ? p.onAccent : p.ink, label);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed;
}

bool beginDialog(const Fonts& fonts, ItemRects& rects, const DialogSpec& d) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * d.at), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    if (d.size.x > 0)
        ImGui::SetNextWindowSize(ImVec2(std::min(d.size.x, io.DisplaySize.x - 40),
                                        d.size.y > 0 ? std::min(d.size.y, io.DisplaySize.y - 40) : 0.0f));
    bool open = false;
    if (d.headingKey) {
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 20));
        open = ImGui::BeginPopupModal(d.id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize);
        ImGui::PopStyleVar();
    } else if (d.titleKey) {
        const std::string name = std::string(tr(d.titleKey)) + d.id;
        open = ImGui::BeginPopupModal(name.c_str(), nullptr,
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_AlwaysAutoResize);
    } else {
        open = ImGui::BeginPopupModal(d.id, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar);
    }
    if (!open) return false;
    if (d.record)
        rects.record(d.record, {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(),
                                ImGui::GetWindowHeight()});
    if (d.headingKey) {
        ImGui::PushFont(fonts.heading);
        ImGui::TextUnformatted(tr(d.headingKey));
        ImGui::PopFont();
        ImGui::TextDisabled("%s", tr(d.subtitleKey));
        ImGui::Spacing();
    }
    return true;
}

bool colourSwatches(const char* id, std::optional<Rgb>& color, bool allowNone) {
    bool changed = false;
    ImGui::PushID(id);
    if (allowNone) {
        if (ImGui::Button(tr("inspector.no_colour"))) {
            changed = color.has_value();
            color.reset();
        }
        ImGui::SameLine();
    }
    for (size_t i = 0; i < kCardColours.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const Rgb rgb = kCardColours[i].rgb;
        bool current = color && *color == rgb;
        if (ImGui::ColorButton("##swatch", toVec(rgb), ImGuiColorEditFlags_NoTooltip, ImVec2(24, 24))) {
            changed = !current;
            color = rgb;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(kCardColours[i].key));
        if (current) {
            ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), palette().ink, 4, 0,
                                                2);
        }
        ImGui::SameLine(0, 6);
        ImGui::PopID();
    }
    ImGui::NewLine();
    ImGui::PopID();
    return changed;
}

bool ratingField(const char* label, std::optional<int>& value) {
    int v = value.value_or(0);
    ImGui::TextUnformatted(label);
    ImGui::PushID(label);
    bool changed = false;
    for (int i = 0; i <= 5; ++i) {
        ImGui::SameLine(i == 0 ? 130.0f : 0.0f, 4);
        char text[4];
        std::snprintf(text, sizeof text, "%s", i == 0 ? "-" : std::to_string(i).c_str());
        ImGui::PushID(i);
        bool selected = v == i;
        if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(palette().accentSoft));
        if (ImGui::Button(text, ImVec2(30, 0)) && !selected) {
            value = i == 0 ? std::nullopt : std::optional<int>(i);
            changed = true;
        }
        if (selected) ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::PopID();
    return changed;
}

bool labelledField(const char* label, std::string& text, bool multiline) {
    ImGui::TextDisabled("%s", label);
    ImGui::SetNextItemWidth(-1);
    std::string id = std::string("##") + label;
    return multiline ? inputTextMultiline(id.c_str(), text, ImVec2(-1, 72)) : inputText(id.c_str(), text);
}

ColumnRows::ColumnRows(std::initializer_list<float> widths, float padX) {
    const ImVec2 start = ImGui::GetCursorScreenPos();
    left_ = start.x;
    right_ = start.x + ImGui::GetContentRegionAvail().x;
    float fixed = 0;
    int stretch = -1;
    for (float w : widths) {
        if (count_ == 6) break;
        widths_[count_] = w;
        if (w > 0)
            fixed += w;
        else
            stretch = count_;
        ++count_;
    }
    if (stretch >= 0) widths_[stretch] = std::max(0.0f, right_ - left_ - fixed - 2 * padX * static_cast<float>(count_));
    float x = left_;
    for (int i = 0; i < count_; ++i) {
        x_[i] = x + padX;
        x += widths_[i] + 2 * padX;
    }
    top_ = rowY_ = bottom_ = start.y;
    draw_ = ImGui::GetWindowDrawList();
    draw_->ChannelsSplit(2);  // backgrounds under the rows' content
    draw_->ChannelsSetCurrent(1);
}

ColumnRows::~ColumnRows() {
    if (started_) endRow();
    IM_ASSERT(draw_ == ImGui::GetWindowDrawList() && "ColumnRows outlived its window");
    draw_->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(left_, bottom_));
    ImGui::Dummy(ImVec2(right_ - left_, 0));
}

void ColumnRows::row(float minHeight, bool header) {
    if (started_) endRow();
    started_ = true;
    rowY_ = bottom_;
    index_ = -1;
    minHeight_ = minHeight;
    header_ = header;
}

void ColumnRows::column(int i) {
    if (index_ >= 0) bottom_ = std::max(bottom_, ImGui::GetCursorScreenPos().y);
    index_ = i;
    ImGui::SetCursorScreenPos(ImVec2(x_[i], rowY_ + ImGui::GetStyle().CellPadding.y));
}

void ColumnRows::endRow() {
    started_ = false;
    if (index_ >= 0) bottom_ = std::max(bottom_, ImGui::GetCursorScreenPos().y);
    bottom_ = std::max(bottom_, rowY_ + minHeight_);
    ImDrawList* draw = draw_;
    draw->ChannelsSetCurrent(0);
    if (header_)
        draw->AddRectFilled(ImVec2(left_, rowY_), ImVec2(right_, bottom_), ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    else if (rows_++ % 2 == 1)
        draw->AddRectFilled(ImVec2(left_, rowY_), ImVec2(right_, bottom_), ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
    if (rowY_ > top_)
        draw->AddLine(ImVec2(left_, rowY_), ImVec2(right_, rowY_), ImGui::GetColorU32(ImGuiCol_TableBorderLight));
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(left_, bottom_));
}

std::string fitWithEllipsis(const std::string& text, float maxWidth, bool* cut, ImFont* font, float size) {
    if (!font) {
        font = ImGui::GetFont();
        size = ImGui::GetFontSize();
    }
    auto width = [&](const char* from, const char* to) { return font->CalcTextSizeA(size, FLT_MAX, 0, from, to).x; };
    if (cut) *cut = false;
    if (width(text.c_str(), nullptr) <= maxWidth) return text;
    if (cut) *cut = true;
    const char* ellipsis = "\xe2\x80\xa6";  // …
    const float room = maxWidth - width(ellipsis, nullptr);
    size_t end = text.size();
    while (end > 0) {
        do --end;  // back to the start of a UTF-8 character
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
        if (width(text.c_str(), text.c_str() + end) <= room) break;
    }
    while (end > 0 && text[end - 1] == ' ') --end;
    return text.substr(0, end) + ellipsis;
}

}  // namespace jejak::ui

// Drawing the app: the top bar with the map's title and language, and the canvas.
#include "ui/app_ui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "ui/theme.h"

namespace jejak::ui {
namespace {

constexpr float kTopBarHeight = 60.0f;
constexpr float kDotSpacing = 24.0f;
constexpr ImGuiWindowFlags kFullWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;

ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }

// The Jejak mark: a footprint-like path of three dots on a rising curve.
void drawMark(ImDrawList* dl, ImVec2 at, float size, const Palette& p) {
    ImVec2 a = add(at, ImVec2(0, size * 0.8f));
    ImVec2 d = add(at, ImVec2(size, size * 0.2f));
    dl->AddBezierCubic(a, add(at, ImVec2(size * 0.35f, size * 0.2f)),
                       add(at, ImVec2(size * 0.6f, size * 1.0f)), d, p.accent, 3.0f, 24);
    dl->AddCircleFilled(a, 4.0f, p.accent, 16);
    dl->AddCircleFilled(d, 4.0f, p.warm, 16);
}

}  // namespace

App::App(Language uiLanguage) : language_(uiLanguage) {
    document_.reset(makeEmptyMap(tr("map.untitled"), languageCode(uiLanguage)));
}

const char* App::tr(const char* key) const { return TranslationTable::builtIn().text(language_, key); }

void App::drawFrame() {
    rects_.beginFrame();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##jejak", nullptr, kFullWindow);
    ImGui::PopStyleVar();
    rects_.recordLastItem("window/app");
    drawCanvas(ImVec2(0, kTopBarHeight), ImVec2(io.DisplaySize.x, io.DisplaySize.y - kTopBarHeight));
    drawTopBar(kTopBarHeight);
    ImGui::End();
}

bool App::languageButton(const char* label, const char* id, bool selected) {
    const Palette& p = palette();
    ImVec2 textSize = ImGui::CalcTextSize(label);
    ImVec2 size(textSize.x + 24, 32);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(id, size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool hovered = ImGui::IsItemHovered();
    ImU32 fill = selected ? p.accent : (hovered ? IM_COL32(238, 246, 245, 255) : p.surface);
    dl->AddRectFilled(pos, add(pos, size), fill, 16);
    if (!selected) dl->AddRect(pos, add(pos, size), p.border, 16);
    dl->AddText(add(pos, ImVec2(12, (size.y - textSize.y) * 0.5f)), selected ? p.surface : p.ink, label);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed;
}

void App::drawTopBar(float height) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetIO().DisplaySize.x;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), p.surface);
    dl->AddLine(ImVec2(0, height - 0.5f), ImVec2(width, height - 0.5f), p.border);

    drawMark(dl, ImVec2(20, height * 0.5f - 11), 22, p);
    ImGui::PushFont(fonts_.strong);
    float lineH = ImGui::GetTextLineHeight();
    ImGui::SetCursorScreenPos(ImVec2(52, (height - lineH) * 0.5f));
    ImGui::TextUnformatted(tr("app.name"));
    ImGui::PopFont();
    ImGui::SameLine(0, 10);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.inkMuted));
    ImGui::TextUnformatted(tr("app.tagline"));
    ImGui::PopStyleColor();
    float afterBrand = ImGui::GetItemRectMax().x + 24;
    dl->AddLine(ImVec2(afterBrand, 18), ImVec2(afterBrand, height - 18), p.border);

    ImGui::SetCursorScreenPos(ImVec2(afterBrand + 24, (height - lineH) * 0.5f));
    ImGui::PushFont(fonts_.strong);
    ImGui::TextUnformatted(map().title.c_str());
    ImGui::PopFont();
    rects_.recordLastItem("text/map-title");

    // Language switch, right-aligned.
    float enW = ImGui::CalcTextSize("EN").x + 24, idW = ImGui::CalcTextSize("ID").x + 24;
    ImGui::SetCursorScreenPos(ImVec2(width - 20 - enW - idW - 6, (height - 32) * 0.5f));
    if (languageButton("EN", "##lang-en", language_ == Language::English)) language_ = Language::English;
    rects_.recordLastItem("button/language-en");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("language.en"));
    ImGui::SameLine(0, 6);
    if (languageButton("ID", "##lang-id", language_ == Language::Indonesian))
        language_ = Language::Indonesian;
    rects_.recordLastItem("button/language-id");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("language.id"));
}

void App::drawCanvas(ImVec2 origin, ImVec2 size) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 end = add(origin, size);
    dl->AddRectFilled(origin, end, p.canvas);
    for (float y = origin.y + kDotSpacing * 0.5f; y < end.y; y += kDotSpacing)
        for (float x = kDotSpacing * 0.5f; x < end.x; x += kDotSpacing)
            dl->AddRectFilled(ImVec2(x - 1, y - 1), ImVec2(x + 1, y + 1), p.canvasDot);
    rects_.record("canvas", {origin.x, origin.y, size.x, size.y});
    if (map().stages.empty()) drawEmptyState(ImVec2(origin.x + size.x * 0.5f, origin.y + size.y * 0.45f));
}

void App::drawEmptyState(ImVec2 center) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float cardW = std::min(520.0f, ImGui::GetIO().DisplaySize.x - 40);
    const float pad = 32;
    const float textW = cardW - 2 * pad;

    ImGui::PushFont(fonts_.heading);
    ImVec2 titleSize = ImGui::CalcTextSize(tr("map.empty.title"), nullptr, false, textW);
    ImGui::PopFont();
    ImVec2 bodySize = ImGui::CalcTextSize(tr("map.empty.body"), nullptr, false, textW);
    const float artH = 96;
    const float cardH = pad + artH + 20 + titleSize.y + 12 + bodySize.y + pad;
    ImVec2 min(std::round(center.x - cardW * 0.5f), std::round(center.y - cardH * 0.5f));
    ImVec2 max(min.x + cardW, min.y + cardH);

    dl->AddRectFilled(add(min, ImVec2(0, 4)), add(max, ImVec2(0, 4)), IM_COL32(31, 36, 48, 14), 14);
    dl->AddRectFilled(min, max, p.surface, 14);
    dl->AddRect(min, max, p.border, 14);
    rects_.record("panel/empty-state", {min.x, min.y, cardW, cardH});

    // A small journey: four stages and an emotion curve through them.
    const float artTop = min.y + pad, artLeft = min.x + pad;
    const float levels[4] = {0.55f, 0.25f, 0.8f, 0.1f};
    ImVec2 pts[4];
    for (int i = 0; i < 4; ++i) {
        float colX = artLeft + textW * (0.125f + 0.25f * static_cast<float>(i));
        dl->AddRectFilled(ImVec2(colX - textW * 0.11f, artTop), ImVec2(colX + textW * 0.11f, artTop + artH),
                          IM_COL32(243, 240, 235, 255), 8);
        pts[i] = ImVec2(colX, artTop + 14 + levels[i] * (artH - 28));
    }
    for (int i = 0; i < 3; ++i) {
        float dx = (pts[i + 1].x - pts[i].x) * 0.45f;
        dl->AddBezierCubic(pts[i], add(pts[i], ImVec2(dx, 0)), add(pts[i + 1], ImVec2(-dx, 0)), pts[i + 1],
                           p.accent, 3.0f, 32);
    }
    for (int i = 0; i < 4; ++i) {
        dl->AddCircleFilled(pts[i], 7, p.surface, 20);
        dl->AddCircleFilled(pts[i], 5, levels[i] < 0.5f ? p.warm : p.cool, 20);
    }

    ImGui::SetCursorScreenPos(ImVec2(artLeft, artTop + artH + 20));
    ImGui::PushTextWrapPos(artLeft + textW);
    ImGui::PushFont(fonts_.heading);
    ImGui::TextUnformatted(tr("map.empty.title"));
    ImGui::PopFont();
    rects_.recordLastItem("text/empty-title");
    ImGui::SetCursorScreenPos(ImVec2(artLeft, ImGui::GetItemRectMax().y + 12));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.inkMuted));
    ImGui::TextUnformatted(tr("map.empty.body"));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

}  // namespace jejak::ui

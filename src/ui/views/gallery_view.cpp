// The template gallery view: a new map from a template (English or Bahasa Indonesia)
// or blank, as tiles with a small picture of each map's stages and emotion curve.
#include <algorithm>
#include <cfloat>

#include "core/embedded_file.h"
#include "ui/card_text.h"
#include "ui/controls.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/views/gallery_view.h"


namespace jejak::ui {
namespace {

ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }

// Draws text wrapped to width, at most maxLines lines, the last ending in "…"
// when the text goes on (then *cut is set); returns the height used.
float wrappedLines(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, float width, ImU32 colour,
                   const std::string& text, int maxLines, bool* cut) {
    const float lineH = size * 1.3f;
    const char* s = text.c_str();
    const char* end = s + text.size();
    int lines = 0;
    while (s < end && lines < maxLines) {
        const char* wrap = font->CalcWordWrapPositionA(size / font->FontSize, s, end, width);
        if (wrap == s) wrap = s + 1;
        std::string line(s, wrap);
        if (lines == maxLines - 1 && wrap < end) {  // the last line: as much of the rest as fits, then …
            std::string rest(s, end);
            std::replace(rest.begin(), rest.end(), '\n', ' ');
            line = fitWithEllipsis(rest, width, nullptr, font, size);
            *cut = true;
        }
        dl->AddText(font, size, ImVec2(pos.x, pos.y + static_cast<float>(lines) * lineH), colour, line.c_str());
        ++lines;
        s = wrap;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
    return static_cast<float>(lines) * lineH;
}

}  // namespace

// One tile: a picture of the map, its title, a line of description and its size.
// info == nullptr draws the "blank map" tile.
bool GalleryView::tile(const ViewContext& ctx, const char* name, const TemplateSummary* info, ImVec2 size) {
    const Palette& p = palette();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(name, size);
    ctx.rects.recordLastItem(std::string("button/") + name);
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 end = add(pos, size);
    dl->AddRectFilled(add(pos, ImVec2(0, 2)), add(end, ImVec2(0, 2)), p.shadow, 10);
    dl->AddRectFilled(pos, end, p.surface, 10);
    dl->AddRect(pos, end, hovered ? p.accent : p.border, 10, 0, hovered ? 2.0f : 1.0f);

    // The picture: stage columns and the first persona's emotion curve.
    const float pad = 14;
    ImVec2 picA = add(pos, ImVec2(pad, pad)), picB = ImVec2(end.x - pad, pos.y + pad + 64);
    dl->AddRectFilled(picA, picB, p.canvas, 6);
    if (!info) {
        ImVec2 c((picA.x + picB.x) * 0.5f, (picA.y + picB.y) * 0.5f);
        dl->AddCircleFilled(c, 20, p.accentSoft);
        ImVec2 glyph = ImGui::CalcTextSize(icon::kPlus);
        dl->AddText(ImVec2(c.x - glyph.x * 0.5f, c.y - glyph.y * 0.5f), p.accent, icon::kPlus);
    } else if (info->stages > 0) {
        float colW = (picB.x - picA.x) / static_cast<float>(info->stages);
        for (size_t i = 1; i < info->stages; ++i) {
            float x = picA.x + colW * static_cast<float>(i);
            dl->AddLine(ImVec2(x, picA.y + 6), ImVec2(x, picB.y - 6), p.gridLine);
        }
        for (size_t i = 0; i < info->stages; ++i) {  // stage headers as small bars
            float x = picA.x + colW * static_cast<float>(i);
            dl->AddRectFilled(ImVec2(x + 6, picA.y + 7), ImVec2(x + std::max(8.0f, colW * 0.6f), picA.y + 11), p.border,
                              2);
        }
        ImU32 colour = fromRgb(info->curveColour);
        std::vector<ImVec2> points;
        for (size_t i = 0; i < info->curve.size(); ++i) {
            if (info->curve[i] == TemplateSummary::kNoScore) continue;
            float t = static_cast<float>(kMaxEmotion - info->curve[i]) / static_cast<float>(kMaxEmotion - kMinEmotion);
            points.push_back(
                ImVec2(picA.x + colW * (static_cast<float>(i) + 0.5f), picA.y + 20 + t * (picB.y - picA.y - 28)));
        }
        for (size_t i = 1; i < points.size(); ++i) {
            ImVec2 a = points[i - 1], b = points[i];
            float mx = (a.x + b.x) * 0.5f;
            dl->AddBezierCubic(a, ImVec2(mx, a.y), ImVec2(mx, b.y), b, colour, 2.0f);
        }
        for (ImVec2 pt : points) dl->AddCircleFilled(pt, 3.5f, colour);
    }

    // Title, description and size.
    const float textW = size.x - 2 * pad;
    float y = picB.y + 12;
    const std::string title = info ? info->title : std::string(tr("gallery.blank"));
    bool cut = false;
    y += wrappedLines(dl, ctx.fonts.strong, kBodySize, ImVec2(pos.x + pad, y), textW, p.ink, title, 2, &cut) + 4;
    const std::string description = info ? info->description : std::string(tr("gallery.blank_hint"));
    wrappedLines(dl, ctx.fonts.body, kChipSize + 1, ImVec2(pos.x + pad, y), textW, p.inkMuted, description, 2, &cut);
    if (cut && hovered) {  // what the tile had to cut, in full
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::PushFont(ctx.fonts.strong);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopFont();
        ImGui::TextUnformatted(description.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (info) {
        std::string meta = plural("count.stages", info->stages) + "  \xc2\xb7  " + plural("count.cards", info->cards) +
                           "  \xc2\xb7  " + plural("count.personas", info->personas);
        dl->AddText(ctx.fonts.strong, kChipSize, ImVec2(pos.x + pad, end.y - pad - kChipSize), p.accent, meta.c_str());
    }
    return pressed;
}

void GalleryView::setTemplates(const std::vector<std::pair<std::string, std::string>>& files) {
    // Titles, sizes and curves, read once from the files.
    templates_.clear();
    for (const auto& [key, text] : files)
        if (auto summary = summarizeTemplate(key, text)) templates_.push_back(std::move(*summary));
    std::sort(templates_.begin(), templates_.end(),
              [](const TemplateSummary& a, const TemplateSummary& b) { return a.key < b.key; });
}

void GalleryView::close() {
    open_ = false;
    ImGui::CloseCurrentPopup();
}

void GalleryView::draw(const ViewContext& ctx) {
    if (open_ && !ImGui::IsPopupOpen("##gallery")) ImGui::OpenPopup("##gallery");
    if (!beginDialog(ctx.fonts, ctx.rects,
                     {.id = "##gallery", .size = {940, 720}, .headingKey = "gallery.title", .subtitleKey = "gallery.subtitle"}))
        return;
    if (!open_) {  // Esc or a shortcut closed it
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    if (!language_) language_ = uiLanguage();  // the templates' language: the UI's unless chosen
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("gallery.language"));
    ImGui::SameLine(0, 12);
    if (pillButton(ctx.rects, tr("language.en"), "gallery-en", language_ == Language::English))
        language_ = Language::English;
    ImGui::SameLine(0, 6);
    if (pillButton(ctx.rects, tr("language.id"), "gallery-id", language_ == Language::Indonesian))
        language_ = Language::Indonesian;
    ImGui::Spacing();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y + 8;
    ImGui::BeginChild("##tiles", ImVec2(0, -footer), false);
    const float gap = 16, avail = ImGui::GetContentRegionAvail().x;
    const int columns = avail > 760 ? 3 : (avail > 480 ? 2 : 1);
    const ImVec2 size((avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns), 214);
    int column = 0;
    auto next = [&] {
        if (++column < columns)
            ImGui::SameLine(0, gap);
        else
            column = 0, ImGui::Dummy(ImVec2(0, gap - style.ItemSpacing.y));
    };
    if (tile(ctx, "template-blank", nullptr, size)) {
        ctx.sink.apply(intent::NewMap{*language_, ""});
        close();
    }
    next();
    const std::string code = languageCode(*language_);
    for (const TemplateSummary& t : templates_) {
        if (t.language() != code) continue;
        if (tile(ctx, ("template-" + t.name()).c_str(), &t, size)) {
            ctx.sink.apply(intent::NewMap{std::nullopt, t.key});
            close();
        }
        next();
    }
    ImGui::EndChild();
    ImGui::Spacing();
    if (more_ != More::None) {  // the other templates come with the formats module
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr(more_ == More::Loading ? "gallery.loading_more" : "gallery.more_failed"));
        ctx.rects.recordLastItem("text/gallery-more");
        ImGui::SameLine();
    }
    const char* cancel = tr("dialog.cancel");
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(cancel).x -
                         style.FramePadding.x * 2);
    if (ImGui::Button(cancel)) close();
    ctx.rects.recordLastItem("button/gallery-cancel");
    ImGui::EndPopup();
}

}  // namespace jejak::ui

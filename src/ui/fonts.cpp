// Building the font atlas from the embedded, subset Noto Sans faces.
#include "ui/fonts.h"

#include <initializer_list>

#include <imgui.h>

#include "ui/icons.h"

extern const unsigned char jejak_embedded_font_regular[];
extern const unsigned long jejak_embedded_font_regular_size;
extern const unsigned char jejak_embedded_font_bold[];
extern const unsigned long jejak_embedded_font_bold_size;
extern const unsigned char jejak_embedded_font_icons[];
extern const unsigned long jejak_embedded_font_icons_size;

namespace jejak::ui {
namespace {

// The ranges the subset keeps (see FONT_UNICODES in cmake/web_app.cmake).
const ImWchar kRanges[] = {0x0020, 0x007E, 0x00A0, 0x024F, 0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20AC,
                           0x20AC, 0x2122, 0x2122, 0x2212, 0x2212, 0xFFFD, 0xFFFD, 0};

const ImWchar kIconRanges[] = {icon::kFirst, icon::kLast, 0};
const ImWchar kClockRanges[] = {0x0030, 0x003A, 0x2212, 0x2212, 0};  // 0-9, ':', minus

ImFont* addFont(ImFontAtlas* atlas, const unsigned char* data, unsigned long size, float px, bool withIcons,
                const ImWchar* ranges = kRanges) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
    // Large text needs no horizontal oversampling to stay sharp, and takes a quarter of the atlas without it.
    config.OversampleH = px > 40 ? 1 : 2;
    config.OversampleV = 1;
    ImFont* font =
        atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px, &config, ranges);
    if (withIcons) {
        ImFontConfig icons;
        icons.FontDataOwnedByAtlas = false;
        icons.MergeMode = true;
        icons.GlyphMinAdvanceX = px * 1.1f;  // icons line up in columns
        icons.OversampleH = 2;
        atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(jejak_embedded_font_icons),
                                    static_cast<int>(jejak_embedded_font_icons_size), px * 0.92f, &icons, kIconRanges);
    }
    return font;
}

}  // namespace

Fonts loadFontsInto(ImFontAtlas& into, float pixelRatio, bool large) {
    ImFontAtlas* atlas = &into;
    atlas->Clear();
    Fonts fonts;
    fonts.pixelRatio = pixelRatio;
    fonts.body = addFont(atlas, jejak_embedded_font_regular, jejak_embedded_font_regular_size, kBodySize * pixelRatio, true);
    fonts.strong = addFont(atlas, jejak_embedded_font_bold, jejak_embedded_font_bold_size, kBodySize * pixelRatio, true);
    fonts.heading = addFont(atlas, jejak_embedded_font_bold, jejak_embedded_font_bold_size, kHeadingSize * pixelRatio, false);
    if (large) {
        fonts.bodyLarge =
            addFont(atlas, jejak_embedded_font_regular, jejak_embedded_font_regular_size, kLargeSize * pixelRatio, true);
        fonts.strongLarge =
            addFont(atlas, jejak_embedded_font_bold, jejak_embedded_font_bold_size, kLargeSize * pixelRatio, true);
        fonts.clock = addFont(atlas, jejak_embedded_font_bold, jejak_embedded_font_bold_size, kClockSize * pixelRatio, false,
                              kClockRanges);
    }
    atlas->Build();
    // '\r' marks a line break in wrapped text fields (widgets.h): it draws as
    // nothing, so the caret must not step over a glyph's width for it either.
    for (ImFont* font : {fonts.body, fonts.strong, fonts.heading, fonts.bodyLarge, fonts.strongLarge})
        if (font && font->IndexAdvanceX.Size > '\r') font->IndexAdvanceX['\r'] = 0.0f;
    return fonts;
}

Fonts loadFonts(float pixelRatio, bool large) {
    ImGuiIO& io = ImGui::GetIO();
    Fonts fonts = loadFontsInto(*io.Fonts, pixelRatio, large);
    io.FontDefault = fonts.body;
    io.FontGlobalScale = 1.0f / pixelRatio;
    return fonts;
}

}  // namespace jejak::ui

// The PNG export of the whole map (see map_image.h).
#include "ui/map_image.h"

#include <cmath>

#include <imgui_internal.h>  // ImDrawListSharedData

#include "io/png_image.h"
#include "ui/fonts.h"
#include "ui/map_canvas.h"
#include "ui/theme.h"

namespace jejak::ui {

MapImage renderMapImage(const JourneyMap& map, std::uint64_t mapVersion, const std::vector<Id>& hiddenLanes,
                        float scale, RenderPort& port, const std::function<bool(std::size_t)>& roomFor,
                        const std::function<double()>& nowMs) {
    MapImage out;
    const double start = nowMs();
    // Text is rasterised for the image's scale, not scaled up from the screen's glyphs.
    ImFontAtlas atlas;
    Fonts fonts = loadFontsInto(atlas, scale);
    port.uploadAtlas(atlas);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawListSharedData shared;
    shared.Font = fonts.body;
    shared.FontSize = kBodySize;
    shared.TexUvWhitePixel = atlas.TexUvWhitePixel;
    shared.TexUvLines = atlas.TexUvLines;
    // Curves and circles as smooth in the image's pixels as on screen.
    shared.CurveTessellationTol = style.CurveTessellationTol / scale;
    shared.SetCircleTessellationMaxError(style.CircleTessellationMaxError / scale);
    shared.ClipRectFullscreen = ImVec4(-1e6f, -1e6f, 1e6f, 1e6f);
    shared.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill |
                          ImDrawListFlags_AllowVtxOffset;
    ImDrawList list(&shared);
    list._ResetForNewFrame();
    list._FringeScale = 1.0f / scale;  // anti-aliased edges one image pixel wide
    list.PushTextureID(atlas.TexID);
    list.PushClipRectFullScreen();
    MapCanvas canvas;
    canvas.setHiddenLanes(hiddenLanes);
    const ImVec2 size = canvas.drawStill(map, mapVersion, fonts, palette(), list);
    out.width = static_cast<int>(std::ceil(size.x * scale));
    out.height = static_cast<int>(std::ceil(size.y * scale));
    const double drawn = nowMs();
    out.drawMs = drawn - start;
    const double pixels = static_cast<double>(out.width) * out.height;
    if (pixels > kMaxImagePixels) {
        out.errorKey = "export.too_large";
        out.args = {std::to_string(static_cast<int>(scale)), std::to_string(out.width), std::to_string(out.height)};
    } else if (roomFor && !roomFor(static_cast<std::size_t>(pixels * 4 * 2.2))) {  // the pixels, a tile, the file
        out.errorKey = "export.no_memory";
    } else {
        std::vector<std::uint8_t> rgba = port.renderImage({&list}, out.width, out.height, scale, palette().canvas);
        const double rendered = nowMs();
        out.renderMs = rendered - drawn;
        if (rgba.empty()) {
            out.errorKey = "export.gpu_failed";
        } else {
            // 96 dpi at 1x: a 2x image prints at the size of the 1x one, twice as sharp.
            const int perMetre = static_cast<int>(std::lround(scale * 96 / 0.0254));
            out.png = encodePng(rgba, out.width, out.height, perMetre);
            out.encodeMs = nowMs() - rendered;
            if (out.png.empty()) out.errorKey = "export.no_memory";
        }
    }
    port.freeAtlas(atlas);
    return out;
}

}  // namespace jejak::ui

// The PNG export of the whole map (see map_image.h).
#include "ui/map_image.h"

#include <cfloat>
#include <cmath>

#include <imgui_internal.h>  // ImDrawListSharedData

#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/map_canvas.h"
#include "ui/theme.h"

namespace jejak::ui {

namespace {

// Pixels per metre for a PNG's pHYs: 96 dpi at 1x, so a 2x image prints at the
// size of the 1x one, twice as sharp.
int printDensity(float scale) { return static_cast<int>(std::lround(scale * 96 / 0.0254)); }

// Fonts rasterised for one scale, in an atlas and a draw list setup of their
// own (nothing of the screen's is touched).
struct StillSetup {
    ImFontAtlas atlas;
    Fonts fonts;
    ImDrawListSharedData shared;
    RenderPort& port;
    float scale;
    // Fonts rasterised at fontRatio texels per CSS pixel (the scale, unless the
    // text is drawn larger than its size, as presentation mode's is).
    StillSetup(RenderPort& p, float s, float fontRatio = 0) : port(p), scale(s) {
        fonts = loadFontsInto(atlas, fontRatio > 0 ? fontRatio : scale);
        port.uploadAtlas(atlas);
        const ImGuiStyle& style = ImGui::GetStyle();
        shared.Font = fonts.body;
        shared.FontSize = kBodySize;
        shared.TexUvWhitePixel = atlas.TexUvWhitePixel;
        shared.TexUvLines = atlas.TexUvLines;
        // Curves and circles as smooth in the image's pixels as on screen.
        shared.CurveTessellationTol = style.CurveTessellationTol / scale;
        shared.SetCircleTessellationMaxError(style.CircleTessellationMaxError / scale);
        shared.ClipRectFullscreen = ImVec4(-1e6f, -1e6f, 1e6f, 1e6f);
        shared.InitialFlags =
            ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill | ImDrawListFlags_AllowVtxOffset;
    }
    ~StillSetup() { port.freeAtlas(atlas); }
    StillSetup(const StillSetup&) = delete;
    StillSetup& operator=(const StillSetup&) = delete;
    void begin(ImDrawList& list) const {
        list._ResetForNewFrame();
        list._FringeScale = 1.0f / scale;  // anti-aliased edges one image pixel wide
        list.PushTextureID(atlas.TexID);
        list.PushClipRectFullScreen();
    }
};

}  // namespace

std::vector<MapImage> renderPrintPages(const JourneyMap& map, std::uint64_t mapVersion,
                                       const std::vector<Id>& hiddenLanes, Paper paper, float scale, RenderPort& port,
                                       const std::function<bool(std::size_t)>& roomFor) {
    std::vector<MapImage> pages;
    StillSetup setup(port, scale);
    MapCanvas canvas;
    canvas.setHiddenLanes(hiddenLanes);
    const MapLayout& layout = canvas.layoutFor(map, mapVersion, setup.fonts);
    const PageSize page = landscape(paper);
    const float margin = 36, titleBand = 40, footer = 26;  // CSS px: 9.5 mm margins
    const float contentW = page.width - 2 * margin, contentH = page.height - 2 * margin - titleBand - footer;
    const PrintPlan plan = planPrint(layout, contentW, contentH);
    const int width = static_cast<int>(std::ceil(page.width * scale)), height = static_cast<int>(std::ceil(page.height * scale));
    if (roomFor && !roomFor(static_cast<std::size_t>(width) * height * 4 * 3)) {
        MapImage refused;
        refused.errorKey = "export.no_memory";
        return {refused};
    }
    const Palette& p = palette();
    const LayoutMetrics& m = layout.metrics;
    const std::string title = map.title.empty() ? std::string(tr("map.untitled")) : map.title;
    const int count = static_cast<int>(plan.pages.size());
    for (int i = 0; i < count; ++i) {
        const PrintPage& part = plan.pages[static_cast<size_t>(i)];
        ImDrawList list(&setup.shared);
        setup.begin(list);
        const float z = plan.zoom;
        float w = m.laneHeaderWidth * z, h = m.stageHeaderHeight * z;
        for (int c = part.firstColumn; c < part.endColumn; ++c) w += layout.columns[static_cast<size_t>(c)].w * z;
        for (int r = part.firstRow; r < part.endRow; ++r) h += layout.rows[static_cast<size_t>(r)].h * z;
        const ImVec2 origin(margin, margin + titleBand);
        const ImVec2 scroll(part.firstColumn < static_cast<int>(layout.columns.size())
                                ? layout.columns[static_cast<size_t>(part.firstColumn)].x - m.laneHeaderWidth
                                : 0,
                            part.firstRow < static_cast<int>(layout.rows.size())
                                ? layout.rows[static_cast<size_t>(part.firstRow)].y - m.stageHeaderHeight
                                : 0);
        list.AddRectFilled(origin, ImVec2(origin.x + w, origin.y + h), p.canvas);
        canvas.drawStillPart(map, mapVersion, setup.fonts, p, list, z, scroll, origin, ImVec2(w, h));
        list.AddRect(origin, ImVec2(origin.x + w, origin.y + h), p.border);
        // The title above, and below: which stages, and the page's number.
        list.AddText(setup.fonts.heading, 20, ImVec2(margin, margin + 4), p.ink, title.c_str());
        const int stages = static_cast<int>(layout.columns.size());
        std::string which = stages == 0 ? std::string()
                                        : format("print.stages", {std::to_string(part.firstColumn + 1),
                                                                  std::to_string(part.endColumn),
                                                                  std::to_string(stages)});
        if (part.firstRow > 0 || part.endRow < static_cast<int>(layout.rows.size()))
            which += "  \xc2\xb7  " + format("print.lanes", {std::to_string(part.firstRow + 1), std::to_string(part.endRow),
                                                           std::to_string(layout.rows.size())});
        const float footY = page.height - margin - 14;
        list.AddText(setup.fonts.body, 12, ImVec2(margin, footY), p.inkMuted, which.c_str());
        const std::string number = format("print.page", {std::to_string(i + 1), std::to_string(count)});
        const float nw = setup.fonts.body->CalcTextSizeA(12, FLT_MAX, 0, number.c_str()).x;
        list.AddText(setup.fonts.body, 12, ImVec2(page.width - margin - nw, footY), p.inkMuted, number.c_str());
        MapImage out;
        out.width = width;
        out.height = height;
        std::vector<std::uint8_t> rgba = port.renderImage({&list}, width, height, scale, IM_COL32(255, 255, 255, 255));
        if (rgba.empty()) {
            out.errorKey = "export.gpu_failed";
            return {out};
        }
        out.rgba = std::move(rgba);
        out.pixelsPerMetre = printDensity(scale);
        pages.push_back(std::move(out));
    }
    return pages;
}

MapImage renderViewImage(const MapCanvas& shown, const JourneyMap& map, std::uint64_t mapVersion, float scale,
                         RenderPort& port, const std::function<bool(std::size_t)>& roomFor) {
    MapImage out;
    const CanvasView& view = shown.view();
    const ImVec2 size = shown.viewSize();
    out.width = static_cast<int>(std::ceil(size.x * scale));
    out.height = static_cast<int>(std::ceil(size.y * scale));
    if (out.width <= 0 || out.height <= 0 || (roomFor && !roomFor(static_cast<std::size_t>(out.width) * out.height * 9))) {
        out.errorKey = "export.no_memory";
        return out;
    }
    // Glyphs rasterised for the text's size in the image: the view's zoom times the scale.
    StillSetup setup(port, scale, std::min(8.0f, scale * std::max(1.0f, view.zoom)));
    ImDrawList list(&setup.shared);
    setup.begin(list);
    MapCanvas copy = shown;  // the presentation's canvas, not touched: its spotlight, votes and metrics
    copy.drawStillPart(map, mapVersion, setup.fonts, palette(), list, view.zoom, ImVec2(view.scrollX, view.scrollY),
                       ImVec2(0, 0), size);
    std::vector<std::uint8_t> rgba = port.renderImage({&list}, out.width, out.height, scale, palette().canvas);
    if (rgba.empty()) {
        out.errorKey = "export.gpu_failed";
        return out;
    }
    out.rgba = std::move(rgba);
    out.pixelsPerMetre = printDensity(scale);
    return out;
}

MapImage renderMapImage(const JourneyMap& map, std::uint64_t mapVersion, const std::vector<Id>& hiddenLanes,
                        float scale, RenderPort& port, const std::function<bool(std::size_t)>& roomFor,
                        const std::function<double()>& nowMs) {
    MapImage out;
    const double start = nowMs();
    // Text is rasterised for the image's scale, not scaled up from the screen's glyphs.
    StillSetup setup(port, scale);
    ImDrawList list(&setup.shared);
    setup.begin(list);
    MapCanvas canvas;
    canvas.setHiddenLanes(hiddenLanes);
    const ImVec2 size = canvas.drawStill(map, mapVersion, setup.fonts, palette(), list);
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
        out.renderMs = nowMs() - drawn;
        if (rgba.empty()) {
            out.errorKey = "export.gpu_failed";
        } else {
            out.pixelsPerMetre = printDensity(scale);
            out.rgba = std::move(rgba);
        }
    }
    return out;
}

}  // namespace jejak::ui

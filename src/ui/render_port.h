// What the app asks of the GPU beyond drawing its frames: textures for a font
// atlas of its own, and draw lists rendered into an image (the PNG export).
// The web version is src/platform/gl_renderer.
#pragma once

#include <cstdint>
#include <vector>

#include <imgui.h>

namespace jejak::ui {

class RenderPort {
public:
    virtual ~RenderPort() = default;
    virtual void uploadAtlas(ImFontAtlas& atlas) = 0;  // sets atlas.TexID
    virtual void freeAtlas(ImFontAtlas& atlas) = 0;
    // `lists` (their own units from 0,0) at `scale` into width x height RGBA
    // pixels, top row first, on `background`; empty when the GPU cannot.
    virtual std::vector<std::uint8_t> renderImage(const std::vector<const ImDrawList*>& lists, int width, int height,
                                                  float scale, ImU32 background) = 0;
};

}  // namespace jejak::ui

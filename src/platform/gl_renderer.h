// Jejak's own WebGL2 renderer of ImGui's draw lists (shaders/imgui.vert and
// imgui.frag, embedded at build time). It draws a frame to the screen, and any
// draw list to an off-screen image, in tiles when the image is larger than the
// GPU allows (the PNG export).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/render_port.h"

namespace jejak::platform {

class GlRenderer final : public ui::RenderPort {
public:
    // Compiles and links the shaders, makes the buffers. False when the GPU's
    // driver refuses a shader; `log` then holds what it said.
    bool init(std::string& log);
    // Uploads a built atlas as a one-channel texture and sets atlas.TexID; a
    // texture the atlas had is freed first.
    void uploadAtlas(ImFontAtlas& atlas) override;
    void freeAtlas(ImFontAtlas& atlas) override;
    // A whole frame to the screen's framebuffer (fbWidth x fbHeight pixels).
    void renderFrame(const ImDrawData& data, int fbWidth, int fbHeight);
    // The largest side of an off-screen target this GPU takes.
    int maxTargetSize() const { return maxTarget_; }
    // Draws `lists` (in their own pixel units, from 0,0) at `scale` into an RGBA
    // image of width x height pixels, top row first, on `background`; tiles of
    // at most maxTargetSize(). Empty when the GPU cannot give a target.
    std::vector<std::uint8_t> renderImage(const std::vector<const ImDrawList*>& lists, int width, int height,
                                          float scale, ImU32 background) override {
        return renderTiles(lists, width, height, scale, background, testTile_);
    }
    // Tests: tiles of this size for every image (0: the GPU's limit), so that a
    // small map is drawn in many tiles and compared with one drawn whole.
    void setTileForTest(int size) { testTile_ = size; }
    // The same with tiles of at most tileSize (tests: tiles on a small map).
    std::vector<std::uint8_t> renderTiles(const std::vector<const ImDrawList*>& lists, int width, int height,
                                          float scale, ImU32 background, int tileSize);

private:
    // Draws the lists to the bound target of targetW x targetH pixels, where
    // draw-list point `origin` is the target's top-left and one draw-list unit is
    // `scale` pixels. flipY: row 0 of the target is the top (read back by
    // glReadPixels top row first). upload: false when a single list's buffers
    // are still bound from the tile before.
    void draw(const ImDrawList* const* lists, int count, int targetW, int targetH, ImVec2 origin, float scale,
              bool flipY, bool upload);
    void setVertexOffset(unsigned vertex);

    unsigned program_ = 0, vao_ = 0, vbo_ = 0, ibo_ = 0;
    int scaleLoc_ = -1, offsetLoc_ = -1, atlasLoc_ = -1;
    int maxTarget_ = 2048;
    int testTile_ = 0;
};

}  // namespace jejak::platform

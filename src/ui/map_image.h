// The whole map as a PNG image at 1x, 2x or 4x: drawn by the canvas as a still
// picture with fonts rasterised for that scale, rendered off screen (in tiles
// when larger than the GPU takes); the formats module encodes the pixels as PNG
// (stb_image_write), out of the startup download.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/journey_map.h"
#include "session/exports.h"
#include "ui/map_canvas.h"
#include "ui/print_pages.h"
#include "ui/render_port.h"

namespace jejak::ui {

using MapImage = RenderedImage;  // session/exports.h

// At most this many pixels in one image (400 MB of RGBA in memory while it is made).
inline constexpr double kMaxImagePixels = 100e6;

// The map on landscape pages of `paper` for printing: each page's pixels at
// `scale` (2: 192 dpi), with the map's title at the top, the stages it holds
// and "Page 1 of 3" at the bottom (in the user's language). Empty with
// errorKey set in the first element when refused.
std::vector<MapImage> renderPrintPages(const JourneyMap& map, std::uint64_t mapVersion,
                                       const std::vector<Id>& hiddenLanes, Paper paper, float scale, RenderPort& port,
                                       const std::function<bool(std::size_t)>& roomFor);

// What a canvas shows now (presentation mode's view), at `scale`, as a PNG.
MapImage renderViewImage(const MapCanvas& shown, const JourneyMap& map, std::uint64_t mapVersion, float scale,
                         RenderPort& port, const std::function<bool(std::size_t)>& roomFor);

MapImage renderMapImage(const JourneyMap& map, std::uint64_t mapVersion, const std::vector<Id>& hiddenLanes,
                        float scale, RenderPort& port, const std::function<bool(std::size_t)>& roomFor,
                        const std::function<double()>& nowMs);

}  // namespace jejak::ui

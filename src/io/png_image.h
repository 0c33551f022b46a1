// PNG files of the map's picture (the image export): stb_image_write, from
// Debian's libstb-dev.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jejak {

// Encodes width x height RGBA pixels (top row first) as a PNG file's bytes,
// with the pixel density in the file (pixelsPerMetre, 0 for none: 2x at 96 dpi
// is 7,559 px per metre, so a 2x image prints at the size of the 1x one). An
// image that is opaque throughout is written as RGB, its pixels packed in place
// in `rgba` (which is then no longer RGBA). Empty when the sizes do not match.
std::string encodePng(std::vector<std::uint8_t>& rgba, int width, int height, int pixelsPerMetre = 0);
// The same on `size` bytes at rgba (a heap buffer handed over, packed in place too).
std::string encodePng(std::uint8_t* rgba, std::size_t size, int width, int height, int pixelsPerMetre = 0);

}  // namespace jejak

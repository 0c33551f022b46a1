// The PNG encoder: files that a decoder (stb_image, Debian's libstb-dev) reads
// back to the same pixels, with the pixel density when asked.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "io/stb_quiet.h"  // stb is not ours to fix
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#include <stb/stb_image.h>
#pragma GCC diagnostic pop

#include "io/png_image.h"

using jejak::encodePng;

namespace {
std::vector<std::uint8_t> pattern(int w, int h) {
    std::vector<std::uint8_t> px(static_cast<size_t>(w * h * 4));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = &px[static_cast<size_t>((y * w + x) * 4)];
            p[0] = static_cast<std::uint8_t>(x * 7);
            p[1] = static_cast<std::uint8_t>(y * 13);
            p[2] = static_cast<std::uint8_t>((x ^ y) * 3);
            p[3] = static_cast<std::uint8_t>(255 - x);
        }
    return px;
}
}  // namespace

TEST_CASE("a PNG decodes back to the same pixels") {
    const int w = 37, h = 23;  // odd sizes: no row padding hides a mistake
    auto px = pattern(w, h);
    auto copy = px;
    std::string png = encodePng(copy, w, h);
    REQUIRE(png.size() > 8);
    CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    int dw = 0, dh = 0, comp = 0;
    unsigned char* back = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                                static_cast<int>(png.size()), &dw, &dh, &comp, 4);
    REQUIRE(back != nullptr);
    CHECK(dw == w);
    CHECK(dh == h);
    CHECK(std::memcmp(back, px.data(), px.size()) == 0);
    stbi_image_free(back);
}

TEST_CASE("the pixel density goes into a pHYs chunk that decoders accept") {
    auto px = pattern(8, 4);
    auto copy = px;
    std::string png = encodePng(copy, 8, 4, 5669);
    size_t at = png.find("pHYs");
    REQUIRE(at != std::string::npos);
    CHECK(at == 37);  // right after IHDR
    auto byte = [&](size_t i) { return static_cast<unsigned char>(png[i]); };
    CHECK(((byte(at + 4) << 24) | (byte(at + 5) << 16) | (byte(at + 6) << 8) | byte(at + 7)) == 5669);
    CHECK(byte(at + 12) == 1);
    int dw = 0, dh = 0, comp = 0;
    unsigned char* back = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                                static_cast<int>(png.size()), &dw, &dh, &comp, 4);
    // stb checks no CRC: this one is zlib's (Python's zlib.crc32 of the chunk's type and data).
    CHECK(((byte(at + 13) << 24) | (byte(at + 14) << 16) | (byte(at + 15) << 8) | byte(at + 16)) == 0x495224f0u);
    REQUIRE(back != nullptr);
    CHECK(std::memcmp(back, px.data(), px.size()) == 0);
    stbi_image_free(back);
    copy = px;
    CHECK(encodePng(copy, 8, 4).find("pHYs") == std::string::npos);
}

TEST_CASE("an opaque image is written as RGB and decodes to the same colours") {
    const int w = 19, h = 11;
    auto px = pattern(w, h);
    for (size_t i = 3; i < px.size(); i += 4) px[i] = 255;
    auto copy = px;
    std::string png = encodePng(copy, w, h);
    REQUIRE(png.size() > 26);
    CHECK(static_cast<unsigned char>(png[25]) == 2);  // IHDR colour type 2: RGB
    int dw = 0, dh = 0, comp = 0;
    unsigned char* back = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                                static_cast<int>(png.size()), &dw, &dh, &comp, 4);
    REQUIRE(back != nullptr);
    CHECK(comp == 3);
    CHECK(std::memcmp(back, px.data(), px.size()) == 0);
    stbi_image_free(back);
}

TEST_CASE("pixels that do not match the size give no file") {
    std::vector<std::uint8_t> short_(10), none;
    CHECK(encodePng(short_, 2, 2).empty());
    CHECK(encodePng(none, 0, 0).empty());
}

TEST_CASE("zlib compresses the rows: noise that grows the output buffer many times still decodes back") {
    const int w = 301, h = 257;  // about 300 KB of rows that do not compress
    std::vector<std::uint8_t> px(static_cast<size_t>(w * h * 4));
    std::uint32_t state = 12345;
    for (size_t i = 0; i < px.size(); ++i) {
        state = state * 1664525u + 1013904223u;
        px[i] = i % 4 == 3 ? 255 : static_cast<std::uint8_t>(state >> 24);
    }
    auto copy = px;
    std::string png = encodePng(copy, w, h);
    REQUIRE(png.size() > static_cast<size_t>(w * h * 3));  // noise: the file is as large as the rows
    const size_t idat = png.find("IDAT");
    REQUIRE(idat != std::string::npos);
    // zlib's header at its fastest level (RFC 1950: CMF 0x78, FLEVEL 0), not stb's own deflate (0x78 0x5e).
    CHECK(static_cast<unsigned char>(png[idat + 4]) == 0x78);
    CHECK(static_cast<unsigned char>(png[idat + 5]) == 0x01);
    int dw = 0, dh = 0, comp = 0;
    unsigned char* back = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                                static_cast<int>(png.size()), &dw, &dh, &comp, 4);
    REQUIRE(back != nullptr);
    CHECK(dw == w);
    CHECK(dh == h);
    CHECK(std::memcmp(back, px.data(), px.size()) == 0);
    stbi_image_free(back);
}

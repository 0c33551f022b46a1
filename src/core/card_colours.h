// The one palette of colours a user can give cards and personas, by name.
#pragma once

#include <array>

#include "core/journey_map.h"

namespace jejak {

struct NamedColour {
    const char* key;  // its name in the translation table, "colour.coral"
    Rgb rgb;
};

inline constexpr std::array<NamedColour, 8> kCardColours = {{
    {"colour.coral", 0xE07A5F},
    {"colour.sand", 0xF2CC8F},
    {"colour.sage", 0x81B29A},
    {"colour.blue", 0x3D8BBE},
    {"colour.violet", 0x8E6CC2},
    {"colour.red", 0xD1495B},
    {"colour.teal", 0x0E7C7B},
    {"colour.grey", 0x6C757D},
}};

}  // namespace jejak

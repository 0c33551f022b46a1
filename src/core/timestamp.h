// UTC timestamps as maps keep them ("2026-11-22T18:49:47Z", or with ".123"
// milliseconds), read and written with C++20 <chrono>'s calendar: one parser
// for the loader and the app, and a day that does not exist (2026-02-31) is no
// timestamp. No libc call (Emscripten's gmtime and timegm are JavaScript).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jejak {

// Milliseconds since 1970 of the timestamp's whole second (its milliseconds are
// not kept), or nothing when the text is not one. A leap second (:60) counts as
// the second after :59.
std::optional<double> parseTimestamp(std::string_view text);
// "2026-11-22T18:49:47Z" for milliseconds since 1970 (any part of a second dropped).
std::string formatTimestamp(double ms);

}  // namespace jejak

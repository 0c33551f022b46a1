// A map in a link, with no server: the map file's UTF-8 JSON compressed as raw
// deflate (the page's CompressionStream("deflate-raw")), written in base64url
// without padding after "#map=" in the URL's fragment, which browsers never send
// to a server. Decoding is here, in C++, so that a damaged or cut link is judged
// alike everywhere (the formats module, the fuzz target, the tests).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jejak {

inline constexpr std::string_view kShareLinkPrefix = "#map=";
// Longer links get a warning: some chat apps and mail programs cut them.
inline constexpr std::size_t kShareLinkWarnChars = 8000;

// Whether a URL fragment (with its '#') holds a shared map.
bool isShareFragment(std::string_view fragment);

struct ShareLinkResult {
    bool ok = false;
    std::string json;     // the map file's text, when ok (still to be read by the map loader)
    std::string problem;  // else the message key "share.damaged"
};

// The fragment's map file text; at most maxBytes of it (a link is short, its
// map need not be: deflate packs up to 1,032 bytes in one).
ShareLinkResult decodeShareFragment(std::string_view fragment, std::size_t maxBytes);

// base64url without padding, both ways (decode: false on any other character,
// or a length no base64 text has).
std::string encodeBase64Url(std::string_view bytes);
bool decodeBase64Url(std::string_view text, std::string& out);

}  // namespace jejak

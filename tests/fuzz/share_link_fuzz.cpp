// libFuzzer target: the share-link decoder must never crash or run past its
// limit; what it accepts is a map file's text that the map loader then judges
// (never crashing either), and a valid map's link, made the page's way, reads back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/map_json.h"
#include "io/share_link.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string fragment = "#map=" + std::string(reinterpret_cast<const char*>(data), size);
    constexpr std::size_t kLimit = 1 << 20;
    jejak::ShareLinkResult link = jejak::decodeShareFragment(fragment, kLimit);
    if (!link.ok) {
        if (link.problem != "share.damaged" || !link.json.empty()) std::abort();
    } else {
        if (link.json.size() > kLimit) std::abort();
        (void)jejak::loadMapFromJson(link.json);
    }
    // The input as raw bytes too: base64url of them must read back exactly.
    std::string back;
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    if (!jejak::decodeBase64Url(jejak::encodeBase64Url(raw), back) || back != raw) std::abort();
    return 0;
}

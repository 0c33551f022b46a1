// Share links (see share_link.h). Inflating is stb_image's zlib decoder
// (Debian's libstb-dev).
#include "io/share_link.h"

#include <algorithm>
#include <cstdint>

#include "io/stb_quiet.h"  // stb is not ours to fix
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG  // the zlib decoder comes with it; no image is ever decoded here
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#include <stb/stb_image.h>
#pragma GCC diagnostic pop

namespace jejak {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

}  // namespace

bool isShareFragment(std::string_view fragment) { return fragment.starts_with(kShareLinkPrefix); }

std::string encodeBase64Url(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::uint32_t bits = 0;
    int count = 0;
    for (char c : bytes) {
        bits = (bits << 8) | static_cast<unsigned char>(c);
        count += 8;
        while (count >= 6) {
            count -= 6;
            out += kAlphabet[(bits >> count) & 63];
        }
    }
    if (count > 0) out += kAlphabet[(bits << (6 - count)) & 63];
    return out;
}

bool decodeBase64Url(std::string_view text, std::string& out) {
    out.clear();
    if (text.size() % 4 == 1) return false;  // no length of bytes gives that
    out.reserve(text.size() * 3 / 4);
    std::uint32_t bits = 0;
    int count = 0;
    for (char c : text) {
        int v = sextet(c);
        if (v < 0) return false;
        bits = (bits << 6) | static_cast<std::uint32_t>(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out += static_cast<char>((bits >> count) & 0xFF);
        }
    }
    // The bits left over are padding and must be zero, or the text was changed.
    return (bits & ((1u << count) - 1)) == 0;
}

ShareLinkResult decodeShareFragment(std::string_view fragment, std::size_t maxBytes) {
    ShareLinkResult result;
    result.problem = "share.damaged";
    if (!isShareFragment(fragment)) return result;
    std::string_view data = fragment.substr(kShareLinkPrefix.size());
    // Whatever a chat app or a browser may add after the link: nothing of base64url.
    const size_t end = data.find_first_of("&# \t\r\n");
    if (end != std::string_view::npos) data = data.substr(0, end);
    std::string deflated;
    if (data.empty() || !decodeBase64Url(data, deflated)) return result;
    if (deflated.size() > static_cast<size_t>(INT32_MAX / 2)) return result;
    // Room for what the deflated bytes could hold, up to maxBytes; the decoder
    // refuses (-1) what does not fit as it refuses a damaged stream.
    const std::size_t room = std::min<std::size_t>(maxBytes, std::max<std::size_t>(deflated.size(), 64) * 1032 + 64);
    std::string json(room, '\0');
    const int n = stbi_zlib_decode_noheader_buffer(json.data(), static_cast<int>(room), deflated.data(),
                                                   static_cast<int>(deflated.size()));
    if (n < 0) return result;  // not deflate, cut short, or more than maxBytes: no map here
    json.resize(static_cast<size_t>(n));
    result.ok = true;
    result.json = std::move(json);
    result.problem.clear();
    return result;
}

}  // namespace jejak

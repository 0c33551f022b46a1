// Share links: base64url both ways, and fragments decoded to the map file they
// hold; damaged, cut or foreign fragments give no map.
#include <doctest/doctest.h>

#include <string>

#include "io/map_json.h"
#include "io/share_link.h"

using namespace jejak;

namespace {
// {"a":1} as Chromium's CompressionStream("deflate-raw") writes it, in base64url
// (read off the browser; Python's zlib at wbits -15 writes the same bytes).
const std::string kDeflatedHello = "q1ZKVLIyrAUA";
}  // namespace

TEST_CASE("base64url: the RFC 4648 examples, without padding, both ways") {
    CHECK(encodeBase64Url("") == "");
    CHECK(encodeBase64Url("f") == "Zg");
    CHECK(encodeBase64Url("fo") == "Zm8");
    CHECK(encodeBase64Url("foo") == "Zm9v");
    CHECK(encodeBase64Url("foob") == "Zm9vYg");
    CHECK(encodeBase64Url("fooba") == "Zm9vYmE");
    CHECK(encodeBase64Url("foobar") == "Zm9vYmFy");
    CHECK(encodeBase64Url("\xfb\xff") == "-_8");  // the URL-safe letters, not + and /
    std::string out;
    for (const char* s : {"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\x00\x01"}) {
        REQUIRE(decodeBase64Url(encodeBase64Url(s), out));
        CHECK(out == s);
    }
    CHECK_FALSE(decodeBase64Url("Zm9v+g", out));  // standard base64's letters
    CHECK_FALSE(decodeBase64Url("Zm9v=", out));
    CHECK_FALSE(decodeBase64Url("Z", out));   // no byte count gives one letter
    CHECK_FALSE(decodeBase64Url("Zh", out));  // the leftover bits must be zero
}

TEST_CASE("a fragment from the page decodes to the map file text it holds") {
    ShareLinkResult r = decodeShareFragment("#map=" + kDeflatedHello, 1000);
    REQUIRE(r.ok);
    CHECK(r.json == "{\"a\":1}");
    CHECK(r.problem.empty());
    // What a chat app adds after the link is not part of it.
    CHECK(decodeShareFragment("#map=" + kDeflatedHello + "&utm_source=chat", 1000).json == "{\"a\":1}");
}

TEST_CASE("damaged, cut, foreign or too large: no map, and the message says it is damaged") {
    for (const std::string& bad : {std::string("#map="), std::string("#map=!!!"), std::string("#other=abc"),
                                   std::string(""), "#map=" + kDeflatedHello.substr(0, 8),
                                   "#map=" + encodeBase64Url("not deflate at all, just text")}) {
        ShareLinkResult r = decodeShareFragment(bad, 1000);
        CHECK_FALSE(r.ok);
        CHECK(r.json.empty());
        CHECK(r.problem == "share.damaged");
    }
    CHECK_FALSE(decodeShareFragment("#map=" + kDeflatedHello, 6).ok);  // 7 bytes do not fit in 6
    CHECK(isShareFragment("#map=x"));
    CHECK_FALSE(isShareFragment("map=x"));
}
